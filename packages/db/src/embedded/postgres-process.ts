import { spawn, type ChildProcess } from 'node:child_process';
import { closeSync, openSync } from 'node:fs';
import path from 'node:path';

export interface PostgresProcessOptions {
  dataDir: string;
  port: number;
  socketDir: string;
  /** Where the server's output goes (appended). */
  logFile: string;
  /** On for the instance that keeps data (dev); off for throw-away ones. */
  fsync: boolean;
}

/** The postgres server of a data folder: 127.0.0.1 only, its socket in its own folder, run as `owner` when given. */
export function spawnPostgres(
  binDir: string,
  o: PostgresProcessOptions,
  owner: { uid: number; gid: number } | null,
): ChildProcess {
  const out = openSync(o.logFile, 'a');
  const child = spawn(
    path.join(binDir, 'postgres'),
    [
      '-D',
      o.dataDir,
      '-p',
      String(o.port),
      '-c',
      'listen_addresses=127.0.0.1',
      '-c',
      `unix_socket_directories=${o.socketDir}`,
      '-c',
      'max_connections=200',
      '-c',
      'fsync=' + (o.fsync ? 'on' : 'off'),
    ],
    {
      stdio: ['ignore', out, out],
      ...(owner ? { uid: owner.uid, gid: owner.gid } : {}),
    },
  );
  closeSync(out);
  return child;
}

/** stop(): a fast shutdown (SIGINT: ends sessions, checkpoints, exits), then the lock is released; once. */
export function stopper(child: ChildProcess, releaseLock: () => void): () => Promise<void> {
  let stopping: Promise<void> | null = null;
  return () => {
    stopping ??= new Promise<void>((resolve) => {
      const done = () => {
        releaseLock();
        resolve();
      };
      if (child.exitCode !== null || child.signalCode !== null) {
        done();
        return;
      }
      child.once('exit', done);
      child.kill('SIGINT');
    });
    return stopping;
  };
}
