import { Entity, Filter, Property } from '@mikro-orm/core';
import type { DepartmentKind } from '@dsr/domain';
import { BureauOwned } from '../bureau-owned';
import { ownedScopeFilter } from '../scope';

export type { DepartmentKind };

/** A unit inside a bureau (治安大队, 法制室 …) or an external agency joining joint checks. */
@Entity({ tableName: 'department' })
@Filter(ownedScopeFilter)
export class Department extends BureauOwned {
  @Property({ type: 'text' }) code!: string;
  @Property({ type: 'text' }) name!: string;
  @Property({ type: 'text' }) kind!: DepartmentKind;
  @Property({ type: 'boolean' }) active: boolean = true;
  @Property({ type: 'Date', columnType: 'timestamptz' }) createdAt: Date = new Date();
  @Property({ type: 'Date', columnType: 'timestamptz', onUpdate: () => new Date() }) updatedAt: Date = new Date();
  @Property({ type: 'integer', version: true }) version!: number;
}
