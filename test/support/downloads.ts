import { createRequire } from 'node:module';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import supertest from 'supertest';
import type { TestApp } from './harness';

/** supertest parser that keeps a download's raw bytes (`.buffer(true).parse(binary)`). */
export const binary = (r: NodeJS.ReadableStream, cb: (err: Error | null, body: Buffer) => void) => {
  const chunks: Buffer[] = [];
  r.on('data', (c: Buffer) => chunks.push(c));
  r.on('end', () => cb(null, Buffer.concat(chunks)));
};

/** GET of a download (a PDF form, an export) as raw bytes, signed in with `token` when given. */
export function getBinary(t: TestApp, path: string, token?: string) {
  const req = supertest(t.server.app).get(path).buffer(true).parse(binary);
  return token ? req.set('authorization', `Bearer ${token}`) : req;
}

/** All text of the PDF, white space removed (pdf.js spaces glyph runs apart), as pdf.test.ts reads it. */
export async function pdfText(bytes: Buffer): Promise<string> {
  // pdf.js is a test dependency of the API package, resolved from there (the repository root does not carry it).
  const entry = createRequire(join(__dirname, '../../services/api/package.json')).resolve(
    'pdfjs-dist/legacy/build/pdf.mjs',
  );
  const pdfjs = (await import(pathToFileURL(entry).href)) as typeof import('pdfjs-dist/legacy/build/pdf.mjs');
  const doc = await pdfjs.getDocument({
    data: new Uint8Array(bytes),
    isEvalSupported: false,
    useSystemFonts: false,
    verbosity: 0,
  }).promise;
  const pages: string[] = [];
  for (let n = 1; n <= doc.numPages; n++) {
    const content = await (await doc.getPage(n)).getTextContent();
    pages.push(content.items.map((item) => ('str' in item ? item.str : '')).join(''));
  }
  await doc.destroy();
  return pages.join('\n').replace(/\s+/g, '');
}
