/**
 * When to check a document while it is being edited: the first edit after a quiet spell is checked at once
 * (the timer fires before the next queued message is handled), later edits within `intervalMs` of the last
 * check wait and are checked together. A burst of edits therefore costs one or two checks, never one per edit,
 * and every check reads the document's latest version.
 */
export class CheckScheduler {
  private readonly timers = new Map<string, NodeJS.Timeout>();
  private readonly lastStart = new Map<string, number>();

  constructor(
    private readonly intervalMs: number,
    private readonly check: (uri: string) => Promise<void>,
  ) {}

  schedule(uri: string): void {
    if (this.timers.has(uri)) return;
    const sinceLast = performance.now() - (this.lastStart.get(uri) ?? Number.NEGATIVE_INFINITY);
    this.timers.set(uri, setTimeout(() => this.fire(uri), Math.max(0, this.intervalMs - sinceLast)));
  }

  private fire(uri: string): void {
    this.timers.delete(uri);
    this.lastStart.set(uri, performance.now());
    void this.check(uri);
  }

  /** Stops any pending check of a closed document, and forgets it. */
  forget(uri: string): void {
    clearTimeout(this.timers.get(uri));
    this.timers.delete(uri);
    this.lastStart.delete(uri);
  }
}
