import { GraphQLError } from 'graphql';
import { Department } from '@dsr/db';
import { DomainError, holdsAnyRole, ROLE_SETS } from '@dsr/domain';
import type { RequestContext } from '../context';
import type { SheetIssue } from './sheets/sheet-types';
import { signedIn } from './principal';
import { executeBound } from './bound-sql';
import type { ImportResult } from './import-answer';

/**
 * Steps the directory and item-list imports share (R18): which departments a row may name, the
 * empty-file issue, and writing checked rows through a module service, all rows or none.
 */

export interface ImportDepartments {
  /** The active law-enforcement department (police, or an external agency) of the caller's bureau with this name. */
  enforcement(name: string): Department | undefined;
  /**
   * Whether the caller may import rows of (or change rows held by) this department: administrators
   * and coordinators for every department of the bureau, everybody else for their own.
   */
  mayImportFor(departmentId: string): boolean;
}

export async function importDepartments(ctx: RequestContext): Promise<ImportDepartments> {
  const p = signedIn(ctx);
  const active = await ctx.em.find(Department, { bureauId: p.bureauId, active: true });
  const byName = new Map(active.map((d) => [d.name, d]));
  const canAll = holdsAnyRole(p.roles, ROLE_SETS.ACTS_FOR_BUREAU);
  return {
    enforcement(name) {
      const d = byName.get(name);
      return d && (d.kind === 'POLICE' || d.kind === 'EXTERNAL') ? d : undefined;
    },
    mayImportFor: (departmentId) => canAll || departmentId === p.departmentId,
  };
}

/** A file without a data row and without another complaint gets this one. */
export function reportEmptySheet(rows: number, errors: SheetIssue[]): void {
  if (rows === 0 && errors.length === 0) {
    errors.push({ row: null, column: null, code: 'SHEET_EMPTY', message: '文件中没有数据行' });
  }
}

/**
 * Writes checked rows one by one through a module service (the same rules and audit as the API).
 * The first refusal becomes that row's error and stops the import: false is returned and the caller's
 * transaction is rolled back, so all rows are written or none.
 */
export async function writeRowsThroughService<P extends { rowNumber: number }>(
  plans: readonly P[],
  errors: SheetIssue[],
  write: (plan: P) => Promise<void>,
): Promise<boolean> {
  for (const plan of plans) {
    try {
      await write(plan);
    } catch (e) {
      if (!(e instanceof DomainError || e instanceof GraphQLError)) throw e;
      const code = e instanceof DomainError ? e.code : String(e.extensions.code);
      errors.push({ row: plan.rowNumber, column: null, code, message: e.message });
      return false;
    }
  }
  return true;
}

/**
 * Runs an import so that a report with errors leaves nothing in the transaction, whoever ends it:
 * rows are written chunk by chunk before a later row may turn out wrong, so they go back to a
 * savepoint then (their audit entries with them). A throw (CANCELLED, a refusal of the database)
 * is left to the caller, who rolls the whole transaction back.
 */
export async function allRowsOrNone<R extends ImportResult>(ctx: RequestContext, run: () => Promise<R>): Promise<R> {
  await executeBound(ctx, 'savepoint dsr_import_rows', []);
  const report = await run();
  const end = report.errors.length > 0 ? 'rollback to savepoint' : 'release savepoint';
  await executeBound(ctx, `${end} dsr_import_rows`, []);
  return report;
}
