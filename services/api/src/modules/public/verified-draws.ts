import { LRUCache } from 'lru-cache';
import type { DrawVerification } from '@dsr/domain';

/**
 * The answers of verifyPublishedDraw by the DRAW_RESULT document's SHA-256. A published document never changes
 * (a swap or a correction is a new document with a new hash), so an answer is never stale; without it every
 * anonymous request read the whole record (megabytes for a large draw) and replayed the draw in a new thread —
 * a quarter of a second of CPU for 100,000 targets, 120 times a minute per address. Concurrent asks share one run;
 * a failed run is not kept.
 */
export class VerifiedDraws {
  private readonly answers: LRUCache<string, Promise<DrawVerification>>;

  constructor(max = 256) {
    this.answers = new LRUCache({ max });
  }

  verify(documentSha256: string, run: () => Promise<DrawVerification>): Promise<DrawVerification> {
    const known = this.answers.get(documentSha256);
    if (known) return known;
    const running = run();
    this.answers.set(documentSha256, running);
    running.catch(() => this.answers.delete(documentSha256));
    return running;
  }
}
