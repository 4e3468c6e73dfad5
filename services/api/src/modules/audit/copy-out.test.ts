import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '#test/support/harness';
import { CopyBinaryTuples } from './copy-binary';
import { CopyOut } from './copy-out';

/**
 * The verifier's COPY transport: protocol messages and tuples cut anywhere by the socket's chunks,
 * an error from PostgreSQL or from the reader, and the connection usable afterwards.
 */
describe('COPY out of node-postgres, tuple by tuple', () => {
  let db: TestDatabase;
  let client: pg.Client;
  beforeAll(async () => {
    db = await createTestDatabase();
    client = new pg.Client({ connectionString: db.ownerUrl });
    await client.connect();
  });
  afterAll(async () => {
    await client.end();
    await db.drop();
  });

  const SQL = `copy (select i::bigint, repeat('x', i % 300), case when i % 7 = 0 then null else md5(i::text) end
    from generate_series(1, 3000) i) to stdout (format binary)`;

  /** The tuples as [int8, text, text|null], from pieces of the stream fed to a splitter. */
  const reader = () => {
    const rows: [number, string, string | null][] = [];
    const tuples = new CopyBinaryTuples(3, (buf, s, l) =>
      rows.push([
        Number(buf.readBigInt64BE(s[0])),
        buf.toString('latin1', s[1], s[1] + l[1]),
        l[2] < 0 ? null : buf.toString('latin1', s[2], s[2] + l[2]),
      ]),
    );
    return { rows, tuples };
  };

  it('hands over every tuple, whole, wherever the chunks cut the stream', async () => {
    const pieces: Buffer[] = [];
    const whole = reader();
    const count = await client.query(
      new CopyOut(SQL, (buf, start, end) => {
        pieces.push(Buffer.from(buf.subarray(start, end)));
        whole.tuples.push(buf, start, end);
      }),
    ).done;
    expect(count).toBe(3000);
    expect(whole.tuples.complete()).toBe(true);
    expect(whole.rows).toHaveLength(3000);
    expect(whole.rows[6]).toEqual([7, 'x'.repeat(7), null]);
    expect(whole.rows[2999][1]).toBe('x'.repeat(0));
    const stream = Buffer.concat(pieces);
    for (const size of [1, 2, 7, 4096]) {
      const cut = reader();
      for (let p = 0; p < stream.length; p += size) cut.tuples.push(stream, p, Math.min(p + size, stream.length));
      expect(cut.tuples.complete()).toBe(true);
      expect(cut.rows).toEqual(whole.rows);
    }
    const short = reader();
    short.tuples.push(stream, 0, stream.length - 1);
    expect(short.tuples.complete()).toBe(false);
    expect((await client.query('select 1 as one')).rows).toEqual([{ one: 1 }]);
  });

  it("rejects with the reader's error, reads the rest of the COPY, and leaves the connection usable", async () => {
    let calls = 0;
    const copy = new CopyOut(SQL, () => {
      calls++;
      throw new Error('reader failed');
    });
    await expect(client.query(copy).done).rejects.toThrow('reader failed');
    expect(calls).toBe(1);
    expect((await client.query('select 2 as two')).rows).toEqual([{ two: 2 }]);
  });

  it("rejects with PostgreSQL's error, before or during the COPY, and leaves the connection usable", async () => {
    await expect(client.query(new CopyOut('copy (select 1/0) to stdout', () => undefined)).done).rejects.toThrow(
      /division by zero/,
    );
    const during = `copy (select case when i < 2000 then i else 1/(i-i) end from generate_series(1, 3000) i)
      to stdout (format binary)`;
    let bytes = 0;
    const copy = new CopyOut(during, (_buf, start, end) => (bytes += end - start));
    await expect(client.query(copy).done).rejects.toThrow(/division by zero/);
    expect(bytes).toBeGreaterThan(0);
    expect((await client.query('select 3 as three')).rows).toEqual([{ three: 3 }]);
  });
});
