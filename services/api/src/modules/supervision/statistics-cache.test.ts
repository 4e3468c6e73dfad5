import { afterEach, describe, expect, it, vi } from 'vitest';
import { StatisticsCache, statisticsCacheSecondsFromEnv } from './statistics-cache';

describe('StatisticsCache', () => {
  afterEach(() => vi.useRealTimers());

  it('answers a key once while fresh and computes it again after `seconds`', async () => {
    vi.useFakeTimers();
    const cache = new StatisticsCache(30);
    let runs = 0;
    const compute = () => Promise.resolve(++runs);
    expect(await cache.remember('k', compute)).toBe(1);
    expect(await cache.remember('k', compute)).toBe(1);
    expect(await cache.remember('other', compute)).toBe(2);
    vi.advanceTimersByTime(30_001);
    expect(await cache.remember('k', compute)).toBe(3);
  });

  it('never keeps a failure: the next caller computes its own answer', async () => {
    const cache = new StatisticsCache(30);
    await expect(cache.remember('k', () => Promise.reject(new Error('aborted')))).rejects.toThrow('aborted');
    expect(await cache.remember('k', () => Promise.resolve('fresh'))).toBe('fresh');
  });

  it('a caller waiting on a computation that fails computes its own', async () => {
    const cache = new StatisticsCache(30);
    let fail!: (e: Error) => void;
    const first = cache.remember('k', () => new Promise<string>((_, reject) => (fail = reject)));
    const second = cache.remember('k', () => Promise.resolve('own'));
    fail(new Error('aborted'));
    await expect(first).rejects.toThrow('aborted');
    expect(await second).toBe('own');
  });

  it('keeps at most maxEntries, dropping the oldest; 0 seconds keeps nothing', async () => {
    const cache = new StatisticsCache(30, 2);
    let runs = 0;
    const compute = () => Promise.resolve(++runs);
    for (const k of ['a', 'b', 'c']) await cache.remember(k, compute);
    expect(await cache.remember('c', compute)).toBe(3);
    expect(await cache.remember('a', compute)).toBe(4);
    const off = new StatisticsCache(0);
    expect(await off.remember('k', compute)).toBe(5);
    expect(await off.remember('k', compute)).toBe(6);
  });

  it('reads DSR_STATISTICS_CACHE_SECONDS (default 30; nonsense falls back to 30)', () => {
    expect(statisticsCacheSecondsFromEnv({})).toBe(30);
    expect(statisticsCacheSecondsFromEnv({ DSR_STATISTICS_CACHE_SECONDS: '0' })).toBe(0);
    expect(statisticsCacheSecondsFromEnv({ DSR_STATISTICS_CACHE_SECONDS: 'x' })).toBe(30);
  });
});
