// Browser tests of the page people use (issue 5): the three modes end to end, languages,
// accessibility (axe-core, keyboard only, 320 px), print to PDF, share links, offline, privacy.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, load, BASE_URL, axeRun, widths } from './lib.mjs';
import { readFileSync, writeFileSync, mkdtempSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join } from 'node:path';


const open = async (ctx, hash) => load(ctx.pages()[0] ?? await ctx.newPage(), hash);

/** Runs axe-core (WCAG 2.0/2.1 A and AA rules) and fails on any violation. */
async function axe(page, label) {
  const { violations, passes } = await axeRun(page);
  assert.equal(violations.length, 0, `${label}: axe violations ${violations.join(' | ')}`);
  return passes;
}

// One browser context for every test but the axe one (which has its own): the tests run in order
// (node:test runs a file's tests sequentially) and the last one checks the errors they saw.
let ctx;
const requests = [];
const errors = [];

before(async () => {
  ctx = await launch();
  ctx.on('page', (p) => p.on('dialog', (d) => d.accept()));
  ctx.pages()[0]?.on('dialog', (d) => d.accept());
  ctx.on('request', (r) => requests.push({ url: r.url(), sw: !!r.serviceWorker(), t: Date.now() }));
  ctx.on('weberror', (e) => errors.push(String(e.error())));
});

after(async () => {
  await ctx?.close();
});

test('axe: 0 violations in every mode, on a result and in an error state', async () => {
  // axe needs to inject a script, which the page's Content-Security-Policy (rightly) forbids.
  const axeCtx = await launch({ bypassCSP: true });
  try {
    let page = await open(axeCtx, '#mode=citizen');
    await axe(page, 'citizen, step 1');
    await page.fill('#adult0', '35');
    for (let i = 0; i < 3; i++) await page.click('#next');
    await axe(page, 'citizen, result');
    page = await open(axeCtx, '#mode=volunteer');
    await page.fill('#vhousing', '9000');
    await axe(page, 'volunteer, result');
    page = await open(axeCtx, '#mode=caseworker');
    await page.fill('#adult0', '35');
    await page.fill('#housing', '9000');
    await page.fill('#month2', '2022-06');
    await axe(page, 'caseworker, result with comparison');
    await page.fill('#adult0', '130');
    await page.fill('#liquidFunds', 'abc');
    await page.locator('#err-liquidFunds').waitFor({ state: 'visible' });
    await axe(page, 'caseworker, error state');
  } finally {
    await axeCtx.close();
  }
});

test('citizen: the step flow reaches a correct result, explanation below', async () => {
  const page = await open(ctx, '#mode=citizen');
  assert((await page.textContent('#stepStatus')).includes('1'), 'step 1 shown');
  assert(await page.isHidden('#result'), 'result hidden until the last step');
  await page.fill('#month', '2024-03');
  await page.fill('#adult0', '35');
  await page.click('#next');
  assert(await page.isVisible('#housing'), 'step 2: housing');
  await page.fill('#housing', '9000');
  await page.fill('#electricity', '800');
  await page.click('#next');
  await page.fill('#income-aap', '12000');
  await page.click('#next');
  // 7850 + 9000 + 800 − 12000 = 5650
  assert((await page.textContent('#headline')).includes('5\u00a0650'), 'headline 5 650');
  const box = await page.$eval('#result', (r) => [...r.querySelectorAll('#headline, table.calc')].map((e) => e.tagName));
  assert.equal(box.join(','), 'P,TABLE', 'result first, explanation below');
  await page.click('#back');
  await page.locator('#income-aap').waitFor({ state: 'visible' });
});

test('keyboard only: the citizen flow completes with Tab, typing and Enter', async () => {
  const page = await open(ctx, '#mode=citizen');
  const tabTo = async (id) => {
    for (let i = 0; i < 80; i++) {
      if (await page.evaluate(() => document.activeElement?.id) === id) return;
      await page.keyboard.press('Tab');
    }
    throw new Error(`could not reach #${id} with Tab`);
  };
  await tabTo('adult0');
  await page.keyboard.type('40');
  await tabTo('next');
  await page.keyboard.press('Enter');
  assert.equal(await page.evaluate(() => document.activeElement?.id), 'housing', 'focus moves to the first field of step 2');
  await page.keyboard.type('9000');
  await tabTo('next');
  await page.keyboard.press('Enter');
  await tabTo('income-workNet');
  await page.keyboard.type('2000');
  await tabTo('next');
  await page.keyboard.press('Enter');
  assert.equal(await page.evaluate(() => document.activeElement?.id), 'result', 'focus moves to the result');
  const h = await page.textContent('#headline');
  assert(/\d/.test(h) && h.length > 10, `a result is shown: ${h}`);
  const outline = await page.evaluate(() => getComputedStyle(document.activeElement).outlineStyle);
  assert(outline !== 'none', 'focus is visible');
});

test('volunteer: five questions, likely / unlikely / cannot tell, start over wipes everything', async () => {
  const page = await open(ctx, '#mode=volunteer');
  assert.equal(await page.locator('#vform input:not([type=radio]):not([type=checkbox]), #vform fieldset').count(), 6, 'six questions');
  await page.fill('#vhousing', '9000');
  await page.fill('#vincome', '5000');
  await page.fill('#vchildren', '2');
  assert.equal(await page.getAttribute('#v-headline', 'data-kind'), 'likely', 'likely');
  await page.fill('#vincome', '40000');
  assert.equal(await page.getAttribute('#v-headline', 'data-kind'), 'unlikely', 'unlikely');
  assert(await page.isVisible('.elsewhere'), 'where else to turn is shown when unlikely');
  // Income between the bounds of the unknown child ages: cannot tell.
  // Current state table: single 7850 + 2 children; low 2×3850, high 2×5150; housing 9000.
  await page.fill('#vincome', '25000');
  assert.equal(await page.getAttribute('#v-headline', 'data-kind'), 'cannotTell', 'cannot tell');
  const size = await page.$eval('#vhousing', (e) => e.getBoundingClientRect().height);
  assert(size >= 44, `touch target ≥ 44 px (${size})`);
  await page.click('#startOver');
  for (const id of ['vhousing', 'vincome', 'vfunds']) assert.equal(await page.inputValue(`#${id}`), '', `${id} wiped`);
  assert(!(await page.evaluate(() => location.hash)).includes('s='), 'no scenario left in the URL');
});

test('caseworker: full trace, month comparison, kommune rate table, JSON export', async () => {
  const page = await open(ctx, '#mode=caseworker');
  await page.fill('#month', '2023-07');
  await page.fill('#adult0', '40');
  assert((await page.textContent('table.rates')).includes('7\u00a0550'), 'rates table of 1 Jul 2023 shown');
  await page.fill('#month2', '2023-06');
  const cmp = await page.textContent('table.compare');
  assert(cmp.includes('6\u00a0850') && cmp.includes('7\u00a0550'), `comparison shows both rates: ${cmp}`);
  await page.click('#customRatesBox summary');
  await page.fill('#crLabel', 'Testkommune');
  for (const [k, v] of [['single', '8378'], ['couple', '14000'], ['sharedHousing', '7000'], ['child0to5', '4000'], ['child6to10', '4100'], ['child11to17', '5300']]) await page.fill(`#cr-${k}`, v);
  assert((await page.textContent('#headline')).includes('8\u00a0378'), 'custom rate used');
  assert((await page.textContent('.rate-table')).includes('Testkommune'), 'custom label shown');
  await page.click('#ratesExport');
  const json = JSON.parse(await page.inputValue('#ratesJson'));
  assert.equal(json.label, 'Testkommune', 'rates exported as JSON');
  json.tables[0].single = '9000';
  await page.fill('#ratesJson', JSON.stringify(json));
  await page.click('#ratesImport');
  assert((await page.textContent('#headline')).includes('9\u00a0000'), 'imported rates used');
  const [download] = await Promise.all([page.waitForEvent('download'), page.click('#exportScenario')]);
  const scenario = JSON.parse(readFileSync(await download.path(), 'utf8'));
  assert.equal(scenario.month, '2023-07', 'scenario exported');
  assert(!JSON.stringify(scenario).match(/navn|name|fødsels|personnummer/i), 'no personal identifiers');
});

test('languages: switching keeps the input; nb, nn and en all render', async () => {
  const page = await open(ctx, '#mode=caseworker');
  await page.fill('#month', '2024-03');
  await page.fill('#adult0', '35');
  await page.fill('#housing', '9000');
  const nb = await page.textContent('#headline');
  await page.selectOption('#lang', 'nn');
  await page.waitForFunction(() => document.documentElement.lang === 'nn');
  assert.equal(await page.inputValue('#housing'), '9000', 'input kept');
  const nn = await page.textContent('#headline');
  assert(nn !== nb && nn.includes('16\u00a0850'), `nynorsk headline: ${nn}`);
  await page.selectOption('#lang', 'en');
  await page.waitForFunction(() => document.documentElement.lang === 'en');
  const en = await page.textContent('#headline');
  assert(en.includes('16\u00a0850'), `English headline: ${en}`);
  assert((await page.textContent('h1')) !== (await page.evaluate(() => 'x')), 'title translated');
  assert((await page.evaluate(() => location.hash)).includes('lang=en'), 'language remembered in the URL');
  assert.equal(await page.getAttribute('html', 'dir'), 'ltr', 'dir set on the root');
});

test('320 px wide: no horizontal scroll in any mode', async () => {
  const narrow = await launch({ viewport: { width: 320, height: 640 } });
  try {
    for (const mode of ['citizen', 'volunteer', 'caseworker']) {
      const page = await open(narrow, `#mode=${mode}`);
      if (mode === 'caseworker') { await page.fill('#adult0', '35'); await page.fill('#childCount', '2'); }
      const [sw, cw] = await widths(page);
      assert(sw <= cw, `${mode}: scrollWidth ${sw} > clientWidth ${cw}`);
      await page.screenshot({ path: join(tmpdir(), `sosialhjelp-320-${mode}.png`), fullPage: true });
    }
  } finally {
    await narrow.close();
  }
});

test('print: a one-page A4 summary; in English with the bokmål text beside it', async () => {
  const page = await open(ctx, '#mode=caseworker&lang=en');
  // A large household is the hardest case for one page: 13100 + 3850 + 3950 + 5150 + 9000 + 900
  // + 200 + 1500 = 37650 need; − 12000 − 2000 (barnetrygd 5000 kept out) − 500 = 23150.
  await page.fill('#month', '2024-03');
  await page.check('input[name=householdType][value=married]');
  await page.fill('#adult0', '29');
  await page.fill('#adult1', '27');
  await page.fill('#housing', '9000');
  await page.fill('#electricity', '900');
  await page.fill('#insurance', '200');
  await page.fill('#childcare', '1500');
  await page.fill('#childCount', '3');
  await page.fill('#child0', '4');
  await page.fill('#child1', '8');
  await page.fill('#child2', '14');
  await page.fill('#income-barnetrygd', '5000');
  await page.fill('#income-workNet', '12000');
  await page.fill('#income-bostotte', '2000');
  await page.fill('#liquidFunds', '500');
  await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
  await page.emulateMedia({ media: 'print' });
  const dir = mkdtempSync(join(tmpdir(), 'sh-pdf-'));
  const pdf = join(dir, 'summary.pdf');
  writeFileSync(pdf, await page.pdf({ format: 'A4', printBackground: false }));
  const text = execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' });
  const pages = execFileSync('pdfinfo', [pdf], { encoding: 'utf8' }).match(/Pages:\s+(\d+)/)[1];
  assert.equal(pages, '1', 'one page');
  assert(text.includes('Oppsummering til NAV'), 'bokmål title printed');
  assert(text.includes('Summary for NAV'), 'English title printed');
  assert(/23\s150/.test(text), `amount printed: ${text.slice(0, 400)}`);
  assert(text.includes('A-3/2023'), 'rate table printed');
  // In content order (-raw): with -layout a wrapped line of one column is interleaved with the other.
  const raw = execFileSync('pdftotext', ['-raw', pdf, '-'], { encoding: 'utf8' });
  assert(/3\s+(veker|uker)/.test(raw), 'complaint deadline printed');
  // The documents from the answers: rent entered, so the rental contract (and the electricity bill).
  assert(/[Hh]usleiekontrakt/.test(raw) && /Strømregning/.test(raw), 'documents to bring printed');
  await page.emulateMedia({ media: 'screen' });
});

test('share: the scenario lives in the URL fragment and a link restores it; start over clears it', async () => {
  const page = await open(ctx, '#mode=caseworker');
  await page.fill('#month', '2022-09');
  await page.fill('#adult0', '44');
  await page.fill('#income-barnetrygd', '1766');
  await page.fill('#housing', '7000');
  await page.click('#share');
  const link = await page.inputValue('#shareLink');
  assert(link.includes('#') && link.split('#')[1].includes('s='), 'scenario in the fragment');
  assert(!link.split('#')[0].includes('s='), 'nothing in the part sent to a server');
  const before = await page.textContent('#headline');
  const other = await ctx.newPage();
  await other.goto(link);
  await other.waitForSelector('html[data-ready=true]');
  assert.equal(await other.inputValue('#housing'), '7000', 'housing restored');
  assert.equal(await other.inputValue('#income-barnetrygd'), '1766', 'income restored');
  assert.equal(await other.textContent('#headline'), before, 'same result');
  await other.click('#startOver');
  assert(!(await other.evaluate(() => location.hash)).includes('s='), 'start over clears the fragment');
  assert.equal(await other.inputValue('#housing'), '', 'start over clears the form');
  await other.close();
});

test('privacy: no other origin, no cookies, no storage, and no request while computing', async () => {
  const page = await open(ctx, '#mode=caseworker');
  await page.evaluate(() => navigator.serviceWorker.ready);
  await page.waitForTimeout(300);
  const mark = Date.now();
  await page.fill('#adult0', '33');
  await page.fill('#housing', '8000');
  await page.fill('#income-workNet', '3000');
  await page.click('#next').catch(() => {});
  const after = requests.filter((r) => r.t >= mark && !r.url.startsWith('data:'));
  assert.equal(after.length, 0, `requests while computing: ${after.map((r) => r.url).join(' ')}`);
  const foreign = requests.filter((r) => !r.url.startsWith(BASE_URL) && !r.url.startsWith('data:') && !r.url.startsWith('blob:') && r.url !== 'about:blank');
  assert.equal(foreign.length, 0, `requests to other origins: ${foreign.map((r) => r.url).join(' ')}`);
  assert.equal((await ctx.cookies()).length, 0, 'no cookies');
  const storage = await page.evaluate(() => [localStorage.length, sessionStorage.length, document.cookie]);
  assert.equal(JSON.stringify(storage), '[0,0,""]', 'nothing in storage');
  const csp = await page.getAttribute('meta[http-equiv=Content-Security-Policy]', 'content');
  assert(csp.includes("script-src 'self' 'wasm-unsafe-eval'") && csp.includes("default-src 'self'"), 'strict CSP');
});

test('offline: after the first visit the page loads and computes with the network cut', async () => {
  const page = await open(ctx, '#mode=caseworker');
  await page.evaluate(() => navigator.serviceWorker.ready);
  await page.reload();
  await page.waitForSelector('html[data-ready=true]');
  await ctx.setOffline(true);
  try {
    await page.goto('about:blank');
    await page.goto(BASE_URL + '#mode=caseworker');
    await page.waitForSelector('html[data-ready=true]', { timeout: 10000 });
    await page.fill('#month', '2024-01');
    await page.fill('#adult0', '50');
    assert((await page.textContent('#headline')).includes('7\u00a0850'), 'computes offline');
  } finally {
    await ctx.setOffline(false);
  }
});

test('no script errors on any page', async () => {
  assert.equal(errors.length, 0, errors.join(' | '));
});

