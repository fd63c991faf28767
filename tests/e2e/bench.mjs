// Browser benchmarks of the served page in headless Chromium (not tests: nothing here fails on time).
//
//   BASE_URL=http://127.0.0.1:8765/ node tests/e2e/bench.mjs     (bash scripts/bench.sh runs it)
//
// 1. µs per call, JS → wasm → JS, measured inside the page with performance.now(): estimate() of
//    the page's own first-screen module (import('./pkg/sosialhjelp.js')) and guidance() of the whole
//    API (pkg/sosialhjelp_full.js), a JS object with string amounts as the form sends it, the result
//    returned as JS objects. ROUNDS rounds of CALLS calls after WARMUP warm-up calls; the median round
//    is the figure. Also benchEstimate(): the same estimate inside the module, without the boundary.
// 2. Navigation → first result: the time at which html[data-ready=true] appears (a MutationObserver
//    installed before any page script records performance.now(), which counts from
//    performance.timeOrigin, the start of the navigation). LOADS fresh loads with the HTTP cache
//    disabled (so the wasm is fetched and compiled every time); the median is the figure.
// 3. The caseworker's desk: a keystroke → twelve months × six scenarios and the what-if painted.
import { launch, BASE_URL } from './lib.mjs';

const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 20);
const CALLS = Number(process.env.BENCH_CALLS ?? 5000);
const WARMUP = Number(process.env.BENCH_WARMUP ?? 5000);
const LOADS = Number(process.env.BENCH_LOADS ?? 15);

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const fmt = (x, d = 2) => x.toFixed(d);

// The households, as the page's form would send them (amounts as strings).
const FAMILY_OF_FIVE = {
  month: '2024-03', householdType: 'married', adults: [{ age: 34 }, { age: 29 }],
  children: [{ age: 4 }, { age: 9 }, { age: 15 }],
  expenses: { housing: '14500', electricity: '1200', insurance: '250', childcare: '1500',
    other: [{ label: 'Medisiner', amount: '350,50' }] },
  incomes: [{ kind: 'workNet', amount: '18000' }, { kind: 'bostotte', amount: '2100' }, { kind: 'barnetrygd', amount: '4548' }],
  liquidFunds: '1500',
};
const SINGLE = {
  month: '2024-03', householdType: 'single', adults: [{ age: 35 }],
  expenses: { housing: '9000', electricity: '800' }, incomes: [{ kind: 'aap', amount: '12000' }],
};

const ctx = await launch();
const page = ctx.pages()[0] ?? await ctx.newPage();
const errors = [];
page.on('pageerror', (e) => errors.push(String(e)));

const browserVersion = ctx.browser()?.version() ?? (await page.evaluate(() => navigator.userAgent));
console.log(`browser benchmark: ${BASE_URL}, Chromium ${browserVersion}, headless`);

// --- 1. µs per estimate() call ----------------------------------------------------------------
await page.goto(BASE_URL);
await page.waitForSelector('html[data-ready=true]', { timeout: 15000 });
for (const [name, household] of [['single adult', SINGLE], ['family of five', FAMILY_OF_FIVE]]) {
  for (const [module, fn] of [['sosialhjelp', 'estimate'], ['sosialhjelp_full', 'guidance']]) {
    const r = await page.evaluate(async ({ household, module, fn, ROUNDS, CALLS, WARMUP }) => {
      // The module instance the page already initialised (same URL, same module map).
      const m = await import(new URL(`./pkg/${module}.js`, document.baseURI).href);
      await m.default();
      const call = m[fn];
      const first = call(household);
      let sink = 0;
      for (let i = 0; i < WARMUP; i++) sink += call(household).ok ? 1 : 0;
      const perCall = [];
      for (let r = 0; r < ROUNDS; r++) {
        const t0 = performance.now();
        for (let i = 0; i < CALLS; i++) sink += call(household).ok ? 1 : 0;
        perCall.push(((performance.now() - t0) * 1000) / CALLS);
      }
      const inside = m.benchEstimate ? m.benchEstimate(household, CALLS) : NaN;
      return {
        perCall, sink, ok: first.ok, inside,
        amount: first.estimate?.totals?.amount, lines: first.estimate?.lines?.length,
        codes: JSON.stringify(first).match(/"code"/g)?.length ?? 0,
        jsonBytes: JSON.stringify(first).length,
      };
    }, { household, module, fn, ROUNDS, CALLS, WARMUP });
    if (!r.ok || r.sink !== WARMUP + ROUNDS * CALLS) throw new Error(`${name}: ${fn}() failed: ${JSON.stringify(r).slice(0, 300)}`);
    const what = fn === 'estimate' ? `amount ${r.amount}, ${r.lines} lines` : `${r.codes} codes`;
    console.log(`  ${`${fn}()`.padEnd(11)} JS→wasm→JS, ${name.padEnd(15)} median ${fmt(median(r.perCall))} µs/call ` +
      `(rounds ${fmt(Math.min(...r.perCall))}–${fmt(Math.max(...r.perCall))}; ${ROUNDS} × ${CALLS} calls after ${WARMUP}; ` +
      `result: ${what}, ${r.jsonBytes} B as JSON)`);
    if (Number.isFinite(r.inside)) console.log(`  benchEstimate() inside the module (no JS boundary), ${name.padEnd(15)} ${fmt(r.inside)} µs/estimate`);
  }
}

// --- 2. navigation → first result ---------------------------------------------------------------
await ctx.addInitScript(() => {
  new MutationObserver(() => {
    if (document.documentElement?.dataset.ready === 'true' && window.__readyAt === undefined) window.__readyAt = performance.now();
  }).observe(document, { subtree: true, attributes: true, attributeFilter: ['data-ready'] });
});
const loads = [];
for (let i = 0; i < LOADS; i++) {
  const p = await ctx.newPage();
  const cdp = await ctx.newCDPSession(p);
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
  await p.goto(BASE_URL);
  await p.waitForSelector('html[data-ready=true]', { timeout: 15000 });
  await p.waitForFunction(() => window.__readyAt !== undefined);
  loads.push(await p.evaluate(() => {
    const nav = performance.getEntriesByType('navigation')[0];
    const wasm = performance.getEntriesByType('resource').find((e) => e.name.endsWith('/sosialhjelp_bg.wasm'));
    return { ready: window.__readyAt, response: nav.responseEnd, dcl: nav.domContentLoadedEventEnd, wasmEnd: wasm?.responseEnd ?? NaN };
  }));
  await p.close();
}
const col = (k) => median(loads.map((l) => l[k]));
console.log(`  navigation → first result (html[data-ready=true]), median of ${LOADS} fresh loads, cache disabled: ` +
  `${fmt(col('ready'), 1)} ms (range ${fmt(Math.min(...loads.map((l) => l.ready)), 1)}–${fmt(Math.max(...loads.map((l) => l.ready)), 1)} ms)`);
console.log(`    medians: HTML received ${fmt(col('response'), 1)} ms, DOMContentLoaded ${fmt(col('dcl'), 1)} ms, ` +
  `wasm received ${fmt(col('wasmEnd'), 1)} ms, first result ${fmt(col('ready'), 1)} ms`);

// --- 3. the caseworker's desk: one keystroke → twelve months × six scenarios painted ----------------
// The form (a family of five), eleven more months and six saved scenarios: every keystroke in the form
// recomputes the form's estimate, the months row, the scenarios and their twelve months (7 × 12
// estimates) and the what-if. Timed from the input event to the next animation frame after the work
// (the frame that paints it), KEYS keystrokes; the median of input → computed, drawn and laid out is
// the figure (target ≤ 16 ms); the time to the next frame is printed beside it.
{
  const KEYS = Number(process.env.BENCH_KEYS ?? 40);
  const p = await ctx.newPage();
  await p.setViewportSize({ width: 1280, height: 900 });
  await p.goto(BASE_URL + '#mode=caseworker');
  await p.waitForSelector('html[data-guidance=true]', { timeout: 15000 });
  await p.fill('#month', '2024-03');
  await p.fill('#adult0', '34');
  await p.click('input[name=householdType][value=married]');
  await p.fill('#adult1', '29');
  await p.fill('#childCount', '3');
  for (const [i, age] of [[0, '4'], [1, '9'], [2, '15']]) await p.fill(`#child${i}`, age);
  await p.fill('#housing', '14500');
  await p.fill('#income-workNet', '18000');
  for (let i = 0; i < 6; i++) {
    await p.fill('#income-workNet', String(14000 + 2000 * i));
    await p.click('#saveScenario');
  }
  await p.fill('#month2', '2024-04');
  await p.selectOption('#monthCount', '11');
  await p.fill('#whatIfWork', '5000');
  // The caseworker types in the form (the desk's sections below it are out of view, as on a desk).
  await p.locator('#housing').scrollIntoViewIfNeeded();
  const times = await p.evaluate(async (KEYS) => {
    const input = document.getElementById('housing');
    const out = [];
    for (let k = 0; k < KEYS; k++) {
      await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
      const t0 = performance.now();
      input.value = String(14000 + k);
      input.dispatchEvent(new Event('input', { bubbles: true }));
      document.body.getBoundingClientRect(); // style and layout, as the frame would do them
      const t1 = performance.now();
      await new Promise((r) => requestAnimationFrame(r));
      out.push([t1 - t0, performance.now() - t0]);
    }
    return out;
  }, KEYS);
  const work = times.map((t) => t[0]);
  const frame = times.map((t) => t[1]);
  const cells = await p.locator('table.scenario-months tbody td').count();
  console.log(`  desk: keystroke → 12 months × (form + 6 scenarios) (${cells} month cells) and the what-if, computed, drawn and laid out: ` +
    `median ${fmt(median(work), 1)} ms (range ${fmt(Math.min(...work), 1)}–${fmt(Math.max(...work), 1)} ms, ${KEYS} keystrokes; target ≤ 16 ms); ` +
    `to the next frame (includes waiting for it) median ${fmt(median(frame), 1)} ms`);
  await p.close();
}

await ctx.close();
if (errors.length) {
  console.log(`page errors: ${errors.join(' | ')}`);
  process.exitCode = 1;
}
console.log(`bench: done${errors.length ? ' (with page errors)' : ''}`);
