import { Field, ID, InputType, ObjectType } from 'type-graphql';
import { ArrayMaxSize, ArrayMinSize, Length } from 'class-validator';
import type { DirectCheckReason } from '@dsr/domain';
import { DirectCheckReasonEnum } from './inspection-enums';
import { InspectionType } from './inspection.types';

/** Opening inspections: from a draw (R32, R35) or directly (R23). */

@InputType({ description: '把一次抽取的结果匹配为检查（R32、R35）' })
export class MatchInspectionsInput {
  @Field(() => ID, { description: '已抽取的抽取记录' }) drawId!: string;
}

@ObjectType('MatchInspectionsPayload', { description: '匹配结果' })
export class MatchInspectionsPayload {
  @Field(() => [InspectionType], { description: '本次涉及的检查（新建的与并入的）' }) inspections!: InspectionType[];
}

@InputType({ description: '发起直接检查（R23）' })
export class CreateDirectCheckInput {
  @Field(() => ID, { description: '检查对象' }) targetId!: string;
  @Field(() => DirectCheckReasonEnum, { description: '事由' }) reason!: DirectCheckReason;
  @Field({ description: '事由文号：投诉编号、转办文件号等' })
  @Length(1, 200, { message: '事由文号应为 1 到 200 个字符' })
  reference!: string;
  @Field(() => [ID], { description: '检查事项版本（已发布）' })
  @ArrayMinSize(1, { message: '至少一个检查事项' })
  @ArrayMaxSize(20)
  itemVersionIds!: string[];
  @Field(() => [ID], { description: '检查人员（至少 2 人，R29）' })
  @ArrayMinSize(2, { message: '检查人员至少 2 人' })
  @ArrayMaxSize(20)
  inspectorIds!: string[];
  @Field({ description: '检查时段起' }) windowStart!: string;
  @Field({ description: '检查时段止' }) windowEnd!: string;
}
