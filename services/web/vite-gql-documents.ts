import { readFileSync } from 'node:fs';
import type { Plugin } from 'vite';

/**
 * Each `graphql(`…`)` call becomes an import of that one document, a module of its own, so a route's chunk carries
 * only the documents it uses. Without it, the client preset's `graphql()` looks every document up in one map
 * (src/gql/gql.ts) that the first page would load whole. The preset's own babel/SWC optimizers do the same rewrite
 * but import from src/gql/graphql.ts, a single module the bundler cannot split across chunks.
 *
 * The lookup is the one `graphql()` does at run time (gql.ts's map from source text to document), done at build
 * time from the generated files: a call whose text the map lacks fails the build (run `pnpm web:codegen`).
 */
const PREFIX = '\0gql-document:';
const MAP_ENTRY = /^ {4}("(?:[^"\\]|\\.)*"): types\.(\w+),$/;
const DOCUMENT = /^export const (\w+) = (\{.*\}) as unknown as DocumentNode<.*>;$/;

interface Generated {
  /** source text of each `graphql()` call → the name of its document in graphql.ts */
  names: Map<string, string>;
  /** document name → its JSON */
  documents: Map<string, string>;
}

function readGenerated(gqlDir: string): Generated {
  const names = new Map<string, string>();
  const map = readFileSync(`${gqlDir}/gql.ts`, 'utf8');
  const body = map.slice(map.indexOf('const documents: Documents = {'));
  for (const line of body.slice(0, body.indexOf('\n};')).split('\n')) {
    const [, key, name] = MAP_ENTRY.exec(line) ?? [];
    if (key && name) names.set(JSON.parse(key) as string, name);
  }
  const documents = new Map<string, string>();
  for (const line of readFileSync(`${gqlDir}/graphql.ts`, 'utf8').split('\n')) {
    const [, name, json] = DOCUMENT.exec(line) ?? [];
    if (name && json) documents.set(name, json);
  }
  return { names, documents };
}

interface Node {
  type: string;
  start: number;
  end: number;
  [key: string]: unknown;
}

/** Calls `graphql(`text`)` with a template literal without expressions, as the client preset wants them written. */
function documentCalls(node: unknown, found: { start: number; end: number; text: string }[] = []) {
  if (Array.isArray(node)) for (const child of node) documentCalls(child, found);
  if (typeof node !== 'object' || node === null || !('type' in node)) return found;
  const n = node as Node;
  const callee = n.callee as Node | undefined;
  const args = n.arguments as Node[] | undefined;
  const [arg] = args ?? [];
  if (n.type === 'CallExpression' && callee?.type === 'Identifier' && callee.name === 'graphql' && args?.length === 1) {
    const quasis = arg?.type === 'TemplateLiteral' ? (arg.quasis as { value: { cooked: string } }[]) : [];
    const [text] = quasis.length === 1 ? quasis : [];
    if (text) found.push({ start: n.start, end: n.end, text: text.value.cooked });
  }
  for (const [key, value] of Object.entries(n))
    if (key !== 'type' && typeof value === 'object') documentCalls(value, found);
  return found;
}

/**
 * `gqlDirs`: each generated directory with the sources whose `graphql()` it answers — the longest matching
 * source root wins (the public portal's src/public/ inside the workbench's src/).
 */
export function gqlDocumentsPerModule(gqlDirs: { sources: string; gqlDir: string }[]): Plugin {
  const generated = new Map<string, Generated>();
  const byRoot = [...gqlDirs].sort((a, b) => b.sources.length - a.sources.length);
  const dirOf = (id: string) => byRoot.find((d) => id.startsWith(d.sources))?.gqlDir;
  return {
    name: 'dsr:gql-documents-per-module',
    buildStart() {
      for (const { gqlDir } of gqlDirs) {
        generated.set(gqlDir, readGenerated(gqlDir));
        this.addWatchFile(`${gqlDir}/gql.ts`);
        this.addWatchFile(`${gqlDir}/graphql.ts`);
      }
    },
    watchChange(id) {
      for (const { gqlDir } of gqlDirs) if (id.startsWith(gqlDir)) generated.set(gqlDir, readGenerated(gqlDir));
    },
    resolveId(id) {
      return id.startsWith(PREFIX) ? id : null;
    },
    load(id) {
      if (!id.startsWith(PREFIX)) return null;
      const [gqlDir = '', name = ''] = id.slice(PREFIX.length).split('#');
      const json = generated.get(gqlDir)?.documents.get(name);
      if (json === undefined) this.error(`${name} is not in ${gqlDir}/graphql.ts (run pnpm web:codegen)`);
      return `export default ${json};\n`;
    },
    transform(code, id) {
      const gqlDir = dirOf(id);
      if (!/\.tsx?$/.test(id) || !gqlDir || gqlDirs.some((d) => id.startsWith(d.gqlDir))) return null;
      if (!code.includes('graphql(')) return null;
      const calls = documentCalls(this.parse(code));
      if (calls.length === 0) return null;
      let out = code;
      const imports: string[] = [];
      for (const [i, call] of calls.reverse().entries()) {
        const name = generated.get(gqlDir)?.names.get(call.text);
        if (name === undefined)
          this.error(`a graphql() document in ${id} is not in ${gqlDir}/gql.ts (run pnpm web:codegen)`);
        if (!out.startsWith('graphql(', call.start)) this.error(`${id}: graphql() call not where the parser put it`);
        imports.push(`import __gqlDocument${i} from ${JSON.stringify(`${PREFIX}${gqlDir}#${name}`)};`);
        out = `${out.slice(0, call.start)}__gqlDocument${i}${out.slice(call.end)}`;
      }
      return { code: `${imports.join('\n')}\n${out}`, map: null };
    },
  };
}
