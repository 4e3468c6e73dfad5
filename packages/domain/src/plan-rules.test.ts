import { describe, expect, it } from 'vitest';
import { DomainError } from './errors';
import { FUSHUN_FREQUENCY_RULES } from './item-rules';
import {
  nextPlanStatus,
  requiredDepartmentsOf,
  requiredSkillsOf,
  validatePlanYear,
  validateRoundWindow,
  validateTaskNumbers,
  type PlanItemFacts,
  type TaskNumbers,
} from './plan-rules';
import { taskShortfalls } from './plan-shortfalls';

const code = (fn: () => unknown) => {
  try {
    fn();
  } catch (err) {
    if (err instanceof DomainError) return `${err.code}@${err.field}`;
    throw err;
  }
  return 'OK';
};

const cafe: PlanItemFacts = {
  id: 'i1',
  name: '对网吧业的抽查',
  samplingRatioBp: 1000,
  frequencyPerYear: 2,
  frequencyRules: [],
  requiredSkills: ['网络安全'],
  crossAgencyJoint: false,
  methods: ['ON_SITE'],
};
const hotel: PlanItemFacts = {
  id: 'i2',
  name: '旅馆',
  samplingRatioBp: 500,
  frequencyPerYear: 1,
  frequencyRules: [],
  requiredSkills: [],
  crossAgencyJoint: false,
  methods: ['ON_SITE'],
};
const task: TaskNumbers = {
  ratioBp: 1000,
  timesPerYear: 2,
  teamSize: 2,
  joint: false,
  departmentIds: ['d1'],
  externalAgencies: [],
};
const settings = { minimumRatioBp: 500, jointMinimumRatioBp: 300 };

describe('plan life cycle (R20)', () => {
  it('draft → filed → acknowledged, or returned → (edited) → filed again; frozen once filed', () => {
    expect(nextPlanStatus('DRAFT', 'FILE')).toBe('FILED');
    expect(nextPlanStatus('FILED', 'ACKNOWLEDGE')).toBe('ACKNOWLEDGED');
    expect(nextPlanStatus('FILED', 'RETURN')).toBe('RETURNED');
    expect(nextPlanStatus('RETURNED', 'EDIT')).toBe('RETURNED');
    expect(nextPlanStatus('RETURNED', 'FILE')).toBe('FILED');
    expect(code(() => nextPlanStatus('FILED', 'EDIT'))).toBe('PLAN_NOT_EDITABLE@planId');
    expect(code(() => nextPlanStatus('ACKNOWLEDGED', 'EDIT'))).toBe('PLAN_NOT_EDITABLE@planId');
    expect(code(() => nextPlanStatus('ACKNOWLEDGED', 'FILE'))).toBe('INVALID_TRANSITION@status');
    expect(code(() => nextPlanStatus('DRAFT', 'ACKNOWLEDGE'))).toBe('INVALID_TRANSITION@status');
  });

  it('a year is a real year; a round lies inside it, start ≤ end', () => {
    expect(code(() => validatePlanYear(1999))).toBe('PLAN_YEAR_INVALID@year');
    expect(validateRoundWindow(2027, '2027-03-01', '2027-03-31')).toEqual({ start: '2027-03-01', end: '2027-03-31' });
    expect(code(() => validateRoundWindow(2027, '2026-12-15', '2027-01-15'))).toBe(
      'ROUND_OUTSIDE_PLAN_YEAR@windowStart',
    );
    expect(code(() => validateRoundWindow(2027, '2027-12-15', '2028-01-15'))).toBe('ROUND_OUTSIDE_PLAN_YEAR@windowEnd');
    expect(code(() => validateRoundWindow(2027, '2027-04-01', '2027-03-01'))).toBe('ROUND_WINDOW_INVALID@windowEnd');
    expect(code(() => validateRoundWindow(2027, '2027-02-30', '2027-03-01'))).toBe('INVALID_DATE@windowStart');
  });
});

describe('task rules (R3, R29)', () => {
  it("refuses a ratio below an item's own or the bureau minimum, with the field named", () => {
    expect(code(() => validateTaskNumbers(task, [cafe, hotel], settings, 'task.'))).toBe('OK');
    expect(code(() => validateTaskNumbers({ ...task, ratioBp: 800 }, [cafe], settings, 'task.'))).toBe(
      'RATIO_BELOW_ITEM@task.ratioBp',
    );
    expect(code(() => validateTaskNumbers({ ...task, ratioBp: 400 }, [hotel], settings, 'task.'))).toBe(
      'RATIO_BELOW_MINIMUM@task.ratioBp',
    );
    expect(
      code(() => validateTaskNumbers({ ...task, ratioBp: 700 }, [hotel], { ...settings, minimumRatioBp: 800 })),
    ).toBe('RATIO_BELOW_MINIMUM@ratioBp');
    // A cross-agency joint task may go down to the joint minimum (3%), never below its items'.
    const joint = { ...task, joint: true, externalAgencies: ['市场监管部门'], ratioBp: 300 };
    expect(
      code(() => validateTaskNumbers(joint, [{ ...hotel, samplingRatioBp: 300, crossAgencyJoint: true }], settings)),
    ).toBe('OK');
    expect(code(() => validateTaskNumbers(joint, [hotel], settings))).toBe('RATIO_BELOW_ITEM@ratioBp');
  });

  it('refuses teams under 2 (R29) and teams too small to hold one inspector of every participating department (DRAW.md §2)', () => {
    expect(code(() => validateTaskNumbers({ ...task, teamSize: 1 }, [hotel], settings))).toBe(
      'TEAM_TOO_SMALL@teamSize',
    );
    const three = { ...task, joint: true, departmentIds: ['d1', 'd2', 'd3'] };
    expect(code(() => validateTaskNumbers(three, [hotel], settings))).toBe('TEAM_SMALLER_THAN_DEPARTMENTS@teamSize');
    expect(code(() => validateTaskNumbers({ ...three, teamSize: 3 }, [hotel], settings))).toBe('OK');
    // The former list of required departments can only repeat the participating ones (DRAW.md §2).
    expect(requiredDepartmentsOf(['d1', 'd2'], undefined, 'f')).toEqual(['d1', 'd2']);
    expect(requiredDepartmentsOf(['d1', 'd2'], [], 'f')).toEqual(['d1', 'd2']);
    expect(requiredDepartmentsOf(['d1', 'd2'], ['d2', 'd1', 'd2'], 'f')).toEqual(['d1', 'd2']);
    expect(code(() => requiredDepartmentsOf(['d1', 'd2'], ['d1'], 'task.requiredDepartmentIds'))).toBe(
      'REQUIRED_DEPARTMENTS_DIFFER@task.requiredDepartmentIds',
    );
    expect(code(() => requiredDepartmentsOf(['d1'], ['d1', 'd9'], 'f'))).toBe('REQUIRED_DEPARTMENTS_DIFFER@f');
    expect(code(() => validateTaskNumbers({ ...task, timesPerYear: 0 }, [hotel], settings))).toBe(
      'FREQUENCY_BELOW_MINIMUM@timesPerYear',
    );
    expect(code(() => validateTaskNumbers({ ...task, joint: true }, [hotel], settings))).toBe(
      'JOINT_TASK_INVALID@joint',
    );
    expect(code(() => validateTaskNumbers({ ...task, externalAgencies: ['文化执法部门'] }, [hotel], settings))).toBe(
      'JOINT_TASK_INVALID@joint',
    );
  });

  it("the task's skills are the items' own plus the extra ones, once each", () => {
    expect(requiredSkillsOf([cafe, hotel, cafe], [' 消防 ', '网络安全'])).toEqual(['网络安全', '消防']);
  });
});

describe('shortfalls a plan is filed with (R4, R19, R29)', () => {
  const shortCtx = { level: 'COUNTY' as const, minTeamSize: 2, minTeamDepartments: 1 };
  const base = { ...task, id: 't1', name: '网吧抽查', grades: [] as string[], rounds: 2 };

  it('none when the task meets its items', () => {
    expect(taskShortfalls(base, [cafe, hotel], shortCtx)).toEqual([]);
  });

  it("fewer checks than an item asks, fewer rounds than planned, a team below the bureau's rule", () => {
    const w = taskShortfalls({ ...base, timesPerYear: 1, rounds: 0 }, [cafe], {
      ...shortCtx,
      minTeamSize: 3,
      minTeamDepartments: 2,
    });
    expect(w.map((x) => [x.code, x.required, x.planned])).toEqual([
      ['FREQUENCY_BELOW_ITEM', 2, 1],
      ['ROUNDS_BELOW_FREQUENCY', 1, 0],
      ['TEAM_BELOW_BUREAU_RULE', 3, 2],
      ['TEAM_DEPARTMENTS_BELOW_BUREAU_RULE', 2, 1],
    ]);
    expect(w[0]!.message).toMatch(/少于事项「对网吧业的抽查」规定的每年 2 次/);
  });

  it("R4 graded rules at the bureau's level: 抚顺 entertainment venues per grade, internet cafés 3 a month at 5%", () => {
    const venue = { ...hotel, id: 'v', name: '娱乐场所', frequencyRules: FUSHUN_FREQUENCY_RULES.ENTERTAINMENT_VENUE };
    const graded = taskShortfalls({ ...base, ratioBp: 500, timesPerYear: 4, rounds: 4 }, [venue], shortCtx);
    // A: 1 a quarter (met); B and C: 2 a quarter at county level.
    expect(graded.map((x) => [x.code, x.grade, x.required])).toEqual([
      ['FREQUENCY_BELOW_RULE', 'B', 8],
      ['FREQUENCY_BELOW_RULE', 'C', 8],
    ]);
    expect(
      taskShortfalls({ ...base, ratioBp: 500, timesPerYear: 4, rounds: 4, grades: ['A'] }, [venue], shortCtx),
    ).toEqual([]);
    const netbar = { ...hotel, id: 'n', name: '网吧', frequencyRules: FUSHUN_FREQUENCY_RULES.INTERNET_CAFE };
    const w = taskShortfalls(
      { ...base, ratioBp: 400, timesPerYear: 12, rounds: 12 },
      [{ ...netbar, samplingRatioBp: 300 }],
      shortCtx,
    );
    expect(w.map((x) => [x.code, x.required, x.planned])).toEqual([
      ['FREQUENCY_BELOW_RULE', 36, 12],
      ['RATIO_BELOW_RULE', 500, 400],
    ]);
  });
});
