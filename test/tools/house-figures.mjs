#!/usr/bin/env node
// The figures of issue 11 ("Figures to report"), measured the same way on any checkout:
//   node test/tools/house-figures.mjs            sizes, long lines, cycles, ceremony counts, enums, duplicates
//   node test/tools/house-figures.mjs --eslint   also the per-rule counts of the full ESLint rule set (about 70 s of CPU)
//   node test/tools/house-figures.mjs --json     the same as JSON
// Files: what git tracks or would track (untracked, not ignored) under packages/, services/ and test/.
// test/tools (this script, the lint fixtures) is left out: its fixtures would count as the violations they test.
// "source" = not a test (no *.test.ts, nothing under test/, no *test-support.ts) and not a migration.
import { execFileSync, spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const args = new Set(process.argv.slice(2));
const bin = (name) => path.join(root, 'node_modules/.bin', name);

const MIGRATION = /^packages\/db\/src\/migrations\/.*\.sql\.ts$/;
const TEST = /(\.test\.ts$|^test\/|test-support\.ts$)/;
const CODE = /^(packages|services|test)\/.*\.(ts|mts|cts|mjs|cjs|js)$/;

const files = execFileSync('git', ['ls-files', '-co', '--exclude-standard'], { cwd: root, encoding: 'utf8' })
  .split('\n')
  .filter((f) => CODE.test(f) && !/(^|\/)(dist|node_modules)\//.test(f) && !f.endsWith('.d.ts'))
  .filter((f) => !f.startsWith('test/tools/'));
const kindOf = (f) => (MIGRATION.test(f) ? 'migration' : TEST.test(f) ? 'test' : 'source');
const text = new Map(files.map((f) => [f, readFileSync(path.join(root, f), 'utf8')]));
const linesOf = (f) => text.get(f).split('\n');
const lineCount = (f) => linesOf(f).length - (text.get(f).endsWith('\n') ? 1 : 0);
const ofKind = (k) => files.filter((f) => kindOf(f) === k);

function countMatches(list, re) {
  let n = 0;
  for (const f of list) n += (text.get(f).match(re) ?? []).length;
  return n;
}

// ─── sizes ───
function functionsOf(file) {
  const src = ts.createSourceFile(file, text.get(file), ts.ScriptTarget.Latest, true);
  const out = [];
  const nameOf = (node) => {
    if (node.name && ts.isIdentifier(node.name)) {
      const cls = ts.isClassLike(node.parent) && node.parent.name ? `${node.parent.name.text}.` : '';
      return cls + node.name.text;
    }
    if (ts.isConstructorDeclaration(node)) return `${node.parent.name?.text ?? '?'}.constructor`;
    const p = node.parent;
    if (p && (ts.isVariableDeclaration(p) || ts.isPropertyAssignment(p) || ts.isPropertyDeclaration(p)) && p.name) {
      return p.name.getText(src);
    }
    return '<anonymous>';
  };
  const visit = (node) => {
    if (ts.isFunctionLike(node) && 'body' in node && node.body) {
      const start = src.getLineAndCharacterOfPosition(node.getStart(src)).line;
      const end = src.getLineAndCharacterOfPosition(node.end).line;
      out.push({ file, name: nameOf(node), line: start + 1, lines: end - start + 1 });
    }
    ts.forEachChild(node, visit);
  };
  visit(src);
  return out;
}

const bySize = (list) => list.map((f) => ({ file: f, lines: lineCount(f) })).sort((a, b) => b.lines - a.lines);
const sourceSizes = bySize(ofKind('source'));
const testSizes = bySize(ofKind('test'));
const tsSource = ofKind('source').filter((f) => /\.(ts|mts|cts)$/.test(f));
const functions = tsSource.flatMap(functionsOf).sort((a, b) => b.lines - a.lines);

// ─── long lines (characters, as String.length: a Chinese character counts 1) ───
const longLines = (width) => {
  const out = { source: 0, test: 0, migration: 0 };
  for (const f of files) for (const l of linesOf(f)) if (l.length > width) out[kindOf(f)]++;
  return { ...out, total: out.source + out.test + out.migration };
};

// ─── cycles (dependency-cruiser, the repository's rules, type-only imports included) ───
function cycles() {
  const run = spawnSync(
    bin('depcruise'),
    ['--config', '.dependency-cruiser.cjs', '--output-type', 'json', 'packages', 'services', 'test'],
    { cwd: root, encoding: 'utf8', maxBuffer: 512 * 1024 * 1024 },
  );
  if (!run.stdout) return { error: run.stderr.trim().slice(0, 300) };
  const result = JSON.parse(run.stdout);
  const violations = result.summary.violations.filter((v) => v.rule.name === 'no-circular');
  const distinct = new Map();
  for (const v of violations) {
    const names = [v.from, ...v.cycle.map((c) => (typeof c === 'string' ? c : c.name))];
    const ring = names.slice(0, -1);
    const i = ring.indexOf([...ring].sort()[0]);
    const key = [...ring.slice(i), ...ring.slice(0, i)].join(' → ');
    distinct.set(key, ring.length);
  }
  const modules = new Set([...distinct.keys()].flatMap((k) => k.split(' → ')));
  const others = result.summary.violations.filter((v) => v.rule.name !== 'no-circular');
  const otherCounts = {};
  for (const v of others) otherCounts[v.rule.name] = (otherCounts[v.rule.name] ?? 0) + 1;
  return {
    violations: violations.length,
    distinctCycles: distinct.size,
    filesInCycles: modules.size,
    longest: Math.max(0, ...distinct.values()),
    cycles: [...distinct.keys()].sort(),
    otherRuleViolations: otherCounts,
  };
}

// ─── ceremony ───
const src = ofKind('source');
const tests = ofKind('test');
const both = (re) => ({ source: countMatches(src, re), test: countMatches(tests, re) });
const ceremony = {
  // the three ownership names in this order within one statement (no `;` between, ≤ 80 characters apart)
  ownershipStampCamel: both(/\btenantId\b[^;]{0,80}?\bbureauId\b[^;]{0,80}?\bscopePath\b/g),
  ownershipStampSnake: {
    ...both(/\btenant_id\b[^;]{0,80}?\bbureau_id\b[^;]{0,80}?\bscope_path\b/g),
    migration: countMatches(ofKind('migration'), /\btenant_id\b[^;]{0,80}?\bbureau_id\b[^;]{0,80}?\bscope_path\b/g),
  },
  ctxPrincipalBang: both(/\bctx\.principal!(?!=)/g),
  anyPrincipalBang: both(/\.principal!(?!=)/g),
  isUuidCall: both(/\bisUuid\(/g),
  trimOrNull: both(/trim\(\)\s*\|\|\s*null/g),
};

// ─── vocabularies ───
function entityUnions() {
  const out = [];
  for (const f of files.filter((f) => f.startsWith('packages/db/src/') && kindOf(f) === 'source')) {
    const sf = ts.createSourceFile(f, text.get(f), ts.ScriptTarget.Latest, true);
    for (const st of sf.statements) {
      if (!ts.isTypeAliasDeclaration(st) || !ts.isUnionTypeNode(st.type)) continue;
      const strings = st.type.types.every((t) => ts.isLiteralTypeNode(t) && ts.isStringLiteral(t.literal));
      if (strings) out.push(`${f}:${st.name.text}`);
    }
  }
  return out;
}
const unions = entityUnions();
const enums = {
  graphqlRegisterEnumType: countMatches(src, /\bregisterEnumType\(/g),
  entityStringUnions: unions.length,
  sqlCheckLists: countMatches(ofKind('migration'), /check\s*\(\s*[\w."]+\s+in\s*\(\s*'/gi),
};

// ─── tests ───
const testFigures = {
  colonAny: countMatches(tests, /:\s*any\b/g),
  deepSupportImports: countMatches(files, /['"](\.\.\/){3,}test\/support/g),
  testFilesWithRawSqlWrites: tests.filter((f) =>
    /\b(insert\s+into|update\s+\w+\s+set|delete\s+from)\b/i.test(text.get(f)),
  ).length,
};

// ─── duplicates (the machine's `duplicates` tool, when installed) ───
function duplicates() {
  const run = spawnSync('duplicates', ['--seconds', '300', '--most', '1'], { cwd: root, encoding: 'utf8' });
  if (run.error) return 'n/a (`duplicates` is not installed here)';
  return run.stdout.split('\n')[0];
}

// ─── ESLint, per rule ───
function eslintCounts() {
  const run = spawnSync(bin('eslint'), ['.', '--format', 'json'], {
    cwd: root,
    encoding: 'utf8',
    maxBuffer: 512 * 1024 * 1024,
  });
  const results = JSON.parse(run.stdout);
  const counts = {};
  for (const r of results) {
    for (const m of r.messages) {
      const rule = m.ruleId ?? 'fatal';
      const zone = kindOf(path.relative(root, r.filePath));
      counts[rule] ??= { source: 0, test: 0, migration: 0 };
      counts[rule][zone]++;
    }
  }
  return Object.fromEntries(Object.entries(counts).sort((a, b) => sum(b[1]) - sum(a[1])));
}
const sum = (o) => Object.values(o).reduce((a, b) => a + b, 0);

const figures = {
  commit: execFileSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: root, encoding: 'utf8' }).trim(),
  files: { source: src.length, test: tests.length, migration: ofKind('migration').length },
  largestSourceFiles: sourceSizes.slice(0, 5),
  sourceFilesOver350: sourceSizes.filter((s) => s.lines > 350).length,
  largestTestFile: testSizes[0],
  largestFunctions: functions.slice(0, 5),
  functionsOver60: functions.filter((f) => f.lines > 60).length,
  linesOver120: longLines(120),
  linesOver160: longLines(160),
  cycles: cycles(),
  ceremony,
  enums,
  tests: testFigures,
  duplicates: duplicates(),
  ...(args.has('--eslint') ? { eslint: eslintCounts() } : {}),
};

if (args.has('--json')) {
  console.log(JSON.stringify(figures, null, 2));
} else {
  const fmt = (o) =>
    Object.entries(o)
      .map(([k, v]) => `${k} ${v}`)
      .join(', ');
  const out = [];
  out.push(`house figures at ${figures.commit} (${fmt(figures.files)} files)`);
  out.push(`largest source files: ${figures.largestSourceFiles.map((s) => `${s.file} ${s.lines}`).join('; ')}`);
  out.push(
    `source files over 350 lines: ${figures.sourceFilesOver350}; largest test file: ${testSizes[0]?.file} ${testSizes[0]?.lines}`,
  );
  out.push(
    `largest functions: ${figures.largestFunctions.map((f) => `${f.name} (${f.file}:${f.line}) ${f.lines}`).join('; ')}`,
  );
  out.push(`functions over 60 lines (source): ${figures.functionsOver60}`);
  out.push(`lines over 120 characters: ${fmt(figures.linesOver120)}`);
  out.push(`lines over 160 characters: ${fmt(figures.linesOver160)}`);
  const c = figures.cycles;
  if (c.error) out.push(`cycles: depcruise failed: ${c.error}`);
  else {
    out.push(
      `cycles: ${c.distinctCycles} distinct (${c.violations} depcruise no-circular violations), ${c.filesInCycles} files, longest ${c.longest} files`,
    );
    for (const cy of c.cycles) out.push(`  ${cy}`);
    out.push(`other dependency rules: ${fmt(c.otherRuleViolations) || 'none violated'}`);
  }
  for (const [k, v] of Object.entries(ceremony)) out.push(`${k}: ${fmt(v)}`);
  out.push(`enum definitions: ${fmt(enums)}`);
  out.push(`tests: ${fmt(testFigures)}`);
  out.push(`duplicates: ${figures.duplicates}`);
  if (figures.eslint) {
    out.push('eslint, full rule set (source/test/migration):');
    for (const [rule, n] of Object.entries(figures.eslint))
      out.push(`  ${sum(n)} ${rule} (${n.source}/${n.test}/${n.migration})`);
  }
  console.log(out.join('\n'));
}
