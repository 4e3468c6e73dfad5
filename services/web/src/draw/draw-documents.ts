import { graphql } from '../gql';

/**
 * One page of the plans whose rounds a draw is committed for (filters in the URL). Page sizes keep
 * the API's complexity limit (5000): each plan's tasks and rounds are costed as ten each.
 */
export const DrawPlansDocument = graphql(`
  query DrawPlans($filter: PlanFilter, $after: String) {
    plans(first: 5, filter: $filter, after: $after) {
      totalCount
      pageInfo {
        endCursor
        hasNextPage
      }
      edges {
        node {
          id
          title
          year
          status
          bureauId
          bureau {
            name
          }
          tasks {
            id
            name
            ratioBp
            teamSize
            rounds {
              id
              roundNo
              windowStart
              windowEnd
            }
          }
        }
      }
    }
  }
`);

/** The draws of one plan (a plan has a few rounds, each a draw and perhaps redraws). */
export const PlanDrawsDocument = graphql(`
  query PlanDraws($planId: ID!) {
    draws(first: 100, filter: { planId: $planId }) {
      edges {
        node {
          id
          roundId
          status
          committedAt
          replacesDrawId
          noBeacon
          n
        }
      }
    }
  }
`);

export const DrawRoomDocument = graphql(`
  query DrawRoom($id: ID!) {
    draw(id: $id) {
      id
      algorithm
      status
      planId
      taskId
      roundId
      poolDigest
      commitment
      beaconSource
      beaconNote
      beacon
      noBeacon
      nonce
      resultDigest
      committedAt
      drawnAt
      n
      cycleNo
      cycleClosed
      targetCount
      eligibleInspectorCount
      replacesDrawId
      redrawReason
      selections {
        position
        targetId
        stratum
        cycle
        target {
          name
          uscc
          registeredAddress
        }
        inspectors {
          id
          name
          badgeNo
          department {
            name
          }
        }
      }
      exclusions {
        id
        kind
        name
        reasons
      }
      swapRequests {
        id
        status
        reason
        requestedAt
        decidedAt
        decisionReason
        approverRole
        poolDigest
        commitment
        target {
          name
        }
        removedInspector {
          name
          badgeNo
          department {
            name
          }
        }
      }
      swaps {
        id
        reason
        createdAt
        target {
          name
        }
        removedInspector {
          name
          badgeNo
        }
        addedInspector {
          name
          badgeNo
          department {
            name
          }
        }
      }
      dispatches {
        id
        departmentId
        targetCount
        dispatchedAt
        dueDate
        dueEstimated
        confirmedAt
        closedAt
        closedReason
      }
    }
  }
`);

/** The plan, task and round a draw belongs to, by name, and the task's departments (for the dispatches). */
export const DrawPlanDocument = graphql(`
  query DrawPlan($id: ID!) {
    plan(id: $id) {
      id
      title
      year
      tasks {
        id
        name
        departments {
          id
          name
        }
        rounds {
          id
          roundNo
          windowStart
          windowEnd
        }
      }
    }
  }
`);

/** A short-lived signed link to GET /draws/<id>/record.json (the file download of the record). */
export const DrawRecordLinkDocument = graphql(`
  query DrawRecordLink($path: String!) {
    downloadUrl(path: $path) {
      url
    }
  }
`);

export const DrawRecordDocument = graphql(`
  query DrawRecord($id: ID!) {
    drawRecord(id: $id)
  }
`);

export const CommitDrawDocument = graphql(`
  mutation CommitDraw($input: CommitDrawInput!) {
    commitDraw(input: $input) {
      draw {
        id
      }
    }
  }
`);

export const EnterDrawBeaconDocument = graphql(`
  mutation EnterDrawBeacon($input: EnterBeaconInput!) {
    enterDrawBeacon(input: $input) {
      draw {
        id
        beacon
      }
    }
  }
`);

export const RunDrawDocument = graphql(`
  mutation RunDraw($input: RunDrawInput!) {
    runDraw(input: $input) {
      draw {
        id
        status
      }
    }
  }
`);

export const RedrawDocument = graphql(`
  mutation Redraw($input: RedrawInput!) {
    redraw(input: $input) {
      draw {
        id
      }
    }
  }
`);

export const RequestDrawSwapDocument = graphql(`
  mutation RequestDrawSwap($input: RequestDrawSwapInput!) {
    requestDrawSwap(input: $input) {
      request {
        id
      }
    }
  }
`);

export const ApproveDrawSwapDocument = graphql(`
  mutation ApproveDrawSwap($input: ApproveDrawSwapInput!) {
    approveDrawSwap(input: $input) {
      swap {
        id
      }
    }
  }
`);

export const DeclineDrawSwapDocument = graphql(`
  mutation DeclineDrawSwap($input: DeclineDrawSwapInput!) {
    declineDrawSwap(input: $input) {
      request {
        id
      }
    }
  }
`);

export const ConfirmDrawDispatchDocument = graphql(`
  mutation ConfirmDrawDispatch($input: ConfirmDispatchInput!) {
    confirmDrawDispatch(input: $input) {
      dispatch {
        id
        confirmedAt
      }
    }
  }
`);

/** Whether the draw's commitment and result are published (issue 14): the publications of the draw. */
export const DrawPublicationsDocument = graphql(`
  query DrawPublications($subjectId: ID!) {
    publications(filter: { subjectId: $subjectId }) {
      id
      kind
      version
      status
      publishedAt
    }
  }
`);
