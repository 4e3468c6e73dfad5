import type { Response } from 'express';
import { GraphQLError } from 'graphql';
import { DomainError } from '@dsr/domain';

export const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** The JSON error answer of a REST route, shaped as a GraphQL error (one `errors` entry with its code). */
export function fail(res: Response, status: number, code: string, message: string): void {
  res.status(status).json({ errors: [{ message, extensions: { code } }] });
}

/** Headers of an xlsx download named `filename` (RFC 5987, so Chinese names survive). */
export function attachment(res: Response, filename: string): void {
  res.type(XLSX).set('Content-Disposition', `attachment; filename*=UTF-8''${encodeURIComponent(filename)}`);
}

/** The HTTP status a route answers for each error code it expects. */
export interface Refusals {
  statuses: Readonly<Partial<Record<string, number>>>;
  /** The status of a DomainError whose code is not listed; absent, such an error is rethrown. */
  otherDomainErrors?: number;
}

/**
 * A DomainError or a coded GraphQLError the route expects, as the JSON error answer; anything
 * else is rethrown (the transaction wrapper answers 500 and rolls back).
 */
export function refuse(res: Response, err: unknown, refusals: Refusals): void {
  if (err instanceof DomainError) {
    const status = refusals.statuses[err.code] ?? refusals.otherDomainErrors;
    if (status === undefined) throw err;
    const extensions = { code: err.code, field: err.field, ...err.details };
    res.status(status).json({ errors: [{ message: err.message, extensions }] });
    return;
  }
  const code = err instanceof GraphQLError ? err.extensions.code : undefined;
  const status = typeof code === 'string' ? refusals.statuses[code] : undefined;
  if (typeof code !== 'string' || status === undefined) throw err;
  fail(res, status, code, (err as GraphQLError).message);
}

/** A query-string parameter as text: absent → `fallback`; repeated or nested (not one string) → '' (refused by its check). */
export function queryText(value: unknown, fallback: string): string {
  if (value === undefined) return fallback;
  return typeof value === 'string' ? value : '';
}
