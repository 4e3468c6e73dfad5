import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { chromium, type Browser, type BrowserContext, type Locator, type Page } from 'playwright-core';
import { expect } from 'vitest';
import { DEMO_PASSWORD } from '@dsr/db';
import type { TestApp } from './harness';

/** Debian's Chromium: a browser from an npm package lacks libraries on fresh machines here. */
export const CHROMIUM = process.env.DSR_CHROMIUM ?? '/usr/bin/chromium';
/**
 * Debian's Chromium headless shell (chromium-headless-shell): the same engine and version without the browser
 * around it. A new context signed in and its first page shown took 1.6 s with it, 4.3 s with the whole
 * Chromium on this machine; but it has no strings of its own but English (an empty date-time field reads
 * "yyyy/mm/dd"), so a file whose pages show those fields asks for the whole Chromium (`launchBrowser(true)`).
 */
export const HEADLESS_SHELL = process.env.DSR_CHROMIUM_SHELL ?? '/usr/lib/chromium/chromium-headless-shell';
/** Screenshots of each page (git-ignored): look at them. */
export const SCREENSHOT_DIR = path.join(__dirname, '..', 'web', 'screenshots');
/** The built workbench the API serves (`pnpm run build`; `pnpm test` builds first). */
export const WEB_DIST = path.join(__dirname, '..', '..', 'services', 'web', 'dist');

/**
 * Without these Chromium keeps trying Google's hosts on this closed network and its connections are
 * refused. Playwright adds a fresh, empty --user-data-dir of its own for each launch.
 */
const FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/**
 * Chromium's own Chinese (Debian's chromium-l10n): its date-time fields (the record's datetime-local inputs) follow
 * the browser's language, not the context's `locale`, and fall back to en-US without this file.
 */
const ZH_CN_STRINGS = '/usr/lib/chromium/locales/zh-CN.pak';

/** Installs Debian's chromium, its Chinese and its headless shell when missing (as root, saying so); .ci/run too. */
export function ensureChromium(): void {
  const missing = [
    ...(existsSync(CHROMIUM) ? [] : ['chromium']),
    ...(CHROMIUM === '/usr/bin/chromium' && !existsSync(ZH_CN_STRINGS) ? ['chromium-l10n'] : []),
    ...(existsSync(HEADLESS_SHELL) ? [] : ['chromium-headless-shell']),
  ];
  if (missing.length === 0) return;
  const install = `apt-get install -y ${missing.join(' ')}`;
  if (process.getuid?.() !== 0) {
    throw new Error(`${missing.join(' and ')} missing: install with "sudo ${install}" (root can let the tests do it)`);
  }
  console.log(`[browser tests] ${missing.join(' and ')} missing: running ${install}`);
  execFileSync('apt-get', ['update'], { stdio: 'inherit' });
  execFileSync('apt-get', ['install', '-y', ...missing], { stdio: 'inherit' });
}

/**
 * A bureau's browser: Chinese (LANGUAGE picks Chromium's own strings and date formats), China time per context.
 * The headless shell unless `chromiumStrings`: the whole Chromium, for pages with date-time fields of its own.
 */
export async function launchBrowser(chromiumStrings = false): Promise<Browser> {
  ensureChromium();
  const env = { ...process.env, LANGUAGE: 'zh_CN' } as Record<string, string>;
  const executablePath = chromiumStrings ? CHROMIUM : HEADLESS_SHELL;
  return chromium.launch({ executablePath, args: FLAGS, headless: true, env });
}

/** The API with the built web app on a free port of this machine. */
export async function listen(t: TestApp): Promise<string> {
  if (!existsSync(path.join(WEB_DIST, 'index.html'))) throw new Error(`${WEB_DIST} missing: run pnpm run build`);
  const server = t.server.httpServer;
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

/**
 * A page that records every console error and warning, page error and failed request; `expectClean` fails the
 * test on any (pass what a scenario expects, e.g. the 401 of a lapsed session).
 */
export interface GuardedPage {
  page: Page;
  context: BrowserContext;
  problems: string[];
  expectClean(allowed?: RegExp[]): void;
}

export async function guardedPage(
  browser: Browser,
  viewport: { width: number; height: number } = { width: 1440, height: 900 },
  /** A phone: its meta viewport honoured and touch events (the walk-through's inspector). */
  device: { isMobile?: boolean; hasTouch?: boolean } = {},
): Promise<GuardedPage> {
  const context = await browser.newContext({
    viewport,
    ...device,
    locale: 'zh-CN',
    timezoneId: 'Asia/Shanghai',
    reducedMotion: 'reduce',
  });
  const page = await context.newPage();
  const problems: string[] = [];
  page.on('console', (m) => {
    // A failed load is told with its address by the response listener below.
    if (m.type() === 'error' && !m.text().startsWith('Failed to load resource')) problems.push(`console: ${m.text()}`);
    // Warnings too: a library's warning about our use of it (react-router's missing HydrateFallback was one).
    if (m.type() === 'warning') problems.push(`console warning: ${m.text()}`);
  });
  page.on('response', (r) => {
    if (r.status() >= 400) problems.push(`response ${r.status()} ${r.request().method()} ${r.url()}`);
  });
  page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
  page.on('requestfailed', (r) => {
    const why = r.failure()?.errorText ?? '';
    if (why !== 'net::ERR_ABORTED') problems.push(`request failed: ${r.url()} ${why}`); // a navigation away aborts
  });
  return {
    page,
    context,
    problems,
    expectClean(allowed = []) {
      const left = problems.filter((p) => !allowed.some((re) => re.test(p)));
      expect(left, 'console errors or failed requests').toEqual([]);
      problems.length = 0;
    },
  };
}

const AXE_SOURCE = () => readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

/**
 * axe-core on the page as it is: no serious or critical violations. Evaluated by CDP, so the page's CSP stays on.
 * `within`: only that part (a dialog or drawer opened over a page that had its own check): axe's time grows
 * with the page, and the page under a dialog is the one already checked.
 */
export async function expectAccessible(page: Page, what: string, within?: Locator): Promise<void> {
  await animationsSettled(page);
  const loaded = await page.evaluate(() => 'axe' in window);
  if (!loaded) await page.evaluate(AXE_SOURCE());
  const scope = within ? await within.elementHandle() : null;
  const violations = await page.evaluate(async (part) => {
    const axe = (window as unknown as { axe: { run(c: Node, o: object): Promise<{ violations: any[] }> } }).axe;
    // Only the violations are read: axe then skips writing up every passing node (it runs on every page step).
    const result = await axe.run(part ?? document, { resultTypes: ['violations'] });
    return result.violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => {
        const nodes = v.nodes.map(
          (n: { html: string; failureSummary?: string }) => `${n.html.slice(0, 120)} ${n.failureSummary ?? ''}`,
        );
        return `${v.id} (${v.impact}): ${nodes.join(' | ')}`;
      });
  }, scope);
  await scope?.dispose();
  expect(violations, `axe on ${what}`).toEqual([]);
}

/**
 * Waits until no finite CSS animation or transition runs (a closing modal fades out for a moment
 * and axe would judge its inputs meanwhile); spinners loop forever and are left out, and so is antd's
 * click wave (a 2-second fading outline on the button last clicked, drawn by a div no one reads). Gives up after 5 s.
 */
async function animationsSettled(page: Page): Promise<void> {
  await page
    .waitForFunction(
      () =>
        document
          .getAnimations()
          .filter(
            (a) =>
              a.playState === 'running' &&
              a.effect?.getComputedTiming().iterations !== Infinity &&
              !((a.effect as KeyframeEffect | null)?.target as Element | null)?.classList.contains('ant-wave'),
          ).length === 0,
      undefined,
      { timeout: 5_000, polling: 100 },
    )
    .catch(() => undefined);
}

/** A full-page screenshot into test/web/screenshots/<name>.png. */
export async function screenshot(page: Page, name: string, { fullPage = true } = {}): Promise<void> {
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  // fullPage: false shows the screen as the user sees it (a sticky bar where it sticks).
  await page.screenshot({ path: path.join(SCREENSHOT_DIR, `${name}.png`), fullPage });
}

/**
 * The options of the list that the select `input` opened: its own list, found by the id antd gives it
 * (`<id>_list`), never another field's list that is still fading out after Escape.
 */
export async function optionsOf(input: Locator): Promise<Locator> {
  const id = await input.getAttribute('id');
  if (!id) throw new Error('a select field without an id');
  return input.page().locator(`.ant-select-dropdown:has([id="${id}_list"]) .ant-select-item-option`);
}

/**
 * Chooses `option` in the select labelled `field` (within `scope`, a dialog for instance) and sees it
 * chosen; a click that misses the opening list under load is tried again, at most three times.
 */
export async function pickOption(scope: Page | Locator, field: string, option: string): Promise<void> {
  const input = scope.getByLabel(field, { exact: true });
  const page = input.page();
  // `has` takes a locator relative to the page, not the scoped `input`.
  const chosen = scope
    .locator('.ant-select', { has: page.getByLabel(field, { exact: true }) })
    .filter({ hasText: option });
  for (let attempt = 1; ; attempt++) {
    await input.click();
    const clicked = await (
      await optionsOf(input)
    )
      .filter({ hasText: option })
      .first()
      .click({ timeout: 10_000 })
      .then(
        () => true,
        () => false,
      );
    if (
      clicked &&
      (await chosen.waitFor({ timeout: 5_000 }).then(
        () => true,
        () => false,
      ))
    )
      return;
    if (attempt === 3) throw new Error(`${field}: “${option}” not chosen`);
    // Close the list before trying again; Escape with no list open would close the dialog around it.
    if ((await input.getAttribute('aria-expanded')) === 'true') await input.press('Escape');
  }
}

/** Signs in through the sign-in form (the browser keeps the session cookie). */
export async function signInThroughForm(page: Page, username: string, password: string): Promise<void> {
  await page.getByLabel('用户名').fill(username);
  await page.getByLabel('密码').fill(password);
  await page.getByRole('button', { name: /登\s*录/ }).click();
}

/**
 * Signs the context in by the sign-in mutation, as the form does (the server's session cookie lands in the
 * context's jar): one page load less than the form. The form itself, its refusals and the return to a deep
 * link are clicked through in workbench, walkthrough and inspection-record.
 */
export async function signInByRequest(
  context: BrowserContext,
  base: string,
  username: string,
  password = DEMO_PASSWORD,
): Promise<void> {
  const res = await context.request.post(`${base}/graphql`, {
    headers: { origin: base },
    data: {
      query: 'mutation($i: LoginInput!) { login(input: $i) { expiresAt } }',
      variables: { i: { username, password } },
    },
  });
  const body = (await res.json()) as { errors?: unknown };
  if (!res.ok() || body.errors)
    throw new Error(`sign-in of ${username} refused: ${JSON.stringify(body.errors ?? res.status())}`);
}

/**
 * The answer to an action: the page state it leads to (`done`, read again after the answer), or the
 * server's refusal as a message (the test fails with its text, not as a timeout). Waiting for the state,
 * not for the success toast: a toast can come and go, or repeat words the page shows before the re-read.
 */
export async function expectOutcome(page: Page, done: Locator): Promise<void> {
  const refusal = page.locator('.ant-message-error').first();
  await done.or(refusal).first().waitFor({ timeout: 60_000 });
  if (await refusal.isVisible()) throw new Error(`refused: ${await refusal.innerText()}`);
}

/**
 * The answer to an action whose only visible answer is its message: a success, or the server's refusal
 * (a toast lasts 3 s: prefer expectOutcome).
 */
export async function expectSuccessMessage(page: Page): Promise<void> {
  const answer = page.locator('.ant-message-success, .ant-message-error').first();
  await answer.waitFor();
  const kind = (await answer.getAttribute('class')) ?? '';
  if (!kind.includes('ant-message-success')) throw new Error(`refused: ${await answer.innerText()}`);
}

/** The API with the built web app on a free port, one Chromium for the file, and pages signed in as a persona. */
export interface BrowserApp {
  t: TestApp;
  base: string;
  browser: Browser;
  /** A guarded page signed in as `username` (signInByRequest), opened at `path`. */
  signedInPage(
    username: string,
    path: string,
    opts?: { password?: string; viewport?: { width: number; height: number } },
  ): Promise<GuardedPage>;
  close(): Promise<void>;
}

/**
 * `start` starts the app (startTestApp with the file's options); Chromium starts meanwhile (the whole Chromium
 * with `chromiumStrings`, see launchBrowser).
 */
export async function startBrowserApp(
  start: () => Promise<TestApp>,
  { chromiumStrings = false }: { chromiumStrings?: boolean } = {},
): Promise<BrowserApp> {
  const [app, launched] = await Promise.allSettled([start(), launchBrowser(chromiumStrings)]);
  if (app.status === 'rejected' || launched.status === 'rejected') {
    await (launched.status === 'fulfilled' ? launched.value.close() : undefined);
    await (app.status === 'fulfilled' ? app.value.close() : undefined);
    throw app.status === 'rejected' ? app.reason : (launched as PromiseRejectedResult).reason;
  }
  const [t, browser] = [app.value, launched.value];
  const base = await listen(t);
  return {
    t,
    base,
    browser,
    async signedInPage(username, at, opts = {}) {
      const g = await guardedPage(browser, opts.viewport);
      await signInByRequest(g.context, base, username, opts.password);
      await g.page.goto(`${base}${at}`);
      return g;
    },
    async close() {
      await browser.close();
      await t.close();
    },
  };
}
