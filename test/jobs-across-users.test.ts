import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import supertest from 'supertest';
import { startTestApp, errorCode, type TestApp } from '#test/support/harness';

/**
 * A background job's id in someone else's hands (a shared screen, a log, a link): who reads it, its file and
 * its place in myJobs, and who cancels it (jobs.access.ts). A job started by a department head of 南乐 stays queued
 * (the queue does not run here), so every answer is about the same job.
 */
const START = `mutation { startExport(kind: TARGETS, background: true) { job { id state } } }`;
const JOB = 'query($id: ID!) { job(id: $id) { id state } }';
const MINE = '{ myJobs { id } }';
const CANCEL = 'mutation($id: ID!) { cancelJob(id: $id) { state } }';

describe('jobs across users and bureaus (issue 12 §3)', () => {
  let t: TestApp;
  let jobId: string;
  beforeAll(async () => {
    t = await startTestApp();
    const res = await t.gql(START, {}, await t.login('nanle.head'));
    jobId = res.body.data!.startExport.job.id;
  });
  afterAll(async () => t.close());

  const as = async (persona: string) => {
    const token = await t.login(persona);
    const job = await t.gql(JOB, { id: jobId }, token);
    const file = await supertest(t.server.app).get(`/jobs/${jobId}/file`).set('authorization', `Bearer ${token}`);
    const mine = (await t.gql(MINE, {}, token)).body.data!.myJobs.map((j: { id: string }) => j.id);
    return { read: errorCode(job) ?? job.body.data!.job.state, file: file.status, listed: mine.includes(jobId), token };
  };

  it('is read by its starter and by who reads the whole bureau (and the bureaus above); a colleague of another role or a sibling county is told it does not exist', async () => {
    expect(await as('nanle.head')).toMatchObject({ read: 'QUEUED', listed: true });
    for (const reader of ['nanle.admin', 'nanle.leader', 'puyang.admin'])
      expect(await as(reader), reader).toMatchObject({ read: 'QUEUED', listed: false });
    for (const stranger of ['nanle.inspector', 'yexian.admin'])
      // No file yet for anyone (404 as well): the same answer as for a job that does not exist.
      expect(await as(stranger), stranger).toMatchObject({ read: 'NOT_FOUND', file: 404, listed: false });
  });

  it('is cancelled only by its starter or the office of its own bureau; a leader, a superior or a stranger cannot, and the job stays queued', async () => {
    const refusals: Record<string, string | null> = {};
    for (const persona of ['nanle.inspector', 'yexian.coordinator', 'puyang.admin', 'nanle.leader']) {
      refusals[persona] = errorCode(await t.gql(CANCEL, { id: jobId }, await t.login(persona)));
    }
    expect(refusals).toEqual({
      'nanle.inspector': 'NOT_FOUND',
      'yexian.coordinator': 'NOT_FOUND',
      'puyang.admin': 'FORBIDDEN',
      'nanle.leader': 'FORBIDDEN',
    });
    expect((await as('nanle.head')).read).toBe('QUEUED');
  });
});
