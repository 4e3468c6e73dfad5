import { GraphQLError } from 'graphql';
import { describe, expect, it } from 'vitest';
import { formatPublicError, MASKED } from './public-errors';

const format = (error: unknown) => {
  const shown = error instanceof GraphQLError ? error.toJSON() : { message: String(error) };
  return formatPublicError(shown, error, () => undefined);
};

describe('errors an anonymous caller sees', () => {
  it('masks a database error, whatever it says, and keeps a refusal made on purpose', () => {
    const pgError = Object.assign(new Error('permission denied for table target'), { code: '42501' });
    expect(format(new GraphQLError(pgError.message, { originalError: pgError }))).toMatchObject(MASKED);
    expect(format(pgError)).toMatchObject(MASKED);
    // An internal code that is not for the public (a conflict's message could name internal data).
    expect(format(new GraphQLError('记录已被他人修改', { extensions: { code: 'CONFLICT' } }))).toMatchObject(MASKED);
    expect(
      format(new GraphQLError('按名称查询至少需要两个字', { extensions: { code: 'NAME_TOO_SHORT', field: 'name' } })),
    ).toMatchObject({ message: '按名称查询至少需要两个字', extensions: { code: 'NAME_TOO_SHORT', field: 'name' } });
  });
});
