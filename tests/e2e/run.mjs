// End-to-end tests of the served page in real headless Chromium.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, load, BASE_URL } from './lib.mjs';

// One browser context for the whole file: the tests run in order (node:test runs a file's tests
// sequentially) and the last one checks what the others left in the console and the network.
let ctx;
let page;
const consoleErrors = [];
const foreign = [];

before(async () => {
  ctx = await launch();
  page = ctx.pages()[0] ?? await ctx.newPage();
  page.on('console', (m) => { if (m.type() === 'error') consoleErrors.push(m.text()); });
  page.on('pageerror', (e) => consoleErrors.push(String(e)));
  ctx.on('request', (r) => { if (!r.url().startsWith(BASE_URL) && !r.url().startsWith('data:')) foreign.push(r.url()); });
});

after(async () => {
  await ctx?.close();
});

const fresh = (hash = '#mode=caseworker') => load(page, hash);

const headline = () => page.textContent('#headline');

test('a single adult in March 2024: the estimate and its explanation', async () => {
  await fresh();
  await page.fill('#month', '2024-03');
  await page.fill('#adult0', '35');
  await page.fill('#housing', '9000');
  await page.fill('#electricity', '800');
  await page.fill('#income-aap', '12000');
  // 7850 (Enslige, A-3/2023) + 9000 + 800 = 17650 need; − 12000 AAP = 5650.
  const h = await headline();
  assert(h.includes('5\u00a0650'), `headline shows 5 650 kr: ${h}`);
  const rateRow = await page.textContent('tr[data-code=rate]');
  assert(rateRow.includes('Sats for enslig voksen') && rateRow.includes('7\u00a0850'), `rate line: ${rateRow}`);
  assert(rateRow.includes('sosialtjenesteloven § 18'), `rate line cites § 18: ${rateRow}`);
  const table = await page.textContent('.rate-table');
  assert(table.includes('januar 2024') && table.includes('A-3/2023'), `rate table named: ${table}`);
  const notices = await page.textContent('.notices');
  assert(notices.includes('ikke et vedtak'), 'veiledende notice shown');
});

test('a family of four in 2022-09: barnetrygd kept out, child bands by age', async () => {
  await fresh();
  await page.fill('#month', '2022-09');
  await page.check('input[name=householdType][value=married]');
  await page.fill('#adult0', '40');
  await page.fill('#adult1', '38');
  await page.fill('#childCount', '2');
  await page.fill('#child0', '5');
  await page.fill('#child1', '6');
  await page.fill('#housing', '12000');
  await page.fill('#income-workNet', '20000');
  await page.fill('#income-barnetrygd', '3000');
  // 11150 + 3250 (5 år) + 3350 (6 år) + 12000 = 29750; − 20000 = 9750 (barnetrygd kept out).
  const h = await headline();
  assert(h.includes('9\u00a0750'), `headline: ${h}`);
  const kept = await page.textContent('tr[data-code=incomeKeptOut]');
  assert(kept.includes('1. september 2022') && kept.includes('trekker ikke'), `kept-out line: ${kept}`);
  const rows = await page.$$eval('tr[data-code=rateChild]', (rs) => rs.map((r) => r.textContent));
  assert.equal(rows.length, 2, 'two child rate lines');
  assert(rows[0].includes('0–5') && rows[1].includes('6–10'), `bands: ${rows}`);
});

test('income above the need: no monthly top-up, § 19 mentioned', async () => {
  await fresh();
  await page.fill('#month', '2024-03');
  await page.fill('#adult0', '50');
  await page.fill('#income-workNet', '30000');
  const h = await headline();
  assert(h.includes('dekker trolig'), `headline: ${h}`);
  const notices = await page.textContent('.notices');
  assert(notices.includes('§ 19'), 'one-off needs (§ 19) cited');
});

test('bad input: the error is shown beside the field and announced', async () => {
  await fresh();
  await page.fill('#adult0', '130');
  const err = page.locator('#err-adults-0-age');
  await err.waitFor({ state: 'visible' });
  assert((await err.textContent()).includes('120'), 'age error names the limit');
  assert.equal(await page.getAttribute('#adult0', 'aria-invalid'), 'true', 'field marked invalid');
  await page.fill('#adult0', '30');
  await page.fill('#housing', '-5');
  const e2 = page.locator('#err-expenses-housing');
  await e2.waitFor({ state: 'visible' });
  assert((await e2.textContent()).includes('mindre enn 0'), 'negative amount error');
  assert((await page.textContent('#errorSummary')).includes('Rett opp'), 'the error summary asks to fix');
  assert.equal(await page.textContent('#result-live'), '', 'no amount while an input is unusable');
  await page.fill('#housing', '');
  await page.fill('#adult0', '17');
  assert((await headline()).includes('under 18'), 'under-18 gives cannot-estimate');
});

test('spouses with one age entered: the missing age is an error beside its field', async () => {
  await fresh();
  await page.check('input[name=householdType][value=married]');
  await page.fill('#adult0', '40');
  await page.fill('#adult1', '4');
  await page.fill('#adult1', '');
  const err = page.locator('#err-adults-1-age');
  await err.waitFor({ state: 'visible' });
  assert((await err.textContent()).includes('fylles ut'), `asks for the age: ${await err.textContent()}`);
  assert((await page.textContent('#errorSummary')).includes('ektefellen'), 'the summary names the field');
});

test('no console errors and no request to another origin', async () => {
  assert.equal(consoleErrors.length, 0, `console errors: ${consoleErrors.join(' | ')}`);
  assert.equal(foreign.length, 0, `requests to other origins: ${foreign.join(' ')}`);
});

