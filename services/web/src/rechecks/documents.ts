import { graphql } from '../gql';

export const RechecksDocument = graphql(`
  query Rechecks {
    rechecks {
      id
      bureauId
      subordinateBureauId
      periodFrom
      periodTo
      reason
      openedAt
    }
  }
`);

export const RecheckDocument = graphql(`
  query RecheckDetail($id: ID!) {
    recheck(id: $id) {
      id
      bureauId
      periodFrom
      periodTo
      subordinateBureauId
      reason
      openedBy
      openedAt
    }
    recheckSamples(recheckId: $id) {
      id
      status
      extendsSampleId
      sizeRuleName
      ratioBp
      minPerStratum
      poolDigest
      itemsDigest
      itemCount
      commitment
      beaconSource
      beaconNote
      beacon
      nonce
      resultDigest
      sampleSize
      committedBy
      committedAt
      drawnAt
      strata {
        stratum
        population
        sampleSize
      }
    }
    recheckItems(recheckId: $id) {
      id
      inspectionId
      inspection {
        id
        target {
          id
          name
        }
      }
      inspectionBureau {
        id
        name
      }
      stratum
      ticket
      committedDigest
      resultChanged
      finishedOn
      inspectorIds
      inspectors {
        id
        name
        department {
          id
          name
        }
      }
      state
      method
      opinion
      findings
      concludedOn
      differences {
        kind
        no
        text
        original
        recheck
        remark
      }
      originalOpinion
      examDigest
      evidence {
        id
        kind
        sha256
        sizeBytes
        fileName
        url
      }
      checklist {
        itemVersionId
        no
        text
        result
      }
    }
    recheckFindings(recheckId: $id) {
      id
      recheckItemId
      status
      answerKind
      answer
      closeComment
    }
  }
`);

export const OpenRecheckDocument = graphql(`
  mutation OpenRecheck($input: OpenRecheckInput!) {
    openRecheck(input: $input) {
      recheck {
        id
      }
    }
  }
`);

export const EnterRecheckBeaconDocument = graphql(`
  mutation EnterRecheckBeacon($input: EnterRecheckBeaconInput!) {
    enterRecheckBeacon(input: $input) {
      recheck {
        id
      }
    }
  }
`);

export const RunRecheckDocument = graphql(`
  mutation RunRecheck($recheckId: ID!) {
    runRecheck(recheckId: $recheckId) {
      recheck {
        id
      }
    }
  }
`);

export const EnlargeRecheckDocument = graphql(`
  mutation EnlargeRecheck($input: EnlargeRecheckInput!) {
    enlargeRecheck(input: $input) {
      recheck {
        id
      }
    }
  }
`);

export const RecordRecheckDocument = graphql(`
  mutation RecordRecheck($input: RecordRecheckInput!) {
    recordRecheckExamination(input: $input) {
      item {
        id
        state
      }
      finding {
        id
      }
    }
  }
`);

export const RecheckFindingsDocument = graphql(`
  query RecheckFindings($status: RecheckFindingStatus) {
    recheckFindings(status: $status) {
      id
      bureauId
      handlingBureauId
      recheckId
      inspectionId
      status
      issuedAt
      answerKind
      answer
      answeredAt
      publicationId
      closedAt
      closeComment
      differences {
        kind
        no
        text
        original
        recheck
      }
    }
  }
`);

export const AnswerRecheckFindingDocument = graphql(`
  mutation AnswerRecheckFinding($input: AnswerRecheckFindingInput!) {
    answerRecheckFinding(input: $input) {
      finding {
        id
        status
      }
    }
  }
`);

export const CloseRecheckFindingDocument = graphql(`
  mutation CloseRecheckFinding($input: CloseRecheckFindingInput!) {
    closeRecheckFinding(input: $input) {
      finding {
        id
        status
      }
    }
  }
`);

/** The viewer's direct subordinates: the re-check's optional scope, and the names of the strata (division codes). */
export const RecheckSubordinatesDocument = graphql(`
  query RecheckSubordinates {
    me {
      user {
        bureau {
          id
          children {
            id
            name
            divisionCode
          }
        }
      }
    }
  }
`);
