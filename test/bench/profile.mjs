// Sums a V8 .cpuprofile (node --cpu-prof, or the inspector's Profiler as `BENCH_PROFILE=1 pnpm bench`
// takes them): self time per function (name + file + line), and per package — self, and inclusive
// (samples with the package anywhere on the stack, its callees included). Idle time left out.
// CLI: node test/bench/profile.mjs <file.cpuprofile> [top]
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));

/** The package a frame's url belongs to: node_modules/<pkg>, a workspace package, Node's own, or V8's. */
export function packageOf({ url, functionName }) {
  if (!url) return /^\(.*\)$/.test(functionName) ? functionName : '(V8 / native)';
  if (url.startsWith('node:')) return '(node internals)';
  const i = url.lastIndexOf('/node_modules/');
  if (i >= 0) {
    const [a, b] = url.slice(i + '/node_modules/'.length).split('/');
    return a.startsWith('@') ? `${a}/${b}` : a;
  }
  const m = /\/(services\/api|packages\/[^/]+)\//.exec(url);
  if (m) return m[1] === 'services/api' ? 'services/api (product)' : `@dsr/${m[1].slice('packages/'.length)}`;
  if (url.includes('/test/bench/')) return 'test/bench';
  return url.startsWith('file:') ? '(other files)' : '(node internals)';
}

/** A frame's file, short: from the package's own folder, or from the repository root. */
function shortUrl(url) {
  if (!url) return '';
  const i = url.lastIndexOf('/node_modules/');
  if (i >= 0) return url.slice(i + '/node_modules/'.length);
  const file = url.startsWith('file:') ? fileURLToPath(url) : url;
  return file.startsWith(ROOT) ? path.relative(ROOT, file) : file;
}

/** Self and inclusive times (ms) from one profile. */
export function summarise(profile) {
  const nodes = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const selfByNode = new Map();
  profile.samples.forEach((id, i) => selfByNode.set(id, (selfByNode.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0)));
  // A native frame (no url: writev, HMAC, …) counts for the package that called it.
  const owner = new Map();
  const ownerOf = (id) => {
    if (owner.has(id)) return owner.get(id);
    const f = nodes.get(id).callFrame;
    const p = parent.get(id);
    const name =
      packageOf(f) === '(V8 / native)' && p !== undefined && nodes.get(p).callFrame.functionName !== '(root)'
        ? ownerOf(p)
        : packageOf(f);
    owner.set(id, name);
    return name;
  };
  // The packages on each node's stack, once per node.
  const stackPackages = new Map();
  const packagesOn = (id) => {
    let set = stackPackages.get(id);
    if (set) return set;
    const p = parent.get(id);
    set = new Set(p === undefined ? [] : packagesOn(p));
    set.add(ownerOf(id));
    stackPackages.set(id, set);
    return set;
  };
  const frameName = (id) => {
    const f = nodes.get(id).callFrame;
    if (f.url) return `${f.functionName || '(anonymous)'} ${shortUrl(f.url)}:${f.lineNumber + 1}`;
    const p = parent.get(id);
    // A native frame, named with its caller (writev from net, run from a crypto job, …).
    return packageOf(f) === '(V8 / native)' && p !== undefined
      ? `${f.functionName} (native) < ${frameName(p)}`
      : f.functionName;
  };
  const frames = new Map();
  const packages = new Map();
  let total = 0;
  // The profiler's own work (node:inspector, e.g. Profiler.stop) is not the server's.
  const profilerOwn = new Map();
  const isProfilerOwn = (id) => {
    if (profilerOwn.has(id)) return profilerOwn.get(id);
    const p = parent.get(id);
    const own = nodes.get(id).callFrame.url === 'node:inspector' || (p !== undefined && isProfilerOwn(p));
    profilerOwn.set(id, own);
    return own;
  };
  for (const [id, us] of selfByNode) {
    const f = nodes.get(id).callFrame;
    if (f.functionName === '(idle)' || isProfilerOwn(id)) continue;
    total += us;
    const key = frameName(id);
    frames.set(key, (frames.get(key) ?? 0) + us);
    const own = ownerOf(id);
    const entry = (p) => packages.get(p) ?? packages.set(p, { self: 0, inclusive: 0 }).get(p);
    entry(own).self += us;
    for (const p of packagesOn(id)) entry(p).inclusive += us;
  }
  const ms = (us) => us / 1000;
  return {
    totalMs: ms(total),
    frames: [...frames].map(([frame, us]) => ({ frame, ms: ms(us) })).sort((a, b) => b.ms - a.ms),
    packages: [...packages]
      .map(([name, t]) => ({ name, selfMs: ms(t.self), inclusiveMs: ms(t.inclusive) }))
      .sort((a, b) => b.selfMs - a.selfMs),
  };
}

/** The report `pnpm bench` prints for one profile: the top frames by self time, then the packages. */
export function report(file, { top = 25, requests } = {}) {
  const s = summarise(JSON.parse(readFileSync(file, 'utf8')));
  const shown = path.relative(process.cwd(), file).startsWith('..') ? file : path.relative(process.cwd(), file);
  const pct = (v) => `${((100 * v) / s.totalMs).toFixed(1)}%`;
  const perReq = requests ? ` = ${(s.totalMs / requests).toFixed(2)} ms per request over ${requests}` : '';
  const lines = [`\nprofile ${shown}: ${s.totalMs.toFixed(0)} ms sampled, idle left out${perReq}`];
  lines.push(`top ${top} frames by self time:`, '| self ms | share | function file:line |', '|---:|---:|---|');
  for (const f of s.frames.slice(0, top)) lines.push(`| ${f.ms.toFixed(0)} | ${pct(f.ms)} | ${f.frame} |`);
  lines.push(
    'by package (native frames count for the package calling them; inclusive: the package anywhere on the stack, what it calls included):',
  );
  lines.push('| package | self | inclusive |', '|---|---:|---:|');
  for (const p of s.packages
    .filter((x) => x.name !== '(root)')
    .filter((x) => x.selfMs / s.totalMs >= 0.003 || x.inclusiveMs / s.totalMs >= 0.02))
    lines.push(`| ${p.name} | ${pct(p.selfMs)} | ${pct(p.inclusiveMs)} |`);
  return lines.join('\n');
}

if (process.argv[1] && fileURLToPath(import.meta.url) === path.resolve(process.argv[1])) {
  if (!process.argv[2]) {
    console.error('usage: node test/bench/profile.mjs <file.cpuprofile> [top]');
    process.exit(2);
  }
  console.log(report(process.argv[2], { top: Number(process.argv[3] ?? 25) }));
}
