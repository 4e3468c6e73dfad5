import { Arg, Ctx, Int, Mutation, Query, Resolver } from 'type-graphql';
import type { RequestContext } from '../../context';
import type { CalendarService } from './calendar.service';
import { HolidaySchedulePayload, HolidayScheduleType, LoadHolidayScheduleInput } from './calendar.types';

@Resolver()
export class CalendarResolver {
  constructor(private readonly calendar: CalendarService) {}

  @Query(() => HolidayScheduleType, { description: '某年的节假日安排及其来源（内置、导入或未知）' })
  holidaySchedule(@Arg('year', () => Int, { description: '年份' }) year: number, @Ctx() ctx: RequestContext) {
    return this.calendar.holidaySchedule(ctx, year);
  }

  @Mutation(() => HolidaySchedulePayload, {
    description: '导入或替换某年的节假日安排（仅顶级公安机关的管理员；写审计记录）',
  })
  async loadHolidaySchedule(
    @Arg('input', () => LoadHolidayScheduleInput) input: LoadHolidayScheduleInput,
    @Ctx() ctx: RequestContext,
  ) {
    return { schedule: await this.calendar.loadHolidaySchedule(ctx, input) };
  }
}
