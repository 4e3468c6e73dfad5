import { graphql } from '../gql';

/** A bureau's draws (their commitments) or audit checkpoints published in a date range: a look-up, not a listing. */
export const PublicByBureauDocument = graphql(`
  query PublicByBureau($filter: PublicLookUp!, $page: PublicPage) {
    publications(filter: $filter, page: $page) {
      hasMore
      offset
      items {
        id
        publishedAt
        document
        bureau {
          name
        }
      }
    }
  }
`);

/** One draw's published commitment and result (with the record's address), each with its versions. */
export const PublicDrawDocument = graphql(`
  query PublicDraw($id: ID!) {
    publishedDraw(id: $id) {
      drawId
      recordUrl
      commitment {
        id
        publishedAt
        document
        documentSha256
        bureau {
          name
        }
      }
      result {
        id
        version
        publishedAt
        supersedeReason
        document
        documentSha256
        history {
          id
          version
          current
          publishedAt
          supersedeReason
        }
      }
    }
  }
`);
