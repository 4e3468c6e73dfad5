/**
 * PostgreSQL refusals of a write, as the client should see them: a constraint or a value the
 * database will not take is the caller's input (BAD_USER_INPUT) or a clash with what exists
 * (CONFLICT), never INTERNAL_SERVER_ERROR. The column becomes the input field's name.
 */
export interface DbRefusal {
  code: 'BAD_USER_INPUT' | 'CONFLICT';
  message: string;
  field?: string;
}

interface PgLike {
  code?: string;
  table?: string;
  column?: string;
  constraint?: string;
  detail?: string;
}

/** Columns whose input field is not simply the camelCase column name ("table.column" → field). */
const FIELD_OF_COLUMN: Record<string, string> = {
  'draw.redraw_reason': 'reason',
  'inspection.direct_reference': 'reference',
  'rectification_notice.follow_up_remarks': 'remarks',
  'rectification_notice.penalty_decision_no': 'decisionNo',
  'target.termination_reason': 'reason',
  'inspection_member.left_reason': 'reason',
  'inspection_report.review_comment': 'comment',
};

/** Columns that say who owns a row: never the field a caller typed. */
const OWNERSHIP = new Set(['tenant_id', 'bureau_id', 'scope_path']);

const camel = (s: string) => s.replace(/_([a-z0-9])/g, (_m, c: string) => c.toUpperCase());

export function fieldOfColumn(table: string | undefined, column: string | undefined): string | undefined {
  if (!column) return undefined;
  return FIELD_OF_COLUMN[`${table}.${column}`] ?? camel(column);
}

/** "target_name_check" on table target → name (PostgreSQL's default constraint names). */
function columnOfConstraint(table: string | undefined, constraint: string | undefined): string | undefined {
  if (!table || !constraint?.startsWith(`${table}_`)) return undefined;
  const rest = constraint.slice(table.length + 1).replace(/_(check|fkey|key|unique|not_null|len)$/, '');
  return rest && rest !== 'check' && /^[a-z0-9_]+$/.test(rest) ? rest : undefined;
}

/** "Key (tenant_id, uscc)=(…) already exists." → uscc */
function columnOfDetail(detail: string | undefined): string | undefined {
  const cols = /Key \(([^)]*)\)=/
    .exec(detail ?? '')?.[1]
    ?.split(',')
    .map((c) => c.trim().replace(/^lower\(|\)$/g, ''));
  return cols?.filter((c) => !OWNERSHIP.has(c)).pop();
}

const withField = (r: Omit<DbRefusal, 'field'>, field: string | undefined): DbRefusal =>
  field ? { ...r, field, message: `${r.message}（${field}）` } : r;

export function dbRefusal(err: unknown): DbRefusal | null {
  const e = err as PgLike | null;
  if (!e || typeof e.code !== 'string' || !/^2[23][0-9A-Z]{3}$/.test(e.code)) return null;
  const col = (c: string | undefined) => fieldOfColumn(e.table, c);
  switch (e.code) {
    case '23505':
      return withField(
        { code: 'CONFLICT', message: '与已有记录重复' },
        col(columnOfDetail(e.detail) ?? columnOfConstraint(e.table, e.constraint)),
      );
    case '23503':
      return withField(
        { code: 'BAD_USER_INPUT', message: '输入有误：引用的记录不存在或已被引用' },
        col(columnOfDetail(e.detail) ?? columnOfConstraint(e.table, e.constraint)),
      );
    case '23502':
      return withField({ code: 'BAD_USER_INPUT', message: '输入有误：缺少必填项' }, col(e.column));
    case '23514':
      return withField(
        { code: 'BAD_USER_INPUT', message: '输入有误：取值不符合要求' },
        col(e.column ?? columnOfConstraint(e.table, e.constraint)),
      );
    case '23P01':
      return withField({ code: 'CONFLICT', message: '与已有记录冲突' }, col(columnOfConstraint(e.table, e.constraint)));
    case '22001':
      return { code: 'BAD_USER_INPUT', message: '输入有误：文字超过允许的长度' };
    case '22021':
      return { code: 'BAD_USER_INPUT', message: '输入有误：文字含有不允许的字符' };
    case '22P02':
      return { code: 'BAD_USER_INPUT', message: '输入有误：编号或数值格式不正确' };
    case '22003':
      return { code: 'BAD_USER_INPUT', message: '输入有误：数值超出范围' };
    case '22007':
    case '22008':
      return { code: 'BAD_USER_INPUT', message: '输入有误：日期或时间格式不正确' };
    default:
      return e.code.startsWith('22') ? { code: 'BAD_USER_INPUT', message: '输入有误：数据格式不正确' } : null;
  }
}
