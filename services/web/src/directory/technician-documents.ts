import { graphql } from '../gql';

export const TechnicianListDocument = graphql(`
  query TechnicianList($filter: TechnicianFilter, $after: String) {
    technicians(first: 20, filter: $filter, after: $after) {
      totalCount
      pageInfo {
        endCursor
        hasNextPage
      }
      edges {
        node {
          id
          version
          name
          organisation
          qualification
          phone
          active
          bureauId
        }
      }
    }
  }
`);

export const RegisterTechnicianDocument = graphql(`
  mutation RegisterTechnician($input: TechnicianInput!) {
    registerTechnician(input: $input) {
      technician {
        id
      }
    }
  }
`);

export const UpdateTechnicianDocument = graphql(`
  mutation UpdateTechnician($input: UpdateTechnicianInput!) {
    updateTechnician(input: $input) {
      technician {
        id
        version
      }
    }
  }
`);

export const SetTechnicianActiveDocument = graphql(`
  mutation SetTechnicianActive($input: SetTechnicianActiveInput!) {
    setTechnicianActive(input: $input) {
      technician {
        id
        version
        active
      }
    }
  }
`);
