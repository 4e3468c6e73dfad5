// Shared by the bench scripts. Each server runs in its own child process (forked by
// run.mjs) so that autocannon does not share its event loop with the server under test.
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { Session } from 'node:inspector/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

// express, Apollo and jose are dependencies of services/api, not of the root: resolve them
// from there so the baselines run the very same versions as the product.
export const apiRequire = createRequire(new URL('../../services/api/package.json', import.meta.url));

/** ESM-only packages (jose 6): resolve from services/api, then import by file URL. */
export const apiImport = (name) => import(pathToFileURL(apiRequire.resolve(name)).href);

/** Bare Apollo Server 5 on express 5 at POST /graphql: the stack (a) and (b) share. */
export async function apolloApp({ typeDefs, resolvers, context }) {
  const express = apiRequire('express');
  const { ApolloServer } = apiRequire('@apollo/server');
  const { expressMiddleware } = apiRequire('@as-integrations/express5');
  const { ApolloServerPluginCacheControlDisabled } = apiRequire('@apollo/server/plugin/disabled');
  // No cache-control plugin (a hook on every field): the product has none either (common/edge/no-store.ts).
  const apollo = new ApolloServer({
    typeDefs,
    resolvers,
    stopOnTerminationSignals: false,
    plugins: [ApolloServerPluginCacheControlDisabled()],
  });
  await apollo.start();
  const app = express();
  app.use('/graphql', express.json({ limit: '1mb' }), expressMiddleware(apollo, context ? { context } : {}));
  return { app, stop: () => apollo.stop() };
}

/** SQL statements sent by this process: every pg Client.query call, whichever copy of pg makes it. */
let statements = 0;

/**
 * Counts the statements of every copy of pg the server can use: services/api's own and the one
 * MikroORM's knex layer resolves (a different version under pnpm). One extra increment per call.
 */
export function countStatements() {
  const mikro = createRequire(apiRequire.resolve('@mikro-orm/postgresql'));
  const knexLayer = createRequire(mikro.resolve('@mikro-orm/knex'));
  const copies = new Set(
    [apiRequire, mikro, knexLayer, createRequire(knexLayer.resolve('knex'))].map((r) => r('pg').Client.prototype),
  );
  for (const proto of copies) {
    const query = proto.query;
    proto.query = function countedQuery(...args) {
      statements++;
      return query.apply(this, args);
    };
  }
}

/**
 * V8's sampling profiler in this process, started and stopped by the parent around a measured
 * window (the same .cpuprofile `node --cpu-prof` writes, without start-up and warm-up in it).
 */
class Profiler {
  session = null;

  async handle(what, file) {
    if (what === 'start') {
      this.session = new Session();
      this.session.connect();
      await this.session.post('Profiler.enable');
      await this.session.post('Profiler.setSamplingInterval', {
        interval: Number(process.env.BENCH_PROFILE_US ?? 1000),
      });
      await this.session.post('Profiler.start');
      return 'started';
    }
    const { profile } = await this.session.post('Profiler.stop');
    this.session.disconnect();
    this.session = null;
    writeFileSync(file, JSON.stringify(profile));
    return file;
  }
}

let heapSession = null;
/**
 * V8's sampling heap profiler counting every allocation, also those collected since (where the
 * garbage of a long import comes from); the .heapprofile is written on 'stop'.
 */
async function heapSampler(what, file) {
  if (what === 'start') {
    heapSession = new Session();
    heapSession.connect();
    await heapSession.post('HeapProfiler.startSampling', {
      samplingInterval: 32 * 1024,
      includeObjectsCollectedByMajorGC: true,
      // BENCH_HEAP_PROF_OLD=1: without what died young, i.e. what was promoted (or is still live).
      includeObjectsCollectedByMinorGC: process.env.BENCH_HEAP_PROF_OLD !== '1',
    });
    return 'started';
  }
  const { profile } = await heapSession.post('HeapProfiler.stopSampling');
  heapSession.disconnect();
  writeFileSync(file, JSON.stringify(profile));
  return file;
}

/**
 * Listens on a free port of 127.0.0.1 and tells the parent the port over IPC. Answers 'cpu' with
 * this process's CPU time (to work out CPU per request), 'idle' once no request is being answered,
 * and exits when the parent says 'stop'
 * or goes away, so a killed run leaves no server behind.
 */
export function serve(listenable, cleanup = async () => {}) {
  const server = listenable.listen(0, '127.0.0.1', () => process.send({ port: server.address().port }));
  // Requests still being worked on. autocannon abandons some when a timed run ends: their sockets
  // close at once, but the server still answers them (and pays for it), so a request counts as
  // done when its handler ends the response, not when its socket closes.
  let inFlight = 0;
  let answered = 0;
  server.on('request', (_req, res) => {
    inFlight++;
    answered++;
    const end = res.end;
    res.end = function endCounted(...args) {
      res.end = end;
      inFlight--;
      return end.apply(this, args);
    };
  });
  const whenIdle = () =>
    new Promise((resolve) => {
      const since = Date.now();
      const poll = () => (inFlight === 0 || Date.now() - since > 30_000 ? resolve() : setTimeout(poll, 10));
      poll();
    });
  let stopping = false;
  const stop = async () => {
    if (stopping) return;
    stopping = true;
    server.closeIdleConnections?.();
    await new Promise((r) => server.close(r));
    await cleanup().catch((e) => console.error(e));
    process.exit(0);
  };
  const profiler = new Profiler();
  // 'mem-start' … 'mem': the highest of each process.memoryUsage() figure, sampled every 50 ms.
  let memPeak = null;
  let memTimer = null;
  const sampleMem = () => {
    const m = process.memoryUsage();
    for (const k of Object.keys(m)) memPeak[k] = Math.max(memPeak[k] ?? 0, m[k]);
  };
  process.on('message', (m) => {
    if (m?.heapProfile) heapSampler(m.heapProfile, m.file).then((done) => process.send({ heapProfiled: done }));
    if (m === 'mem-start') {
      memPeak = {};
      sampleMem();
      memTimer = setInterval(sampleMem, 50);
    }
    if (m === 'mem') {
      clearInterval(memTimer);
      if (memPeak) sampleMem();
      process.send({ mem: memPeak });
    }
    if (m?.profile) profiler.handle(m.profile, m.file).then((done) => process.send({ profiled: done }));
    if (m === 'stop') stop();
    if (m === 'idle') whenIdle().then(() => process.send({ idle: true }));
    if (m === 'cpu') process.send({ cpu: process.cpuUsage(), statements, requests: answered });
    if (m === 'rss') process.send({ rss: process.resourceUsage().maxRSS * 1024 }); // peak, bytes
  });
  process.on('disconnect', stop);
}

/**
 * CPU time (ms) of our PostgreSQL: the postmaster, its live backends, and the backends it has
 * reaped. Linux only (/proc); null elsewhere. Assumes CLK_TCK = 100, as on every Linux build.
 */
export function pgCpuMs(dataDir) {
  try {
    const postmaster = Number(readFileSync(path.join(dataDir, 'postmaster.pid'), 'utf8').split('\n')[0]);
    let ticks = 0;
    for (const pid of readdirSync('/proc')
      .filter((d) => /^\d+$/.test(d))
      .map(Number)) {
      let f;
      try {
        f = readFileSync(`/proc/${pid}/stat`, 'utf8');
      } catch {
        continue;
      } // exited meanwhile
      f = f.slice(f.lastIndexOf(')') + 2).split(' '); // fields after "pid (comm) ": state ppid … utime stime cutime cstime
      if (pid === postmaster) ticks += +f[11] + +f[12] + +f[13] + +f[14];
      else if (+f[1] === postmaster) ticks += +f[11] + +f[12];
    }
    return ticks * 10;
  } catch {
    return null;
  }
}

/**
 * The product in a child process (product-server.mjs) over the bench database, and a GraphQL
 * client of it that throws on any error (a bench never measures refusals by mistake).
 */
export async function forkProductServer({ appUrl, jwtSecret, env = process.env, execArgv = [] }) {
  const { fork } = await import('node:child_process');
  const child = fork(new URL('./product-server.mjs', import.meta.url), {
    execArgv,
    env: { ...env, BENCH_APP_URL: appUrl, BENCH_JWT_SECRET: jwtSecret },
    stdio: 'inherit',
  });
  const port = await new Promise((r) => child.on('message', (m) => m.port && r(m.port)));
  const gql = async (query, variables, token) => {
    const res = await fetch(`http://127.0.0.1:${port}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: JSON.stringify({ query, variables }),
    });
    const body = await res.json();
    if (body.errors) throw new Error(JSON.stringify(body.errors));
    return body.data;
  };
  return { child, port, gql };
}
