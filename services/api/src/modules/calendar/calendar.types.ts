import { Field, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';

export enum HolidayDayKindEnum {
  HOLIDAY = 'holiday',
  WORKDAY = 'workday',
}
registerEnumType(HolidayDayKindEnum, {
  name: 'HolidayDayKind',
  description: '节假日安排中一天的类型',
  valuesConfig: {
    HOLIDAY: { description: '放假（含假期内的周末）' },
    WORKDAY: { description: '调休上班（星期六或星期日）' },
  },
});
export enum HolidayScheduleSourceEnum {
  LIBRARY = 'library',
  LOADED = 'loaded',
  UNKNOWN = 'unknown',
}
registerEnumType(HolidayScheduleSourceEnum, {
  name: 'HolidayScheduleSource',
  description: '某年节假日安排的来源',
  valuesConfig: {
    LIBRARY: { description: '内置（chinese-days 收录的国务院办公厅通知）' },
    LOADED: { description: '管理员导入（覆盖内置数据）' },
    UNKNOWN: { description: '未知：尚未公布或未导入，期限按周一至周五估算并予以标明' },
  },
});

@ObjectType('HolidayScheduleDay', { description: '节假日安排中的一天' })
export class HolidayScheduleDayType {
  @Field({ description: '日期（YYYY-MM-DD）' }) date!: string;
  @Field(() => HolidayDayKindEnum, { description: '放假或调休上班' }) kind!: string;
  @Field({ description: '所属节日，如 春节' }) name!: string;
}

@ObjectType('HolidaySchedule', {
  description: '某年的节假日安排（法定节假日和调休上班日），工作日期限据此计算（R32、R39、R47）',
})
export class HolidayScheduleType {
  @Field(() => Int, { description: '年份' }) year!: number;
  @Field(() => HolidayScheduleSourceEnum, { description: '来源：内置、导入或未知' }) source!: string;
  @Field(() => [HolidayScheduleDayType], { description: '该年通知所列的日子（按日期排序；未知年份为空）' })
  days!: HolidayScheduleDayType[];
  @Field(() => Date, { nullable: true, description: '导入时间（仅导入的年份）' }) loadedAt!: Date | null;
}

@InputType({ description: '节假日安排中的一天' })
export class HolidayScheduleDayInput {
  @Field({ description: '日期（YYYY-MM-DD）：该年内，或上一年 12 月的调休上班日' }) date!: string;
  @Field(() => HolidayDayKindEnum, { description: '放假或调休上班（调休上班日须为星期六或星期日）' }) kind!: string;
  @Field({ description: '所属节日，如 春节（1 至 20 字）' }) name!: string;
}

@InputType({ description: '导入（或替换）某年的节假日安排' })
export class LoadHolidayScheduleInput {
  @Field(() => Int, { description: '年份（2000 至 2100）' }) year!: number;
  @Field(() => [HolidayScheduleDayInput], { description: '该年通知所列的全部放假日和调休上班日；替换该年已导入的安排' })
  days!: HolidayScheduleDayInput[];
}

@ObjectType('HolidaySchedulePayload', { description: '导入节假日安排的结果' })
export class HolidaySchedulePayload {
  @Field(() => HolidayScheduleType, { description: '导入后该年的安排' }) schedule!: HolidayScheduleType;
}
