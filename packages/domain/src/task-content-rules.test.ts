import { describe, expect, it } from 'vitest';
import { errorOf } from './test-support';
import { checkSubordinateBureaus, checkTaskBounds, checkTaskLists, type TaskListsInput } from './task-content-rules';

const COUNTY = { level: 'COUNTY', divisionCode: '410422' };
const task = (over: Partial<TaskListsInput> = {}): TaskListsInput => ({
  name: ' 旅馆业检查 ',
  externalAgencies: [],
  joint: false,
  regionCodes: [],
  businessCategories: [],
  grades: [],
  requiredSkills: [],
  teamSize: 2,
  timesPerYear: 1,
  ...over,
});

describe('task content rules (R19, R41)', () => {
  it('cleans the lists: trimmed, blanks and repeats dropped', () => {
    const lists = checkTaskLists(
      task({ externalAgencies: [' 县文旅局 ', '', '县文旅局'], grades: ['A', ' A '], requiredSkills: [' 消防 '] }),
      'BUREAU',
      COUNTY,
    );
    expect(lists).toMatchObject({
      name: '旅馆业检查',
      externalAgencies: ['县文旅局'],
      grades: ['A'],
      extraSkills: ['消防'],
    });
  });

  it('refuses regions outside the division or malformed, naming the field under the prefix', () => {
    expect(errorOf(() => checkTaskLists(task({ regionCodes: ['410423'] }), 'BUREAU', COUNTY, 'task.'))).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'task.regionCodes',
    });
    expect(errorOf(() => checkTaskLists(task({ regionCodes: ['4104'] }), 'BUREAU', COUNTY))?.message).toContain(
      '应为 6、9 或 12 位数字',
    );
    expect(
      checkTaskLists(task({ regionCodes: ['110101'] }), 'BUREAU', { level: 'PROVINCE', divisionCode: '41' })
        .regionCodes,
    ).toEqual(['110101']);
  });

  it('a joint plan takes joint tasks only; trades must be known', () => {
    expect(errorOf(() => checkTaskLists(task(), 'JOINT', COUNTY))?.code).toBe('JOINT_TASK_INVALID');
    expect(errorOf(() => checkTaskLists(task({ businessCategories: ['NOPE'] }), 'BUREAU', COUNTY))?.field).toBe(
      'businessCategories',
    );
  });

  it('bounds: a name, at most 20 per team and 366 a year', () => {
    expect(errorOf(() => checkTaskBounds({ name: '', teamSize: 2, timesPerYear: 1 }))?.field).toBe('name');
    expect(errorOf(() => checkTaskBounds({ name: 'x', teamSize: 21, timesPerYear: 1 }))?.field).toBe('teamSize');
    expect(errorOf(() => checkTaskBounds({ name: 'x', teamSize: 2, timesPerYear: 367 }))?.field).toBe('timesPerYear');
    expect(() => checkTaskBounds({ name: 'x', teamSize: 20, timesPerYear: 366 })).not.toThrow();
  });

  it("R41: only bureaus below the plan's own", () => {
    expect(checkSubordinateBureaus(['b', 'b'], 'a', ['a', 'b'], 'f')).toEqual(['b']);
    expect(errorOf(() => checkSubordinateBureaus(['a'], 'a', ['a', 'b'], 'f'))?.code).toBe('NOT_A_SUBORDINATE_BUREAU');
    expect(errorOf(() => checkSubordinateBureaus(['c'], 'a', ['a', 'b'], 'f'))?.details).toEqual({ bureauId: 'c' });
  });
});
