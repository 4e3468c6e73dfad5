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
import { datesAndNamesUp } from './0018-dates-and-names.sql';
import { documentNumbersUp } from './0017-document-numbers.sql';
import { edgeLimitsUp } from './0016-edge-limits.sql';
import { auditCheckpointsUp } from './0015-audit-checkpoints.sql';
import { importErrorSheetsUp } from './0019-import-error-sheets.sql';
import { auditChainCopyUp } from './0021-audit-chain-copy.sql';

/** Migrations are listed here, not discovered from files, so they run the same from src and dist. */
export class Migration0001Foundation extends Migration {
  override async up(): Promise<void> {
    this.addSql(foundationUp);
  }
  override isTransactional(): boolean {
    return true;
  }
}

export class Migration0002Catalog extends Migration {
  override async up(): Promise<void> {
    this.addSql(catalogUp);
  }
}

export class Migration0003Registry extends Migration {
  override async up(): Promise<void> {
    this.addSql(registryUp);
  }
}

export class Migration0004TargetSearch extends Migration {
  override async up(): Promise<void> {
    this.addSql(targetSearchUp);
  }
}

export class Migration0005Calendar extends Migration {
  override async up(): Promise<void> {
    this.addSql(calendarUp);
  }
}

export class Migration0006Planning extends Migration {
  override async up(): Promise<void> {
    this.addSql(planningUp);
  }
}

export class Migration0007Draw extends Migration {
  override async up(): Promise<void> {
    this.addSql(drawUp);
  }
}

export class Migration0008Inspection extends Migration {
  override async up(): Promise<void> {
    this.addSql(inspectionUp);
  }
}

export class Migration0009Evidence extends Migration {
  override async up(): Promise<void> {
    this.addSql(evidenceUp);
  }
}

export class Migration0010HigherLevelTasks extends Migration {
  override async up(): Promise<void> {
    this.addSql(higherLevelTasksUp);
  }
}

export class Migration0011Retention extends Migration {
  override async up(): Promise<void> {
    this.addSql(retentionUp);
  }
}

export class Migration0012InspectionIndexes extends Migration {
  override async up(): Promise<void> {
    this.addSql(inspectionIndexesUp);
  }
}

export class Migration0013InspectorLinks extends Migration {
  override async up(): Promise<void> {
    this.addSql(inspectorLinksUp);
  }
}

export class Migration0014DrawAmendments extends Migration {
  override async up(): Promise<void> {
    this.addSql(drawAmendmentsUp);
  }
}

export class Migration0018DatesAndNames extends Migration {
  override async up(): Promise<void> {
    this.addSql(datesAndNamesUp);
  }
}

export class Migration0017DocumentNumbers extends Migration {
  override async up(): Promise<void> {
    this.addSql(documentNumbersUp);
  }
}

export class Migration0016EdgeLimits extends Migration {
  override async up(): Promise<void> {
    this.addSql(edgeLimitsUp);
  }
}

export class Migration0015AuditCheckpoints extends Migration {
  override async up(): Promise<void> {
    this.addSql(auditCheckpointsUp);
  }
}

export class Migration0019ImportErrorSheets extends Migration {
  override async up(): Promise<void> {
    this.addSql(importErrorSheetsUp);
  }
}

export class Migration0021AuditChainCopy extends Migration {
  override async up(): Promise<void> {
    this.addSql(auditChainCopyUp);
  }
}

export const migrationsList = [
  { name: '0001-foundation', class: Migration0001Foundation },
  { name: '0002-catalog', class: Migration0002Catalog },
  { name: '0003-registry', class: Migration0003Registry },
  { name: '0004-target-search', class: Migration0004TargetSearch },
  { name: '0005-calendar', class: Migration0005Calendar },
  { name: '0006-planning', class: Migration0006Planning },
  { name: '0007-draw', class: Migration0007Draw },
  { name: '0008-inspection', class: Migration0008Inspection },
  { name: '0009-evidence', class: Migration0009Evidence },
  { name: '0010-higher-level-tasks', class: Migration0010HigherLevelTasks },
  { name: '0011-retention', class: Migration0011Retention },
  { name: '0012-inspection-indexes', class: Migration0012InspectionIndexes },
  { name: '0013-inspector-links', class: Migration0013InspectorLinks },
  { name: '0014-draw-amendments', class: Migration0014DrawAmendments },
  { name: '0015-audit-checkpoints', class: Migration0015AuditCheckpoints },
  { name: '0016-edge-limits', class: Migration0016EdgeLimits },
  { name: '0017-document-numbers', class: Migration0017DocumentNumbers },
  { name: '0018-dates-and-names', class: Migration0018DatesAndNames },
  { name: '0019-import-error-sheets', class: Migration0019ImportErrorSheets },
  { name: '0021-audit-chain-copy', class: Migration0021AuditChainCopy },
];
