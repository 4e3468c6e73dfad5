import type { InspectionDetailQuery } from '../../gql/graphql';

export type Inspection = InspectionDetailQuery['inspection'];
export type Member = Inspection['members'][number];
export type EvidenceRow = Inspection['evidence'][number];
export type Report = NonNullable<Inspection['report']>;
export type Notice = NonNullable<Inspection['rectification']>;
export type Draft = NonNullable<Inspection['rectificationDraft']>;
