import { describe, expect, it } from 'vitest';
import { GraphQLError } from 'graphql';
import { DownloadSlots, openDataConcurrencyFromEnv } from './download-slots';

const refusal = (f: () => unknown) => {
  try {
    f();
  } catch (e) {
    return { code: (e as GraphQLError).extensions.code, message: (e as Error).message };
  }
  return null;
};

describe('open data: concurrent downloads are limited', () => {
  it('one per address (429), a few in all (503), each slot given back once', () => {
    const slots = new DownloadSlots(2);
    const a = slots.take('10.0.0.1');
    expect(refusal(() => slots.take('10.0.0.1'))).toEqual({
      code: 'RATE_LIMITED',
      message: '同一地址同时只能下载一个开放数据文件，请等上一个下载完成',
    });
    const b = slots.take('10.0.0.2');
    expect(refusal(() => slots.take('10.0.0.3'))).toEqual({
      code: 'OPEN_DATA_BUSY',
      message: '开放数据下载人数较多，请稍后再试',
    });
    a();
    a(); // twice: still one slot back, not two
    expect(slots.inProgress).toBe(1);
    const c = slots.take('10.0.0.1');
    expect(refusal(() => slots.take('10.0.0.4'))?.code).toBe('OPEN_DATA_BUSY');
    b();
    c();
    expect(slots.inProgress).toBe(0);
  });
  it('the limit from the environment, 2 by default', () => {
    expect(openDataConcurrencyFromEnv({})).toBe(2);
    expect(openDataConcurrencyFromEnv({ DSR_OPEN_DATA_CONCURRENCY: '5' })).toBe(5);
    expect(openDataConcurrencyFromEnv({ DSR_OPEN_DATA_CONCURRENCY: '0' })).toBe(2);
  });
});
