import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const web = path.resolve(__dirname, '../../services/web');
// The generator is the web package's own dependency: loaded from there, with the config the package uses.
const requireFromWeb = createRequire(path.join(web, 'package.json'));

interface Output {
  filename: string;
  content: string;
}

describe('the web workbench’s typed GraphQL documents', () => {
  it('are what GraphQL Code Generator makes of schema/schema.graphql and the documents now (run pnpm web:codegen)', async () => {
    const { generate } = requireFromWeb('@graphql-codegen/cli') as {
      generate: (config: unknown, save: boolean) => Promise<Output[]>;
    };
    const cwd = process.cwd();
    process.chdir(web); // the config's paths are relative to the package
    try {
      const { default: config } = await import('../../services/web/codegen');
      const outputs = await generate({ ...config, cwd: web, silent: true }, false);
      expect(outputs.length).toBeGreaterThan(0);
      for (const out of outputs) {
        const file = path.resolve(web, out.filename);
        expect(readFileSync(file, 'utf8'), path.relative(web, file)).toBe(out.content);
      }
    } finally {
      process.chdir(cwd);
    }
  });

  it('never select the session token: the web’s session lives in the httpOnly cookie only', () => {
    const documents = readFileSync(path.join(web, 'src/gql/graphql.ts'), 'utf8');
    expect(documents).toContain('"name":{"kind":"Name","value":"login"}');
    expect(documents).not.toContain('"value":"token"');
  });
});
