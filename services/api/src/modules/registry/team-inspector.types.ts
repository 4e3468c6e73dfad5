import { Field, ID, ObjectType } from 'type-graphql';

@ObjectType('NamedUnit', { description: '机关或部门：编号与名称' })
export class NamedUnitType {
  @Field(() => ID, { description: '编号' }) id!: string;
  @Field({ description: '名称' }) name!: string;
}

/**
 * An inspector as a team shows them (draw selections, inspection members): who they are, never
 * their directory entry. Also for inspectors the caller does not read directly — lent by a sibling
 * (R34), or a superior's on an inspection this bureau handles (R41) — through app_private.team_inspectors.
 */
@ObjectType('TeamInspector', {
  description:
    '检查组中的检查人员：姓名、警号、执法证号、所属部门与机关（跨区域抽取的同级人员、上级检查组人员亦显示，仅此几项）',
})
export class TeamInspectorType {
  @Field(() => ID, { description: '检查人员编号' }) id!: string;
  @Field({ description: '姓名' }) name!: string;
  @Field(() => String, { nullable: true, description: '警号（外部机关人员为空）' }) badgeNo!: string | null;
  @Field(() => String, { nullable: true, description: '执法证号：民警的警官证号，外部机关人员的执法证号（R36）' })
  warrantNo!: string | null;
  @Field(() => NamedUnitType, { description: '所属部门' }) department!: NamedUnitType;
  @Field(() => NamedUnitType, { description: '所属机关' }) bureau!: NamedUnitType;
}
