import 'reflect-metadata';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { repoRoot } from '@dsr/db';
import { buildBareSchema } from '../schema';
import { printCanonicalSchema } from '../schema-print';

async function main() {
  const file = path.join(repoRoot, 'schema', 'schema.graphql');
  writeFileSync(file, printCanonicalSchema(await buildBareSchema()));
  console.log(`已写入 ${file}`);
}
void main();
