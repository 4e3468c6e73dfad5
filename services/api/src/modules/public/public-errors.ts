import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import { formatError } from '../../common/errors';

/** The codes an anonymous caller may see with their message; anything else is masked. */
const SHOWN = new Set([
  'BAD_USER_INPUT',
  'FILTER_REQUIRED',
  'NAME_TOO_SHORT',
  'DATE_RANGE_REQUIRED',
  'NOT_FOUND',
  'RATE_LIMITED',
  'QUERY_TOO_COMPLEX',
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_REQUEST',
  'PAYLOAD_TOO_LARGE',
  // Appeals (R49): what the filer must fix.
  'APPEAL_FIELD_REQUIRED',
  'APPEAL_CONTACT_INVALID',
  'APPEAL_TOO_MANY_ATTACHMENTS',
  'APPEAL_ATTACHMENT_INVALID',
  'APPEAL_PUBLICATION_WITHDRAWN',
  'APPEAL_PUBLICATION_SUPERSEDED',
]);

export const MASKED = { message: '服务暂时不可用，请稍后再试', extensions: { code: 'INTERNAL_SERVER_ERROR' } };

/**
 * Anonymous callers never see an internal error: only a refusal we made on purpose (a GraphQLError
 * with no other cause) or graphql-js's own, in Chinese through the internal formatter, with a
 * code of the list above. A database or driver error, whatever it says, becomes MASKED (logged).
 */
export function formatPublicError(
  formatted: GraphQLFormattedError,
  error: unknown,
  log: (e: unknown) => void,
): GraphQLFormattedError {
  const cause = error instanceof GraphQLError ? error.originalError : error;
  const deliberate = error instanceof GraphQLError && (!cause || cause instanceof GraphQLError);
  if (deliberate) {
    const shown = formatError(formatted, error, log);
    const code = shown.extensions?.code;
    if (typeof code === 'string' && SHOWN.has(code)) {
      const { originalMessage: _o, ...extensions } = shown.extensions ?? {};
      return { message: shown.message, locations: shown.locations, path: shown.path, extensions };
    }
  }
  log(cause ?? error);
  return { ...MASKED, locations: formatted.locations, path: formatted.path };
}
