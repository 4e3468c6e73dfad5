import type { EvidenceKind } from '@dsr/domain';
import type { EvidenceStore } from '../../common/evidence-store';
import type { UrlSigner } from '../../common/signed-url';
import { EvidenceService } from './evidence.service';
import { InspectionConfirmationFieldsResolver, InspectionFieldsResolver } from './inspection-fields.resolver';
import { InspectionMemberFieldsResolver } from './inspection-member.resolver';
import { InspectionResolver } from './inspection.resolver';
import { InspectionService } from './inspection.service';
import { InspectionQueryService } from './queries.service';
import { InspectionRecordResolver } from './record.resolver';
import { AT_NEXT_TICK, type RunSoon } from '../../common/run-soon';
import { InspectionRecordService, type ClosedCorrections } from './record.service';
import { RectificationResolver } from './rectification.resolver';
import { RectificationService } from './rectification.service';
import { InspectionReportService } from './report.service';
import { InspectionTeamResolver } from './team.resolver';
import { InspectionTeamService } from './team.service';

/**
 * The inspection module's services. `inspection` is its face to other modules (the draw module's
 * matching and amendments, downloads' visibility check); `evidence` serves the evidence routes.
 */
export interface InspectionServices {
  inspection: InspectionService;
  inspectionQueries: InspectionQueryService;
  inspectionTeam: InspectionTeamService;
  inspectionRecords: InspectionRecordService;
  inspectionReports: InspectionReportService;
  rectification: RectificationService;
  evidence: EvidenceService;
}

export function createInspectionServices(
  store: EvidenceStore,
  evidenceLimits: Record<EvidenceKind, number>,
  corrections: ClosedCorrections = { openFindingOn: () => Promise.resolve(false) },
  publicationClockSoon: RunSoon = AT_NEXT_TICK,
): InspectionServices {
  return {
    inspection: new InspectionService(),
    inspectionQueries: new InspectionQueryService(),
    inspectionTeam: new InspectionTeamService(),
    inspectionRecords: new InspectionRecordService(corrections, publicationClockSoon),
    inspectionReports: new InspectionReportService(),
    rectification: new RectificationService(publicationClockSoon),
    evidence: new EvidenceService(store, evidenceLimits),
  };
}

/** The module's resolvers, for the schema. */
export const INSPECTION_RESOLVERS = [
  InspectionResolver,
  InspectionTeamResolver,
  InspectionRecordResolver,
  RectificationResolver,
  InspectionFieldsResolver,
  InspectionConfirmationFieldsResolver,
  InspectionMemberFieldsResolver,
] as const;

/** The resolvers that take services, built with them (services.ts `resolverInstances`). */
export function inspectionResolverInstances(s: InspectionServices, links: Pick<UrlSigner, 'sign'>): object[] {
  return [
    new InspectionFieldsResolver(links),
    new InspectionResolver(s.inspectionQueries, s.inspection),
    new InspectionTeamResolver(s.inspectionTeam),
    new InspectionRecordResolver(s.inspectionRecords, s.inspectionReports),
    new RectificationResolver(s.rectification),
  ];
}
