import { Field, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import type { RectificationDraftStatus } from '@dsr/domain';

export enum RectificationDraftStatusEnum { DRAFT = 'DRAFT', ISSUED = 'ISSUED' }
registerEnumType(RectificationDraftStatusEnum, { name: 'RectificationDraftStatus', description: '整改通知书草稿状态',
  valuesConfig: { DRAFT: { description: '待签发' }, ISSUED: { description: '已签发' } } });

/** An inspector's draft of a 责令整改通知书 and its issuing (issue 10). */
@InputType({ description: '签发整改通知书草稿' })
export class IssueRectificationDraftInput {
  @Field(() => ID, { description: '草稿' }) draftId!: string;
  @Field(() => Int, { description: '读取时的版本号' }) version!: number;
}
@ObjectType('RectificationDraft', { description: '整改通知书草稿：检查人员起草，由本单位设置的签发角色（默认部门负责人）签发' })
export class RectificationDraftType {
  @Field(() => ID, { description: '编号' }) id!: string;
  @Field(() => ID, { description: '检查' }) inspectionId!: string;
  @Field({ description: '发现的问题' }) findings!: string;
  @Field({ description: '法律依据' }) legalBasis!: string;
  @Field({ description: '整改期限' }) deadline!: string;
  @Field(() => String, { nullable: true, description: '联系电话' }) contactPhone!: string | null;
  @Field(() => RectificationDraftStatusEnum, { description: '状态' }) status!: RectificationDraftStatus;
  @Field(() => ID, { description: '起草人' }) draftedBy!: string;
  @Field({ description: '起草时间' }) draftedAt!: Date;
  @Field(() => ID, { nullable: true, description: '签发后的通知书' }) noticeId!: string | null;
  @Field(() => Int, { description: '版本号' }) version!: number;
}
@ObjectType({ description: '起草结果' })
export class RectificationDraftPayload {
  @Field(() => RectificationDraftType, { description: '草稿' }) draft!: RectificationDraftType;
}
