import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import express from 'express';
import request from 'supertest';
import { describe, expect, it } from 'vitest';
import { mountWebApp } from './web-app';

/** A stand-in build: index.html and one hashed asset. */
function fakeDist(): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'dsr-web-'));
  mkdirSync(path.join(dir, 'assets'));
  writeFileSync(path.join(dir, 'index.html'), '<!doctype html><title>工作台</title>');
  writeFileSync(path.join(dir, 'assets', 'index-abc123.js'), 'console.log(1)');
  return dir;
}

function appWithWeb() {
  const app = express();
  app.get('/export/items.xlsx', (_req, res) => res.send('xlsx'));
  app.post('/graphql', (_req, res) => res.json({ data: null }));
  expect(mountWebApp(app, fakeDist())).toBe(true);
  app.use((_req, res) => res.status(404).json({ error: 'none' }));
  return app;
}

describe('the web workbench served by the API', () => {
  it('answers / and client routes with index.html, revalidated on every visit', async () => {
    const app = appWithWeb();
    for (const page of ['/', '/todo', '/inspections/0190c0de-0000-7000-8000-000000000001']) {
      const res = await request(app).get(page).set('Accept', 'text/html,application/xhtml+xml');
      expect(res.status, page).toBe(200);
      expect(res.text).toContain('工作台');
      expect(res.headers['cache-control']).toBe('no-cache');
      expect(res.headers['content-security-policy']).toContain("default-src 'self'");
    }
    // The page asked for by its file name is the same page: its policy too (else it could be framed elsewhere).
    const byName = await request(app).get('/index.html');
    expect([byName.status, byName.headers['content-security-policy']]).toEqual([
      200,
      expect.stringContaining("frame-ancestors 'none'"),
    ]);
    expect(byName.headers['cache-control']).toBe('no-cache');
  });

  it('keeps hashed assets for a year and answers a missing file with 404, not the page', async () => {
    const app = appWithWeb();
    const asset = await request(app).get('/assets/index-abc123.js');
    expect(asset.status).toBe(200);
    expect(asset.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    const missing = await request(app).get('/assets/gone-000.js').set('Accept', 'text/html');
    expect(missing.status).toBe(404);
  });

  it('leaves the API routes and JSON clients alone', async () => {
    const app = appWithWeb();
    expect((await request(app).get('/export/items.xlsx').set('Accept', 'text/html')).text).toBe('xlsx');
    expect((await request(app).post('/graphql').send({})).body).toEqual({ data: null });
    const json = await request(app).get('/todo').set('Accept', 'application/json');
    expect(json.status).toBe(404);
  });

  it('mounts nothing when the web app was not built', () => {
    expect(mountWebApp(express(), path.join(tmpdir(), 'no-such-dist'))).toBe(false);
  });
});
