import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { chinaDay } from '@dsr/domain';
import { addDays } from './dates';

/**
 * The README walk-through as files (schema/operations/walkthrough/NN-name.graphql or .http), and the
 * placeholders its variables use. The header of a file, read top to bottom:
 *   `# as: <account>`              the account of the runs below it
 *   `# variables: {…}`             one run with these variables (`# variables <label>: {…}` names it)
 *   `# expect: {"<path>": value}`  what every run's answer holds at that path
 * A file with no `# variables` line runs once. A run's answer is kept under `NN` (or `NN/<label>`).
 * Placeholders are whole JSON strings:
 *   "$today", "$today+N"  today in China (YYYY-MM-DD), plus N days; "$today+N (≤12-31)" no later than 31 December
 *   "$year"               this year in China, as a number
 *   "$now", "$now-Nm"     now, N minutes ago (ISO 8601), never before today's 00:00 in China
 *   "$NN:<path>"          the value at <path> in the `data` of step NN's answer (`$NN/<label>:…` for a labelled run);
 *                         `a.b` descends, `[2]` picks an element, `[name=治安大队]` the first element whose name is 治安大队
 * An .http file lists requests, one a line (`GET /inspections/{inspection}/record.pdf`, or `GET {+link}` for a signed link), `{name}` taken from its variables.
 */
export interface WalkthroughRun {
  name: string;
  as: string | null;
  variables: Record<string, unknown>;
}
export interface WalkthroughStep {
  file: string;
  kind: 'graphql' | 'http';
  text: string;
  runs: WalkthroughRun[];
  expect: Record<string, unknown>;
  requests: string[];
}

export const WALKTHROUGH_DIR = path.join(__dirname, '..', '..', 'schema', 'operations', 'walkthrough');

export function loadWalkthrough(dir = WALKTHROUGH_DIR): WalkthroughStep[] {
  return readdirSync(dir)
    .filter((f) => /^\d\d-.*\.(graphql|http)$/.test(f))
    .sort()
    .map((f) => parseStep(f, readFileSync(path.join(dir, f), 'utf8')));
}

export function parseStep(file: string, text: string): WalkthroughStep {
  const key = file.slice(0, 2);
  const runs: WalkthroughRun[] = [];
  let as: string | null = null;
  let expect: Record<string, unknown> = {};
  for (const line of text.split('\n')) {
    const header = /^# (as|variables|expect)(?: (\w+))?: (.+)$/.exec(line);
    if (!header) continue;
    const [, word, label, value] = header;
    if (word === 'as') as = value!.trim();
    else if (word === 'expect') expect = JSON.parse(value!);
    else runs.push({ name: label ? `${key}/${label}` : key, as, variables: JSON.parse(value!) });
  }
  if (!runs.length) runs.push({ name: key, as, variables: {} });
  const kind = file.endsWith('.http') ? 'http' : 'graphql';
  const requests =
    kind === 'http'
      ? text
          .split('\n')
          .filter((l) => /^GET [/{]/.test(l))
          .map((l) => l.slice(4).trim())
      : [];
  return { file, kind, text, runs, expect, requests };
}

export interface Clock {
  now: Date;
  today: string;
}
export const clockAt = (now: Date): Clock => ({ now, today: chinaDay(now) });

/** Replaces every placeholder in `value` (deeply); an unknown placeholder or a missing answer throws, naming it. */
export function resolvePlaceholders(value: unknown, answers: Map<string, unknown>, clock: Clock): unknown {
  if (Array.isArray(value)) return value.map((v) => resolvePlaceholders(v, answers, clock));
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, resolvePlaceholders(v, answers, clock)]));
  }
  if (typeof value !== 'string' || !value.startsWith('$')) return value;
  if (value === '$year') return Number(clock.today.slice(0, 4));
  const day = /^\$today(?:\+(\d+))?( \(≤12-31\))?$/.exec(value);
  if (day) {
    const d = addDays(clock.today, Number(day[1] ?? 0));
    const yearEnd = `${clock.today.slice(0, 4)}-12-31`;
    return day[2] && d > yearEnd ? yearEnd : d;
  }
  const time = /^\$now(?:-(\d+)m)?$/.exec(value);
  if (time) {
    const startOfDay = Date.parse(`${clock.today}T00:00:00+08:00`);
    return new Date(Math.max(clock.now.getTime() - Number(time[1] ?? 0) * 60_000, startOfDay)).toISOString();
  }
  const ref = /^\$(\d\d(?:\/\w+)?):(.+)$/.exec(value);
  if (!ref) throw new Error(`unknown placeholder ${value}`);
  if (!answers.has(ref[1]!)) throw new Error(`${value}: step ${ref[1]} has not run`);
  return valueAt(answers.get(ref[1]!), ref[2]!, value);
}

/** The value at a path such as `inspections.edges[node.joint=true].node.members[0].inspectorId`. */
export function valueAt(root: unknown, path: string, what = path): unknown {
  let here: unknown = root;
  for (const [, key, bracket] of path.matchAll(/([^.[\]]+)|\[([^\]]+)\]/g)) {
    if (key !== undefined) here = (here as Record<string, unknown> | null)?.[key];
    else if (/^\d+$/.test(bracket!)) here = (here as unknown[] | null)?.[Number(bracket)];
    else {
      const [field, wanted] = bracket!.split('=') as [string, string];
      here = (here as unknown[] | null)?.find((x) => {
        try {
          return String(valueAt(x, field)) === wanted;
        } catch {
          return false;
        }
      });
    }
    if (here === undefined || here === null) throw new Error(`${what}: nothing at ${key ?? `[${bracket}]`}`);
  }
  return here;
}

/**
 * `{name}` in an .http request line, from the run's (resolved) variables, encoded as one path segment;
 * `{+name}` as it is (RFC 6570 reserved expansion), for a whole signed link with its query.
 */
export const fillPath = (line: string, variables: Record<string, unknown>) =>
  line.replace(/\{(\+?)(\w+)\}/g, (_m, raw: string, name: string) =>
    raw ? String(variables[name]) : encodeURIComponent(String(variables[name])),
  );
