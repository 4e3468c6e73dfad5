import { Entity, Filter, PrimaryKey, Property } from '@mikro-orm/core';
import { ownedScopeFilter } from '../scope';

/** One sign-in. Tokens carry its id; revoking it ends every token of that sign-in. */
@Entity({ tableName: 'auth_session' })
@Filter(ownedScopeFilter)
export class AuthSession {
  @PrimaryKey({ type: 'uuid' }) id!: string;
  @Property({ type: 'uuid' }) tenantId!: string;
  @Property({ type: 'uuid' }) bureauId!: string;
  @Property({ type: 'string', columnType: 'ltree' }) scopePath!: string;
  @Property({ type: 'uuid' }) userId!: string;
  @Property({ type: 'Date', columnType: 'timestamptz' }) createdAt: Date = new Date();
  @Property({ type: 'Date', columnType: 'timestamptz' }) expiresAt!: Date;
  @Property({ type: 'Date', columnType: 'timestamptz', nullable: true }) revokedAt: Date | null = null;
  @Property({ type: 'text', nullable: true }) clientIp: string | null = null;
  @Property({ type: 'text', nullable: true }) userAgent: string | null = null;
}
