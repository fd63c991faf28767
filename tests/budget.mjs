// Size budget of the page's first load, measured on what the browser really fetches.
//
// Opens the served page in headless Chromium (BASE_URL, as the e2e tests), waits for
// html[data-ready=true] (the first result is on screen), and records every same-origin response of
// that load. Each URL is mapped to its file under dist/ and compressed here with gzip -9, so the
// figures do not depend on the test server (python's http.server sends no Content-Encoding).
//
// Measured once per language (every www/i18n/<lang>.js, opened as #lang=<lang>): each loads only
// its own catalogue. Limits (1 KB = 1000 bytes): everything the page needs for its first load in
// one language (HTML, CSS, JS, wasm, that language's catalogue) ≤ 80 KB gzip, and ≤ 75 KB for the
// margin issue 11 asks; the wasm alone ≤ 60 KB gzip.
// A response that is not counted is printed with the reason: nothing is excluded silently.
// The measurement (and its table, for the CI log) runs in a `before` hook; the two limits and the
// other fail conditions are node:test tests, so the exit code is non-zero when one is broken.
//
//   BASE_URL=http://127.0.0.1:8765/ node --test --test-reporter=spec tests/budget.mjs
import { test, before } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { dirname, join, normalize, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { launch, BASE_URL } from './e2e/lib.mjs';

const KB = 1000;
const LIMIT_TOTAL = 80 * KB;
const LIMIT_MARGIN = 75 * KB;
const LIMIT_WASM = 60 * KB;
const WWW = join(dirname(fileURLToPath(import.meta.url)), '..', 'dist');
const origin = new URL(BASE_URL).origin;

/** The file under dist/ that a same-origin URL serves (directory URLs serve index.html). */
function fileFor(url) {
  let path = decodeURIComponent(new URL(url).pathname);
  if (path.endsWith('/')) path += 'index.html';
  const file = normalize(join(WWW, path));
  if (relative(WWW, file).startsWith('..' + sep)) return null;
  try {
    return statSync(file).isFile() ? file : null;
  } catch {
    return null;
  }
}

/** The languages: one catalogue file each (www/i18n/<lang>.js). */
const LANGS = readdirSync(join(dirname(fileURLToPath(import.meta.url)), '..', 'www', 'i18n'))
  .map((f) => /^([a-z]{2,3}(?:-x-[a-z]+)?)\.js$/.exec(f)?.[1]).filter(Boolean).sort((a, b) => (a === 'nb' ? -1 : b === 'nb' ? 1 : a.localeCompare(b)));

/** Per language: { notReady, foreign, notOk, unsized, rows, total, wasm, wasmGz }. */
const results = new Map();

// Each language in a fresh browser (no cache, no service worker from the one before).
before(async () => {
  for (const lang of LANGS) results.set(lang, await measure(lang));
});

async function measure(lang) {
  const url = lang === 'nb' ? BASE_URL : `${BASE_URL}#lang=${lang}`;
  let notReady = null; // why the page did not show its first result, if it did not
  const foreign = []; // requests to another origin
  const notOk = []; // counted responses that were not 2xx
  const unsized = []; // counted responses with no file under dist/
  const rows = []; // the counted files: { path, type, raw, gz }
  const ctx = await launch();
  // The moment the first result is shown, in the page's own clock (performance.now()).
  await ctx.addInitScript(() => {
    new MutationObserver(() => {
      if (document.documentElement?.dataset.ready === 'true' && window.__readyAt === undefined) window.__readyAt = performance.now();
    }).observe(document, { subtree: true, attributes: true, attributeFilter: ['data-ready'] });
  });
  const page = ctx.pages()[0] ?? await ctx.newPage();
  // A fresh profile has an empty cache; disable it anyway so every resource is really fetched.
  const cdp = await ctx.newCDPSession(page);
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });

  // Every response the browser context sees (the page, its workers, a service worker if one is added).
  const responses = [];
  const onResponse = (r) => responses.push({
    url: r.url(), status: r.status(), type: r.request().resourceType(), byServiceWorker: Boolean(r.request().serviceWorker?.()),
  });
  ctx.on('response', onResponse);

  let firstLoad = new Set();
  try {
    await page.goto(url, { waitUntil: 'load' });
    await page.waitForSelector('html[data-ready=true]', { timeout: 15000 });
    // Let late requests (a service worker, prefetches) show up, so they can be listed as not counted.
    await page.waitForLoadState('networkidle', { timeout: 5000 }).catch(() => {});
    // What the document requested before its first result: the navigation and every resource entry
    // that started before data-ready (fetch() of the wasm and dynamic import() are included).
    firstLoad = new Set(await page.evaluate(() => [
      ...performance.getEntriesByType('navigation').map((e) => e.name.replace(/#.*/, '')),
      ...performance.getEntriesByType('resource').filter((e) => e.startTime <= window.__readyAt).map((e) => e.name),
    ]));
  } catch (e) {
    notReady = `the page did not become ready: ${e.message.split('\n')[0]}`;
  }

  const seen = new Map(); // url → { status, type }, the counted responses
  const excluded = [];
  await ctx.close();
  for (const { url, status, type, byServiceWorker } of responses) {
    if (byServiceWorker) {
      // The service worker's own fetches (its precache) are not what the page needs to show a result.
      excluded.push([url, 'fetched by the service worker (precache), not by the page']);
    } else if (url.startsWith('data:')) {
      excluded.push([url.slice(0, 40), 'data: URL, inline in a file already counted']);
    } else if (new URL(url).origin !== origin) {
      excluded.push([url, 'another origin (the page must make no such request)']);
      foreign.push(url);
    } else if (seen.has(url)) {
      excluded.push([url, `${type}, fetched again (counted once)`]);
    } else if (!firstLoad.has(url)) {
      excluded.push([url, `${type}, requested after the first result was shown or not by the document`]);
    } else {
      seen.set(url, { status, type });
    }
  }

  for (const [url, { status, type }] of seen) {
    const file = fileFor(url);
    if (status < 200 || status >= 300) {
      notOk.push(`${url} answered ${status} (a first load must not request missing files)`);
      continue;
    }
    if (!file) {
      unsized.push(`${url} has no file under dist/ (cannot size it)`);
      continue;
    }
    const buf = readFileSync(file);
    rows.push({ path: relative(WWW, file).split(sep).join('/'), type, raw: buf.length, gz: gzipSync(buf, { level: 9 }).length });
  }
  rows.sort((a, b) => b.gz - a.gz);

  const pad = (s, n) => String(s).padEnd(n);
  const num = (n, w = 9) => n.toLocaleString('en-US').replace(/,/g, ' ').padStart(w);
  console.log(`\nfirst load of ${url} (gzip -9 by node:zlib, 1 KB = 1000 bytes)`);
  console.log(`  ${pad('file', 32)} ${pad('type', 10)} ${'raw'.padStart(9)} ${'gzip'.padStart(9)}`);
  for (const r of rows) console.log(`  ${pad(r.path, 32)} ${pad(r.type, 10)} ${num(r.raw)} ${num(r.gz)}`);
  const total = rows.reduce((a, r) => ({ raw: a.raw + r.raw, gz: a.gz + r.gz }), { raw: 0, gz: 0 });
  const wasm = rows.filter((r) => r.path.endsWith('.wasm'));
  const wasmGz = wasm.reduce((a, r) => a + r.gz, 0);
  console.log(`  ${pad(`total (${rows.length} files)`, 43)} ${num(total.raw)} ${num(total.gz)}`);
  for (const [url, why] of excluded) console.log(`  not counted: ${url} — ${why}`);
  console.log('');
  return { notReady, foreign, notOk, unsized, rows, total, wasm, wasmGz };
}

/** One limit: passes with its figure as a note, fails with it as the message. */
function check(t, r, what, value, limit) {
  assert(r.rows.length > 0, 'no file of the first load was counted');
  const msg = `${what}: ${(value / KB).toFixed(1)} KB gzip (limit ${limit / KB} KB, ${((100 * value) / limit).toFixed(0)} % used)`;
  t.diagnostic(msg);
  assert(value <= limit, msg);
}

const leaves = (o) => (typeof o === 'string' ? [o] : Object.values(o ?? {}).flatMap(leaves));

for (const lang of LANGS) {
  const r = () => results.get(lang);
  test(`[${lang}] the page shows its first result (html[data-ready=true])`, () => assert.equal(r().notReady, null, r().notReady));
  test(`[${lang}] no request to another origin`, () => assert.equal(r().foreign.length, 0, `request to another origin: ${r().foreign.join(' ')}`));
  test(`[${lang}] every response of the first load is 2xx`, () => assert.equal(r().notOk.length, 0, r().notOk.join('; ')));
  test(`[${lang}] every response of the first load has its file under dist/`, () => assert.equal(r().unsized.length, 0, r().unsized.join('; ')));
  test(`[${lang}] exactly one wasm file in the first load`, () => assert.equal(r().wasm.length, 1, `expected exactly one wasm file in the first load, saw ${r().wasm.length}`));
  test(`[${lang}] the HTML document is counted`, () => assert(r().rows.some((x) => x.path === 'index.html'), 'the HTML document is not among the responses'));
  // The language's catalogue must be counted (a text of its first part is in a counted script), and
  // no other language's (no chunk of another catalogue, chunks/<other>[.part]-<hash>.js, is among the files).
  test(`[${lang}] its own catalogue is counted, and no other language's`, async () => {
    const counted = r().rows.filter((x) => x.path.endsWith('.js')).map((x) => readFileSync(join(WWW, x.path), 'utf8'));
    const html = readFileSync(join(WWW, 'index.html'), 'utf8');
    const { default: c } = await import(new URL(`../www/i18n/${lang}.js`, import.meta.url));
    const own = leaves(c.ui).filter((text) => text.length >= 20 && !/["'`\\\n]/.test(text) && !html.includes(text));
    assert(own.length && counted.some((js) => js.includes(own[0])), `the catalogue www/i18n/${lang}.js is not in the first load`);
    const chunkOf = (l) => new RegExp(`^chunks/${l.replace(/-/g, '\\-')}(\\.(volunteer|later))?-[A-Z0-9]+\\.js$`);
    const others = r().rows.filter((x) => LANGS.some((l) => l !== lang && chunkOf(l).test(x.path)));
    assert.deepEqual(others.map((x) => x.path), [], `the first load in ${lang} also loads another language's catalogue`);
  });
  test(`[${lang}] first load, all files: <= ${LIMIT_TOTAL / KB} KB gzip`, (t) => check(t, r(), 'first load, all files', r().total.gz, LIMIT_TOTAL));
  // Issue 11 asks for 5 KB of headroom under the 80 KB limit. With the features of issue 12 and the
  // ten languages of issue 14 it holds for nb, nn, en and nb-x-lettlest (74.6–74.8 KB on 2026-12-02)
  // but not for ar, pl, prs, so, ti, uk (75.5–76.5 KB: their first catalogue part is 1–2 KB larger).
  // Reported, not failed, until the first screen sheds weight (NOTES.md lists candidates); the 80 KB
  // limit above fails the test command.
  test(`[${lang}] first load with a 5 KB margin: <= ${LIMIT_MARGIN / KB} KB gzip`, (t) => check(t, r(), 'first load, all files', r().total.gz, LIMIT_MARGIN));
  test(`[${lang}] wasm alone: <= ${LIMIT_WASM / KB} KB gzip`, (t) => check(t, r(), 'wasm alone', r().wasmGz, LIMIT_WASM));
}
