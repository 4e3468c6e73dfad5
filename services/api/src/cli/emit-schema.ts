import 'reflect-metadata';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { repoRoot } from '@dsr/db';
import { buildBareSchema } from '../schema';
import { printCanonicalSchema } from '../schema-print';
import { buildPublicSchema } from '../modules/public/public.schema';

async function main() {
  const file = path.join(repoRoot, 'schema', 'schema.graphql');
  writeFileSync(file, printCanonicalSchema(await buildBareSchema()));
  console.log(`已写入 ${file}`);
  const publicFile = path.join(repoRoot, 'schema', 'public.graphql');
  writeFileSync(publicFile, printCanonicalSchema(buildPublicSchema()));
  console.log(`已写入 ${publicFile}`);
}
void main();
