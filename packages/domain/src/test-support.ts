import { DomainError } from './errors';

/** The DomainError `fn` throws (any other error is rethrown); fails when nothing is thrown. For tests only (not built). */
export function errorOf(fn: () => unknown): DomainError {
  try {
    fn();
  } catch (e) {
    if (e instanceof DomainError) return e;
    throw e;
  }
  throw new Error('no DomainError thrown');
}
