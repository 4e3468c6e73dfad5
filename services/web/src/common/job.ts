import { useEffect } from 'react';
import { useQuery } from 'urql';
import { graphql } from '../gql';
import type { FollowedJobQuery } from '../gql/graphql';

/**
 * One background job followed by a page (an import, an export, the audit chain's verification):
 * job(id) read again every half second while it is queued or running, then left alone.
 */
export const FollowedJobDocument = graphql(`
  query FollowedJob($id: ID!) {
    job(id: $id) {
      id
      kind
      state
      progress
      total
      createdAt
      startedAt
      finishedAt
      result
      errors {
        attempt
        code
        message
      }
      download {
        url
        expiresAt
        filename
        availableUntil
      }
    }
  }
`);

export const CancelJobDocument = graphql(`
  mutation CancelJob($id: ID!) {
    cancelJob(id: $id) {
      id
      state
    }
  }
`);

export type FollowedJob = FollowedJobQuery['job'];

export const JOB_ACTIVE: ReadonlySet<string> = new Set(['QUEUED', 'RUNNING']);
const POLL_MS = 500;

/** The job `jobId` (none when null), read again while it is queued or running. */
export function usePolledJob(jobId: string | null | undefined) {
  const [{ data, error }, reexecute] = useQuery({
    query: FollowedJobDocument,
    variables: { id: jobId ?? '' },
    pause: !jobId,
    requestPolicy: 'network-only',
  });
  // Never the previous job's answer while the next one is read.
  const job = jobId && data?.job.id === jobId ? data.job : undefined;
  // A network failure is tried again at the same pace (WEB.md: a banner that retries); a refusal is not.
  const again = !!jobId && ((!!job && JOB_ACTIVE.has(job.state)) || !!error?.networkError);
  useEffect(() => {
    if (!again) return;
    const timer = setTimeout(() => reexecute({ requestPolicy: 'network-only' }), POLL_MS);
    return () => clearTimeout(timer);
  }, [again, job, error, reexecute]);
  return { job, error, refresh: () => reexecute({ requestPolicy: 'network-only' }) };
}
