// The households NAV sees (issue 12), in real headless Chromium: a housing limit shows the amount at
// the limit beside the amount as paid, with what NAV may do; a limit of 0 is an error beside its
// field; the documents NAV may ask for follow the answers, on screen (tick boxes) and in print.
//
//   BASE_URL=http://127.0.0.1:8765/ node --test --test-reporter=spec tests/e2e/households.mjs
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, load } from './lib.mjs';

let ctx;
before(async () => {
  ctx = await launch();
});
after(async () => {
  await ctx?.close();
});
const open = async (hash) => load(ctx.pages()[0] ?? await ctx.newPage(), hash);
const plain = (s) => (s ?? '').replace(/[\u00a0\u202f]/g, ' ');

test('housing above the limit: the amount as paid, the amount at the limit, and what NAV may do', async () => {
  const page = await open('#mode=caseworker');
  await page.fill('#month', '2024-03');
  await page.fill('#adult0', '40');
  // 7 850 + 9 000 + 1 000 = 17 850 as paid; at the limit 8 500: 7 850 + 8 500 = 16 350.
  await page.fill('#housing', '9 000');
  await page.fill('#commonCosts', '1 000');
  await page.fill('#housingLimit', '8 500');
  await page.waitForFunction(() => document.querySelector('#result [data-code=housingAtLimit]'));
  assert.match(plain(await page.textContent('#headline')), /17 850/);
  assert.match(plain(await page.textContent('#result [data-code=housingAtLimit]')), /16 350/);
  assert.match(await page.textContent('#result [data-code=housingAboveLimit]'), /nettverket/);
  // Within the limit: neither.
  await page.fill('#housingLimit', '12 000');
  await page.waitForFunction(() => !document.querySelector('#result [data-code=housingAtLimit]'));
  assert.equal(await page.locator('#result [data-code=housingAboveLimit]').count(), 0);
});

test('a housing limit of 0 kr is an error beside its field, and no amount is shown', async () => {
  const page = await open('#mode=caseworker');
  await page.fill('#adult0', '40');
  await page.fill('#housing', '9000');
  await page.fill('#housingLimit', '0');
  await page.locator('#err-expenses-housingLimit').waitFor({ state: 'visible' });
  assert.match(await page.textContent('#err-expenses-housingLimit'), /0 kr/);
  assert.equal(await page.getAttribute('#housingLimit', 'aria-invalid'), 'true');
});

test('the documents follow the answers: on screen with tick boxes, and in print', async () => {
  const page = await open('#mode=caseworker');
  await page.fill('#month', '2024-03');
  await page.fill('#adult0', '40');
  await page.waitForSelector('#result .documents');
  const before = await page.$$eval('#result .documents li', (ls) => ls.length);
  assert.equal(before, 4, 'ID, residence permit, tax return, bank statements when nothing else is known');
  await page.fill('#housing', '9000');
  await page.fill('#electricity', '700');
  await page.fill('#income-workNet', '5000');
  await page.waitForFunction(() => document.querySelectorAll('#result .documents li').length === 8);
  const items = await page.$$eval('#result .documents label', (ls) => ls.map((l) => l.textContent));
  for (const want of ['Husleiekontrakt', 'Strømregning', 'Lønnsslipper']) assert(items.includes(want), `${want} in ${items.join(' | ')}`);
  await page.check('#result .documents input >> nth=0');
  assert.equal(await page.isChecked('#result .documents input >> nth=0'), true, 'a box can be ticked');
  await page.fill('#insurance', '250');
  await page.waitForFunction(() => document.querySelector('#headline')?.textContent.includes('250') || true);
  assert.equal(await page.isChecked('#result .documents input[data-doc=id]'), true, 'the tick survives another answer');
  await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
  const print = await page.textContent('#print-summary');
  for (const want of ['Husleiekontrakt', 'Strømregning', 'Lønnsslipper']) assert(print.includes(want), `${want} printed`);
});

test('checking a decision: each part beside the estimate, what to ask, and how to complain', async () => {
  const page = await open('#mode=caseworker');
  await page.waitForFunction(() => document.documentElement.dataset.guidance === 'true');
  await page.fill('#month', '2024-03');
  await page.fill('#adult0', '40');
  await page.fill('#housing', '9 000');
  await page.click('#decisionBox summary');
  // Estimate 16 850 (7 850 + 9 000); the decision 14 850 with housing 7 000: −2 000 on housing.
  await page.fill('#decGranted', '14 850');
  await page.fill('#decHousing', '7 000');
  await page.waitForSelector('#decisionResult table.decision');
  const rows = await page.$$eval('#decisionResult tbody tr', (rs) => rs.map((r) => r.textContent.replace(/[\u00a0\u202f]/g, ' ')));
  assert.equal(rows.length, 2, 'the housing part and the amount');
  assert.match(rows[0], /9 000.*7 000.*2 000/);
  assert.match(rows[1], /16 850.*14 850.*2 000/);
  assert.deepEqual(await page.$$eval('#decisionResult li', (ls) => ls.map((l) => l.dataset.code)),
    ['askHousing', 'complainHow', 'complainContent', 'complainHelp', 'complainAfter']);
  assert.match(await page.textContent('#decisionResult [data-code=complainHow]'), /tre uker/);
  // A part without the amount waits for it; a bad amount is an error beside its field.
  await page.fill('#decGranted', '');
  await page.waitForFunction(() => !document.querySelector('#decisionResult table'));
  await page.fill('#decGranted', 'abc');
  await page.locator('#err-decision-granted').waitFor({ state: 'visible' });
});
