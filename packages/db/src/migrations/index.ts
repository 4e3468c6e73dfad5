import { Migration } from '@mikro-orm/migrations';
import { foundationUp } from './0001-foundation.sql';
import { catalogUp } from './0002-catalog.sql';
import { registryUp } from './0003-registry.sql';
import { targetSearchUp } from './0004-target-search.sql';
import { calendarUp } from './0005-calendar.sql';
import { planningUp } from './0006-planning.sql';
import { drawUp } from './0007-draw.sql';
import { inspectionUp } from './0008-inspection.sql';
import { evidenceUp } from './0009-evidence.sql';
import { higherLevelTasksUp } from './0010-higher-level-tasks.sql';
import { retentionUp } from './0011-retention.sql';
import { inspectionIndexesUp } from './0012-inspection-indexes.sql';
import { inspectorLinksUp } from './0013-inspector-links.sql';
import { drawAmendmentsUp } from './0014-draw-amendments.sql';
import { auditCheckpointsUp } from './0015-audit-checkpoints.sql';
import { edgeLimitsUp } from './0016-edge-limits.sql';
import { documentNumbersUp } from './0017-document-numbers.sql';
import { datesAndNamesUp } from './0018-dates-and-names.sql';
import { importErrorSheetsUp } from './0019-import-error-sheets.sql';
import { citusKeysUp } from './0020-citus-keys.sql';
import { auditChainCopyUp } from './0021-audit-chain-copy.sql';
import { jobsUp } from './0022-jobs.sql';
import { jobFilesUp } from './0023-job-files.sql';
import { teamWarrantsUp } from './0024-team-warrants.sql';
import { publicationsUp } from './0025-publications.sql';
import { publicReaderUp } from './0026-public-reader.sql';
import { creditListsUp } from './0027-credit-lists.sql';
import { auditFiltersConflictEndUp } from './0028-audit-filters-conflict-end.sql';
import { appealsUp } from './0029-appeals.sql';
import { publicationKindsClocksUp } from './0030-publication-kinds-clocks.sql';
import { publishedByRuleUp } from './0031-published-by-rule.sql';
import { assessmentUp } from './0032-assessment.sql';
import { statisticsUp } from './0033-statistics.sql';
import { rechecksUp } from './0034-rechecks.sql';
import { ruleWithdrawalsUp } from './0037-rule-withdrawals.sql';
import { supervisionReportsUp } from './0038-supervision-reports.sql';
// Supervision: re-check evidence (issue 15, R54)
import { recheckEvidenceUp } from './0039-recheck-evidence.sql';
import { statisticsDueInspectedUp } from './0040-statistics-due-inspected.sql';
import { dashboardOverdueIndexesUp } from './0042-dashboard-overdue-indexes.sql';
// 一公开: a published draw record's bytes, kept once (issue 14, performance)
import { publishedRecordsUp } from './0043-published-records.sql';
import { statisticsCutoffUp } from './0044-statistics-cutoff.sql';
import { recordMethodsUp } from './0045-record-methods.sql';
import { jointCapAcrossLevelsUp } from './0046-joint-cap-across-levels.sql';

/** A migration of plain SQL, run in one transaction (MikroORM's default). */
function sqlMigration(sql: string): new (...args: ConstructorParameters<typeof Migration>) => Migration {
  return class extends Migration {
    override up(): void {
      this.addSql(sql);
    }
  };
}

/**
 * Every migration, in order: listed here rather than discovered from files, so they run the same
 * from src and dist. A new migration is a new file and one line at the end; an applied one never changes.
 */
export const migrationsList = [
  { name: '0001-foundation', class: sqlMigration(foundationUp) },
  { name: '0002-catalog', class: sqlMigration(catalogUp) },
  { name: '0003-registry', class: sqlMigration(registryUp) },
  { name: '0004-target-search', class: sqlMigration(targetSearchUp) },
  { name: '0005-calendar', class: sqlMigration(calendarUp) },
  { name: '0006-planning', class: sqlMigration(planningUp) },
  { name: '0007-draw', class: sqlMigration(drawUp) },
  { name: '0008-inspection', class: sqlMigration(inspectionUp) },
  { name: '0009-evidence', class: sqlMigration(evidenceUp) },
  { name: '0010-higher-level-tasks', class: sqlMigration(higherLevelTasksUp) },
  { name: '0011-retention', class: sqlMigration(retentionUp) },
  { name: '0012-inspection-indexes', class: sqlMigration(inspectionIndexesUp) },
  { name: '0013-inspector-links', class: sqlMigration(inspectorLinksUp) },
  { name: '0014-draw-amendments', class: sqlMigration(drawAmendmentsUp) },
  { name: '0015-audit-checkpoints', class: sqlMigration(auditCheckpointsUp) },
  { name: '0016-edge-limits', class: sqlMigration(edgeLimitsUp) },
  { name: '0017-document-numbers', class: sqlMigration(documentNumbersUp) },
  { name: '0018-dates-and-names', class: sqlMigration(datesAndNamesUp) },
  { name: '0019-import-error-sheets', class: sqlMigration(importErrorSheetsUp) },
  { name: '0020-citus-keys', class: sqlMigration(citusKeysUp) },
  { name: '0021-audit-chain-copy', class: sqlMigration(auditChainCopyUp) },
  { name: '0022-jobs', class: sqlMigration(jobsUp) },
  { name: '0023-job-files', class: sqlMigration(jobFilesUp) },
  { name: '0024-team-warrants', class: sqlMigration(teamWarrantsUp) },
  { name: '0025-publications', class: sqlMigration(publicationsUp) },
  { name: '0026-public-reader', class: sqlMigration(publicReaderUp) },
  { name: '0027-credit-lists', class: sqlMigration(creditListsUp) },
  { name: '0028-audit-filters-conflict-end', class: sqlMigration(auditFiltersConflictEndUp) },
  { name: '0029-appeals', class: sqlMigration(appealsUp) },
  { name: '0030-publication-kinds-clocks', class: sqlMigration(publicationKindsClocksUp) },
  { name: '0031-published-by-rule', class: sqlMigration(publishedByRuleUp) },
  { name: '0032-assessment', class: sqlMigration(assessmentUp) },
  // Supervision: dashboard statistics (issue 15)
  { name: '0033-statistics', class: sqlMigration(statisticsUp) },
  { name: '0034-rechecks', class: sqlMigration(rechecksUp) },
  { name: '0037-rule-withdrawals', class: sqlMigration(ruleWithdrawalsUp) },
  // Supervision: round and situation reports (issue 15, R22, R56)
  { name: '0038-supervision-reports', class: sqlMigration(supervisionReportsUp) },
  // Supervision: re-check evidence (issue 15, R54)
  { name: '0039-recheck-evidence', class: sqlMigration(recheckEvidenceUp) },
  // Supervision: 完成率 over the inspections due (issue 15 leftovers)
  { name: '0040-statistics-due-inspected', class: sqlMigration(statisticsDueInspectedUp) },
  // Supervision: the dashboard's overdue counts over a province (issue 15)
  { name: '0042-dashboard-overdue-indexes', class: sqlMigration(dashboardOverdueIndexesUp) },
  // 一公开: a published draw record's bytes, kept once (issue 14, performance)
  { name: '0043-published-records', class: sqlMigration(publishedRecordsUp) },
  // Supervision: 已完成 counted up to the end of the chosen period (issue 15)
  { name: '0044-statistics-cutoff', class: sqlMigration(statisticsCutoffUp) },
  // The record's methods: no target signature off site (R44), the third party named (R43)
  { name: '0045-record-methods', class: sqlMigration(recordMethodsUp) },
  // R28 across levels: a superior's joint draws of a county's targets count for both (R41)
  { name: '0046-joint-cap-across-levels', class: sqlMigration(jointCapAcrossLevelsUp) },
];
