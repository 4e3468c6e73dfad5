import { describe, expect, it } from 'vitest';
import { BackgroundWork } from './background-work';

describe('BackgroundWork', () => {
  it('idle() waits for tracked work, for work tracked while waiting, and for work that failed', async () => {
    const work = new BackgroundWork();
    const done: string[] = [];
    const later = (name: string, ms: number, fail = false) =>
      new Promise<void>((resolve, reject) =>
        setTimeout(() => {
          done.push(name);
          if (fail) reject(new Error(name));
          else resolve();
        }, ms),
      );
    const failing = later('failed', 5, true);
    failing.catch(() => undefined); // its failure is the caller's to log
    work.track(failing);
    work.track(later('first', 10).then(() => work.track(later('second', 10))));
    await work.idle();
    expect(done).toEqual(['failed', 'first', 'second']);
    await work.idle(); // nothing left: settles at once
  });
});
