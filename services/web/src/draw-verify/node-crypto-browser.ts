import { sha256 } from '@noble/hashes/sha2';
// 'buffer/' is the npm package even where Node has a builtin of that name (the test runs this in Node).
import { Buffer } from 'buffer/';

/*
 * The two calls of node:crypto the draw engine of packages/domain makes (createHash('sha256') and
 * the one-shot hash), on @noble/hashes' synchronous SHA-256: vite.config.ts points node:crypto
 * here, so the page replays a draw with the domain's own code, trusting nothing of the server.
 * test/web/draw-verifier.test.ts runs the domain's vectors through this module in Node.
 */

// The engine writes its bytes with Buffer (a global in Node): the browser gets the `buffer` package's.
const scope = globalThis as { Buffer?: unknown };
scope.Buffer ??= Buffer;
export { Buffer as PageBuffer };

type Input = string | Uint8Array;

const bytesOf = (data: Input, encoding?: string): Uint8Array =>
  typeof data === 'string' ? Buffer.from(data, encoding === 'latin1' ? 'latin1' : 'utf8') : data;

function assertSha256(algorithm: string): void {
  if (algorithm !== 'sha256') throw new Error(`本机复核只支持 sha256，而非 ${algorithm}`);
}

function output(digest: Uint8Array, encoding?: string): Buffer | string {
  const bytes = Buffer.from(digest.buffer as ArrayBuffer, digest.byteOffset, digest.byteLength);
  return encoding === 'hex' ? bytes.toString('hex') : bytes;
}

/** createHash('sha256'): update with strings (UTF-8) or bytes, digest as hex or bytes. */
export function createHash(algorithm: string) {
  assertSha256(algorithm);
  const state = sha256.create();
  const api = {
    update(data: Input, encoding?: string) {
      state.update(bytesOf(data, encoding));
      return api;
    },
    digest(encoding?: string) {
      return output(state.digest(), encoding);
    },
  };
  return api;
}

/** crypto.hash(algorithm, data, outputEncoding), the one-shot form the random stream uses. */
export function hash(algorithm: string, data: Input, encoding?: string): Buffer | string {
  assertSha256(algorithm);
  return output(sha256(bytesOf(data)), encoding ?? 'hex');
}
