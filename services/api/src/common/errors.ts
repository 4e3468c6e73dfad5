import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import { DomainError } from '@dsr/domain';
import { MissingScopeError } from '@dsr/db';
import { dbRefusal } from './edge/db-errors';
import { hasChinese, translateGraphqlMessage } from './edge/graphql-messages';

/** Errors the user sees: a machine-readable code and a Chinese message. */
export function unauthenticated(message = '请先登录，或登录已失效'): GraphQLError {
  return new GraphQLError(message, { extensions: { code: 'UNAUTHENTICATED', http: { status: 401 } } });
}
export function forbidden(message = '无权执行此操作'): GraphQLError {
  return new GraphQLError(message, { extensions: { code: 'FORBIDDEN' } });
}
export function notFound(what: string): GraphQLError {
  // Never says whether the object exists elsewhere: "not found or no access".
  return new GraphQLError(`${what}不存在或无权访问`, { extensions: { code: 'NOT_FOUND' } });
}
export function badInput(field: string, message: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: 'BAD_USER_INPUT', field } });
}
export function conflict(message: string, details?: Record<string, unknown>): GraphQLError {
  return new GraphQLError(message, { extensions: { code: 'CONFLICT', ...details } });
}

const PASS_THROUGH = new Set([
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'NOT_FOUND',
  'BAD_USER_INPUT',
  'CONFLICT',
  'RATE_LIMITED',
  'BAD_REQUEST',
  'PAYLOAD_TOO_LARGE',
  'QUERY_TOO_COMPLEX',
]);

const GRAPHQL_PREFIX: Record<string, string> = {
  GRAPHQL_PARSE_FAILED: '查询语法错误',
  GRAPHQL_VALIDATION_FAILED: '查询不符合接口定义',
  BAD_USER_INPUT: '输入有误',
  PERSISTED_QUERY_NOT_FOUND: '未找到持久化查询',
  OPERATION_RESOLUTION_FAILURE: '无法确定要执行的操作',
  BAD_REQUEST: '请求无效',
};

interface ValidationFailure {
  property: string;
  constraints?: Record<string, string>;
  children?: ValidationFailure[];
}

/** class-validator's nested result → the failing field's path and a Chinese message. */
function firstValidationFailure(v: ValidationFailure, prefix = ''): { field: string; message: string } {
  const field = prefix ? `${prefix}.${v.property}` : v.property;
  if (!v.constraints && v.children?.length) return firstValidationFailure(v.children[0], field);
  const messages = Object.values(v.constraints ?? {});
  const chinese = messages.find((m) => /[\u4e00-\u9fff]/.test(m));
  return { field, message: chinese ?? `输入有误：${field} 的值不符合要求（${messages.join('；')}）` };
}

/**
 * A graphql-js or Apollo message in Chinese (the English kept as extensions.originalMessage); a
 * refused shape limit (tokens, aliases, directives) becomes QUERY_TOO_COMPLEX.
 */
function inChinese(
  code: string,
  own: string,
  extensions: Record<string, unknown>,
): Pick<GraphQLFormattedError, 'message' | 'extensions'> {
  if (hasChinese(own)) {
    const limit = extensions.limit;
    return {
      message: own,
      extensions: { ...extensions, code: typeof limit === 'string' && limit !== 'depth' ? 'QUERY_TOO_COMPLEX' : code },
    };
  }
  const tokens = /contains more tha[nt] (\d+) tokens/.exec(own); // graphql 16 writes "more that"
  if (tokens) {
    return {
      message: `查询过长（超过 ${tokens[1]} 个词法单元），请拆分查询`,
      extensions: { code: 'QUERY_TOO_COMPLEX', limit: 'tokens', max: Number(tokens[1]), originalMessage: own },
    };
  }
  const prefix = GRAPHQL_PREFIX[code];
  if (!prefix) return { message: own, extensions: { ...extensions, code } };
  const translated = translateGraphqlMessage(own) ?? own.replace(/^Syntax Error: /, '');
  // graphql-js's "Did you mean …?" names fields and types near a guess: with introspection off it would still
  // hand the schema out, one guess at a time. The English is kept without it.
  const kept = own.replace(/ Did you mean [^]*$/, '');
  return { message: `${prefix}：${translated}`, extensions: { ...extensions, code, originalMessage: kept } };
}

/** An error's `extensions.code` as text ('' when there is none); codes are strings, anything else is shown as JSON. */
function codeText(code: unknown): string {
  if (code === undefined || code === null) return '';
  if (typeof code === 'string') return code;
  if (typeof code === 'number' || typeof code === 'boolean' || typeof code === 'bigint') return String(code);
  return JSON.stringify(code);
}

/**
 * The one place errors are shaped for the client: known codes pass with their message, domain
 * errors keep their code, database conflicts become CONFLICT, and anything else becomes a
 * generic INTERNAL_SERVER_ERROR (logged, never a stack trace to the client).
 */
export function formatError(
  formatted: GraphQLFormattedError,
  error: unknown,
  log: (e: unknown) => void,
): GraphQLFormattedError {
  const original = error instanceof GraphQLError ? (error.originalError ?? error) : error;
  const base = { locations: formatted.locations, path: formatted.path };
  if (original instanceof DomainError) {
    return {
      ...base,
      message: original.message,
      extensions: { code: original.code, ...(original.field ? { field: original.field } : {}), ...original.details },
    };
  }
  const name = (original as { name?: string } | null | undefined)?.name ?? '';
  if (name === 'OptimisticLockError') {
    return { ...base, message: '记录已被他人修改，请刷新后重试', extensions: { code: 'CONFLICT' } };
  }
  const refusal = dbRefusal(original);
  if (refusal) {
    return {
      ...base,
      message: refusal.message,
      extensions: { code: refusal.code, ...(refusal.field ? { field: refusal.field } : {}) },
    };
  }
  const code = codeText(formatted.extensions?.code);
  const validation = (formatted.extensions as { validationErrors?: ValidationFailure[] } | undefined)?.validationErrors;
  if (code === 'BAD_USER_INPUT' && validation?.length) {
    const { field, message } = firstValidationFailure(validation[0]);
    return { ...base, message, extensions: { code, field } };
  }
  // A GraphQLError made on purpose (by us, Apollo or graphql-js) keeps its code; one that wraps
  // an unexpected exception does not.
  const deliberate =
    error instanceof GraphQLError && (!error.originalError || error.originalError instanceof GraphQLError);
  if (
    code &&
    code !== 'INTERNAL_SERVER_ERROR' &&
    (deliberate || PASS_THROUGH.has(code)) &&
    !(original instanceof MissingScopeError)
  ) {
    const { stacktrace: _s, http: _h, ...extensions } = (formatted.extensions ?? {}) as Record<string, unknown>;
    return { ...base, ...inChinese(code, formatted.message.replace(/^Context creation failed: /, ''), extensions) };
  }
  log(original);
  return { ...base, message: '服务器内部错误，请稍后重试或联系管理员', extensions: { code: 'INTERNAL_SERVER_ERROR' } };
}
