import { graphql } from '../gql';

export const ItemListDocument = graphql(`
  query ItemList($filter: ItemFilter, $after: String) {
    inspectionItems(first: 20, filter: $filter, after: $after) {
      totalCount
      pageInfo {
        endCursor
        hasNextPage
      }
      edges {
        node {
          id
          code
          status
          latestVersionNo
          bureau {
            name
          }
          department {
            name
          }
          publishedVersion {
            id
            versionNo
          }
          versions {
            id
            versionNo
            status
            name
            submittedAt
          }
        }
      }
    }
  }
`);

export const ItemVersionFields = graphql(`
  fragment ItemVersionFields on InspectionItemVersion {
    id
    version
    versionNo
    status
    name
    departmentId
    department {
      name
    }
    targetType
    category
    samplingRatioBp
    frequencyPerYear
    frequencyRules {
      grade
      level
      times
      per
      minimumRatioBp
    }
    methods
    legalBasis {
      law
      articles
    }
    checkContents {
      no
      text
    }
    businessCategories
    requiredSkills
    crossAgencyJoint
    retentionYears
    notes
    createdAt
    submittedAt
    reviewedAt
    reviewComment
    reviewer {
      displayName
    }
    publishedAt
    retiredAt
  }
`);

export const ItemDocument = graphql(`
  query Item($id: ID!) {
    inspectionItem(id: $id) {
      id
      code
      status
      bureauId
      departmentId
      bureau {
        name
      }
      department {
        name
      }
      publishedVersion {
        id
        versionNo
      }
      versions {
        ...ItemVersionFields
      }
    }
    businessCategories {
      code
      name
    }
  }
`);

export const BusinessCategoriesDocument = graphql(`
  query BusinessCategories {
    businessCategories {
      code
      name
    }
  }
`);

export const CreateItemDocument = graphql(`
  mutation CreateItem($input: CreateItemInput!) {
    createItem(input: $input) {
      item {
        id
      }
    }
  }
`);

export const UpdateItemDraftDocument = graphql(`
  mutation UpdateItemDraft($input: UpdateItemDraftInput!) {
    updateItemDraft(input: $input) {
      item {
        id
      }
    }
  }
`);

export const ReviseItemDocument = graphql(`
  mutation ReviseItem($input: ReviseItemInput!) {
    reviseItem(input: $input) {
      item {
        id
      }
    }
  }
`);

export const SubmitItemDocument = graphql(`
  mutation SubmitItem($input: ItemVersionActionInput!) {
    submitItem(input: $input) {
      itemVersion {
        id
        status
      }
    }
  }
`);

export const WithdrawItemDraftDocument = graphql(`
  mutation WithdrawItemDraft($input: ItemVersionActionInput!) {
    withdrawItemDraft(input: $input) {
      itemVersion {
        id
        status
      }
    }
  }
`);

export const ReviewItemDocument = graphql(`
  mutation ReviewItem($input: ReviewItemInput!) {
    reviewItem(input: $input) {
      itemVersion {
        id
        status
      }
    }
  }
`);

export const PublishItemDocument = graphql(`
  mutation PublishItem($input: ItemVersionActionInput!) {
    publishItem(input: $input) {
      itemVersion {
        id
        status
      }
    }
  }
`);

export const RetireItemDocument = graphql(`
  mutation RetireItem($input: RetireItemInput!) {
    retireItem(input: $input) {
      item {
        id
        status
      }
    }
  }
`);
