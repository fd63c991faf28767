// Shared helpers for the browser tests: Debian chromium through playwright-core, no downloads.
// The tests themselves use Node's built-in runner (node:test, node:assert/strict):
//   BASE_URL=http://127.0.0.1:8765/ node --test --test-reporter=spec tests/e2e/run.mjs
import { chromium } from 'playwright-core';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const BASE_URL = process.env.BASE_URL ?? 'http://127.0.0.1:8765/';
export const CHROMIUM_ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync'];

export async function launch(options = {}) {
  return chromium.launchPersistentContext(mkdtempSync(join(tmpdir(), 'sh-e2e-')), {
    executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
    args: CHROMIUM_ARGS,
    headless: true,
    ...options,
  });
}

/**
 * Loads the page afresh at `hash` in `page` and waits until the first result is computed. Going
 * through about:blank forces a reload even when only the fragment differs.
 */
export async function load(page, hash) {
  await page.goto('about:blank');
  await page.goto(BASE_URL + hash);
  await page.waitForSelector('html[data-ready=true]', { timeout: 10000 });
  // The guidance (its renderer and texts) loads right after the first screen.
  await page.waitForSelector('html[data-guidance=true]', { timeout: 10000 });
  return page;
}

const AXE = readFileSync(new URL('../../node_modules/axe-core/axe.min.js', import.meta.url), 'utf8');

/**
 * Runs axe-core (WCAG 2.0/2.1 A and AA rules and best practice) on the page as it is: the violations,
 * each as «id (nodes): the first two targets», and how many rules passed.
 */
export async function axeRun(page) {
  await page.addScriptTag({ content: AXE });
  const result = await page.evaluate(() => window.axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'] } }));
  const violations = result.violations.map((x) => `${x.id} (${x.nodes.length}): ${x.nodes.slice(0, 2).map((n) => n.target.join(' ')).join(', ')}`);
  return { violations, passes: result.passes.length };
}

/** The page's scroll width and client width: a page that scrolls sideways has the first larger. */
export function widths(page) {
  return page.evaluate(() => [document.documentElement.scrollWidth, document.documentElement.clientWidth]);
}
