import { gunzipSync, gzipSync } from 'node:zlib';
import { describe, expect, it, vi } from 'vitest';
import { publicPoolSizeFromEnv, RecordCache, recordCacheBytesFromEnv, type LoadedRecord } from './record-cache';

const sha = (c: string) => c.repeat(64);

describe('RecordCache', () => {
  it('keeps a record by publication id with its hash as a weak ETag, and gzips it in the background', async () => {
    const cache = new RecordCache(1024 * 1024);
    const body = Buffer.from(JSON.stringify({ draws: 'x'.repeat(5000) }));
    const put = cache.put('p1', sha('a'), { body });
    expect(put.etag).toBe(`W/"${sha('a')}"`);
    expect(cache.get('p1')).toBe(put);
    expect(cache.get('p2')).toBeUndefined();
    await vi.waitFor(() => expect(cache.get('p1')?.gzipped).toBeDefined());
    expect(gunzipSync(cache.get('p1')!.gzipped!).equals(body)).toBe(true);
  });

  it('loads a record once: a request that comes while it is being loaded (since its publication) waits for it', async () => {
    const cache = new RecordCache(1024 * 1024);
    let loads = 0;
    let done: (b: LoadedRecord) => void = () => undefined;
    const load = () => {
      loads++;
      return new Promise<LoadedRecord>((r) => (done = r));
    };
    const warm = cache.fill('p1', sha('a'), load); // on publication
    const first = cache.fill('p1', sha('a'), load); // the first download, before the encoding is done
    done({ body: Buffer.from('{"draws":[]}') });
    expect((await warm).source).toBe('miss');
    expect(await first).toMatchObject({ source: 'hit', entry: { etag: `W/"${sha('a')}"` } });
    expect((await cache.fill('p1', sha('a'), load)).source).toBe('hit');
    expect(loads).toBe(1);
    // A failed load is not kept: the next request tries again.
    await expect(cache.fill('p2', sha('b'), () => Promise.reject(new Error('gone')))).rejects.toThrow('gone');
    expect((await cache.fill('p2', sha('b'), () => Promise.resolve({ body: Buffer.from('{}') }))).source).toBe('miss');
  });

  it('a record read as stored (0043) has its gzip at once, its identity bytes gunzipped and checked when asked for', async () => {
    const cache = new RecordCache(1024 * 1024);
    const body = Buffer.from(JSON.stringify({ draws: 'y'.repeat(5000) }));
    const stored = gzipSync(body);
    let unzips = 0;
    const unzip = () => {
      unzips++;
      return Promise.resolve(gunzipSync(stored));
    };
    const made = await cache.fill('p1', sha('c'), () => Promise.resolve({ stored, unzip }));
    expect(made.source).toBe('stored');
    expect([made.entry?.gzipped, made.entry?.body, unzips]).toEqual([stored, undefined, 0]); // nothing made, no wait
    expect((await made.entry?.plain())?.equals(body)).toBe(true);
    expect((await cache.get('p1')?.plain())?.equals(body)).toBe(true);
    expect(unzips).toBe(1);
    expect((await cache.fill('p1', sha('c'), () => Promise.reject(new Error('not again')))).source).toBe('hit');
    // A stored record whose check fails is not kept: the next request loads it again.
    const bad = await cache.fill('p2', sha('d'), () =>
      Promise.resolve({ stored, unzip: () => Promise.reject(new Error('SHA-256 differs')) }),
    );
    expect(cache.get('p2')).toBeDefined();
    await expect(bad.entry?.plain()).rejects.toThrow('SHA-256 differs');
    expect(cache.get('p2')).toBeUndefined();
  });

  it('drops the least recently used record past its byte budget, and keeps none larger than the budget', () => {
    const cache = new RecordCache(250);
    cache.put('a', sha('a'), { body: Buffer.alloc(100) });
    cache.put('b', sha('b'), { body: Buffer.alloc(100) });
    cache.get('a'); // a is now the most recent
    cache.put('c', sha('c'), { body: Buffer.alloc(100) });
    expect([cache.get('a'), cache.get('b'), cache.get('c')].map(Boolean)).toEqual([true, false, true]);
    const huge = cache.put('h', sha('d'), { body: Buffer.alloc(300) });
    expect(huge.body?.length).toBe(300); // served, not kept
    expect(cache.get('h')).toBeUndefined();
    expect(cache.size).toBe(2);
  });
});

describe('public side settings from the environment', () => {
  it('DSR_PUBLIC_POOL_MAX: a whole number from 1 to 64, else 4', () => {
    expect(publicPoolSizeFromEnv({})).toBe(4);
    expect(publicPoolSizeFromEnv({ DSR_PUBLIC_POOL_MAX: '12' })).toBe(12);
    for (const bad of ['0', '-3', '2.5', '65', 'many'])
      expect(publicPoolSizeFromEnv({ DSR_PUBLIC_POOL_MAX: bad })).toBe(4);
  });

  it('DSR_PUBLIC_RECORD_CACHE_MB: megabytes, else 64', () => {
    expect(recordCacheBytesFromEnv({})).toBe(64 * 1024 * 1024);
    expect(recordCacheBytesFromEnv({ DSR_PUBLIC_RECORD_CACHE_MB: '8' })).toBe(8 * 1024 * 1024);
    expect(recordCacheBytesFromEnv({ DSR_PUBLIC_RECORD_CACHE_MB: 'x' })).toBe(64 * 1024 * 1024);
  });
});
