import { GraphQLError } from 'graphql';

/**
 * A small counter of open-data downloads in progress: each holds a snapshot transaction of the
 * public pool (4 connections) for up to a minute, so a few at a time in all and one per address;
 * beyond that a clear refusal (503, or 429 for the same address), never a queue.
 */
export class DownloadSlots {
  private total = 0;
  private readonly byAddress = new Map<string, number>();

  constructor(
    private readonly max: number,
    private readonly perAddress = 1,
  ) {}

  /** A slot for `address`, or OPEN_DATA_BUSY; the returned function gives it back (once). */
  take(address: string): () => void {
    const mine = this.byAddress.get(address) ?? 0;
    if (mine >= this.perAddress) {
      throw new GraphQLError('同一地址同时只能下载一个开放数据文件，请等上一个下载完成', {
        extensions: { code: 'RATE_LIMITED', retryAfterSeconds: 10 },
      });
    }
    if (this.total >= this.max) {
      throw new GraphQLError('开放数据下载人数较多，请稍后再试', {
        extensions: { code: 'OPEN_DATA_BUSY', retryAfterSeconds: 30 },
      });
    }
    this.total += 1;
    this.byAddress.set(address, mine + 1);
    let given = false;
    return () => {
      if (given) return;
      given = true;
      this.total -= 1;
      const left = (this.byAddress.get(address) ?? 1) - 1;
      if (left > 0) this.byAddress.set(address, left);
      else this.byAddress.delete(address);
    };
  }

  /** Downloads in progress (for tests and logs). */
  get inProgress(): number {
    return this.total;
  }
}

/** The limit from DSR_OPEN_DATA_CONCURRENCY (default 2: half of the public pool). */
export function openDataConcurrencyFromEnv(env: NodeJS.ProcessEnv = process.env): number {
  const n = Number(env.DSR_OPEN_DATA_CONCURRENCY);
  return Number.isInteger(n) && n >= 1 ? n : 2;
}
