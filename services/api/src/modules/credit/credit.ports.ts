import type { PublicationKind } from '@dsr/domain';
import type { RequestContext } from '../../context';

/**
 * What the credit module asks of publication (wired in services.ts; credit imports no publication
 * code): the entry's series shows it as it is now, once approved (R48).
 */
export interface CreditPublisher {
  refresh(ctx: RequestContext, kind: PublicationKind, subjectId: string, reason: string): Promise<unknown>;
}
