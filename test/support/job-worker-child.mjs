// `pnpm worker` as the tests of background jobs run it (test/jobs-crash.test.ts): the built worker
// (services/api/dist/worker.js, configured by the environment) with the test kind ITEM_IMPORT
// registered as writeRows, so that a test can kill it while a job holds an open transaction.
import { runWorkerProcess } from '../../services/api/dist/worker.js';
import { writeRows } from './job-rows.mjs';

await runWorkerProcess((services) => {
  services.jobKinds.register('ITEM_IMPORT', { handler: writeRows });
});
