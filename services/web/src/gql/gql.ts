/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  mutation Logout {\n    logout {\n      ok\n    }\n  }\n": typeof types.LogoutDocument,
    "\n  query Viewer {\n    me {\n      user {\n        id\n        username\n        displayName\n        roles\n        bureau {\n          name\n        }\n        department {\n          name\n        }\n      }\n    }\n  }\n": typeof types.ViewerDocument,
    "\n  query DrawPlans {\n    plans(first: 6) {\n      edges {\n        node {\n          id\n          title\n          year\n          status\n          tasks {\n            id\n            name\n            ratioBp\n            teamSize\n            rounds {\n              id\n              roundNo\n              windowStart\n              windowEnd\n            }\n          }\n        }\n      }\n    }\n    draws(first: 50) {\n      edges {\n        node {\n          id\n          roundId\n          status\n          committedAt\n          replacesDrawId\n          noBeacon\n          n\n        }\n      }\n    }\n  }\n": typeof types.DrawPlansDocument,
    "\n  query DrawRoom($id: ID!) {\n    draw(id: $id) {\n      id\n      algorithm\n      status\n      planId\n      taskId\n      roundId\n      poolDigest\n      commitment\n      beaconSource\n      beaconNote\n      beacon\n      noBeacon\n      nonce\n      resultDigest\n      committedAt\n      drawnAt\n      n\n      cycleNo\n      cycleClosed\n      targetCount\n      eligibleInspectorCount\n      replacesDrawId\n      redrawReason\n      selections {\n        position\n        targetId\n        stratum\n        cycle\n        target {\n          name\n          uscc\n          registeredAddress\n        }\n        inspectors {\n          id\n          name\n          badgeNo\n          department {\n            name\n          }\n        }\n      }\n      exclusions {\n        id\n        kind\n        name\n        reasons\n      }\n      swapRequests {\n        id\n        status\n        reason\n        requestedAt\n        decidedAt\n        decisionReason\n        approverRole\n        poolDigest\n        commitment\n        target {\n          name\n        }\n        removedInspector {\n          name\n          badgeNo\n          department {\n            name\n          }\n        }\n      }\n      swaps {\n        id\n        reason\n        createdAt\n        target {\n          name\n        }\n        removedInspector {\n          name\n          badgeNo\n        }\n        addedInspector {\n          name\n          badgeNo\n          department {\n            name\n          }\n        }\n      }\n      dispatches {\n        id\n        departmentId\n        targetCount\n        dispatchedAt\n        dueDate\n        dueEstimated\n        confirmedAt\n        closedAt\n        closedReason\n      }\n    }\n  }\n": typeof types.DrawRoomDocument,
    "\n  query DrawPlan($id: ID!) {\n    plan(id: $id) {\n      id\n      title\n      year\n      tasks {\n        id\n        name\n        departments {\n          id\n          name\n        }\n        rounds {\n          id\n          roundNo\n          windowStart\n          windowEnd\n        }\n      }\n    }\n  }\n": typeof types.DrawPlanDocument,
    "\n  query DrawRecordLink($path: String!) {\n    downloadUrl(path: $path) {\n      url\n    }\n  }\n": typeof types.DrawRecordLinkDocument,
    "\n  query DrawRecord($id: ID!) {\n    drawRecord(id: $id)\n  }\n": typeof types.DrawRecordDocument,
    "\n  mutation CommitDraw($input: CommitDrawInput!) {\n    commitDraw(input: $input) {\n      draw {\n        id\n      }\n    }\n  }\n": typeof types.CommitDrawDocument,
    "\n  mutation EnterDrawBeacon($input: EnterBeaconInput!) {\n    enterDrawBeacon(input: $input) {\n      draw {\n        id\n        beacon\n      }\n    }\n  }\n": typeof types.EnterDrawBeaconDocument,
    "\n  mutation RunDraw($input: RunDrawInput!) {\n    runDraw(input: $input) {\n      draw {\n        id\n        status\n      }\n    }\n  }\n": typeof types.RunDrawDocument,
    "\n  mutation Redraw($input: RedrawInput!) {\n    redraw(input: $input) {\n      draw {\n        id\n      }\n    }\n  }\n": typeof types.RedrawDocument,
    "\n  mutation RequestDrawSwap($input: RequestDrawSwapInput!) {\n    requestDrawSwap(input: $input) {\n      request {\n        id\n      }\n    }\n  }\n": typeof types.RequestDrawSwapDocument,
    "\n  mutation ApproveDrawSwap($input: ApproveDrawSwapInput!) {\n    approveDrawSwap(input: $input) {\n      swap {\n        id\n      }\n    }\n  }\n": typeof types.ApproveDrawSwapDocument,
    "\n  mutation DeclineDrawSwap($input: DeclineDrawSwapInput!) {\n    declineDrawSwap(input: $input) {\n      request {\n        id\n      }\n    }\n  }\n": typeof types.DeclineDrawSwapDocument,
    "\n  mutation ConfirmDrawDispatch($input: ConfirmDispatchInput!) {\n    confirmDrawDispatch(input: $input) {\n      dispatch {\n        id\n        confirmedAt\n      }\n    }\n  }\n": typeof types.ConfirmDrawDispatchDocument,
    "\n  query InspectionPage($id: ID!) {\n    inspection(id: $id) {\n      id\n      status\n      kind\n      windowStart\n      windowEnd\n      scheduledOn\n      reportDue\n      target {\n        name\n        registeredAddress\n      }\n      leadDepartment {\n        name\n      }\n      itemVersions {\n        id\n        name\n        versionNo\n      }\n      members {\n        id\n        leftAt\n        inspector {\n          name\n          badgeNo\n          department {\n            name\n          }\n        }\n      }\n    }\n  }\n": typeof types.InspectionPageDocument,
    "\n  query MyInspections {\n    myInspections(first: 100) {\n      totalCount\n      edges {\n        node {\n          id\n          status\n          windowStart\n          windowEnd\n          scheduledOn\n          target {\n            name\n          }\n          leadDepartment {\n            name\n          }\n        }\n      }\n    }\n  }\n": typeof types.MyInspectionsDocument,
    "\n  mutation Login($input: LoginInput!) {\n    login(input: $input) {\n      expiresAt\n    }\n  }\n": typeof types.LoginDocument,
    "\n  query TodoFilingQueue {\n    planFilingQueue(first: 1) {\n      totalCount\n    }\n  }\n": typeof types.TodoFilingQueueDocument,
    "\n  query TodoDispatches {\n    pendingDrawDispatches {\n      id\n      dueDate\n    }\n  }\n": typeof types.TodoDispatchesDocument,
    "\n  query TodoReportsDue {\n    due: inspectionReportsDue(first: 1) {\n      totalCount\n    }\n    overdue: inspectionReportsDue(first: 1, overdue: true) {\n      totalCount\n    }\n  }\n": typeof types.TodoReportsDueDocument,
    "\n  query TodoMyInspections {\n    myInspections(first: 1) {\n      totalCount\n    }\n  }\n": typeof types.TodoMyInspectionsDocument,
};
const documents: Documents = {
    "\n  mutation Logout {\n    logout {\n      ok\n    }\n  }\n": types.LogoutDocument,
    "\n  query Viewer {\n    me {\n      user {\n        id\n        username\n        displayName\n        roles\n        bureau {\n          name\n        }\n        department {\n          name\n        }\n      }\n    }\n  }\n": types.ViewerDocument,
    "\n  query DrawPlans {\n    plans(first: 6) {\n      edges {\n        node {\n          id\n          title\n          year\n          status\n          tasks {\n            id\n            name\n            ratioBp\n            teamSize\n            rounds {\n              id\n              roundNo\n              windowStart\n              windowEnd\n            }\n          }\n        }\n      }\n    }\n    draws(first: 50) {\n      edges {\n        node {\n          id\n          roundId\n          status\n          committedAt\n          replacesDrawId\n          noBeacon\n          n\n        }\n      }\n    }\n  }\n": types.DrawPlansDocument,
    "\n  query DrawRoom($id: ID!) {\n    draw(id: $id) {\n      id\n      algorithm\n      status\n      planId\n      taskId\n      roundId\n      poolDigest\n      commitment\n      beaconSource\n      beaconNote\n      beacon\n      noBeacon\n      nonce\n      resultDigest\n      committedAt\n      drawnAt\n      n\n      cycleNo\n      cycleClosed\n      targetCount\n      eligibleInspectorCount\n      replacesDrawId\n      redrawReason\n      selections {\n        position\n        targetId\n        stratum\n        cycle\n        target {\n          name\n          uscc\n          registeredAddress\n        }\n        inspectors {\n          id\n          name\n          badgeNo\n          department {\n            name\n          }\n        }\n      }\n      exclusions {\n        id\n        kind\n        name\n        reasons\n      }\n      swapRequests {\n        id\n        status\n        reason\n        requestedAt\n        decidedAt\n        decisionReason\n        approverRole\n        poolDigest\n        commitment\n        target {\n          name\n        }\n        removedInspector {\n          name\n          badgeNo\n          department {\n            name\n          }\n        }\n      }\n      swaps {\n        id\n        reason\n        createdAt\n        target {\n          name\n        }\n        removedInspector {\n          name\n          badgeNo\n        }\n        addedInspector {\n          name\n          badgeNo\n          department {\n            name\n          }\n        }\n      }\n      dispatches {\n        id\n        departmentId\n        targetCount\n        dispatchedAt\n        dueDate\n        dueEstimated\n        confirmedAt\n        closedAt\n        closedReason\n      }\n    }\n  }\n": types.DrawRoomDocument,
    "\n  query DrawPlan($id: ID!) {\n    plan(id: $id) {\n      id\n      title\n      year\n      tasks {\n        id\n        name\n        departments {\n          id\n          name\n        }\n        rounds {\n          id\n          roundNo\n          windowStart\n          windowEnd\n        }\n      }\n    }\n  }\n": types.DrawPlanDocument,
    "\n  query DrawRecordLink($path: String!) {\n    downloadUrl(path: $path) {\n      url\n    }\n  }\n": types.DrawRecordLinkDocument,
    "\n  query DrawRecord($id: ID!) {\n    drawRecord(id: $id)\n  }\n": types.DrawRecordDocument,
    "\n  mutation CommitDraw($input: CommitDrawInput!) {\n    commitDraw(input: $input) {\n      draw {\n        id\n      }\n    }\n  }\n": types.CommitDrawDocument,
    "\n  mutation EnterDrawBeacon($input: EnterBeaconInput!) {\n    enterDrawBeacon(input: $input) {\n      draw {\n        id\n        beacon\n      }\n    }\n  }\n": types.EnterDrawBeaconDocument,
    "\n  mutation RunDraw($input: RunDrawInput!) {\n    runDraw(input: $input) {\n      draw {\n        id\n        status\n      }\n    }\n  }\n": types.RunDrawDocument,
    "\n  mutation Redraw($input: RedrawInput!) {\n    redraw(input: $input) {\n      draw {\n        id\n      }\n    }\n  }\n": types.RedrawDocument,
    "\n  mutation RequestDrawSwap($input: RequestDrawSwapInput!) {\n    requestDrawSwap(input: $input) {\n      request {\n        id\n      }\n    }\n  }\n": types.RequestDrawSwapDocument,
    "\n  mutation ApproveDrawSwap($input: ApproveDrawSwapInput!) {\n    approveDrawSwap(input: $input) {\n      swap {\n        id\n      }\n    }\n  }\n": types.ApproveDrawSwapDocument,
    "\n  mutation DeclineDrawSwap($input: DeclineDrawSwapInput!) {\n    declineDrawSwap(input: $input) {\n      request {\n        id\n      }\n    }\n  }\n": types.DeclineDrawSwapDocument,
    "\n  mutation ConfirmDrawDispatch($input: ConfirmDispatchInput!) {\n    confirmDrawDispatch(input: $input) {\n      dispatch {\n        id\n        confirmedAt\n      }\n    }\n  }\n": types.ConfirmDrawDispatchDocument,
    "\n  query InspectionPage($id: ID!) {\n    inspection(id: $id) {\n      id\n      status\n      kind\n      windowStart\n      windowEnd\n      scheduledOn\n      reportDue\n      target {\n        name\n        registeredAddress\n      }\n      leadDepartment {\n        name\n      }\n      itemVersions {\n        id\n        name\n        versionNo\n      }\n      members {\n        id\n        leftAt\n        inspector {\n          name\n          badgeNo\n          department {\n            name\n          }\n        }\n      }\n    }\n  }\n": types.InspectionPageDocument,
    "\n  query MyInspections {\n    myInspections(first: 100) {\n      totalCount\n      edges {\n        node {\n          id\n          status\n          windowStart\n          windowEnd\n          scheduledOn\n          target {\n            name\n          }\n          leadDepartment {\n            name\n          }\n        }\n      }\n    }\n  }\n": types.MyInspectionsDocument,
    "\n  mutation Login($input: LoginInput!) {\n    login(input: $input) {\n      expiresAt\n    }\n  }\n": types.LoginDocument,
    "\n  query TodoFilingQueue {\n    planFilingQueue(first: 1) {\n      totalCount\n    }\n  }\n": types.TodoFilingQueueDocument,
    "\n  query TodoDispatches {\n    pendingDrawDispatches {\n      id\n      dueDate\n    }\n  }\n": types.TodoDispatchesDocument,
    "\n  query TodoReportsDue {\n    due: inspectionReportsDue(first: 1) {\n      totalCount\n    }\n    overdue: inspectionReportsDue(first: 1, overdue: true) {\n      totalCount\n    }\n  }\n": types.TodoReportsDueDocument,
    "\n  query TodoMyInspections {\n    myInspections(first: 1) {\n      totalCount\n    }\n  }\n": types.TodoMyInspectionsDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Logout {\n    logout {\n      ok\n    }\n  }\n"): (typeof documents)["\n  mutation Logout {\n    logout {\n      ok\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Viewer {\n    me {\n      user {\n        id\n        username\n        displayName\n        roles\n        bureau {\n          name\n        }\n        department {\n          name\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query Viewer {\n    me {\n      user {\n        id\n        username\n        displayName\n        roles\n        bureau {\n          name\n        }\n        department {\n          name\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DrawPlans {\n    plans(first: 6) {\n      edges {\n        node {\n          id\n          title\n          year\n          status\n          tasks {\n            id\n            name\n            ratioBp\n            teamSize\n            rounds {\n              id\n              roundNo\n              windowStart\n              windowEnd\n            }\n          }\n        }\n      }\n    }\n    draws(first: 50) {\n      edges {\n        node {\n          id\n          roundId\n          status\n          committedAt\n          replacesDrawId\n          noBeacon\n          n\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query DrawPlans {\n    plans(first: 6) {\n      edges {\n        node {\n          id\n          title\n          year\n          status\n          tasks {\n            id\n            name\n            ratioBp\n            teamSize\n            rounds {\n              id\n              roundNo\n              windowStart\n              windowEnd\n            }\n          }\n        }\n      }\n    }\n    draws(first: 50) {\n      edges {\n        node {\n          id\n          roundId\n          status\n          committedAt\n          replacesDrawId\n          noBeacon\n          n\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DrawRoom($id: ID!) {\n    draw(id: $id) {\n      id\n      algorithm\n      status\n      planId\n      taskId\n      roundId\n      poolDigest\n      commitment\n      beaconSource\n      beaconNote\n      beacon\n      noBeacon\n      nonce\n      resultDigest\n      committedAt\n      drawnAt\n      n\n      cycleNo\n      cycleClosed\n      targetCount\n      eligibleInspectorCount\n      replacesDrawId\n      redrawReason\n      selections {\n        position\n        targetId\n        stratum\n        cycle\n        target {\n          name\n          uscc\n          registeredAddress\n        }\n        inspectors {\n          id\n          name\n          badgeNo\n          department {\n            name\n          }\n        }\n      }\n      exclusions {\n        id\n        kind\n        name\n        reasons\n      }\n      swapRequests {\n        id\n        status\n        reason\n        requestedAt\n        decidedAt\n        decisionReason\n        approverRole\n        poolDigest\n        commitment\n        target {\n          name\n        }\n        removedInspector {\n          name\n          badgeNo\n          department {\n            name\n          }\n        }\n      }\n      swaps {\n        id\n        reason\n        createdAt\n        target {\n          name\n        }\n        removedInspector {\n          name\n          badgeNo\n        }\n        addedInspector {\n          name\n          badgeNo\n          department {\n            name\n          }\n        }\n      }\n      dispatches {\n        id\n        departmentId\n        targetCount\n        dispatchedAt\n        dueDate\n        dueEstimated\n        confirmedAt\n        closedAt\n        closedReason\n      }\n    }\n  }\n"): (typeof documents)["\n  query DrawRoom($id: ID!) {\n    draw(id: $id) {\n      id\n      algorithm\n      status\n      planId\n      taskId\n      roundId\n      poolDigest\n      commitment\n      beaconSource\n      beaconNote\n      beacon\n      noBeacon\n      nonce\n      resultDigest\n      committedAt\n      drawnAt\n      n\n      cycleNo\n      cycleClosed\n      targetCount\n      eligibleInspectorCount\n      replacesDrawId\n      redrawReason\n      selections {\n        position\n        targetId\n        stratum\n        cycle\n        target {\n          name\n          uscc\n          registeredAddress\n        }\n        inspectors {\n          id\n          name\n          badgeNo\n          department {\n            name\n          }\n        }\n      }\n      exclusions {\n        id\n        kind\n        name\n        reasons\n      }\n      swapRequests {\n        id\n        status\n        reason\n        requestedAt\n        decidedAt\n        decisionReason\n        approverRole\n        poolDigest\n        commitment\n        target {\n          name\n        }\n        removedInspector {\n          name\n          badgeNo\n          department {\n            name\n          }\n        }\n      }\n      swaps {\n        id\n        reason\n        createdAt\n        target {\n          name\n        }\n        removedInspector {\n          name\n          badgeNo\n        }\n        addedInspector {\n          name\n          badgeNo\n          department {\n            name\n          }\n        }\n      }\n      dispatches {\n        id\n        departmentId\n        targetCount\n        dispatchedAt\n        dueDate\n        dueEstimated\n        confirmedAt\n        closedAt\n        closedReason\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DrawPlan($id: ID!) {\n    plan(id: $id) {\n      id\n      title\n      year\n      tasks {\n        id\n        name\n        departments {\n          id\n          name\n        }\n        rounds {\n          id\n          roundNo\n          windowStart\n          windowEnd\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query DrawPlan($id: ID!) {\n    plan(id: $id) {\n      id\n      title\n      year\n      tasks {\n        id\n        name\n        departments {\n          id\n          name\n        }\n        rounds {\n          id\n          roundNo\n          windowStart\n          windowEnd\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DrawRecordLink($path: String!) {\n    downloadUrl(path: $path) {\n      url\n    }\n  }\n"): (typeof documents)["\n  query DrawRecordLink($path: String!) {\n    downloadUrl(path: $path) {\n      url\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DrawRecord($id: ID!) {\n    drawRecord(id: $id)\n  }\n"): (typeof documents)["\n  query DrawRecord($id: ID!) {\n    drawRecord(id: $id)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CommitDraw($input: CommitDrawInput!) {\n    commitDraw(input: $input) {\n      draw {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation CommitDraw($input: CommitDrawInput!) {\n    commitDraw(input: $input) {\n      draw {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EnterDrawBeacon($input: EnterBeaconInput!) {\n    enterDrawBeacon(input: $input) {\n      draw {\n        id\n        beacon\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation EnterDrawBeacon($input: EnterBeaconInput!) {\n    enterDrawBeacon(input: $input) {\n      draw {\n        id\n        beacon\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RunDraw($input: RunDrawInput!) {\n    runDraw(input: $input) {\n      draw {\n        id\n        status\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation RunDraw($input: RunDrawInput!) {\n    runDraw(input: $input) {\n      draw {\n        id\n        status\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Redraw($input: RedrawInput!) {\n    redraw(input: $input) {\n      draw {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation Redraw($input: RedrawInput!) {\n    redraw(input: $input) {\n      draw {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RequestDrawSwap($input: RequestDrawSwapInput!) {\n    requestDrawSwap(input: $input) {\n      request {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation RequestDrawSwap($input: RequestDrawSwapInput!) {\n    requestDrawSwap(input: $input) {\n      request {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ApproveDrawSwap($input: ApproveDrawSwapInput!) {\n    approveDrawSwap(input: $input) {\n      swap {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ApproveDrawSwap($input: ApproveDrawSwapInput!) {\n    approveDrawSwap(input: $input) {\n      swap {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeclineDrawSwap($input: DeclineDrawSwapInput!) {\n    declineDrawSwap(input: $input) {\n      request {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation DeclineDrawSwap($input: DeclineDrawSwapInput!) {\n    declineDrawSwap(input: $input) {\n      request {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConfirmDrawDispatch($input: ConfirmDispatchInput!) {\n    confirmDrawDispatch(input: $input) {\n      dispatch {\n        id\n        confirmedAt\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ConfirmDrawDispatch($input: ConfirmDispatchInput!) {\n    confirmDrawDispatch(input: $input) {\n      dispatch {\n        id\n        confirmedAt\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query InspectionPage($id: ID!) {\n    inspection(id: $id) {\n      id\n      status\n      kind\n      windowStart\n      windowEnd\n      scheduledOn\n      reportDue\n      target {\n        name\n        registeredAddress\n      }\n      leadDepartment {\n        name\n      }\n      itemVersions {\n        id\n        name\n        versionNo\n      }\n      members {\n        id\n        leftAt\n        inspector {\n          name\n          badgeNo\n          department {\n            name\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query InspectionPage($id: ID!) {\n    inspection(id: $id) {\n      id\n      status\n      kind\n      windowStart\n      windowEnd\n      scheduledOn\n      reportDue\n      target {\n        name\n        registeredAddress\n      }\n      leadDepartment {\n        name\n      }\n      itemVersions {\n        id\n        name\n        versionNo\n      }\n      members {\n        id\n        leftAt\n        inspector {\n          name\n          badgeNo\n          department {\n            name\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyInspections {\n    myInspections(first: 100) {\n      totalCount\n      edges {\n        node {\n          id\n          status\n          windowStart\n          windowEnd\n          scheduledOn\n          target {\n            name\n          }\n          leadDepartment {\n            name\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query MyInspections {\n    myInspections(first: 100) {\n      totalCount\n      edges {\n        node {\n          id\n          status\n          windowStart\n          windowEnd\n          scheduledOn\n          target {\n            name\n          }\n          leadDepartment {\n            name\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Login($input: LoginInput!) {\n    login(input: $input) {\n      expiresAt\n    }\n  }\n"): (typeof documents)["\n  mutation Login($input: LoginInput!) {\n    login(input: $input) {\n      expiresAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TodoFilingQueue {\n    planFilingQueue(first: 1) {\n      totalCount\n    }\n  }\n"): (typeof documents)["\n  query TodoFilingQueue {\n    planFilingQueue(first: 1) {\n      totalCount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TodoDispatches {\n    pendingDrawDispatches {\n      id\n      dueDate\n    }\n  }\n"): (typeof documents)["\n  query TodoDispatches {\n    pendingDrawDispatches {\n      id\n      dueDate\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TodoReportsDue {\n    due: inspectionReportsDue(first: 1) {\n      totalCount\n    }\n    overdue: inspectionReportsDue(first: 1, overdue: true) {\n      totalCount\n    }\n  }\n"): (typeof documents)["\n  query TodoReportsDue {\n    due: inspectionReportsDue(first: 1) {\n      totalCount\n    }\n    overdue: inspectionReportsDue(first: 1, overdue: true) {\n      totalCount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TodoMyInspections {\n    myInspections(first: 1) {\n      totalCount\n    }\n  }\n"): (typeof documents)["\n  query TodoMyInspections {\n    myInspections(first: 1) {\n      totalCount\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;