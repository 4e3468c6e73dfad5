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

/**
 * The argument as a key when it is flat and small: every own property a string, a finite number,
 * a boolean, null or undefined (JSON then tells two such values apart exactly as the rules do);
 * null otherwise.
 */
function flatKey(value: object): string | null {
  for (const v of Object.values(value)) {
    const t = typeof v;
    if (!(
      v === null ||
      t === 'undefined' ||
      t === 'string' ||
      t === 'boolean' ||
      (t === 'number' && Number.isFinite(v))
    ))
      return null;
  }
  const key = JSON.stringify(value);
  return key.length <= 256 ? key : null;
}

/** Flat arguments that passed their class's rules, per class (page arguments repeat on every list request). */
const passed = new WeakMap<object, Set<string>>();

function validateOne(value: unknown): void {
  if (value === null || typeof value !== 'object') return;
  const type = value.constructor as abstract new () => unknown;
  if (!hasRules(type)) return;
  // The rules are pure functions of the values: a flat value that passed once passes again.
  const key = flatKey(value);
  const known = passed.get(type);
  if (key !== null && known?.has(key)) return;
  // Every rule in this code is synchronous (no custom async constraints): validateSync gives the
  // errors validateOrReject would, without its promises.
  const errors = validateSync(value, OPTIONS);
  if (errors.length) throw new ArgumentValidationError(errors);
  if (key === null) return;
  const keys = known ?? new Set<string>();
  if (keys.size >= 1000) keys.clear(); // bounded: free text in arguments makes many keys
  keys.add(key);
  passed.set(type, keys);
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
