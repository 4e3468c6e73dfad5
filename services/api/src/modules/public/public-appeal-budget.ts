import { GraphQLError } from 'graphql';

const HOUR_MS = 3_600_000;

/** A positive whole number from the environment, or the default. */
function perHour(value: string | undefined, fallback: number): number {
  const n = Number(value);
  return Number.isInteger(n) && n > 0 ? n : fallback;
}

/**
 * What one client address may file on the public side in an hour (R49, R57): appeals reach 督察's queue
 * and the audit chain, attachments the file store, so the per-minute budget of /public (120 look-ups)
 * is far too wide for them. Fixed windows of an hour, in this process (N replicas: N times the budget).
 */
export interface AppealBudgetLimits {
  /** Appeals filed (DSR_APPEAL_PER_HOUR, default 10); a refused one gives its place back. */
  appeals: number;
  /** Attachment uploads, refused ones included (DSR_APPEAL_ATTACHMENTS_PER_HOUR, default 30). */
  attachments: number;
}

export function appealBudgetFromEnv(env: NodeJS.ProcessEnv = process.env): AppealBudgetLimits {
  return {
    appeals: perHour(env.DSR_APPEAL_PER_HOUR, 10),
    attachments: perHour(env.DSR_APPEAL_ATTACHMENTS_PER_HOUR, 30),
  };
}

type Kind = keyof AppealBudgetLimits;

const WHAT: Record<Kind, string> = { appeals: '件异议或投诉', attachments: '个附件' };

export class AppealBudget {
  private windowStart = 0;
  private readonly used = new Map<string, number>();

  constructor(
    private readonly limits: AppealBudgetLimits = appealBudgetFromEnv(),
    private readonly now: () => number = Date.now,
  ) {}

  /** Counts one `kind` for the address, or throws RATE_LIMITED (HTTP 429, Retry-After) when its hour's budget is spent. */
  take(kind: Kind, address: string): void {
    const t = this.now();
    if (t - this.windowStart >= HOUR_MS) {
      this.windowStart = t;
      this.used.clear();
    }
    const key = `${kind}:${address}`;
    const used = (this.used.get(key) ?? 0) + 1;
    if (used > this.limits[kind]) {
      const retry = Math.ceil((this.windowStart + HOUR_MS - t) / 1000);
      throw new GraphQLError(
        `同一网络地址每小时最多提交 ${this.limits[kind]} ${WHAT[kind]}，请 ${Math.ceil(retry / 60)} 分钟后再试`,
        {
          extensions: {
            code: 'RATE_LIMITED',
            retryAfterSeconds: retry,
            http: { status: 429, headers: new Map([['retry-after', String(retry)]]) },
          },
        },
      );
    }
    this.used.set(key, used);
  }

  /** Gives back a place taken for something that was refused (a filer's typo does not use up their hour). */
  giveBack(kind: Kind, address: string): void {
    const key = `${kind}:${address}`;
    const used = this.used.get(key);
    if (used) this.used.set(key, used - 1);
  }
}
