import { Entity, Filter, PrimaryKey, Property } from '@mikro-orm/core';
import type { Role } from '@dsr/domain';
import { ownedScopeFilter } from '../scope';

/** A person who signs in. Belongs to one bureau and one department. */
@Entity({ tableName: 'app_user' })
@Filter(ownedScopeFilter)
export class User {
  @PrimaryKey({ type: 'uuid' }) id!: string;
  @Property({ type: 'uuid' }) tenantId!: string;
  @Property({ type: 'uuid' }) bureauId!: string;
  @Property({ type: 'string', columnType: 'ltree' }) scopePath!: string;
  @Property({ type: 'uuid' }) departmentId!: string;
  @Property({ type: 'text' }) username!: string;
  @Property({ type: 'text' }) displayName!: string;
  @Property({ type: 'text', hidden: true, lazy: true }) passwordHash!: string;
  @Property({ type: 'string[]', columnType: 'text[]' }) roles!: Role[];
  @Property({ type: 'boolean' }) active: boolean = true;
  @Property({ type: 'Date', columnType: 'timestamptz' }) passwordChangedAt: Date = new Date();
  @Property({ type: 'Date', columnType: 'timestamptz' }) createdAt: Date = new Date();
  @Property({ type: 'Date', columnType: 'timestamptz', onUpdate: () => new Date() }) updatedAt: Date = new Date();
  @Property({ type: 'integer', version: true }) version!: number;
}
