import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isObjectType } from 'graphql';
import { DEMO_PASSWORD } from '@dsr/db';
import { errorCode, type TestApp } from './support/harness';
import { foreignRows, PERSONAS, startAppWithTree, within, type Persona, type Tree } from './support/tenancy';
import type { Edge } from './support/graphql';

type Outcome = 'OK' | 'UNAUTHENTICATED' | 'FORBIDDEN' | 'NOT_FOUND' | 'BAD_USER_INPUT';
/** An id no row has: the shield's answer shows, or NOT_FOUND once past it. */
const NOBODY = '01900000-0000-7000-8000-000000000000';
type Expect = Partial<Record<Persona, Outcome>> & { otherwise: Outcome };

const SIGNED_IN: Expect = { anonymous: 'UNAUTHENTICATED', otherwise: 'OK' };
const ADMINS: Expect = { anonymous: 'UNAUTHENTICATED', 'nanle.inspector': 'FORBIDDEN', otherwise: 'OK' };

interface Subject {
  persona: Persona;
  userId: string;
  bureauId: string;
  departmentId: string;
  /** The first police department of the persona's bureau. */
  policeDepartmentId: string;
  /** A region code inside the persona's bureau. */
  region: string;
  /** A demo user of the same bureau with the given suffix ('leader', 'head' …). */
  colleague(suffix: string): string;
}

interface Row {
  field: string;
  op: string;
  vars?: (s: Subject) => Record<string, unknown>;
  expect: Expect;
  /** Sign in afresh for this row (the operation ends the session). */
  freshToken?: boolean;
}

/** One line per root field: adding a field to the API means adding a line here. */
const MATRIX: Row[] = [
  { field: 'me', op: '{ me { user { id bureauId } } }', expect: SIGNED_IN },
  {
    field: 'bureau',
    op: 'query($id: ID!) { bureau(id: $id) { id path } }',
    vars: (s) => ({ id: s.bureauId }),
    expect: SIGNED_IN,
  },
  {
    field: 'bureaus',
    op: '{ bureaus(first: 100) { totalCount edges { node { id path parent { path } children { path } departments { id bureauId } } } } }',
    expect: SIGNED_IN,
  },
  {
    field: 'department',
    op: 'query($id: ID!) { department(id: $id) { id bureauId bureau { path } } }',
    vars: (s) => ({ id: s.departmentId }),
    expect: SIGNED_IN,
  },
  {
    field: 'departments',
    op: '{ departments(first: 100) { totalCount edges { node { id bureauId bureau { path } } } } }',
    expect: SIGNED_IN,
  },
  {
    field: 'user',
    op: 'query($id: ID!) { user(id: $id) { id bureauId } }',
    vars: (s) => ({ id: s.userId }),
    expect: SIGNED_IN,
  },
  {
    field: 'users',
    op: '{ users(first: 100) { totalCount edges { node { id bureauId department { bureauId } bureau { path } } } } }',
    expect: SIGNED_IN,
  },
  {
    field: 'auditEntries',
    op: '{ auditEntries(first: 100) { totalCount edges { node { bureauId actorBureauName operation } } } }',
    expect: ADMINS,
  },
  {
    field: 'verifyAuditChain',
    op: '{ verifyAuditChain { ok tenants entries } }',
    expect: {
      anonymous: 'UNAUTHENTICATED',
      'nanle.inspector': 'FORBIDDEN',
      'nanle.admin': 'FORBIDDEN',
      'yexian.admin': 'FORBIDDEN',
      otherwise: 'OK',
    },
  },
  { field: 'auditSigningKey', op: '{ auditSigningKey { keyId publicKey } }', expect: { otherwise: 'OK' } },
  {
    field: 'startAuditVerification',
    op: 'mutation { startAuditVerification { id state } }',
    expect: {
      anonymous: 'UNAUTHENTICATED',
      'nanle.inspector': 'FORBIDDEN',
      'nanle.admin': 'FORBIDDEN',
      'yexian.admin': 'FORBIDDEN',
      otherwise: 'OK',
    },
  },
  {
    field: 'job',
    op: 'query($id: ID!) { job(id: $id) { id state } }',
    vars: () => ({ id: NOBODY }),
    expect: { anonymous: 'UNAUTHENTICATED', otherwise: 'NOT_FOUND' },
  },
  { field: 'myJobs', op: '{ myJobs { id state } }', expect: SIGNED_IN },
  {
    field: 'cancelJob',
    op: 'mutation($id: ID!) { cancelJob(id: $id) { id state } }',
    vars: () => ({ id: NOBODY }),
    expect: { anonymous: 'UNAUTHENTICATED', otherwise: 'NOT_FOUND' },
  },
  {
    field: 'login',
    op: 'mutation($u: String!, $p: String!) { login(input: { username: $u, password: $p }) { token viewer { user { bureauId } } } }',
    vars: (s) => ({ u: s.persona === 'anonymous' ? 'nanle.leader' : s.persona, p: DEMO_PASSWORD }),
    expect: { otherwise: 'OK' },
  },
  { field: 'logout', op: 'mutation { logout { ok } }', expect: SIGNED_IN, freshToken: true },
  {
    field: 'changePassword',
    op: 'mutation($i: ChangePasswordInput!) { changePassword(input: $i) { ok } }',
    vars: () => ({ i: { currentPassword: 'not-the-password-1', newPassword: 'Whatever2026x' } }),
    expect: { anonymous: 'UNAUTHENTICATED', otherwise: 'BAD_USER_INPUT' },
  },
  {
    field: 'createDepartment',
    op: 'mutation($i: CreateDepartmentInput!) { createDepartment(input: $i) { department { id bureauId } } }',
    vars: () => ({ i: { code: 'matrix-dept', name: '矩阵测试大队', kind: 'POLICE' } }),
    expect: ADMINS,
  },
  {
    field: 'updateDepartment',
    op: 'mutation($i: UpdateDepartmentInput!) { updateDepartment(input: $i) { department { id bureauId name } } }',
    vars: (s) => ({ i: { id: s.departmentId, version: 1, name: '改名后的办公室' } }),
    expect: ADMINS,
  },
  {
    field: 'createUser',
    op: 'mutation($i: CreateUserInput!) { createUser(input: $i) { user { id bureauId } } }',
    vars: (s) => ({
      i: {
        username: `m.${s.persona.split('.')[0]}.new`,
        displayName: '新同事',
        departmentId: s.departmentId,
        roles: ['INSPECTOR'],
        initialPassword: 'Initial2026pw',
      },
    }),
    expect: ADMINS,
  },
  {
    field: 'updateUser',
    op: 'mutation($i: UpdateUserInput!) { updateUser(input: $i) { user { id bureauId displayName } } }',
    vars: (s) => ({ i: { id: s.colleague('leader'), version: 1, displayName: '改名的领导' } }),
    expect: ADMINS,
  },
  {
    field: 'resetUserPassword',
    op: 'mutation($i: ResetUserPasswordInput!) { resetUserPassword(input: $i) { user { id bureauId } } }',
    vars: (s) => ({ i: { id: s.colleague('oversight'), newPassword: 'Reset2026pass' } }),
    expect: ADMINS,
  },
  {
    field: 'bureauSettings',
    op: '{ bureauSettings { minimumRatioBp jointMinimumRatioBp version } }',
    expect: SIGNED_IN,
  },
  {
    field: 'updateBureauSettings',
    op: 'mutation { updateBureauSettings(input: { version: 0, minimumRatioBp: 500, jointMinimumRatioBp: 300 }) { settings { version } } }',
    expect: ADMINS,
  },
  // catalog (issue 3)
  {
    field: 'inspectionItems',
    op: '{ inspectionItems(first: 50) { totalCount edges { node { id bureauId publishedVersion { name } } } } }',
    expect: SIGNED_IN,
  },
  {
    field: 'inspectionItem',
    op: `{ inspectionItem(id: "${NOBODY}") { id } }`,
    expect: { anonymous: 'UNAUTHENTICATED', otherwise: 'NOT_FOUND' },
  },
  {
    field: 'inspectionItemVersion',
    op: `{ inspectionItemVersion(id: "${NOBODY}") { id } }`,
    expect: { anonymous: 'UNAUTHENTICATED', otherwise: 'NOT_FOUND' },
  },
  { field: 'businessCategories', op: '{ businessCategories { code name } }', expect: SIGNED_IN },
  {
    field: 'createItem',
    op: 'mutation($i: CreateItemInput!) { createItem(input: $i) { item { id bureauId } itemVersion { status } } }',
    vars: (s) => ({
      i: {
        content: {
          name: '矩阵测试事项',
          legalBasis: [{ law: '《旅馆业治安管理办法》' }],
          departmentId: s.policeDepartmentId,
          targetType: '旅馆',
          category: 'GENERAL',
          samplingRatioBp: 500,
          frequencyPerYear: 1,
          methods: ['ON_SITE'],
        },
      },
    }),
    expect: ADMINS,
  },
  ...['updateItemDraft', 'submitItem', 'withdrawItemDraft', 'publishItem'].map((field): Row => ({
    field,
    op:
      field === 'updateItemDraft'
        ? `mutation { updateItemDraft(input: { versionId: "${NOBODY}", version: 1, content: { name: "x", legalBasis: [{ law: "x" }], departmentId: "${NOBODY}", targetType: "x", category: GENERAL, samplingRatioBp: 500, frequencyPerYear: 1, methods: [ON_SITE] } }) { item { id } } }`
        : `mutation { ${field}(input: { versionId: "${NOBODY}", version: 1 }) { item { id } } }`,
    expect: { anonymous: 'UNAUTHENTICATED', 'nanle.inspector': 'FORBIDDEN', otherwise: 'NOT_FOUND' },
  })),
  {
    field: 'reviewItem',
    op: `mutation { reviewItem(input: { versionId: "${NOBODY}", version: 1, decision: APPROVE }) { item { id } } }`,
    expect: { anonymous: 'UNAUTHENTICATED', otherwise: 'FORBIDDEN' },
  },
  {
    field: 'reviseItem',
    op: `mutation { reviseItem(input: { itemId: "${NOBODY}", content: { name: "x", legalBasis: [{ law: "x" }], departmentId: "${NOBODY}", targetType: "x", category: GENERAL, samplingRatioBp: 500, frequencyPerYear: 1, methods: [ON_SITE] } }) { item { id } } }`,
    expect: { anonymous: 'UNAUTHENTICATED', 'nanle.inspector': 'FORBIDDEN', otherwise: 'NOT_FOUND' },
  },
  {
    field: 'retireItem',
    op: `mutation { retireItem(input: { itemId: "${NOBODY}", reason: "测试" }) { item { id } } }`,
    expect: { anonymous: 'UNAUTHENTICATED', 'nanle.inspector': 'FORBIDDEN', otherwise: 'NOT_FOUND' },
  },
  // registry (issue 3)
  {
    field: 'targets',
    op: '{ targets(first: 50) { totalCount edges { node { id bureauId drawWeight permits { id } } } } }',
    expect: SIGNED_IN,
  },
  {
    field: 'targetFacets',
    op: '{ targetFacets { status { value count } businessCategory { value count } } }',
    expect: SIGNED_IN,
  },
  {
    field: 'target',
    op: `{ target(id: "${NOBODY}") { id } }`,
    expect: { anonymous: 'UNAUTHENTICATED', otherwise: 'NOT_FOUND' },
  },
  {
    field: 'inspectors',
    op: '{ inspectors(first: 50) { totalCount edges { node { id bureauId } } } }',
    expect: SIGNED_IN,
  },
  {
    field: 'inspector',
    op: `{ inspector(id: "${NOBODY}") { id } }`,
    expect: { anonymous: 'UNAUTHENTICATED', otherwise: 'NOT_FOUND' },
  },
  {
    field: 'inspectorsForItem',
    op: `{ inspectorsForItem(itemVersionId: "${NOBODY}") { fits } }`,
    expect: { anonymous: 'UNAUTHENTICATED', otherwise: 'NOT_FOUND' },
  },
  {
    field: 'conflictsOfInterest',
    op: '{ conflictsOfInterest(first: 50) { totalCount edges { node { bureauId inspector { bureau { id } } target { bureauId } } } } }',
    expect: SIGNED_IN,
  },
  {
    field: 'technicians',
    op: '{ technicians(first: 50, filter: { includeInactive: true }) { totalCount edges { node { id bureauId } } } }',
    expect: SIGNED_IN,
  },
  {
    field: 'registerTechnician',
    op: 'mutation($i: TechnicianInput!) { registerTechnician(input: $i) { technician { id bureauId } } }',
    vars: (s) => ({ i: { name: `矩阵技术员 ${s.persona}`, organisation: '矩阵检测中心' } }),
    expect: ADMINS,
  },
  {
    field: 'departmentReadiness',
    op: '{ departmentReadiness { departmentId activeInspectors ready } }',
    expect: SIGNED_IN,
  },
  {
    field: 'createTarget',
    op: 'mutation($i: CreateTargetInput!) { createTarget(input: $i) { target { id bureauId } } }',
    vars: (s) => ({
      i: {
        target: {
          holderKind: 'ORGANISATION',
          name: '矩阵测试宾馆',
          uscc: '91350100M000100Y43',
          regionCode: s.region,
          businessCategory: 'HOTEL',
          departmentId: s.policeDepartmentId,
        },
      },
    }),
    expect: ADMINS,
  },
  {
    field: 'createInspector',
    op: 'mutation($i: CreateInspectorInput!) { createInspector(input: $i) { inspector { id bureauId } } }',
    vars: (s) => ({
      i: {
        inspector: {
          name: '张警官',
          gender: 'M',
          departmentId: s.policeDepartmentId,
          badgeNo: '012345',
          warrantNo: 'J012345',
        },
      },
    }),
    expect: ADMINS,
  },
  ...[
    'updateTarget',
    'terminateTarget',
    'addTargetPermit',
    'recordTargetRisk',
    'updateInspector',
    'declareConflict',
    'endConflict',
    'updateTechnician',
    'setTechnicianActive',
  ].map((field): Row => {
    const input: Record<string, string> = {
      updateTarget: `{ id: "${NOBODY}", version: 1, target: { holderKind: ORGANISATION, name: "x", uscc: "91350100M000100Y43", regionCode: "410923", businessCategory: "HOTEL", departmentId: "${NOBODY}" } }`,
      terminateTarget: `{ id: "${NOBODY}", version: 1, reason: "测试" }`,
      addTargetPermit: `{ targetId: "${NOBODY}", permitType: "特种行业许可证", permitNo: "1" }`,
      recordTargetRisk: `{ targetId: "${NOBODY}", code: MANY_COMPLAINTS, since: "2026-01-01", source: "测试" }`,
      updateInspector: `{ id: "${NOBODY}", version: 1, inspector: { name: "x", gender: M, departmentId: "${NOBODY}", badgeNo: "1", warrantNo: "1" } }`,
      declareConflict: `{ inspectorId: "${NOBODY}", targetId: "${NOBODY}", relation: KIN, since: "2026-01-01" }`,
      endConflict: `{ id: "${NOBODY}", until: "2026-01-01", reason: "测试结束" }`,
      updateTechnician: `{ id: "${NOBODY}", version: 1, technician: { name: "x", organisation: "y" } }`,
      setTechnicianActive: `{ id: "${NOBODY}", version: 1, active: false, reason: "测试停用" }`,
    };
    return {
      field,
      op: `mutation { ${field}(input: ${input[field]}) { __typename } }`,
      expect: {
        anonymous: 'UNAUTHENTICATED',
        'nanle.inspector': 'FORBIDDEN',
        otherwise: field === 'declareConflict' ? 'BAD_USER_INPUT' : 'NOT_FOUND',
      },
    };
  }),
  {
    field: 'reviewDirectory',
    op: `mutation { reviewDirectory(input: { departmentId: "${NOBODY}", directory: INSPECTORS, approve: true }) { review { id } } }`,
    expect: { anonymous: 'UNAUTHENTICATED', otherwise: 'FORBIDDEN' },
  },
  // credit lists (issue 14, R50)
  {
    field: 'creditEntries',
    op: '{ creditEntries(first: 50) { totalCount edges { node { id bureauId target { id bureauId creditEntries { bureauId } } } } } }',
    expect: SIGNED_IN,
  },
  {
    field: 'creditEntry',
    op: `{ creditEntry(id: "${NOBODY}") { id } }`,
    expect: { anonymous: 'UNAUTHENTICATED', otherwise: 'NOT_FOUND' },
  },
  {
    field: 'listCreditEntry',
    op: `mutation { listCreditEntry(input: { targetId: "${NOBODY}", list: ABNORMAL_OPERATION, reason: "测试", listedOn: "2026-01-01", causeKind: INSPECTION, inspectionId: "${NOBODY}" }) { entry { id } } }`,
    expect: { anonymous: 'UNAUTHENTICATED', 'nanle.inspector': 'FORBIDDEN', otherwise: 'NOT_FOUND' },
  },
  ...['removeCreditEntry', 'repairCreditEntry'].map((field): Row => ({
    field,
    op: `mutation { ${field}(input: { id: "${NOBODY}", version: 1, reason: "测试", removedOn: "2026-01-01" }) { entry { id } } }`,
    expect: { anonymous: 'UNAUTHENTICATED', 'nanle.inspector': 'FORBIDDEN', otherwise: 'NOT_FOUND' },
  })),
  // appeals and complaints (issue 14, R49, R57): the bureau's watchers read, only 督察 handles
  {
    field: 'appeals',
    op: '{ appeals(first: 50) { totalCount edges { node { id bureauId publication { id bureauId } } } } }',
    expect: ADMINS,
  },
  {
    field: 'appeal',
    op: `{ appeal(id: "${NOBODY}") { id bureauId } }`,
    expect: { anonymous: 'UNAUTHENTICATED', 'nanle.inspector': 'FORBIDDEN', otherwise: 'NOT_FOUND' },
  },
  // Issue 15, dashboards (branch dash): the statistics of the caller's own subtree (its unit by default).
  {
    field: 'statistics',
    op: '{ statistics(filter: { year: 2026 }) { unit { id } trail { id } totals { due inspected } rows { unit { id } } } }',
    expect: ADMINS,
  },
  {
    field: 'subordinateAppealStats',
    op: '{ subordinateAppealStats { bureauId bureauName overdueCount } }',
    expect: ADMINS,
  },
  ...[
    ['acceptAppeal', `{ id: "${NOBODY}", version: 1 }`],
    ['answerAppeal', `{ id: "${NOBODY}", version: 1, decision: REJECTED, answer: "不成立" }`],
    [
      'openAppealCheck',
      `{ id: "${NOBODY}", itemVersionIds: ["${NOBODY}"], inspectorIds: ["${NOBODY}", "${NOBODY}"], windowStart: "2026-01-01", windowEnd: "2026-01-02" }`,
    ],
  ].map(([field, input]): Row => ({
    field,
    op: `mutation { ${field}(input: ${input}) { appeal { id } } }`,
    expect: { anonymous: 'UNAUTHENTICATED', otherwise: 'FORBIDDEN' },
  })),
  // re-checks by the superior (issue 15, R54): read in scope; 法制/督察 open, run and close; the county answers
  { field: 'rechecks', op: '{ rechecks { id bureauId } }', expect: SIGNED_IN },
  { field: 'recheckFindings', op: '{ recheckFindings { id bureauId handlingBureauId } }', expect: SIGNED_IN },
  ...[
    ['recheck', `{ recheck(id: "${NOBODY}") { id bureauId } }`],
    ['recheckSamples', `{ recheckSamples(recheckId: "${NOBODY}") { id recheckId } }`],
    ['recheckItems', `{ recheckItems(recheckId: "${NOBODY}") { id inspectionBureauId } }`],
    ['recheckRecord', `{ recheckRecord(id: "${NOBODY}") }`],
    ['verifyRecheck', `{ verifyRecheck(id: "${NOBODY}") { ok } }`],
  ].map(([field, op]): Row => ({ field, op, expect: { anonymous: 'UNAUTHENTICATED', otherwise: 'NOT_FOUND' } })),
  ...[
    [
      'openRecheck',
      `{ periodFrom: "2026-01-01", periodTo: "2026-12-31", sizeRule: GB2828_II, minPerStratum: 1, beaconSource: NONE, reason: "年度复查" }`,
    ],
    ['enlargeRecheck', `{ recheckId: "${NOBODY}", sizeRule: GB2828_II, minPerStratum: 2, reason: "扩大样本" }`],
  ].map(([field, input]): Row => ({
    field,
    op: `mutation { ${field}(input: ${input}) { recheck { id } } }`,
    expect: { anonymous: 'UNAUTHENTICATED', otherwise: 'FORBIDDEN' },
  })),
  {
    field: 'runRecheck',
    op: `mutation { runRecheck(recheckId: "${NOBODY}") { recheck { id } } }`,
    expect: { anonymous: 'UNAUTHENTICATED', otherwise: 'FORBIDDEN' },
  },
  {
    field: 'enterRecheckBeacon',
    op: `mutation { enterRecheckBeacon(input: { recheckId: "${NOBODY}", beacon: "2026335" }) { recheck { id } } }`,
    expect: { anonymous: 'UNAUTHENTICATED', 'nanle.inspector': 'FORBIDDEN', otherwise: 'NOT_FOUND' },
  },
  {
    field: 'recordRecheckExamination',
    op: `mutation { recordRecheckExamination(input: { itemId: "${NOBODY}", method: DOCUMENTS, answers: [], opinion: NO_ANOMALY, findings: "一致" }) { item { id } } }`,
    expect: { anonymous: 'UNAUTHENTICATED', 'nanle.inspector': 'NOT_FOUND', otherwise: 'FORBIDDEN' },
  },
  {
    field: 'answerRecheckFinding',
    op: `mutation { answerRecheckFinding(input: { findingId: "${NOBODY}", kind: EXPLAINED, answer: "说明理由" }) { finding { id } } }`,
    expect: { anonymous: 'UNAUTHENTICATED', 'nanle.inspector': 'FORBIDDEN', otherwise: 'NOT_FOUND' },
  },
  {
    field: 'closeRecheckFinding',
    op: `mutation { closeRecheckFinding(input: { findingId: "${NOBODY}", comment: "销号" }) { finding { id } } }`,
    expect: { anonymous: 'UNAUTHENTICATED', otherwise: 'FORBIDDEN' },
  },
  // assessment (issue 15, R53, R55): a superior's office assesses its direct subordinates; a county has none
  ...['assessmentIndicators', 'assessmentStandards', 'assessments'].map((field): Row => ({
    field,
    op: `{ ${field} { __typename } }`,
    expect: ADMINS,
  })),
  {
    field: 'assessment',
    op: `{ assessment(id: "${NOBODY}") { id bureauId scores { bureauId } } }`,
    expect: { anonymous: 'UNAUTHENTICATED', 'nanle.inspector': 'FORBIDDEN', otherwise: 'NOT_FOUND' },
  },
  {
    field: 'assessmentFigures',
    op: '{ assessmentFigures(year: 2031, period: H1) { bureauId departmentId numerator } }',
    expect: { anonymous: 'UNAUTHENTICATED', 'puyang.admin': 'OK', 'henan.admin': 'OK', otherwise: 'FORBIDDEN' },
  },
  {
    field: 'assessmentRecords',
    op: `{ assessmentRecords(input: { assessmentId: "${NOBODY}", bureauId: "${NOBODY}", indicator: COVERAGE }) { recordId } }`,
    expect: { anonymous: 'UNAUTHENTICATED', 'nanle.inspector': 'FORBIDDEN', otherwise: 'NOT_FOUND' },
  },
  // A valid standard: counties have no subordinates (FORBIDDEN); the city and the province set one, then compute.
  {
    field: 'createAssessmentStandard',
    op: `mutation { createAssessmentStandard(input: { year: 2031, period: H1, name: "矩阵测试标准",
      indicators: [{ key: PLAN_COMPLETION, weight: 60, full: 100, zero: 60 }, { key: OVERDUE, weight: 40, perItem: 1 }] }) { standard { id bureauId } } }`,
    expect: { anonymous: 'UNAUTHENTICATED', 'puyang.admin': 'OK', 'henan.admin': 'OK', otherwise: 'FORBIDDEN' },
  },
  {
    field: 'computeAssessment',
    op: 'mutation { computeAssessment(input: { year: 2031, period: H1 }) { assessment { id bureauId scores { bureauId } } } }',
    expect: { anonymous: 'UNAUTHENTICATED', 'puyang.admin': 'OK', 'henan.admin': 'OK', otherwise: 'FORBIDDEN' },
  },
  ...[
    [
      'reviseAssessmentStandard',
      `{ standardId: "${NOBODY}", indicators: [{ key: OVERDUE, weight: 100, perItem: 1 }], revisionNote: "修订" }`,
      'standard',
    ],
    [
      'adjustAssessmentScore',
      `{ assessmentId: "${NOBODY}", bureauId: "${NOBODY}", points: 1, reason: "理由" }`,
      'assessment',
    ],
    ['issueAssessment', `{ id: "${NOBODY}", version: 1 }`, 'assessment'],
  ].map(([field, input, payload]): Row => ({
    field,
    op: `mutation { ${field}(input: ${input}) { ${payload} { id } } }`,
    expect: { anonymous: 'UNAUTHENTICATED', 'nanle.inspector': 'FORBIDDEN', otherwise: 'NOT_FOUND' },
  })),
  // supervision reports (issue 15, R22, R56): read in the subtree; another bureau's round is NOT_FOUND
  { field: 'supervisionReports', op: '{ supervisionReports { id bureauId } }', expect: ADMINS },
  // the round picker (the caller's subtree, by SQL with RLS) and the to-do reminder of the situation report
  { field: 'reportRounds', op: '{ reportRounds(search: "抽查") { id bureauName } }', expect: ADMINS },
  { field: 'situationReportDue', op: '{ situationReportDue { asOf overdue } }', expect: ADMINS },
  {
    field: 'requestSupervisionReport',
    op: `mutation { requestSupervisionReport(input: { kind: ROUND, roundId: "${NOBODY}" }) { report { id bureauId } } }`,
    expect: { anonymous: 'UNAUTHENTICATED', 'nanle.inspector': 'FORBIDDEN', otherwise: 'NOT_FOUND' },
  },
  // planning (issue 4)
  {
    field: 'plans',
    op: '{ plans(first: 20) { totalCount edges { node { id bureauId status tasks { bureauId rounds { bureauId } } filings { bureauId } } } } }',
    expect: SIGNED_IN,
  },
  {
    field: 'plan',
    op: `{ plan(id: "${NOBODY}") { id } }`,
    expect: { anonymous: 'UNAUTHENTICATED', otherwise: 'NOT_FOUND' },
  },
  {
    field: 'planFilings',
    op: `{ planFilings(planId: "${NOBODY}") { id } }`,
    expect: { anonymous: 'UNAUTHENTICATED', otherwise: 'NOT_FOUND' },
  },
  {
    field: 'planFilingQueue',
    op: '{ planFilingQueue(first: 50, filter: { includeDecided: true }) { totalCount edges { node { id bureauId warnings { code } } } } }',
    expect: ADMINS,
  },
  {
    field: 'createPlan',
    op: 'mutation($i: CreatePlanInput!) { createPlan(input: $i) { plan { id bureauId status } } }',
    vars: () => ({ i: { year: 2031, title: '矩阵测试计划', kind: 'BUREAU' } }),
    expect: ADMINS,
  },
  ...['updatePlan', 'addPlanTask', 'updatePlanTask', 'addPlanRound', 'filePlan'].map((field): Row => {
    const task = `{ name: "x", itemVersionIds: ["${NOBODY}"], departmentIds: ["${NOBODY}"], ratioBp: 500, timesPerYear: 1, teamSize: 2 }`;
    const input: Record<string, string> = {
      updatePlan: `{ planId: "${NOBODY}", version: 1, title: "改名" }`,
      addPlanTask: `{ planId: "${NOBODY}", task: ${task} }`,
      updatePlanTask: `{ taskId: "${NOBODY}", version: 1, task: ${task} }`,
      addPlanRound: `{ taskId: "${NOBODY}", windowStart: "2031-03-01", windowEnd: "2031-03-31" }`,
      filePlan: `{ planId: "${NOBODY}", version: 1, toBureauId: "${NOBODY}" }`,
    };
    return {
      field,
      op: `mutation { ${field}(input: ${input[field]}) { __typename } }`,
      expect: { anonymous: 'UNAUTHENTICATED', 'nanle.inspector': 'FORBIDDEN', otherwise: 'NOT_FOUND' },
    };
  }),
  // A superior action on a filing not made to the caller's bureau: FORBIDDEN, whether it exists or not.
  {
    field: 'acknowledgePlanFiling',
    op: `mutation { acknowledgePlanFiling(input: { filingId: "${NOBODY}" }) { filing { id } } }`,
    expect: { anonymous: 'UNAUTHENTICATED', otherwise: 'FORBIDDEN' },
  },
  {
    field: 'returnPlanFiling',
    op: `mutation { returnPlanFiling(input: { filingId: "${NOBODY}", comment: "退回" }) { filing { id } } }`,
    expect: { anonymous: 'UNAUTHENTICATED', otherwise: 'FORBIDDEN' },
  },
  // calendar (issue 4): national, read by all; loaded only by an administrator of a root bureau
  {
    field: 'holidaySchedule',
    op: '{ holidaySchedule(year: 2026) { year source days { date kind name } } }',
    expect: SIGNED_IN,
  },
  {
    field: 'loadHolidaySchedule',
    op: 'mutation { loadHolidaySchedule(input: { year: 2031, days: [{ date: "2031-10-01", kind: HOLIDAY, name: "国庆节" }] }) { schedule { year source } } }',
    expect: { anonymous: 'UNAUTHENTICATED', 'henan.admin': 'OK', otherwise: 'FORBIDDEN' },
  },
  // publication (issue 14, R46–R48): reads within the scope; departments prepare, the named approver approves
  { field: 'publications', op: '{ publications { id bureauId kind status } }', expect: SIGNED_IN },
  {
    field: 'publication',
    op: `{ publication(id: "${NOBODY}") { id bureauId } }`,
    expect: { anonymous: 'UNAUTHENTICATED', otherwise: 'NOT_FOUND' },
  },
  { field: 'publicationQueue', op: '{ publicationQueue { id bureauId dueDate overdue } }', expect: SIGNED_IN },
  {
    field: 'subordinatePublicationStats',
    op: '{ subordinatePublicationStats { bureauId bureauName overdueCount publishedRatio } }',
    expect: ADMINS,
  },
  {
    field: 'preparePublication',
    op: `mutation { preparePublication(input: { kind: INSPECTION_RESULT, subjectId: "${NOBODY}" }) { id } }`,
    expect: { anonymous: 'UNAUTHENTICATED', 'nanle.inspector': 'FORBIDDEN', otherwise: 'NOT_FOUND' },
  },
  {
    field: 'approvePublication',
    op: `mutation { approvePublication(input: { id: "${NOBODY}", rowVersion: 1 }) { id } }`,
    expect: { anonymous: 'UNAUTHENTICATED', otherwise: 'FORBIDDEN' },
  },
  {
    field: 'returnPublication',
    op: `mutation { returnPublication(input: { id: "${NOBODY}", rowVersion: 1, comment: "退回" }) { id } }`,
    expect: { anonymous: 'UNAUTHENTICATED', otherwise: 'FORBIDDEN' },
  },
  {
    field: 'correctPublication',
    op: `mutation { correctPublication(input: { id: "${NOBODY}", reason: "更正" }) { id } }`,
    expect: { anonymous: 'UNAUTHENTICATED', 'nanle.inspector': 'FORBIDDEN', otherwise: 'NOT_FOUND' },
  },
  {
    field: 'withdrawPublication',
    op: `mutation { withdrawPublication(input: { id: "${NOBODY}", reason: "撤回" }) { id } }`,
    expect: { anonymous: 'UNAUTHENTICATED', 'nanle.inspector': 'FORBIDDEN', otherwise: 'NOT_FOUND' },
  },
  // draw (issue 4): reads within the scope; committing and drawing by the office; re-draws and swaps by a department head
  {
    field: 'draws',
    op: '{ draws(first: 50) { totalCount edges { node { id bureauId status selections { targetId } dispatches { id } swapRequests { id } } } } }',
    expect: SIGNED_IN,
  },
  ...['draw', 'verifyDraw', 'drawRecord'].map((field): Row => ({
    field,
    op: `{ ${field}(id: "${NOBODY}")${field === 'drawRecord' ? '' : ' { __typename }'} }`,
    expect: { anonymous: 'UNAUTHENTICATED', otherwise: 'NOT_FOUND' },
  })),
  { field: 'pendingDrawDispatches', op: '{ pendingDrawDispatches { id drawId departmentId } }', expect: SIGNED_IN },
  {
    field: 'commitDraw',
    op: `mutation { commitDraw(input: { roundId: "${NOBODY}", beaconSource: NONE }) { draw { id } } }`,
    expect: { anonymous: 'UNAUTHENTICATED', 'nanle.inspector': 'FORBIDDEN', otherwise: 'NOT_FOUND' },
  },
  {
    field: 'enterDrawBeacon',
    op: `mutation { enterDrawBeacon(input: { drawId: "${NOBODY}", beacon: "1" }) { draw { id } } }`,
    expect: { anonymous: 'UNAUTHENTICATED', 'nanle.inspector': 'FORBIDDEN', otherwise: 'NOT_FOUND' },
  },
  {
    field: 'runDraw',
    op: `mutation { runDraw(input: { drawId: "${NOBODY}" }) { draw { id } } }`,
    expect: { anonymous: 'UNAUTHENTICATED', 'nanle.inspector': 'FORBIDDEN', otherwise: 'NOT_FOUND' },
  },
  {
    field: 'redraw',
    op: `mutation { redraw(input: { drawId: "${NOBODY}", reason: "范围有误", beaconSource: NONE }) { draw { id } } }`,
    expect: { anonymous: 'UNAUTHENTICATED', otherwise: 'FORBIDDEN' },
  },
  // R31, DRAW.md §9: a swap is requested by the office or the department, decided by a department head or the leader.
  {
    field: 'requestDrawSwap',
    op: `mutation { requestDrawSwap(input: { drawId: "${NOBODY}", targetId: "${NOBODY}", inspectorId: "${NOBODY}", reason: "回避关系" }) { request { id } } }`,
    expect: { anonymous: 'UNAUTHENTICATED', otherwise: 'NOT_FOUND' },
  },
  {
    field: 'approveDrawSwap',
    op: `mutation { approveDrawSwap(input: { requestId: "${NOBODY}" }) { swap { id } } }`,
    expect: { anonymous: 'UNAUTHENTICATED', otherwise: 'FORBIDDEN' },
  },
  {
    field: 'declineDrawSwap',
    op: `mutation { declineDrawSwap(input: { requestId: "${NOBODY}", reason: "理由不充分" }) { request { id } } }`,
    expect: { anonymous: 'UNAUTHENTICATED', otherwise: 'FORBIDDEN' },
  },
  {
    field: 'pendingDrawSwapRequests',
    op: '{ pendingDrawSwapRequests { id bureauId drawId status } }',
    expect: SIGNED_IN,
  },
  // R34: only for a direct subordinate of the caller's bureau (NOBODY is nobody's).
  {
    field: 'nameCrossRegionPool',
    op: `mutation { nameCrossRegionPool(input: { subordinateBureauId: "${NOBODY}", lenderBureauIds: ["${NOBODY}"] }) { pool { id } } }`,
    expect: { anonymous: 'UNAUTHENTICATED', otherwise: 'FORBIDDEN' },
  },
  {
    field: 'confirmDrawDispatch',
    op: `mutation { confirmDrawDispatch(input: { dispatchId: "${NOBODY}" }) { dispatch { id } } }`,
    expect: { anonymous: 'UNAUTHENTICATED', 'nanle.inspector': 'FORBIDDEN', otherwise: 'NOT_FOUND' },
  },
  // inspection (issue 5): reads within the scope; records and reports by members; team changes by the coordinating office
  {
    field: 'inspections',
    op: '{ inspections(first: 50) { totalCount edges { node { id bureauId kind direct joint target { id } members { id } sources { id } records { id } evidence { id url } report { id } rectification { id } } } } }',
    expect: SIGNED_IN,
  },
  {
    field: 'inspection',
    op: `{ inspection(id: "${NOBODY}") { id } }`,
    expect: { anonymous: 'UNAUTHENTICATED', otherwise: 'NOT_FOUND' },
  },
  {
    field: 'myInspections',
    op: '{ myInspections(first: 50) { totalCount edges { node { id bureauId } } } }',
    expect: SIGNED_IN,
  },
  {
    field: 'inspectionReportsDue',
    op: '{ inspectionReportsDue(overdue: true) { edges { node { id bureauId reportDue } } } }',
    expect: SIGNED_IN,
  },
  {
    field: 'rectificationsDue',
    op: '{ rectificationsDue(due: true) { totalCount edges { node { id inspectionId deadline } } } }',
    expect: SIGNED_IN,
  },
  {
    field: 'overdueInspectionReportCounts',
    op: '{ overdueInspectionReportCounts { bureauId overdue } }',
    expect: ADMINS,
  },
  {
    field: 'matchInspections',
    op: `mutation { matchInspections(input: { drawId: "${NOBODY}" }) { inspections { id } } }`,
    expect: { anonymous: 'UNAUTHENTICATED', 'nanle.inspector': 'FORBIDDEN', otherwise: 'NOT_FOUND' },
  },
  {
    field: 'createDirectCheck',
    op: `mutation { createDirectCheck(input: { targetId: "${NOBODY}", reason: COMPLAINT, reference: "TS-1", itemVersionIds: ["${NOBODY}"], inspectorIds: ["${NOBODY}", "${NOBODY}"], windowStart: "2027-01-01", windowEnd: "2027-01-31" }) { inspection { id } } }`,
    expect: { anonymous: 'UNAUTHENTICATED', otherwise: 'NOT_FOUND' },
  },
  {
    field: 'scheduleInspection',
    op: `mutation { scheduleInspection(input: { inspectionId: "${NOBODY}", date: "2027-01-05", version: 1 }) { inspection { id } } }`,
    expect: { anonymous: 'UNAUTHENTICATED', otherwise: 'NOT_FOUND' },
  },
  ...['joinInspection', 'leaveInspection'].map((field): Row => ({
    field,
    op: `mutation { ${field}(input: { inspectionId: "${NOBODY}", inspectorId: "${NOBODY}", reason: "调整" }) { inspection { id } } }`,
    expect: { anonymous: 'UNAUTHENTICATED', otherwise: 'FORBIDDEN' },
  })),
  {
    field: 'linkInspectorUser',
    op: `mutation { linkInspectorUser(input: { inspectorId: "${NOBODY}", userId: "${NOBODY}" }) { inspectorId } }`,
    expect: { anonymous: 'UNAUTHENTICATED', 'nanle.inspector': 'FORBIDDEN', otherwise: 'NOT_FOUND' },
  },
  ...['submitInspectionRecord', 'correctInspectionRecord'].map((field): Row => ({
    field,
    op: `mutation { ${field}(input: { inspectionId: "${NOBODY}", checkedFrom: "2026-09-28T01:00:00Z", checkedTo: "2026-09-28T03:00:00Z", place: "x", presentInspectorIds: ["${NOBODY}", "${NOBODY}"], answers: [], methods: [ON_SITE], findings: "x", representative: "x", signatureRef: "sig", correctionReason: "更正笔误内容" }) { record { id } } }`,
    expect: { anonymous: 'UNAUTHENTICATED', 'nanle.inspector': 'NOT_FOUND', otherwise: 'FORBIDDEN' },
  })),
  {
    field: 'submitInspectionReport',
    op: `mutation { submitInspectionReport(input: { inspectionId: "${NOBODY}", content: "x", steps: "x", findings: "x", assessment: "x", opinion: NO_ANOMALY }) { report { id } } }`,
    expect: { anonymous: 'UNAUTHENTICATED', 'nanle.inspector': 'NOT_FOUND', otherwise: 'FORBIDDEN' },
  },
  {
    field: 'reviewInspectionReport',
    op: `mutation { reviewInspectionReport(input: { reportId: "${NOBODY}", version: 1, approve: true }) { report { id } } }`,
    expect: { anonymous: 'UNAUTHENTICATED', otherwise: 'FORBIDDEN' },
  },
  {
    field: 'issueRectificationNotice',
    op: `mutation { issueRectificationNotice(input: { inspectionId: "${NOBODY}", documentNo: "叶公（治）责改字〔2027〕1号", findings: "x", legalBasis: "x", deadline: "2099-01-01" }) { notice { id } } }`,
    expect: { anonymous: 'UNAUTHENTICATED', otherwise: 'NOT_FOUND' },
  },
  {
    field: 'draftRectificationNotice',
    op: `mutation { draftRectificationNotice(input: { inspectionId: "${NOBODY}", findings: "x", legalBasis: "x", deadline: "2099-01-01" }) { draft { id } } }`,
    expect: { anonymous: 'UNAUTHENTICATED', otherwise: 'NOT_FOUND' },
  },
  {
    field: 'issueRectificationDraft',
    op: `mutation { issueRectificationDraft(input: { draftId: "${NOBODY}", version: 1 }) { notice { id } } }`,
    expect: { anonymous: 'UNAUTHENTICATED', otherwise: 'NOT_FOUND' },
  },
  {
    field: 'downloadUrl',
    op: '{ downloadUrl(path: "/export/items.xlsx") { url expiresAt } }',
    expect: { anonymous: 'UNAUTHENTICATED', otherwise: 'OK' },
  },
  {
    field: 'exportUrl',
    op: '{ exportUrl(kind: TARGETS, filter: { status: "ACTIVE" }) { url } }',
    expect: { anonymous: 'UNAUTHENTICATED', otherwise: 'OK' },
  },
  {
    // Below the background threshold: a link to the caller's own list (the route checks scope again).
    field: 'startExport',
    op: 'mutation { startExport(kind: TARGETS, filter: { status: "ACTIVE" }) { rows url { url } job { id } } }',
    expect: { anonymous: 'UNAUTHENTICATED', otherwise: 'OK' },
  },
  {
    field: 'recordFollowUpCheck',
    op: `mutation { recordFollowUpCheck(input: { inspectionId: "${NOBODY}", result: RECTIFIED, checkedOn: "2026-10-01", remarks: "x" }) { notice { id } } }`,
    expect: { anonymous: 'UNAUTHENTICATED', otherwise: 'NOT_FOUND' },
  },
  {
    field: 'recordPenaltyDecision',
    op: `mutation { recordPenaltyDecision(input: { inspectionId: "${NOBODY}", decisionNo: "x", decidedOn: "2026-10-01" }) { notice { id } } }`,
    expect: { anonymous: 'UNAUTHENTICATED', otherwise: 'NOT_FOUND' },
  },
  {
    field: 'recordPenaltyRevocation',
    op: `mutation { recordPenaltyRevocation(input: { inspectionId: "${NOBODY}", revokedOn: "2026-10-01", reason: "x" }) { notice { id } } }`,
    expect: { anonymous: 'UNAUTHENTICATED', otherwise: 'NOT_FOUND' },
  },
];

describe('tenancy matrix (issue 2): every root field × persona', () => {
  let t: TestApp;
  let tree: Tree;
  let owner: pg.Client;
  const tokens = new Map<Persona, string | null>();

  const subject = (persona: Persona): Subject => {
    const name = persona === 'anonymous' ? 'nanle.leader' : persona;
    const u = tree.users.find((x) => x.username === name)!;
    return {
      persona,
      userId: u.id,
      bureauId: u.bureau_id,
      departmentId: u.department_id,
      policeDepartmentId: tree.departments.find((d) => d.bureau_id === u.bureau_id && d.kind === 'POLICE')!.id,
      region: tree.pathOf(u.bureau_id).split('.').pop()!.padEnd(6, '0'),
      colleague: (suffix) => tree.users.find((x) => x.username === `${name.split('.')[0]}.${suffix}`)!.id,
    };
  };
  const auditCount = async () => Number((await owner.query('select count(*) from audit_entry')).rows[0].count);

  beforeAll(async () => {
    ({ t, tree } = await startAppWithTree());
    owner = new pg.Client({ connectionString: t.db.ownerUrl });
    await owner.connect();
    for (const p of PERSONAS) tokens.set(p, p === 'anonymous' ? null : await t.login(p));
  });
  afterAll(async () => {
    await owner.end();
    await t.close();
  });

  it('covers every root field of the schema', () => {
    const fields = (['Query', 'Mutation'] as const).flatMap((k) => {
      const type = t.server.schema.getType(k);
      return type && isObjectType(type) ? Object.keys(type.getFields()) : [];
    });
    expect(fields.filter((f) => !MATRIX.some((r) => r.field === f))).toEqual([]);
  });

  for (const row of MATRIX) {
    for (const persona of PERSONAS) {
      const expected = row.expect[persona] ?? row.expect.otherwise;
      it(`${row.field} as ${persona}: ${expected}`, async () => {
        const s = subject(persona);
        const token =
          persona === 'anonymous' ? null : row.freshToken ? await freshLogin(t, persona) : tokens.get(persona)!;
        const mutation = row.op.startsWith('mutation');
        const before = mutation ? await auditCount() : 0; // read only where it is compared
        const res = await t.gql(row.op, row.vars?.(s), token);
        const code = errorCode(res);
        expect(code ?? 'OK', JSON.stringify(res.body.errors)).toBe(expected);
        expect(res.status).toBeLessThan(500);
        if (persona !== 'anonymous') {
          expect(foreignRows(res.body.data, tree.personaPath(persona), tree)).toEqual([]);
        }
        if (mutation) {
          // Every successful mutation writes exactly one audit entry; a failed one writes nothing.
          expect(await auditCount()).toBe(before + (expected === 'OK' ? 1 : 0));
        }
      });
    }
  }
});

async function freshLogin(t: TestApp, persona: Persona): Promise<string> {
  const res = await t.gql(
    'mutation($u: String!, $p: String!) { login(input: { username: $u, password: $p }) { token } }',
    { u: persona, p: DEMO_PASSWORD },
  );
  return res.body.data!.login.token;
}

describe('tenancy: which objects each persona can read and write', () => {
  let t: TestApp;
  let tree: Tree;
  beforeAll(async () => {
    ({ t, tree } = await startAppWithTree());
  });
  afterAll(async () => t.close());

  const signedIn = PERSONAS.filter((p): p is Exclude<Persona, 'anonymous'> => p !== 'anonymous');

  it('a bureau is readable by its own users, those above it and those below it, and by no sibling', async () => {
    for (const persona of signedIn) {
      const token = await t.login(persona);
      const scope = tree.personaPath(persona);
      for (const b of tree.bureaus) {
        const res = await t.gql('query($id: ID!) { bureau(id: $id) { id } }', { id: b.id }, token);
        const visible = within(b.path, scope) || within(scope, b.path);
        expect(errorCode(res) ?? 'OK', `${persona} → ${b.name}`).toBe(visible ? 'OK' : 'NOT_FOUND');
      }
    }
  });

  it("a department is readable only within the persona's subtree (never the parent's)", async () => {
    for (const persona of signedIn) {
      const token = await t.login(persona);
      const scope = tree.personaPath(persona);
      for (const d of tree.departments) {
        const res = await t.gql('query($id: ID!) { department(id: $id) { id } }', { id: d.id }, token);
        expect(errorCode(res) ?? 'OK', `${persona} → department of ${tree.pathOf(d.bureau_id)}`).toBe(
          within(tree.pathOf(d.bureau_id), scope) ? 'OK' : 'NOT_FOUND',
        );
      }
    }
  });

  it('a user is readable within the subtree; an inspector sees only their own department', async () => {
    for (const persona of signedIn) {
      const token = await t.login(persona);
      const scope = tree.personaPath(persona);
      const me = tree.users.find((u) => u.username === persona)!;
      for (const u of tree.users) {
        const res = await t.gql('query($id: ID!) { user(id: $id) { id } }', { id: u.id }, token);
        let visible = within(tree.pathOf(u.bureau_id), scope);
        if (persona === 'nanle.inspector') visible = visible && u.department_id === me.department_id;
        expect(errorCode(res) ?? 'OK', `${persona} → ${u.username}`).toBe(visible ? 'OK' : 'NOT_FOUND');
      }
    }
  });

  it("users' name search (the audit page's 操作人) finds only users in scope: never a sibling county's", async () => {
    const search = async (persona: Exclude<Persona, 'anonymous'>, name: string) => {
      const res = await t.gql(
        'query($name: String) { users(first: 100, filter: { nameContains: $name }) { totalCount edges { node { id } } } }',
        { name },
        await t.login(persona),
      );
      return { code: errorCode(res), ids: res.body.data?.users.edges.map((e: Edge<{ id: string }>) => e.node.id) };
    };
    // The oracle: display name or username holding the text in any case, within the persona's subtree
    // (an inspector: their own department).
    const expected = (persona: Exclude<Persona, 'anonymous'>, name: string) => {
      const me = tree.users.find((u) => u.username === persona)!;
      const needle = name.trim().toLowerCase();
      return tree.users
        .filter((u) => within(tree.pathOf(u.bureau_id), tree.personaPath(persona)))
        .filter((u) => persona !== 'nanle.inspector' || u.department_id === me.department_id)
        .filter((u) => `${u.display_name}\n${u.username}`.toLowerCase().includes(needle))
        .map((u) => u.id)
        .sort();
    };
    const cases: [Exclude<Persona, 'anonymous'>, string][] = [
      ['yexian.admin', '南乐'], // only a sibling county holds it: nothing
      ['nanle.admin', '南乐'],
      ['puyang.admin', '南乐'], // the city finds its county's users
      ['puyang.admin', '叶县'], // …and none of another city's
      ['henan.admin', '南乐'],
      ['nanle.inspector', '南乐'], // own department only
      ['puyang.admin', 'NANLE.ADM'], // the username, in any case
      ['henan.admin', '%'], // wildcards are literal
      ['henan.admin', '_'],
    ];
    for (const [persona, name] of cases) {
      const { code, ids } = await search(persona, name);
      expect(code, `${persona} «${name}»`).toBeNull();
      expect(ids.sort(), `${persona} «${name}»`).toEqual(expected(persona, name));
    }
    expect((await search('yexian.admin', '南乐')).ids).toEqual([]);
    expect((await search('puyang.admin', '南乐')).ids.length).toBeGreaterThan(1);
    // A blank search is no search; a search longer than the other name filters' 50 characters is refused.
    expect((await search('puyang.admin', '  ')).ids.sort()).toEqual(expected('puyang.admin', ''));
    expect((await search('puyang.admin', '南'.repeat(51))).code).toBe('BAD_USER_INPUT');
  });

  it('lists hold exactly the rows in scope: a city sees its counties, a county only itself', async () => {
    const count = async (persona: string) =>
      (await t.gql('{ departments(first: 1) { totalCount } }', {}, await t.login(persona))).body.data!.departments
        .totalCount as number;
    const inScope = (persona: Exclude<Persona, 'anonymous'>) =>
      tree.departments.filter((d) => within(tree.pathOf(d.bureau_id), tree.personaPath(persona))).length;
    for (const persona of signedIn) expect(await count(persona), persona).toBe(inScope(persona));
    expect(inScope('puyang.admin')).toBeGreaterThan(inScope('nanle.admin'));
  });

  it("a plan is readable within the subtree only: a city reads its counties' plans, a county never another county's nor its city's", async () => {
    const plans: { id: string; path: string }[] = [];
    for (const persona of signedIn.filter((p) => p.endsWith('.admin'))) {
      const res = await t.gql(
        'mutation($i: CreatePlanInput!) { createPlan(input: $i) { plan { id } } }',
        { i: { year: 2032, title: `${persona} 的年度计划`, kind: 'BUREAU' } },
        await t.login(persona),
      );
      plans.push({ id: res.body.data!.createPlan.plan.id, path: tree.personaPath(persona) });
    }
    for (const persona of signedIn) {
      const token = await t.login(persona);
      const scope = tree.personaPath(persona);
      for (const plan of plans) {
        const res = await t.gql(
          'query($id: ID!) { plan(id: $id) { id } planFilings(planId: $id) { id } }',
          { id: plan.id },
          token,
        );
        expect(errorCode(res) ?? 'OK', `${persona} → plan of ${plan.path}`).toBe(
          within(plan.path, scope) ? 'OK' : 'NOT_FOUND',
        );
      }
      const listed = (
        await t.gql('{ plans(first: 100) { edges { node { id } } } }', {}, token)
      ).body.data!.plans.edges.map((e: Edge<{ id: string }>) => e.node.id);
      expect(listed.sort(), persona).toEqual(
        plans
          .filter((p) => within(p.path, scope))
          .map((p) => p.id)
          .sort(),
      );
    }
    // Editing stays with the owner: a city cannot rename its county's plan.
    const nanlePlan = plans.find((p) => p.path === '41.4109.410923')!;
    expect(
      errorCode(
        await t.gql(
          'mutation($i: UpdatePlanInput!) { updatePlan(input: $i) { plan { id } } }',
          { i: { planId: nanlePlan.id, version: 1, title: '越权改名' } },
          await t.login('puyang.admin'),
        ),
      ),
    ).toBe('NOT_FOUND');
  });

  it("writes go to the own bureau only: a superior cannot edit a county's department or user, nor a county its sibling's", async () => {
    const nanleDept = tree.departments.find((d) => tree.pathOf(d.bureau_id) === '41.4109.410923')!;
    const nanleUser = tree.users.find((u) => u.username === 'nanle.leader')!;
    const yexianDept = tree.departments.find((d) => tree.pathOf(d.bureau_id) === '41.4104.410422')!;
    for (const persona of ['puyang.admin', 'henan.admin', 'yexian.admin'] as const) {
      const token = await t.login(persona);
      expect(
        errorCode(
          await t.gql(
            'mutation($i: UpdateDepartmentInput!) { updateDepartment(input: $i) { department { id } } }',
            { i: { id: nanleDept.id, version: 1, name: '越权改名' } },
            token,
          ),
        ),
        persona,
      ).toBe('NOT_FOUND');
      expect(
        errorCode(
          await t.gql(
            'mutation($i: UpdateUserInput!) { updateUser(input: $i) { user { id } } }',
            { i: { id: nanleUser.id, version: 1, active: false } },
            token,
          ),
        ),
        persona,
      ).toBe('NOT_FOUND');
    }
    const nanle = await t.login('nanle.admin');
    expect(
      errorCode(
        await t.gql(
          'mutation($i: CreateUserInput!) { createUser(input: $i) { user { id } } }',
          {
            i: {
              username: 'sneaky.user',
              displayName: '越权',
              departmentId: yexianDept.id,
              roles: ['INSPECTOR'],
              initialPassword: 'Sneaky2026pw',
            },
          },
          nanle,
        ),
      ),
    ).toBe('NOT_FOUND');
  });
});
