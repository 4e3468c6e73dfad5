import { getMetadataStorage, validateSync, type ValidatorOptions } from 'class-validator';
import { ArgumentValidationError } from 'type-graphql';

/** type-graphql's own settings for class-validator (skipMissingProperties, unknown values allowed). */
const OPTIONS: ValidatorOptions = { forbidUnknownValues: false, skipMissingProperties: true };

/** Whether an input class carries class-validator rules (its own or inherited), looked up once per class. */
const ruled = new WeakMap<object, boolean>();
function hasRules(type: abstract new (...args: never[]) => unknown): boolean {
  let known = ruled.get(type);
  if (known === undefined) {
    // The same query class-validator makes on every call (always: false, no groups): it walks every
    // class with rules to find inherited ones, so it is asked once per class here.
    known = getMetadataStorage().getTargetValidationMetadatas(type, '', false, false).length > 0;
    ruled.set(type, known);
  }
  return known;
}

function validateOne(value: unknown): void {
  if (value === null || typeof value !== 'object') return;
  if (!hasRules(value.constructor as abstract new () => unknown)) return;
  // Every rule in this code is synchronous (no custom async constraints): validateSync gives the
  // errors validateOrReject would, without its promises.
  const errors = validateSync(value, OPTIONS);
  if (errors.length) throw new ArgumentValidationError(errors);
}

/**
 * type-graphql's `validateFn`: an argument checked as type-graphql checks it by default (objects
 * only, each object of a list), but an input class without rules is not walked on every request
 * and scalars (ids, strings) cost nothing.
 */
export function validateArgs(value: unknown): void {
  if (Array.isArray(value)) value.forEach(validateOne);
  else validateOne(value);
}
