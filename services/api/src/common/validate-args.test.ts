import 'reflect-metadata';
import { describe, expect, it } from 'vitest';
import { ArgumentValidationError } from 'type-graphql';
import { PageArgs } from './connection';
import { validateArgs } from './validate-args';

const page = (first: number, after: string | null = null) => Object.assign(new PageArgs(), { first, after });

describe('validateArgs', () => {
  it('remembers only what passed: a value out of range is refused every time, before and after a good one', () => {
    expect(() => validateArgs(page(0))).toThrow(ArgumentValidationError);
    expect(() => validateArgs(page(20))).not.toThrow();
    expect(() => validateArgs(page(20))).not.toThrow();
    expect(() => validateArgs(page(101))).toThrow(ArgumentValidationError);
    expect(() => validateArgs(page(0))).toThrow(ArgumentValidationError);
  });

  it('tells apart values that JSON would not (NaN is checked, never taken for null)', () => {
    expect(() => validateArgs(page(20, null))).not.toThrow();
    expect(() => validateArgs(page(Number.NaN, null))).toThrow(ArgumentValidationError);
    expect(() => validateArgs([page(5), page(500)])).toThrow(ArgumentValidationError);
  });
});
