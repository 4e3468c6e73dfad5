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
    "\n  fragment AdminUserFields on User {\n    id\n    username\n    displayName\n    roles\n    active\n    version\n    department {\n      id\n      name\n    }\n  }\n": typeof types.AdminUserFieldsFragmentDoc,
    "\n  query AdminUsers($filter: UserFilter, $after: String) {\n    users(first: 20, filter: $filter, after: $after) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      edges {\n        node {\n          ...AdminUserFields\n        }\n      }\n    }\n  }\n": typeof types.AdminUsersDocument,
    "\n  mutation AdminCreateUser($input: CreateUserInput!) {\n    createUser(input: $input) {\n      user {\n        ...AdminUserFields\n      }\n    }\n  }\n": typeof types.AdminCreateUserDocument,
    "\n  mutation AdminUpdateUser($input: UpdateUserInput!) {\n    updateUser(input: $input) {\n      user {\n        ...AdminUserFields\n      }\n    }\n  }\n": typeof types.AdminUpdateUserDocument,
    "\n  mutation AdminResetUserPassword($input: ResetUserPasswordInput!) {\n    resetUserPassword(input: $input) {\n      user {\n        id\n      }\n    }\n  }\n": typeof types.AdminResetUserPasswordDocument,
    "\n  fragment AdminDepartmentFields on Department {\n    id\n    code\n    name\n    kind\n    active\n    version\n  }\n": typeof types.AdminDepartmentFieldsFragmentDoc,
    "\n  query AdminDepartments($filter: DepartmentFilter, $after: String) {\n    departments(first: 20, filter: $filter, after: $after) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      edges {\n        node {\n          ...AdminDepartmentFields\n        }\n      }\n    }\n  }\n": typeof types.AdminDepartmentsDocument,
    "\n  mutation AdminCreateDepartment($input: CreateDepartmentInput!) {\n    createDepartment(input: $input) {\n      department {\n        ...AdminDepartmentFields\n      }\n    }\n  }\n": typeof types.AdminCreateDepartmentDocument,
    "\n  mutation AdminUpdateDepartment($input: UpdateDepartmentInput!) {\n    updateDepartment(input: $input) {\n      department {\n        ...AdminDepartmentFields\n      }\n    }\n  }\n": typeof types.AdminUpdateDepartmentDocument,
    "\n  fragment AdminSettingsFields on BureauSettings {\n    minimumRatioBp\n    jointMinimumRatioBp\n    allowDrawFromFiledPlan\n    minTeamSize\n    minTeamDepartments\n    crossRegionDrawing\n    reportDueWorkingDays\n    documentMark\n    noticeIssuerRole\n    noticeRemedyStatement\n    version\n  }\n": typeof types.AdminSettingsFieldsFragmentDoc,
    "\n  query AdminBureauSettings {\n    bureauSettings {\n      ...AdminSettingsFields\n    }\n  }\n": typeof types.AdminBureauSettingsDocument,
    "\n  mutation AdminUpdateBureauSettings($input: UpdateBureauSettingsInput!) {\n    updateBureauSettings(input: $input) {\n      settings {\n        ...AdminSettingsFields\n      }\n    }\n  }\n": typeof types.AdminUpdateBureauSettingsDocument,
    "\n  query AdminHolidaySchedule($year: Int!) {\n    holidaySchedule(year: $year) {\n      year\n      source\n      loadedAt\n      days {\n        date\n        kind\n        name\n      }\n    }\n  }\n": typeof types.AdminHolidayScheduleDocument,
    "\n  mutation AdminLoadHolidaySchedule($input: LoadHolidayScheduleInput!) {\n    loadHolidaySchedule(input: $input) {\n      schedule {\n        year\n        source\n        loadedAt\n        days {\n          date\n          kind\n          name\n        }\n      }\n    }\n  }\n": typeof types.AdminLoadHolidayScheduleDocument,
    "\n  mutation ChangeOwnPassword($input: ChangePasswordInput!) {\n    changePassword(input: $input) {\n      ok\n    }\n  }\n": typeof types.ChangeOwnPasswordDocument,
    "\n  query AuditEntries($filter: AuditEntryFilter, $after: String) {\n    auditEntries(first: 20, filter: $filter, after: $after) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      edges {\n        node {\n          id\n          seq\n          at\n          actorName\n          bureauId\n          operation\n          objectType\n          objectId\n          before\n          after\n          hash\n        }\n      }\n    }\n  }\n": typeof types.AuditEntriesDocument,
    "\n  query AuditBureaus {\n    bureaus(first: 100) {\n      edges {\n        node {\n          id\n          name\n          path\n        }\n      }\n    }\n  }\n": typeof types.AuditBureausDocument,
    "\n  query AuditSigningKeyInfo {\n    auditSigningKey {\n      algorithm\n      keyId\n      publicKey\n      publicKeyPem\n    }\n  }\n": typeof types.AuditSigningKeyInfoDocument,
    "\n  mutation StartAuditVerification($full: Boolean!) {\n    startAuditVerification(full: $full) {\n      id\n      state\n    }\n  }\n": typeof types.StartAuditVerificationDocument,
    "\n  query AuditJob($id: ID!) {\n    job(id: $id) {\n      id\n      kind\n      state\n      progress\n      total\n      createdAt\n      startedAt\n      finishedAt\n      result\n      errors {\n        attempt\n        code\n        message\n      }\n    }\n  }\n": typeof types.AuditJobDocument,
    "\n  mutation CancelAuditJob($id: ID!) {\n    cancelJob(id: $id) {\n      id\n      state\n    }\n  }\n": typeof types.CancelAuditJobDocument,
    "\n  query AuditViewerBureau {\n    me {\n      user {\n        id\n        bureau {\n          id\n          level\n        }\n      }\n    }\n  }\n": typeof types.AuditViewerBureauDocument,
    "\n  query ItemList($filter: ItemFilter, $after: String) {\n    inspectionItems(first: 20, filter: $filter, after: $after) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      edges {\n        node {\n          id\n          code\n          status\n          latestVersionNo\n          bureau {\n            name\n          }\n          department {\n            name\n          }\n          publishedVersion {\n            id\n            versionNo\n          }\n          versions {\n            id\n            versionNo\n            status\n            name\n            submittedAt\n          }\n        }\n      }\n    }\n  }\n": typeof types.ItemListDocument,
    "\n  fragment ItemVersionFields on InspectionItemVersion {\n    id\n    version\n    versionNo\n    status\n    name\n    departmentId\n    department {\n      name\n    }\n    targetType\n    category\n    samplingRatioBp\n    frequencyPerYear\n    frequencyRules {\n      grade\n      level\n      times\n      per\n      minimumRatioBp\n    }\n    methods\n    legalBasis {\n      law\n      articles\n    }\n    checkContents {\n      no\n      text\n    }\n    businessCategories\n    requiredSkills\n    crossAgencyJoint\n    retentionYears\n    notes\n    createdAt\n    submittedAt\n    reviewedAt\n    reviewComment\n    reviewer {\n      displayName\n    }\n    publishedAt\n    retiredAt\n  }\n": typeof types.ItemVersionFieldsFragmentDoc,
    "\n  query Item($id: ID!) {\n    inspectionItem(id: $id) {\n      id\n      code\n      status\n      bureauId\n      departmentId\n      bureau {\n        name\n      }\n      department {\n        name\n      }\n      publishedVersion {\n        id\n        versionNo\n      }\n      versions {\n        ...ItemVersionFields\n      }\n    }\n    businessCategories {\n      code\n      name\n    }\n  }\n": typeof types.ItemDocument,
    "\n  query BusinessCategories {\n    businessCategories {\n      code\n      name\n    }\n  }\n": typeof types.BusinessCategoriesDocument,
    "\n  mutation CreateItem($input: CreateItemInput!) {\n    createItem(input: $input) {\n      item {\n        id\n      }\n    }\n  }\n": typeof types.CreateItemDocument,
    "\n  mutation UpdateItemDraft($input: UpdateItemDraftInput!) {\n    updateItemDraft(input: $input) {\n      item {\n        id\n      }\n    }\n  }\n": typeof types.UpdateItemDraftDocument,
    "\n  mutation ReviseItem($input: ReviseItemInput!) {\n    reviseItem(input: $input) {\n      item {\n        id\n      }\n    }\n  }\n": typeof types.ReviseItemDocument,
    "\n  mutation SubmitItem($input: ItemVersionActionInput!) {\n    submitItem(input: $input) {\n      itemVersion {\n        id\n        status\n      }\n    }\n  }\n": typeof types.SubmitItemDocument,
    "\n  mutation WithdrawItemDraft($input: ItemVersionActionInput!) {\n    withdrawItemDraft(input: $input) {\n      itemVersion {\n        id\n        status\n      }\n    }\n  }\n": typeof types.WithdrawItemDraftDocument,
    "\n  mutation ReviewItem($input: ReviewItemInput!) {\n    reviewItem(input: $input) {\n      itemVersion {\n        id\n        status\n      }\n    }\n  }\n": typeof types.ReviewItemDocument,
    "\n  mutation PublishItem($input: ItemVersionActionInput!) {\n    publishItem(input: $input) {\n      itemVersion {\n        id\n        status\n      }\n    }\n  }\n": typeof types.PublishItemDocument,
    "\n  mutation RetireItem($input: RetireItemInput!) {\n    retireItem(input: $input) {\n      item {\n        id\n        status\n      }\n    }\n  }\n": typeof types.RetireItemDocument,
    "\n  mutation Logout {\n    logout {\n      ok\n    }\n  }\n": typeof types.LogoutDocument,
    "\n  query MyBureau {\n    me {\n      user {\n        id\n        department {\n          id\n        }\n        bureau {\n          id\n          name\n          parent {\n            id\n            name\n          }\n          departments {\n            id\n            name\n            kind\n            active\n          }\n        }\n      }\n    }\n  }\n": typeof types.MyBureauDocument,
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
    "\n  query PlanList($filter: PlanFilter, $after: String) {\n    plans(first: 20, filter: $filter, after: $after) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      edges {\n        node {\n          id\n          title\n          year\n          kind\n          status\n          filingCount\n          updatedAt\n          bureau {\n            name\n          }\n          department {\n            name\n          }\n          warnings {\n            code\n          }\n        }\n      }\n    }\n  }\n": typeof types.PlanListDocument,
    "\n  fragment WarningFields on PlanWarning {\n    code\n    message\n    taskName\n    planned\n    required\n    grade\n  }\n": typeof types.WarningFieldsFragmentDoc,
    "\n  fragment FilingFields on PlanFiling {\n    id\n    filingNo\n    filedAt\n    filedToBureauId\n    filedTo {\n      name\n    }\n    filer {\n      displayName\n    }\n    decision\n    decidedAt\n    decider {\n      displayName\n    }\n    comment\n    content\n    warnings {\n      ...WarningFields\n    }\n  }\n": typeof types.FilingFieldsFragmentDoc,
    "\n  query PlanDetail($id: ID!) {\n    plan(id: $id) {\n      id\n      title\n      year\n      kind\n      status\n      version\n      bureauId\n      departmentId\n      bureau {\n        id\n        name\n        parent {\n          id\n          name\n        }\n        departments {\n          id\n          name\n        }\n      }\n      department {\n        name\n      }\n      warnings {\n        ...WarningFields\n      }\n      tasks {\n        id\n        version\n        name\n        ratioBp\n        timesPerYear\n        teamSize\n        joint\n        regionCodes\n        businessCategories\n        grades\n        requiredSkills\n        externalAgencies\n        departmentIds\n        itemVersionIds\n        departments {\n          name\n        }\n        itemVersions {\n          id\n          name\n          versionNo\n        }\n        rounds {\n          id\n          roundNo\n          windowStart\n          windowEnd\n        }\n      }\n      filings {\n        ...FilingFields\n      }\n    }\n  }\n": typeof types.PlanDetailDocument,
    "\n  query PublishedItems {\n    inspectionItems(first: 100, filter: { status: PUBLISHED }) {\n      edges {\n        node {\n          id\n          bureau {\n            name\n          }\n          publishedVersion {\n            id\n            name\n            versionNo\n            samplingRatioBp\n            frequencyPerYear\n          }\n        }\n      }\n    }\n    businessCategories {\n      code\n      name\n    }\n  }\n": typeof types.PublishedItemsDocument,
    "\n  mutation CreatePlanForm($input: CreatePlanInput!) {\n    createPlan(input: $input) {\n      plan {\n        id\n      }\n    }\n  }\n": typeof types.CreatePlanFormDocument,
    "\n  mutation AddPlanTaskForm($input: AddPlanTaskInput!) {\n    addPlanTask(input: $input) {\n      task {\n        id\n      }\n    }\n  }\n": typeof types.AddPlanTaskFormDocument,
    "\n  mutation UpdatePlanTaskForm($input: UpdatePlanTaskInput!) {\n    updatePlanTask(input: $input) {\n      task {\n        id\n      }\n    }\n  }\n": typeof types.UpdatePlanTaskFormDocument,
    "\n  mutation AddPlanRoundForm($input: AddPlanRoundInput!) {\n    addPlanRound(input: $input) {\n      round {\n        id\n      }\n    }\n  }\n": typeof types.AddPlanRoundFormDocument,
    "\n  mutation FilePlanForm($input: FilePlanInput!) {\n    filePlan(input: $input) {\n      plan {\n        id\n        status\n      }\n    }\n  }\n": typeof types.FilePlanFormDocument,
    "\n  mutation AcknowledgeFiling($input: AcknowledgePlanFilingInput!) {\n    acknowledgePlanFiling(input: $input) {\n      plan {\n        id\n        status\n      }\n    }\n  }\n": typeof types.AcknowledgeFilingDocument,
    "\n  mutation ReturnFiling($input: ReturnPlanFilingInput!) {\n    returnPlanFiling(input: $input) {\n      plan {\n        id\n        status\n      }\n    }\n  }\n": typeof types.ReturnFilingDocument,
    "\n  query FilingQueue($filter: PlanFilingQueueFilter, $after: String) {\n    planFilingQueue(first: 20, filter: $filter, after: $after) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      edges {\n        node {\n          id\n          planId\n          filingNo\n          year\n          kind\n          filedAt\n          decision\n          bureau {\n            name\n          }\n          filer {\n            displayName\n          }\n          plan {\n            title\n          }\n          warnings {\n            code\n          }\n        }\n      }\n    }\n  }\n": typeof types.FilingQueueDocument,
    "\n  query TodoFilingQueue {\n    planFilingQueue(first: 1) {\n      totalCount\n    }\n  }\n": typeof types.TodoFilingQueueDocument,
    "\n  query TodoDispatches {\n    pendingDrawDispatches {\n      id\n      dueDate\n    }\n  }\n": typeof types.TodoDispatchesDocument,
    "\n  query TodoReportsDue {\n    due: inspectionReportsDue(first: 1) {\n      totalCount\n    }\n    overdue: inspectionReportsDue(first: 1, overdue: true) {\n      totalCount\n    }\n  }\n": typeof types.TodoReportsDueDocument,
    "\n  query TodoMyInspections {\n    myInspections(first: 1) {\n      totalCount\n    }\n  }\n": typeof types.TodoMyInspectionsDocument,
};
const documents: Documents = {
    "\n  fragment AdminUserFields on User {\n    id\n    username\n    displayName\n    roles\n    active\n    version\n    department {\n      id\n      name\n    }\n  }\n": types.AdminUserFieldsFragmentDoc,
    "\n  query AdminUsers($filter: UserFilter, $after: String) {\n    users(first: 20, filter: $filter, after: $after) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      edges {\n        node {\n          ...AdminUserFields\n        }\n      }\n    }\n  }\n": types.AdminUsersDocument,
    "\n  mutation AdminCreateUser($input: CreateUserInput!) {\n    createUser(input: $input) {\n      user {\n        ...AdminUserFields\n      }\n    }\n  }\n": types.AdminCreateUserDocument,
    "\n  mutation AdminUpdateUser($input: UpdateUserInput!) {\n    updateUser(input: $input) {\n      user {\n        ...AdminUserFields\n      }\n    }\n  }\n": types.AdminUpdateUserDocument,
    "\n  mutation AdminResetUserPassword($input: ResetUserPasswordInput!) {\n    resetUserPassword(input: $input) {\n      user {\n        id\n      }\n    }\n  }\n": types.AdminResetUserPasswordDocument,
    "\n  fragment AdminDepartmentFields on Department {\n    id\n    code\n    name\n    kind\n    active\n    version\n  }\n": types.AdminDepartmentFieldsFragmentDoc,
    "\n  query AdminDepartments($filter: DepartmentFilter, $after: String) {\n    departments(first: 20, filter: $filter, after: $after) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      edges {\n        node {\n          ...AdminDepartmentFields\n        }\n      }\n    }\n  }\n": types.AdminDepartmentsDocument,
    "\n  mutation AdminCreateDepartment($input: CreateDepartmentInput!) {\n    createDepartment(input: $input) {\n      department {\n        ...AdminDepartmentFields\n      }\n    }\n  }\n": types.AdminCreateDepartmentDocument,
    "\n  mutation AdminUpdateDepartment($input: UpdateDepartmentInput!) {\n    updateDepartment(input: $input) {\n      department {\n        ...AdminDepartmentFields\n      }\n    }\n  }\n": types.AdminUpdateDepartmentDocument,
    "\n  fragment AdminSettingsFields on BureauSettings {\n    minimumRatioBp\n    jointMinimumRatioBp\n    allowDrawFromFiledPlan\n    minTeamSize\n    minTeamDepartments\n    crossRegionDrawing\n    reportDueWorkingDays\n    documentMark\n    noticeIssuerRole\n    noticeRemedyStatement\n    version\n  }\n": types.AdminSettingsFieldsFragmentDoc,
    "\n  query AdminBureauSettings {\n    bureauSettings {\n      ...AdminSettingsFields\n    }\n  }\n": types.AdminBureauSettingsDocument,
    "\n  mutation AdminUpdateBureauSettings($input: UpdateBureauSettingsInput!) {\n    updateBureauSettings(input: $input) {\n      settings {\n        ...AdminSettingsFields\n      }\n    }\n  }\n": types.AdminUpdateBureauSettingsDocument,
    "\n  query AdminHolidaySchedule($year: Int!) {\n    holidaySchedule(year: $year) {\n      year\n      source\n      loadedAt\n      days {\n        date\n        kind\n        name\n      }\n    }\n  }\n": types.AdminHolidayScheduleDocument,
    "\n  mutation AdminLoadHolidaySchedule($input: LoadHolidayScheduleInput!) {\n    loadHolidaySchedule(input: $input) {\n      schedule {\n        year\n        source\n        loadedAt\n        days {\n          date\n          kind\n          name\n        }\n      }\n    }\n  }\n": types.AdminLoadHolidayScheduleDocument,
    "\n  mutation ChangeOwnPassword($input: ChangePasswordInput!) {\n    changePassword(input: $input) {\n      ok\n    }\n  }\n": types.ChangeOwnPasswordDocument,
    "\n  query AuditEntries($filter: AuditEntryFilter, $after: String) {\n    auditEntries(first: 20, filter: $filter, after: $after) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      edges {\n        node {\n          id\n          seq\n          at\n          actorName\n          bureauId\n          operation\n          objectType\n          objectId\n          before\n          after\n          hash\n        }\n      }\n    }\n  }\n": types.AuditEntriesDocument,
    "\n  query AuditBureaus {\n    bureaus(first: 100) {\n      edges {\n        node {\n          id\n          name\n          path\n        }\n      }\n    }\n  }\n": types.AuditBureausDocument,
    "\n  query AuditSigningKeyInfo {\n    auditSigningKey {\n      algorithm\n      keyId\n      publicKey\n      publicKeyPem\n    }\n  }\n": types.AuditSigningKeyInfoDocument,
    "\n  mutation StartAuditVerification($full: Boolean!) {\n    startAuditVerification(full: $full) {\n      id\n      state\n    }\n  }\n": types.StartAuditVerificationDocument,
    "\n  query AuditJob($id: ID!) {\n    job(id: $id) {\n      id\n      kind\n      state\n      progress\n      total\n      createdAt\n      startedAt\n      finishedAt\n      result\n      errors {\n        attempt\n        code\n        message\n      }\n    }\n  }\n": types.AuditJobDocument,
    "\n  mutation CancelAuditJob($id: ID!) {\n    cancelJob(id: $id) {\n      id\n      state\n    }\n  }\n": types.CancelAuditJobDocument,
    "\n  query AuditViewerBureau {\n    me {\n      user {\n        id\n        bureau {\n          id\n          level\n        }\n      }\n    }\n  }\n": types.AuditViewerBureauDocument,
    "\n  query ItemList($filter: ItemFilter, $after: String) {\n    inspectionItems(first: 20, filter: $filter, after: $after) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      edges {\n        node {\n          id\n          code\n          status\n          latestVersionNo\n          bureau {\n            name\n          }\n          department {\n            name\n          }\n          publishedVersion {\n            id\n            versionNo\n          }\n          versions {\n            id\n            versionNo\n            status\n            name\n            submittedAt\n          }\n        }\n      }\n    }\n  }\n": types.ItemListDocument,
    "\n  fragment ItemVersionFields on InspectionItemVersion {\n    id\n    version\n    versionNo\n    status\n    name\n    departmentId\n    department {\n      name\n    }\n    targetType\n    category\n    samplingRatioBp\n    frequencyPerYear\n    frequencyRules {\n      grade\n      level\n      times\n      per\n      minimumRatioBp\n    }\n    methods\n    legalBasis {\n      law\n      articles\n    }\n    checkContents {\n      no\n      text\n    }\n    businessCategories\n    requiredSkills\n    crossAgencyJoint\n    retentionYears\n    notes\n    createdAt\n    submittedAt\n    reviewedAt\n    reviewComment\n    reviewer {\n      displayName\n    }\n    publishedAt\n    retiredAt\n  }\n": types.ItemVersionFieldsFragmentDoc,
    "\n  query Item($id: ID!) {\n    inspectionItem(id: $id) {\n      id\n      code\n      status\n      bureauId\n      departmentId\n      bureau {\n        name\n      }\n      department {\n        name\n      }\n      publishedVersion {\n        id\n        versionNo\n      }\n      versions {\n        ...ItemVersionFields\n      }\n    }\n    businessCategories {\n      code\n      name\n    }\n  }\n": types.ItemDocument,
    "\n  query BusinessCategories {\n    businessCategories {\n      code\n      name\n    }\n  }\n": types.BusinessCategoriesDocument,
    "\n  mutation CreateItem($input: CreateItemInput!) {\n    createItem(input: $input) {\n      item {\n        id\n      }\n    }\n  }\n": types.CreateItemDocument,
    "\n  mutation UpdateItemDraft($input: UpdateItemDraftInput!) {\n    updateItemDraft(input: $input) {\n      item {\n        id\n      }\n    }\n  }\n": types.UpdateItemDraftDocument,
    "\n  mutation ReviseItem($input: ReviseItemInput!) {\n    reviseItem(input: $input) {\n      item {\n        id\n      }\n    }\n  }\n": types.ReviseItemDocument,
    "\n  mutation SubmitItem($input: ItemVersionActionInput!) {\n    submitItem(input: $input) {\n      itemVersion {\n        id\n        status\n      }\n    }\n  }\n": types.SubmitItemDocument,
    "\n  mutation WithdrawItemDraft($input: ItemVersionActionInput!) {\n    withdrawItemDraft(input: $input) {\n      itemVersion {\n        id\n        status\n      }\n    }\n  }\n": types.WithdrawItemDraftDocument,
    "\n  mutation ReviewItem($input: ReviewItemInput!) {\n    reviewItem(input: $input) {\n      itemVersion {\n        id\n        status\n      }\n    }\n  }\n": types.ReviewItemDocument,
    "\n  mutation PublishItem($input: ItemVersionActionInput!) {\n    publishItem(input: $input) {\n      itemVersion {\n        id\n        status\n      }\n    }\n  }\n": types.PublishItemDocument,
    "\n  mutation RetireItem($input: RetireItemInput!) {\n    retireItem(input: $input) {\n      item {\n        id\n        status\n      }\n    }\n  }\n": types.RetireItemDocument,
    "\n  mutation Logout {\n    logout {\n      ok\n    }\n  }\n": types.LogoutDocument,
    "\n  query MyBureau {\n    me {\n      user {\n        id\n        department {\n          id\n        }\n        bureau {\n          id\n          name\n          parent {\n            id\n            name\n          }\n          departments {\n            id\n            name\n            kind\n            active\n          }\n        }\n      }\n    }\n  }\n": types.MyBureauDocument,
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
    "\n  query PlanList($filter: PlanFilter, $after: String) {\n    plans(first: 20, filter: $filter, after: $after) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      edges {\n        node {\n          id\n          title\n          year\n          kind\n          status\n          filingCount\n          updatedAt\n          bureau {\n            name\n          }\n          department {\n            name\n          }\n          warnings {\n            code\n          }\n        }\n      }\n    }\n  }\n": types.PlanListDocument,
    "\n  fragment WarningFields on PlanWarning {\n    code\n    message\n    taskName\n    planned\n    required\n    grade\n  }\n": types.WarningFieldsFragmentDoc,
    "\n  fragment FilingFields on PlanFiling {\n    id\n    filingNo\n    filedAt\n    filedToBureauId\n    filedTo {\n      name\n    }\n    filer {\n      displayName\n    }\n    decision\n    decidedAt\n    decider {\n      displayName\n    }\n    comment\n    content\n    warnings {\n      ...WarningFields\n    }\n  }\n": types.FilingFieldsFragmentDoc,
    "\n  query PlanDetail($id: ID!) {\n    plan(id: $id) {\n      id\n      title\n      year\n      kind\n      status\n      version\n      bureauId\n      departmentId\n      bureau {\n        id\n        name\n        parent {\n          id\n          name\n        }\n        departments {\n          id\n          name\n        }\n      }\n      department {\n        name\n      }\n      warnings {\n        ...WarningFields\n      }\n      tasks {\n        id\n        version\n        name\n        ratioBp\n        timesPerYear\n        teamSize\n        joint\n        regionCodes\n        businessCategories\n        grades\n        requiredSkills\n        externalAgencies\n        departmentIds\n        itemVersionIds\n        departments {\n          name\n        }\n        itemVersions {\n          id\n          name\n          versionNo\n        }\n        rounds {\n          id\n          roundNo\n          windowStart\n          windowEnd\n        }\n      }\n      filings {\n        ...FilingFields\n      }\n    }\n  }\n": types.PlanDetailDocument,
    "\n  query PublishedItems {\n    inspectionItems(first: 100, filter: { status: PUBLISHED }) {\n      edges {\n        node {\n          id\n          bureau {\n            name\n          }\n          publishedVersion {\n            id\n            name\n            versionNo\n            samplingRatioBp\n            frequencyPerYear\n          }\n        }\n      }\n    }\n    businessCategories {\n      code\n      name\n    }\n  }\n": types.PublishedItemsDocument,
    "\n  mutation CreatePlanForm($input: CreatePlanInput!) {\n    createPlan(input: $input) {\n      plan {\n        id\n      }\n    }\n  }\n": types.CreatePlanFormDocument,
    "\n  mutation AddPlanTaskForm($input: AddPlanTaskInput!) {\n    addPlanTask(input: $input) {\n      task {\n        id\n      }\n    }\n  }\n": types.AddPlanTaskFormDocument,
    "\n  mutation UpdatePlanTaskForm($input: UpdatePlanTaskInput!) {\n    updatePlanTask(input: $input) {\n      task {\n        id\n      }\n    }\n  }\n": types.UpdatePlanTaskFormDocument,
    "\n  mutation AddPlanRoundForm($input: AddPlanRoundInput!) {\n    addPlanRound(input: $input) {\n      round {\n        id\n      }\n    }\n  }\n": types.AddPlanRoundFormDocument,
    "\n  mutation FilePlanForm($input: FilePlanInput!) {\n    filePlan(input: $input) {\n      plan {\n        id\n        status\n      }\n    }\n  }\n": types.FilePlanFormDocument,
    "\n  mutation AcknowledgeFiling($input: AcknowledgePlanFilingInput!) {\n    acknowledgePlanFiling(input: $input) {\n      plan {\n        id\n        status\n      }\n    }\n  }\n": types.AcknowledgeFilingDocument,
    "\n  mutation ReturnFiling($input: ReturnPlanFilingInput!) {\n    returnPlanFiling(input: $input) {\n      plan {\n        id\n        status\n      }\n    }\n  }\n": types.ReturnFilingDocument,
    "\n  query FilingQueue($filter: PlanFilingQueueFilter, $after: String) {\n    planFilingQueue(first: 20, filter: $filter, after: $after) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      edges {\n        node {\n          id\n          planId\n          filingNo\n          year\n          kind\n          filedAt\n          decision\n          bureau {\n            name\n          }\n          filer {\n            displayName\n          }\n          plan {\n            title\n          }\n          warnings {\n            code\n          }\n        }\n      }\n    }\n  }\n": types.FilingQueueDocument,
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
export function graphql(source: "\n  fragment AdminUserFields on User {\n    id\n    username\n    displayName\n    roles\n    active\n    version\n    department {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  fragment AdminUserFields on User {\n    id\n    username\n    displayName\n    roles\n    active\n    version\n    department {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminUsers($filter: UserFilter, $after: String) {\n    users(first: 20, filter: $filter, after: $after) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      edges {\n        node {\n          ...AdminUserFields\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query AdminUsers($filter: UserFilter, $after: String) {\n    users(first: 20, filter: $filter, after: $after) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      edges {\n        node {\n          ...AdminUserFields\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminCreateUser($input: CreateUserInput!) {\n    createUser(input: $input) {\n      user {\n        ...AdminUserFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation AdminCreateUser($input: CreateUserInput!) {\n    createUser(input: $input) {\n      user {\n        ...AdminUserFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminUpdateUser($input: UpdateUserInput!) {\n    updateUser(input: $input) {\n      user {\n        ...AdminUserFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation AdminUpdateUser($input: UpdateUserInput!) {\n    updateUser(input: $input) {\n      user {\n        ...AdminUserFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminResetUserPassword($input: ResetUserPasswordInput!) {\n    resetUserPassword(input: $input) {\n      user {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation AdminResetUserPassword($input: ResetUserPasswordInput!) {\n    resetUserPassword(input: $input) {\n      user {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment AdminDepartmentFields on Department {\n    id\n    code\n    name\n    kind\n    active\n    version\n  }\n"): (typeof documents)["\n  fragment AdminDepartmentFields on Department {\n    id\n    code\n    name\n    kind\n    active\n    version\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminDepartments($filter: DepartmentFilter, $after: String) {\n    departments(first: 20, filter: $filter, after: $after) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      edges {\n        node {\n          ...AdminDepartmentFields\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query AdminDepartments($filter: DepartmentFilter, $after: String) {\n    departments(first: 20, filter: $filter, after: $after) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      edges {\n        node {\n          ...AdminDepartmentFields\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminCreateDepartment($input: CreateDepartmentInput!) {\n    createDepartment(input: $input) {\n      department {\n        ...AdminDepartmentFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation AdminCreateDepartment($input: CreateDepartmentInput!) {\n    createDepartment(input: $input) {\n      department {\n        ...AdminDepartmentFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminUpdateDepartment($input: UpdateDepartmentInput!) {\n    updateDepartment(input: $input) {\n      department {\n        ...AdminDepartmentFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation AdminUpdateDepartment($input: UpdateDepartmentInput!) {\n    updateDepartment(input: $input) {\n      department {\n        ...AdminDepartmentFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment AdminSettingsFields on BureauSettings {\n    minimumRatioBp\n    jointMinimumRatioBp\n    allowDrawFromFiledPlan\n    minTeamSize\n    minTeamDepartments\n    crossRegionDrawing\n    reportDueWorkingDays\n    documentMark\n    noticeIssuerRole\n    noticeRemedyStatement\n    version\n  }\n"): (typeof documents)["\n  fragment AdminSettingsFields on BureauSettings {\n    minimumRatioBp\n    jointMinimumRatioBp\n    allowDrawFromFiledPlan\n    minTeamSize\n    minTeamDepartments\n    crossRegionDrawing\n    reportDueWorkingDays\n    documentMark\n    noticeIssuerRole\n    noticeRemedyStatement\n    version\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminBureauSettings {\n    bureauSettings {\n      ...AdminSettingsFields\n    }\n  }\n"): (typeof documents)["\n  query AdminBureauSettings {\n    bureauSettings {\n      ...AdminSettingsFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminUpdateBureauSettings($input: UpdateBureauSettingsInput!) {\n    updateBureauSettings(input: $input) {\n      settings {\n        ...AdminSettingsFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation AdminUpdateBureauSettings($input: UpdateBureauSettingsInput!) {\n    updateBureauSettings(input: $input) {\n      settings {\n        ...AdminSettingsFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminHolidaySchedule($year: Int!) {\n    holidaySchedule(year: $year) {\n      year\n      source\n      loadedAt\n      days {\n        date\n        kind\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  query AdminHolidaySchedule($year: Int!) {\n    holidaySchedule(year: $year) {\n      year\n      source\n      loadedAt\n      days {\n        date\n        kind\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminLoadHolidaySchedule($input: LoadHolidayScheduleInput!) {\n    loadHolidaySchedule(input: $input) {\n      schedule {\n        year\n        source\n        loadedAt\n        days {\n          date\n          kind\n          name\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation AdminLoadHolidaySchedule($input: LoadHolidayScheduleInput!) {\n    loadHolidaySchedule(input: $input) {\n      schedule {\n        year\n        source\n        loadedAt\n        days {\n          date\n          kind\n          name\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ChangeOwnPassword($input: ChangePasswordInput!) {\n    changePassword(input: $input) {\n      ok\n    }\n  }\n"): (typeof documents)["\n  mutation ChangeOwnPassword($input: ChangePasswordInput!) {\n    changePassword(input: $input) {\n      ok\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AuditEntries($filter: AuditEntryFilter, $after: String) {\n    auditEntries(first: 20, filter: $filter, after: $after) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      edges {\n        node {\n          id\n          seq\n          at\n          actorName\n          bureauId\n          operation\n          objectType\n          objectId\n          before\n          after\n          hash\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query AuditEntries($filter: AuditEntryFilter, $after: String) {\n    auditEntries(first: 20, filter: $filter, after: $after) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      edges {\n        node {\n          id\n          seq\n          at\n          actorName\n          bureauId\n          operation\n          objectType\n          objectId\n          before\n          after\n          hash\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AuditBureaus {\n    bureaus(first: 100) {\n      edges {\n        node {\n          id\n          name\n          path\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query AuditBureaus {\n    bureaus(first: 100) {\n      edges {\n        node {\n          id\n          name\n          path\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AuditSigningKeyInfo {\n    auditSigningKey {\n      algorithm\n      keyId\n      publicKey\n      publicKeyPem\n    }\n  }\n"): (typeof documents)["\n  query AuditSigningKeyInfo {\n    auditSigningKey {\n      algorithm\n      keyId\n      publicKey\n      publicKeyPem\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation StartAuditVerification($full: Boolean!) {\n    startAuditVerification(full: $full) {\n      id\n      state\n    }\n  }\n"): (typeof documents)["\n  mutation StartAuditVerification($full: Boolean!) {\n    startAuditVerification(full: $full) {\n      id\n      state\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AuditJob($id: ID!) {\n    job(id: $id) {\n      id\n      kind\n      state\n      progress\n      total\n      createdAt\n      startedAt\n      finishedAt\n      result\n      errors {\n        attempt\n        code\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  query AuditJob($id: ID!) {\n    job(id: $id) {\n      id\n      kind\n      state\n      progress\n      total\n      createdAt\n      startedAt\n      finishedAt\n      result\n      errors {\n        attempt\n        code\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CancelAuditJob($id: ID!) {\n    cancelJob(id: $id) {\n      id\n      state\n    }\n  }\n"): (typeof documents)["\n  mutation CancelAuditJob($id: ID!) {\n    cancelJob(id: $id) {\n      id\n      state\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AuditViewerBureau {\n    me {\n      user {\n        id\n        bureau {\n          id\n          level\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query AuditViewerBureau {\n    me {\n      user {\n        id\n        bureau {\n          id\n          level\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ItemList($filter: ItemFilter, $after: String) {\n    inspectionItems(first: 20, filter: $filter, after: $after) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      edges {\n        node {\n          id\n          code\n          status\n          latestVersionNo\n          bureau {\n            name\n          }\n          department {\n            name\n          }\n          publishedVersion {\n            id\n            versionNo\n          }\n          versions {\n            id\n            versionNo\n            status\n            name\n            submittedAt\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ItemList($filter: ItemFilter, $after: String) {\n    inspectionItems(first: 20, filter: $filter, after: $after) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      edges {\n        node {\n          id\n          code\n          status\n          latestVersionNo\n          bureau {\n            name\n          }\n          department {\n            name\n          }\n          publishedVersion {\n            id\n            versionNo\n          }\n          versions {\n            id\n            versionNo\n            status\n            name\n            submittedAt\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ItemVersionFields on InspectionItemVersion {\n    id\n    version\n    versionNo\n    status\n    name\n    departmentId\n    department {\n      name\n    }\n    targetType\n    category\n    samplingRatioBp\n    frequencyPerYear\n    frequencyRules {\n      grade\n      level\n      times\n      per\n      minimumRatioBp\n    }\n    methods\n    legalBasis {\n      law\n      articles\n    }\n    checkContents {\n      no\n      text\n    }\n    businessCategories\n    requiredSkills\n    crossAgencyJoint\n    retentionYears\n    notes\n    createdAt\n    submittedAt\n    reviewedAt\n    reviewComment\n    reviewer {\n      displayName\n    }\n    publishedAt\n    retiredAt\n  }\n"): (typeof documents)["\n  fragment ItemVersionFields on InspectionItemVersion {\n    id\n    version\n    versionNo\n    status\n    name\n    departmentId\n    department {\n      name\n    }\n    targetType\n    category\n    samplingRatioBp\n    frequencyPerYear\n    frequencyRules {\n      grade\n      level\n      times\n      per\n      minimumRatioBp\n    }\n    methods\n    legalBasis {\n      law\n      articles\n    }\n    checkContents {\n      no\n      text\n    }\n    businessCategories\n    requiredSkills\n    crossAgencyJoint\n    retentionYears\n    notes\n    createdAt\n    submittedAt\n    reviewedAt\n    reviewComment\n    reviewer {\n      displayName\n    }\n    publishedAt\n    retiredAt\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Item($id: ID!) {\n    inspectionItem(id: $id) {\n      id\n      code\n      status\n      bureauId\n      departmentId\n      bureau {\n        name\n      }\n      department {\n        name\n      }\n      publishedVersion {\n        id\n        versionNo\n      }\n      versions {\n        ...ItemVersionFields\n      }\n    }\n    businessCategories {\n      code\n      name\n    }\n  }\n"): (typeof documents)["\n  query Item($id: ID!) {\n    inspectionItem(id: $id) {\n      id\n      code\n      status\n      bureauId\n      departmentId\n      bureau {\n        name\n      }\n      department {\n        name\n      }\n      publishedVersion {\n        id\n        versionNo\n      }\n      versions {\n        ...ItemVersionFields\n      }\n    }\n    businessCategories {\n      code\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query BusinessCategories {\n    businessCategories {\n      code\n      name\n    }\n  }\n"): (typeof documents)["\n  query BusinessCategories {\n    businessCategories {\n      code\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateItem($input: CreateItemInput!) {\n    createItem(input: $input) {\n      item {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation CreateItem($input: CreateItemInput!) {\n    createItem(input: $input) {\n      item {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateItemDraft($input: UpdateItemDraftInput!) {\n    updateItemDraft(input: $input) {\n      item {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateItemDraft($input: UpdateItemDraftInput!) {\n    updateItemDraft(input: $input) {\n      item {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReviseItem($input: ReviseItemInput!) {\n    reviseItem(input: $input) {\n      item {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ReviseItem($input: ReviseItemInput!) {\n    reviseItem(input: $input) {\n      item {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SubmitItem($input: ItemVersionActionInput!) {\n    submitItem(input: $input) {\n      itemVersion {\n        id\n        status\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation SubmitItem($input: ItemVersionActionInput!) {\n    submitItem(input: $input) {\n      itemVersion {\n        id\n        status\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation WithdrawItemDraft($input: ItemVersionActionInput!) {\n    withdrawItemDraft(input: $input) {\n      itemVersion {\n        id\n        status\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation WithdrawItemDraft($input: ItemVersionActionInput!) {\n    withdrawItemDraft(input: $input) {\n      itemVersion {\n        id\n        status\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReviewItem($input: ReviewItemInput!) {\n    reviewItem(input: $input) {\n      itemVersion {\n        id\n        status\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ReviewItem($input: ReviewItemInput!) {\n    reviewItem(input: $input) {\n      itemVersion {\n        id\n        status\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PublishItem($input: ItemVersionActionInput!) {\n    publishItem(input: $input) {\n      itemVersion {\n        id\n        status\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation PublishItem($input: ItemVersionActionInput!) {\n    publishItem(input: $input) {\n      itemVersion {\n        id\n        status\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RetireItem($input: RetireItemInput!) {\n    retireItem(input: $input) {\n      item {\n        id\n        status\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation RetireItem($input: RetireItemInput!) {\n    retireItem(input: $input) {\n      item {\n        id\n        status\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Logout {\n    logout {\n      ok\n    }\n  }\n"): (typeof documents)["\n  mutation Logout {\n    logout {\n      ok\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyBureau {\n    me {\n      user {\n        id\n        department {\n          id\n        }\n        bureau {\n          id\n          name\n          parent {\n            id\n            name\n          }\n          departments {\n            id\n            name\n            kind\n            active\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query MyBureau {\n    me {\n      user {\n        id\n        department {\n          id\n        }\n        bureau {\n          id\n          name\n          parent {\n            id\n            name\n          }\n          departments {\n            id\n            name\n            kind\n            active\n          }\n        }\n      }\n    }\n  }\n"];
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
export function graphql(source: "\n  query PlanList($filter: PlanFilter, $after: String) {\n    plans(first: 20, filter: $filter, after: $after) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      edges {\n        node {\n          id\n          title\n          year\n          kind\n          status\n          filingCount\n          updatedAt\n          bureau {\n            name\n          }\n          department {\n            name\n          }\n          warnings {\n            code\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query PlanList($filter: PlanFilter, $after: String) {\n    plans(first: 20, filter: $filter, after: $after) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      edges {\n        node {\n          id\n          title\n          year\n          kind\n          status\n          filingCount\n          updatedAt\n          bureau {\n            name\n          }\n          department {\n            name\n          }\n          warnings {\n            code\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment WarningFields on PlanWarning {\n    code\n    message\n    taskName\n    planned\n    required\n    grade\n  }\n"): (typeof documents)["\n  fragment WarningFields on PlanWarning {\n    code\n    message\n    taskName\n    planned\n    required\n    grade\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment FilingFields on PlanFiling {\n    id\n    filingNo\n    filedAt\n    filedToBureauId\n    filedTo {\n      name\n    }\n    filer {\n      displayName\n    }\n    decision\n    decidedAt\n    decider {\n      displayName\n    }\n    comment\n    content\n    warnings {\n      ...WarningFields\n    }\n  }\n"): (typeof documents)["\n  fragment FilingFields on PlanFiling {\n    id\n    filingNo\n    filedAt\n    filedToBureauId\n    filedTo {\n      name\n    }\n    filer {\n      displayName\n    }\n    decision\n    decidedAt\n    decider {\n      displayName\n    }\n    comment\n    content\n    warnings {\n      ...WarningFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PlanDetail($id: ID!) {\n    plan(id: $id) {\n      id\n      title\n      year\n      kind\n      status\n      version\n      bureauId\n      departmentId\n      bureau {\n        id\n        name\n        parent {\n          id\n          name\n        }\n        departments {\n          id\n          name\n        }\n      }\n      department {\n        name\n      }\n      warnings {\n        ...WarningFields\n      }\n      tasks {\n        id\n        version\n        name\n        ratioBp\n        timesPerYear\n        teamSize\n        joint\n        regionCodes\n        businessCategories\n        grades\n        requiredSkills\n        externalAgencies\n        departmentIds\n        itemVersionIds\n        departments {\n          name\n        }\n        itemVersions {\n          id\n          name\n          versionNo\n        }\n        rounds {\n          id\n          roundNo\n          windowStart\n          windowEnd\n        }\n      }\n      filings {\n        ...FilingFields\n      }\n    }\n  }\n"): (typeof documents)["\n  query PlanDetail($id: ID!) {\n    plan(id: $id) {\n      id\n      title\n      year\n      kind\n      status\n      version\n      bureauId\n      departmentId\n      bureau {\n        id\n        name\n        parent {\n          id\n          name\n        }\n        departments {\n          id\n          name\n        }\n      }\n      department {\n        name\n      }\n      warnings {\n        ...WarningFields\n      }\n      tasks {\n        id\n        version\n        name\n        ratioBp\n        timesPerYear\n        teamSize\n        joint\n        regionCodes\n        businessCategories\n        grades\n        requiredSkills\n        externalAgencies\n        departmentIds\n        itemVersionIds\n        departments {\n          name\n        }\n        itemVersions {\n          id\n          name\n          versionNo\n        }\n        rounds {\n          id\n          roundNo\n          windowStart\n          windowEnd\n        }\n      }\n      filings {\n        ...FilingFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PublishedItems {\n    inspectionItems(first: 100, filter: { status: PUBLISHED }) {\n      edges {\n        node {\n          id\n          bureau {\n            name\n          }\n          publishedVersion {\n            id\n            name\n            versionNo\n            samplingRatioBp\n            frequencyPerYear\n          }\n        }\n      }\n    }\n    businessCategories {\n      code\n      name\n    }\n  }\n"): (typeof documents)["\n  query PublishedItems {\n    inspectionItems(first: 100, filter: { status: PUBLISHED }) {\n      edges {\n        node {\n          id\n          bureau {\n            name\n          }\n          publishedVersion {\n            id\n            name\n            versionNo\n            samplingRatioBp\n            frequencyPerYear\n          }\n        }\n      }\n    }\n    businessCategories {\n      code\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreatePlanForm($input: CreatePlanInput!) {\n    createPlan(input: $input) {\n      plan {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation CreatePlanForm($input: CreatePlanInput!) {\n    createPlan(input: $input) {\n      plan {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddPlanTaskForm($input: AddPlanTaskInput!) {\n    addPlanTask(input: $input) {\n      task {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation AddPlanTaskForm($input: AddPlanTaskInput!) {\n    addPlanTask(input: $input) {\n      task {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdatePlanTaskForm($input: UpdatePlanTaskInput!) {\n    updatePlanTask(input: $input) {\n      task {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation UpdatePlanTaskForm($input: UpdatePlanTaskInput!) {\n    updatePlanTask(input: $input) {\n      task {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddPlanRoundForm($input: AddPlanRoundInput!) {\n    addPlanRound(input: $input) {\n      round {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation AddPlanRoundForm($input: AddPlanRoundInput!) {\n    addPlanRound(input: $input) {\n      round {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation FilePlanForm($input: FilePlanInput!) {\n    filePlan(input: $input) {\n      plan {\n        id\n        status\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation FilePlanForm($input: FilePlanInput!) {\n    filePlan(input: $input) {\n      plan {\n        id\n        status\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AcknowledgeFiling($input: AcknowledgePlanFilingInput!) {\n    acknowledgePlanFiling(input: $input) {\n      plan {\n        id\n        status\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation AcknowledgeFiling($input: AcknowledgePlanFilingInput!) {\n    acknowledgePlanFiling(input: $input) {\n      plan {\n        id\n        status\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReturnFiling($input: ReturnPlanFilingInput!) {\n    returnPlanFiling(input: $input) {\n      plan {\n        id\n        status\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ReturnFiling($input: ReturnPlanFilingInput!) {\n    returnPlanFiling(input: $input) {\n      plan {\n        id\n        status\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FilingQueue($filter: PlanFilingQueueFilter, $after: String) {\n    planFilingQueue(first: 20, filter: $filter, after: $after) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      edges {\n        node {\n          id\n          planId\n          filingNo\n          year\n          kind\n          filedAt\n          decision\n          bureau {\n            name\n          }\n          filer {\n            displayName\n          }\n          plan {\n            title\n          }\n          warnings {\n            code\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query FilingQueue($filter: PlanFilingQueueFilter, $after: String) {\n    planFilingQueue(first: 20, filter: $filter, after: $after) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      edges {\n        node {\n          id\n          planId\n          filingNo\n          year\n          kind\n          filedAt\n          decision\n          bureau {\n            name\n          }\n          filer {\n            displayName\n          }\n          plan {\n            title\n          }\n          warnings {\n            code\n          }\n        }\n      }\n    }\n  }\n"];
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