import { Entity, Filter, Property } from '@mikro-orm/core';
import { BureauOwned } from '../bureau-owned';
import { ownedScopeFilter } from '../scope';

/** One sign-in. Tokens carry its id; revoking it ends every token of that sign-in. */
@Entity({ tableName: 'auth_session' })
@Filter(ownedScopeFilter)
export class AuthSession extends BureauOwned {
  @Property({ type: 'uuid' }) userId!: string;
  @Property({ type: 'Date', columnType: 'timestamptz' }) createdAt: Date = new Date();
  @Property({ type: 'Date', columnType: 'timestamptz' }) expiresAt!: Date;
  @Property({ type: 'Date', columnType: 'timestamptz', nullable: true }) revokedAt: Date | null = null;
  @Property({ type: 'text', nullable: true }) clientIp: string | null = null;
  @Property({ type: 'text', nullable: true }) userAgent: string | null = null;
}
