/**
 * A plugin's batch rule under its time budget (`--rule-timeout`), as a plugin's per-file rules are (rule-watch.ts):
 * it runs in a thread of its own, and a rule that has not finished within the budget has its thread terminated and
 * is one rule-error in every plan of its batch. Built-in batch rules run on the calling thread, as before.
 */
import { fileURLToPath } from 'node:url';
import { existsSync } from 'node:fs';
import { Worker } from 'node:worker_threads';
import type { ActiveRule } from '../core/active-rule.js';
import type { BatchMember, BatchOutcome } from '../core/batch.js';
import { crashFinding, RuleFailure } from '../core/rule-contract.js';
import type { DiagnosticSeverity } from '../rule-kit/types.js';
import { stoppedReason } from './rule-watch.js';

export interface BatchWorkerData {
  cwd: string;
  configFile?: string;
  /** A member file, whose configuration holds the rule. */
  file: string;
  ruleId: string;
  severity: DiagnosticSeverity;
  options: Readonly<Record<string, unknown>>;
  weight: number;
  members: readonly BatchMember[];
  asOf: string;
}

export type BatchWorkerReply = { ready: true } | { outcome: BatchOutcome } | { error: string };

const SCRIPT = new URL('./batch-worker.js', import.meta.url);

/** Threads run the compiled files; from the TypeScript sources (tests), the rule runs on this thread. */
export function batchWorkersAvailable(): boolean {
  return existsSync(fileURLToPath(SCRIPT));
}

/** The rule's failure as its outcome: one rule-error in every member, its checks counted nowhere. */
function failed(active: ActiveRule, members: readonly BatchMember[], reason: string): BatchOutcome {
  const finding = crashFinding(active.rule.meta.id, [], new RuleFailure(reason));
  return { findings: members.map((_, member) => ({ member, finding })), applicable: false };
}

export function runBatchRuleWatched(active: ActiveRule, data: Omit<BatchWorkerData, 'ruleId' | 'severity' | 'options' | 'weight'>, budgetMs: number): Promise<BatchOutcome> {
  const worker = new Worker(SCRIPT, {
    workerData: { ...data, ruleId: active.rule.meta.id, severity: active.severity, options: active.options, weight: active.weight } satisfies BatchWorkerData,
  });
  return new Promise<BatchOutcome>((resolve) => {
    let timer: NodeJS.Timeout | undefined;
    let settled = false;
    const settle = (outcome: BatchOutcome) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      void worker.terminate();
      resolve(outcome);
    };
    worker.on('message', (reply: BatchWorkerReply) => {
      if ('ready' in reply) timer = setTimeout(() => settle(failed(active, data.members, stoppedReason(budgetMs, 'batch'))), budgetMs);
      else if ('outcome' in reply) settle(reply.outcome);
      else settle(failed(active, data.members, `its thread could not run it: ${reply.error}`));
    });
    worker.on('error', (error) => settle(failed(active, data.members, `its thread failed: ${error.message}`)));
    worker.on('exit', (code) => settle(failed(active, data.members, `its thread stopped with exit code ${code}`)));
  });
}
