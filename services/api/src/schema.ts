import 'reflect-metadata';
import { GraphQLError, type GraphQLSchema } from 'graphql';
import { buildSchema } from 'type-graphql';
import { deny, shield } from 'graphql-shield';
import { applyMiddleware, type IMiddlewareTypeMap } from 'graphql-middleware';
import type { ResolverContainer } from './resolver-container';
import { validateArgs } from './common/validate-args';
import { AuthResolver } from './modules/org/auth.resolver';
import {
  BureauFieldsResolver,
  DepartmentFieldsResolver,
  OrgResolver,
  UserFieldsResolver,
} from './modules/org/org.resolver';
import { orgPermissions } from './modules/org/org.permissions';
import { AuditEntryFieldsResolver, AuditResolver } from './modules/audit/audit.resolver';
import { auditPermissions } from './modules/audit/audit.permissions';
import { CatalogResolver, ItemFieldsResolver, ItemVersionFieldsResolver } from './modules/catalog/catalog.resolver';
import { catalogPermissions } from './modules/catalog/catalog.permissions';
import {
  ConflictFieldsResolver,
  InspectorFieldsResolver,
  RegistryResolver,
  TargetFieldsResolver,
} from './modules/registry/registry.resolver';
import { registryPermissions } from './modules/registry/registry.permissions';
import { TechnicianResolver } from './modules/registry/technician.resolver';
import { publicationPermissions } from './modules/publication/publication.permissions';
import { PublicationResolver } from './modules/publication/publication.resolver';
import { PublicationFieldsResolver } from './modules/publication/publication-fields.resolver';
import {
  PlanFieldsResolver,
  PlanFilingFieldsResolver,
  PlanningResolver,
  PlanRoundFieldsResolver,
  PlanTaskFieldsResolver,
} from './modules/planning/planning.resolver';
import { planningPermissions } from './modules/planning/planning.permissions';
import { CalendarResolver } from './modules/calendar/calendar.resolver';
import { calendarPermissions } from './modules/calendar/calendar.permissions';
import { DrawFieldsResolver, DrawResolver } from './modules/draw/draw.resolver';
import { drawPermissions } from './modules/draw/draw.permissions';
import {
  DrawSelectionFieldsResolver,
  DrawSwapFieldsResolver,
  DrawSwapRequestFieldsResolver,
} from './modules/draw/draw-selection.resolver';
import { INSPECTION_RESOLVERS } from './modules/inspection/inspection.module';
import { inspectionPermissions } from './modules/inspection/inspection.permissions';
import {
  DownloadsResolver,
  InspectionLinksResolver,
  NoticeLinksResolver,
} from './modules/downloads/downloads.resolver';
import { downloadsPermissions } from './modules/downloads/downloads.permissions';
import { JobsResolver } from './modules/jobs/jobs.resolver';
import { ExportsResolver, JobLinksResolver } from './modules/downloads/job-links.resolver';
import { jobsPermissions } from './modules/jobs/jobs.permissions';
import {
  CreditEntryFieldsResolver,
  CreditResolver,
  TargetCreditFieldsResolver,
} from './modules/credit/credit.resolver';
import { creditPermissions } from './modules/credit/credit.permissions';
import { AppealFieldsResolver, AppealResolver } from './modules/appeal/appeal.resolver';
import { appealPermissions } from './modules/appeal/appeal.permissions';
// Supervision: re-checks by the superior (R54)
import {
  RecheckItemFieldsResolver,
  RecheckResolver,
  RecheckSampleFieldsResolver,
} from './modules/supervision/recheck.resolver';
import { recheckPermissions } from './modules/supervision/recheck.permissions';
// Supervision: dashboard statistics (issue 15)
import { ReportResolver } from './modules/supervision/report.resolver';
import { reportPermissions } from './modules/supervision/report.permissions';
import { StatisticsResolver } from './modules/supervision/statistics.resolver';
import { statisticsPermissions } from './modules/supervision/statistics.permissions';
import {
  AssessmentFieldsResolver,
  AssessmentResolver,
  AssessmentStandardFieldsResolver,
} from './modules/supervision/assessment.resolver';
import { assessmentPermissions } from './modules/supervision/assessment.permissions';

const resolvers = [
  AuthResolver,
  OrgResolver,
  BureauFieldsResolver,
  DepartmentFieldsResolver,
  UserFieldsResolver,
  AuditResolver,
  AuditEntryFieldsResolver,
  CatalogResolver,
  ItemFieldsResolver,
  ItemVersionFieldsResolver,
  RegistryResolver,
  TechnicianResolver,
  PublicationResolver,
  PublicationFieldsResolver,
  TargetFieldsResolver,
  InspectorFieldsResolver,
  ConflictFieldsResolver,
  PlanningResolver,
  PlanFieldsResolver,
  PlanTaskFieldsResolver,
  PlanRoundFieldsResolver,
  PlanFilingFieldsResolver,
  CalendarResolver,
  DrawResolver,
  DrawFieldsResolver,
  DrawSelectionFieldsResolver,
  DrawSwapFieldsResolver,
  DrawSwapRequestFieldsResolver,
  ...INSPECTION_RESOLVERS,
  DownloadsResolver,
  InspectionLinksResolver,
  NoticeLinksResolver,
  JobsResolver,
  JobLinksResolver,
  ExportsResolver,
  CreditResolver,
  CreditEntryFieldsResolver,
  TargetCreditFieldsResolver,
  AppealResolver,
  AppealFieldsResolver,
  RecheckResolver,
  RecheckSampleFieldsResolver,
  RecheckItemFieldsResolver,
  StatisticsResolver,
  AssessmentResolver,
  AssessmentFieldsResolver,
  AssessmentStandardFieldsResolver,
  ReportResolver,
] as const;
const modulePermissions = [
  orgPermissions,
  auditPermissions,
  catalogPermissions,
  registryPermissions,
  publicationPermissions,
  planningPermissions,
  calendarPermissions,
  drawPermissions,
  inspectionPermissions,
  downloadsPermissions,
  jobsPermissions,
  creditPermissions,
  appealPermissions,
  recheckPermissions,
  statisticsPermissions,
  assessmentPermissions,
  reportPermissions,
];

/** The schema as type-graphql builds it, before the shield: what schema/schema.graphql records. */
export async function buildBareSchema(container?: ResolverContainer): Promise<GraphQLSchema> {
  const schema = await buildSchema({
    resolvers,
    container,
    validateFn: validateArgs,
    emitSchemaFile: false,
  });
  // Types type-graphql creates itself: their descriptions in Chinese too (shown in GraphiQL).
  const describe: Record<string, string> = {
    Query: '查询',
    Mutation: '变更（每个变更一个事务，并写一条审计记录）',
    DateTimeISO: 'ISO 8601 时间（UTC），如 2026-11-25T08:00:00.000Z',
    JSON: '任意 JSON 值',
  };
  for (const [name, description] of Object.entries(describe)) {
    const type = schema.getType(name);
    if (type) type.description = description;
  }
  return schema;
}

/**
 * Default deny: a field of a type that carries rules (Query, Mutation) without a rule of its own
 * is refused. Only those types are wrapped: the fields of object types need no rule (their rows
 * were already scoped by the field that returned them and by the database), and wrapping them
 * (shield's `allow` on every field) made each leaf value a promise: a cost per field of every answer.
 */
function permissionsFor(schema: GraphQLSchema): IMiddlewareTypeMap {
  const rules: Record<string, Record<string, unknown>> = { Query: {}, Mutation: {} };
  for (const m of modulePermissions) {
    for (const [type, fields] of Object.entries(m)) Object.assign((rules[type] ??= {}), fields);
  }
  const generated = shield(rules as never, {
    fallbackRule: deny,
    allowExternalErrors: true,
    fallbackError: new GraphQLError('无权执行此操作', { extensions: { code: 'FORBIDDEN' } }),
  }).generate(schema) as IMiddlewareTypeMap;
  return Object.fromEntries(Object.keys(rules).map((type) => [type, generated[type]]));
}

/** A schema behind the shield. */
export function withShield(schema: GraphQLSchema): GraphQLSchema {
  return applyMiddleware(schema, permissionsFor(schema));
}

/** The served schema: resolvers from the composition root's container, behind the shield. */
export async function buildAppSchema(container?: ResolverContainer): Promise<GraphQLSchema> {
  return withShield(await buildBareSchema(container));
}
