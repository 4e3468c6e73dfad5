/**
 * Work a process starts after a request's answer and nobody awaits (a published draw's record encoded and
 * stored): kept here so that a stop can finish it before the pool closes, and a test can wait until none is
 * left before it counts statements.
 */
export class BackgroundWork {
  private readonly pending = new Set<Promise<unknown>>();

  /** Lets `work` run on its own; its failure is the caller's to log (it is only watched here). */
  track(work: Promise<unknown>): void {
    this.pending.add(work);
    const done = () => this.pending.delete(work);
    work.then(done, done);
  }

  /** Settled once all tracked work has, including work started while waiting. */
  async idle(): Promise<void> {
    while (this.pending.size) await Promise.allSettled([...this.pending]);
  }
}
