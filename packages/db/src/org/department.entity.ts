import { Entity, Filter, PrimaryKey, Property } from '@mikro-orm/core';
import { ownedScopeFilter } from '../scope';

export type DepartmentKind = 'POLICE' | 'LEGAL' | 'OVERSIGHT' | 'COORDINATING' | 'EXTERNAL';

/** A unit inside a bureau (治安大队, 法制室 …) or an external agency joining joint checks. */
@Entity({ tableName: 'department' })
@Filter(ownedScopeFilter)
export class Department {
  @PrimaryKey({ type: 'uuid' }) id!: string;
  @Property({ type: 'uuid' }) tenantId!: string;
  @Property({ type: 'uuid' }) bureauId!: string;
  @Property({ type: 'string', columnType: 'ltree' }) scopePath!: string;
  @Property({ type: 'text' }) code!: string;
  @Property({ type: 'text' }) name!: string;
  @Property({ type: 'text' }) kind!: DepartmentKind;
  @Property({ type: 'boolean' }) active: boolean = true;
  @Property({ type: 'Date', columnType: 'timestamptz' }) createdAt: Date = new Date();
  @Property({ type: 'Date', columnType: 'timestamptz', onUpdate: () => new Date() }) updatedAt: Date = new Date();
  @Property({ type: 'integer', version: true }) version!: number;
}
