/**
 * The time budget of a rule on a file (`--rule-timeout`), for runs that load third-party plugins, whose code may
 * never finish. Files are then checked in worker threads, each with a slot of shared memory where its walk writes
 * which rule runs, at which node, on which file (a RuleMonitor, see core/runner.ts). The main thread samples the
 * slots and charges the time between samples to the rule it sees running, per file: a rule over its budget has its
 * thread terminated, and the file is checked again in another thread without it (worker-pool.ts), with one
 * rule-error where it was stopped. A rule in an endless loop and a rule merely too slow both end so. Sampling
 * costs the walk two stores per visitor call, and nothing when no plugin is loaded.
 */
import type { RuleMonitor } from '../core/runner.js';

const JOB = 0;
const RULE = 1;
const NODE = 2;

/** The budget when none is given: generous, since a shared machine may run a rule many times slower than usual. */
export const DEFAULT_RULE_TIMEOUT_SECONDS = 10;

/** A worker's slot: the job it checks (index + 1, 0 between files), the rule running (its number, 0: none), the node. */
export function newSlot(): Int32Array {
  return new Int32Array(new SharedArrayBuffer(3 * Int32Array.BYTES_PER_ELEMENT));
}

/** The worker's side: writes what runs into its slot; a rule is named to the main thread once, by number. */
export class SlotMonitor implements RuleMonitor {
  private readonly numbers = new Map<string, number>();

  constructor(
    private readonly slot: Int32Array,
    private readonly announce: (number: number, ruleId: string) => void,
  ) {}

  job(index: number | undefined): void {
    Atomics.store(this.slot, RULE, 0);
    Atomics.store(this.slot, JOB, index === undefined ? 0 : index + 1);
  }

  enter(ruleId: string, node: number): void {
    let number = this.numbers.get(ruleId);
    if (number === undefined) {
      this.numbers.set(ruleId, (number = this.numbers.size + 1));
      this.announce(number, ruleId);
    }
    Atomics.store(this.slot, NODE, node);
    Atomics.store(this.slot, RULE, number);
  }

  leave(): void {
    Atomics.store(this.slot, RULE, 0);
  }
}

/** A rule over its budget: the job (file) it ran on, and where. */
export interface Stuck {
  job: number;
  ruleId: string;
  node: number;
}

interface Watched {
  slot: Int32Array;
  names: Map<number, string>;
  job: number;
  /** Time charged to each rule (by number) on the current job. */
  spent: Map<number, number>;
}

/** The main thread's side: samples every watched slot and reports a rule over its budget, once. */
export class Watchdog<Key> {
  private readonly watched = new Map<Key, Watched>();
  private readonly timer: NodeJS.Timeout;
  private last = performance.now();
  private readonly interval: number;

  constructor(
    private readonly budgetMs: number,
    private readonly onStuck: (key: Key, stuck: Stuck) => void,
  ) {
    this.interval = Math.max(5, Math.min(100, budgetMs / 20));
    this.timer = setInterval(() => this.sample(), this.interval);
    this.timer.unref();
  }

  watch(key: Key, slot: Int32Array): void {
    this.watched.set(key, { slot, names: new Map(), job: 0, spent: new Map() });
  }

  name(key: Key, number: number, ruleId: string): void {
    this.watched.get(key)?.names.set(number, ruleId);
  }

  unwatch(key: Key): void {
    this.watched.delete(key);
  }

  stop(): void {
    clearInterval(this.timer);
    this.watched.clear();
  }

  private sample(): void {
    const now = performance.now();
    // A main thread that was itself busy charges no more than two intervals: the rule seen now need not have run all along.
    const elapsed = Math.min(now - this.last, 2 * this.interval);
    this.last = now;
    for (const [key, watched] of this.watched) {
      const job = Atomics.load(watched.slot, JOB);
      if (job !== watched.job) {
        watched.job = job;
        watched.spent.clear();
      }
      const rule = Atomics.load(watched.slot, RULE);
      if (job === 0 || rule === 0) continue;
      const spent = (watched.spent.get(rule) ?? 0) + elapsed;
      watched.spent.set(rule, spent);
      if (spent <= this.budgetMs) continue;
      this.watched.delete(key);
      this.onStuck(key, { job: job - 1, ruleId: watched.names.get(rule) ?? `#${rule}`, node: Atomics.load(watched.slot, NODE) });
    }
  }
}

/** Why a rule was stopped, as its rule-error says. */
export function stoppedReason(budgetMs: number, on: 'file' | 'batch' = 'file'): string {
  return `did not finish within ${budgetMs / 1000} s on this ${on === 'file' ? 'file' : 'batch of plans'} (the time budget of a rule, --rule-timeout); it was stopped`;
}
