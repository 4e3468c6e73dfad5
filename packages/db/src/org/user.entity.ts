import { Entity, Filter, Property } from '@mikro-orm/core';
import type { Role } from '@dsr/domain';
import { BureauOwned } from '../bureau-owned';
import { ownedScopeFilter } from '../scope';

/** A person who signs in. Belongs to one bureau and one department. */
@Entity({ tableName: 'app_user' })
@Filter(ownedScopeFilter)
export class User extends BureauOwned {
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
