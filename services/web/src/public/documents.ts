import { graphql } from './gql';

/** What a result shows: its title, publisher, dates, the document (for a summary) and its series' history. */
export const PublicItemFields = graphql(`
  fragment PublicItemFields on PublicPublication {
    id
    kind
    action
    version
    current
    targetName
    targetCreditCode
    publishedAt
    eventDate
    supersedeReason
    document
    bureau {
      code
      name
    }
    history {
      id
      version
      action
      current
      supersedeReason
      publishedAt
    }
  }
`);

/** Look-ups, not listings: a credit code, a name (≥ 2 characters) or a bureau with kind and dates; a page. */
export const PublicLookUpQuery = graphql(`
  query PublicLookUp($filter: PublicLookUp!, $page: PublicPage) {
    publications(filter: $filter, page: $page) {
      hasMore
      offset
      items {
        ...PublicItemFields
      }
    }
  }
`);

export const PublicPublicationQuery = graphql(`
  query PublicPublication($id: ID!) {
    publication(id: $id) {
      ...PublicItemFields
      seriesId
      documentSha256
      history {
        documentSha256
      }
    }
  }
`);

export const PublicBureausQuery = graphql(`
  query PublicBureaus {
    publicBureaus {
      code
      name
    }
  }
`);
