/**
 * A rule was broken. `code` is machine-readable (extensions.code), `message` is for the user
 * (Chinese), `field` names the input field at fault where there is one.
 */
export class DomainError extends Error {
  constructor(
    readonly code: string,
    message: string,
    readonly field?: string,
    readonly details?: Record<string, unknown>,
  ) {
    super(message);
    this.name = 'DomainError';
  }
}
