import { graphql } from '../gql';

export const UserFields = graphql(`
  fragment AdminUserFields on User {
    id
    username
    displayName
    roles
    active
    version
    department {
      id
      name
    }
  }
`);

export const UsersDocument = graphql(`
  query AdminUsers($filter: UserFilter, $after: String) {
    users(first: 20, filter: $filter, after: $after) {
      totalCount
      pageInfo {
        endCursor
        hasNextPage
      }
      edges {
        node {
          ...AdminUserFields
        }
      }
    }
  }
`);

export const CreateUserDocument = graphql(`
  mutation AdminCreateUser($input: CreateUserInput!) {
    createUser(input: $input) {
      user {
        ...AdminUserFields
      }
    }
  }
`);

export const UpdateUserDocument = graphql(`
  mutation AdminUpdateUser($input: UpdateUserInput!) {
    updateUser(input: $input) {
      user {
        ...AdminUserFields
      }
    }
  }
`);

export const ResetUserPasswordDocument = graphql(`
  mutation AdminResetUserPassword($input: ResetUserPasswordInput!) {
    resetUserPassword(input: $input) {
      user {
        id
      }
    }
  }
`);

export const DepartmentFields = graphql(`
  fragment AdminDepartmentFields on Department {
    id
    code
    name
    kind
    active
    version
  }
`);

export const DepartmentsDocument = graphql(`
  query AdminDepartments($filter: DepartmentFilter, $after: String) {
    departments(first: 20, filter: $filter, after: $after) {
      totalCount
      pageInfo {
        endCursor
        hasNextPage
      }
      edges {
        node {
          ...AdminDepartmentFields
        }
      }
    }
  }
`);

export const CreateDepartmentDocument = graphql(`
  mutation AdminCreateDepartment($input: CreateDepartmentInput!) {
    createDepartment(input: $input) {
      department {
        ...AdminDepartmentFields
      }
    }
  }
`);

export const UpdateDepartmentDocument = graphql(`
  mutation AdminUpdateDepartment($input: UpdateDepartmentInput!) {
    updateDepartment(input: $input) {
      department {
        ...AdminDepartmentFields
      }
    }
  }
`);

export const SettingsFields = graphql(`
  fragment AdminSettingsFields on BureauSettings {
    minimumRatioBp
    jointMinimumRatioBp
    allowDrawFromFiledPlan
    minTeamSize
    minTeamDepartments
    crossRegionDrawing
    reportDueWorkingDays
    documentMark
    noticeIssuerRole
    noticeRemedyStatement
    publicationApproverRole
    resultPublicationDays
    penaltyPublicationDays
    publishTargetDirectory
    appealAnswerDays
    version
  }
`);

export const BureauSettingsDocument = graphql(`
  query AdminBureauSettings {
    bureauSettings {
      ...AdminSettingsFields
    }
  }
`);

export const UpdateBureauSettingsDocument = graphql(`
  mutation AdminUpdateBureauSettings($input: UpdateBureauSettingsInput!) {
    updateBureauSettings(input: $input) {
      settings {
        ...AdminSettingsFields
      }
    }
  }
`);

export const HolidayScheduleDocument = graphql(`
  query AdminHolidaySchedule($year: Int!) {
    holidaySchedule(year: $year) {
      year
      source
      loadedAt
      days {
        date
        kind
        name
      }
    }
  }
`);

export const LoadHolidayScheduleDocument = graphql(`
  mutation AdminLoadHolidaySchedule($input: LoadHolidayScheduleInput!) {
    loadHolidaySchedule(input: $input) {
      schedule {
        year
        source
        loadedAt
        days {
          date
          kind
          name
        }
      }
    }
  }
`);

export const ChangePasswordDocument = graphql(`
  mutation ChangeOwnPassword($input: ChangePasswordInput!) {
    changePassword(input: $input) {
      ok
    }
  }
`);
