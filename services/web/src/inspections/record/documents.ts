import { graphql } from '../../gql';

/** What the on-site record needs: the frozen items' checklist lines, the active team, the target, records so far. */
export const RecordInspectionDocument = graphql(`
  query RecordInspection($id: ID!) {
    me {
      user {
        id
      }
    }
    inspection(id: $id) {
      id
      status
      windowStart
      windowEnd
      target {
        name
        registeredAddress
        legalRepresentative
      }
      itemVersions {
        id
        name
        checkContents {
          no
          text
        }
      }
      members {
        id
        leftAt
        inspectorId
        inspector {
          name
          badgeNo
        }
      }
      records {
        id
        revision
        submittedAt
      }
    }
  }
`);

export const SubmitInspectionRecordDocument = graphql(`
  mutation SubmitInspectionRecord($input: InspectionRecordInput!) {
    submitInspectionRecord(input: $input) {
      record {
        id
        revision
        submittedAt
      }
    }
  }
`);

/** R43: the bodies the bureau engages (its technicians' organisations), offered for 检测机构. */
export const TechnicianBodiesDocument = graphql(`
  query TechnicianBodies {
    technicians(first: 100) {
      edges {
        node {
          id
          organisation
        }
      }
    }
  }
`);
