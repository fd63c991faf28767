// Shared helpers for the browser tests: Debian chromium through playwright-core, no downloads.
import { chromium } from 'playwright-core';
import { mkdtempSync } from 'node:fs';
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

let passed = 0;
let failed = 0;

/** Runs one named test; a failure is counted and printed, never swallowed. */
export async function test(name, fn) {
  try {
    await fn();
    passed++;
    console.log(`ok - ${name}`);
  } catch (e) {
    failed++;
    console.log(`FAILED - ${name}\n  ${String(e?.stack ?? e).split('\n').join('\n  ')}`);
  }
}

export function assert(cond, message) {
  if (!cond) throw new Error(`assertion failed: ${message}`);
}

export function assertEq(actual, expected, message) {
  if (actual !== expected) throw new Error(`${message}: expected ${JSON.stringify(expected)}, got ${JSON.stringify(actual)}`);
}

/** Prints the closing line CI reads and sets the exit code. */
export function finish() {
  console.log(`e2e: ${passed} passed, ${failed} failed`);
  process.exitCode = failed === 0 && passed > 0 ? 0 : 1;
}
