// Browser tests of "a number people can trust" (issue 10), in real headless Chromium: amounts read
// as Norwegians write them and echoed beside the field, nothing dropped, errors found from the step
// they belong to, print and share never stale, Back between steps, the volunteer before any
// answer, the rates' age in the headline, next steps on every result, and axe in the new states.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, load, BASE_URL, axeRun } from './lib.mjs';
import { writeFileSync, mkdtempSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

// One browser context for the whole file: the tests run in order (node:test runs a file's tests
// sequentially) and the last one checks the script errors they saw.
let ctx;
let page;
const errors = [];

before(async () => {
  ctx = await launch({ bypassCSP: true });
  page = ctx.pages()[0] ?? await ctx.newPage();
  page.on('dialog', (d) => d.accept());
  page.on('pageerror', (e) => errors.push(String(e)));
});

after(async () => {
  await ctx?.close();
});

const fresh = (hash) => load(page, hash);
const text = (sel) => page.textContent(sel);
const NBSP = '\u00a0';

async function axe(label) {
  const { violations } = await axeRun(page);
  assert.equal(violations.length, 0, `${label}: axe violations ${violations.join(' | ')}`);
}

/** A scenario link as the share button makes it: the form in the fragment, never sent anywhere. */
function scenarioLink(mode, scenario) {
  const bytes = Buffer.from(JSON.stringify(scenario), 'utf8').toString('base64').replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
  return `#mode=${mode}&lang=nb&s=${bytes}`;
}

test('amounts as Norwegians write them: read by the core and echoed beside the field', async () => {
  await fresh('#mode=caseworker');
  await page.fill('#month', '2024-03');
  await page.fill('#adult0', '40');
  for (const [typed, echo] of [['12.500', '12 500'], ['12 500', '12 500'], ['kr 12 500', '12 500'], ['12 500,-', '12 500'], ['12.500,50', '12 500,50'], ['1.234.567', '1 234 567']]) {
    await page.fill('#housing', typed);
    assert.equal((await text('#echo-housing')).replaceAll(NBSP, ' '), `= ${echo} kr`, `echo of ${typed}`);
  }
  await page.fill('#housing', '12.500');
  const row = (await text('tr[data-code=housing]')).replaceAll(NBSP, ' ');
  assert(row.includes('+ 12 500'), `the housing line says 12 500: ${row}`);
  await page.fill('#housing', '12,500');
  const err = page.locator('#err-expenses-housing');
  await err.waitFor({ state: 'visible' });
  const msg = (await err.textContent()).replaceAll(NBSP, ' ');
  assert(msg.includes('12 500 kr') && msg.includes('12,50 kr'), `asks which was meant: ${msg}`);
  assert.equal(await text('#echo-housing'), '', 'no echo for an ambiguous amount');
  await page.fill('#housing', '9k');
  assert((await err.textContent()).replaceAll(NBSP, ' ').includes('9 000 kr'), 'suggests 9 000 for 9k');
});

test('children without ages are an error on step 1, and Neste stays there', async () => {
  await fresh('#mode=citizen');
  await page.fill('#adult0', '34');
  await page.fill('#childCount', '2');
  await page.fill('#child0', '4');
  await page.click('#next');
  assert(await page.isVisible('#adult0'), 'still on step 1');
  assert(await page.isVisible('#err-children-1-age'), 'the missing age is marked');
  assert.equal(await page.evaluate(() => document.activeElement?.id), 'child1', 'focus on the first bad field');
  await page.fill('#child1', '12');
  await page.click('#next');
  assert(await page.isVisible('#housing'), 'step 2 once both ages are given');
});

test('an error on an earlier step is listed on the result step and links to its field', async () => {
  await fresh(scenarioLink('citizen', { household: { month: '2024-03', householdType: 'single', adults: [{ age: '4l' }], children: [], expenses: { housing: '9000' }, incomes: [] }, step: 3 }));
  assert(await page.isVisible('#errorSummary'), 'error summary shown on the result step');
  assert.equal(await text('#result-live'), '', 'no amount while an input is unusable');
  const link = page.locator('#errorSummary a').first();
  assert((await link.textContent()).includes('Din alder') && (await link.textContent()).includes('steg 1'), `names the field and step: ${await link.textContent()}`);
  await axe('result step with an error summary');
  await link.click();
  assert.equal(await page.evaluate(() => document.activeElement?.id), 'adult0', 'the link goes to the field');
  assert(await page.isVisible('#err-adults-0-age'), 'the error stands beside the field');
});

test('print after an error carries no stale estimate', async () => {
  await fresh('#mode=caseworker');
  await page.fill('#month', '2024-03');
  await page.fill('#adult0', '41');
  await page.fill('#housing', '9800');
  assert(await page.isVisible('#print'), 'print offered with a valid estimate');
  await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
  assert((await text('#print-summary')).replaceAll(NBSP, ' ').includes('17 650'), 'the summary has the estimate');
  await page.fill('#adult0', '4l');
  assert(await page.isHidden('#print'), 'no print button while an input is unusable');
  await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
  await page.emulateMedia({ media: 'print' });
  const pdf = join(mkdtempSync(join(tmpdir(), 'sh-pdf-')), 'stale.pdf');
  writeFileSync(pdf, await page.pdf({ format: 'A4' }));
  const printed = execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' });
  assert(!/17\s650/.test(printed), `the old amount is not printed: ${printed.slice(0, 200)}`);
  await page.emulateMedia({ media: 'screen' });
});

test("the browser's Back and Forward move between steps and keep the input", async () => {
  await fresh('#mode=citizen');
  await page.fill('#adult0', '30');
  await page.click('#next');
  await page.fill('#housing', '8000');
  await page.click('#next');
  assert(await page.isVisible('#income-aap'), 'step 3');
  await page.goBack();
  await page.locator('#housing').waitFor({ state: 'visible' });
  assert.equal(await page.inputValue('#housing'), '8000', 'input kept');
  await page.goBack();
  await page.locator('#adult0').waitFor({ state: 'visible' });
  assert.equal(await page.inputValue('#adult0'), '30', 'input kept');
  await page.goForward();
  await page.locator('#housing').waitFor({ state: 'visible' });
  assert(page.url().startsWith(BASE_URL), 'still on the page');
});

test('the volunteer gets no answer before the questions are answered', async () => {
  await fresh('#mode=volunteer');
  assert(await page.isVisible('#v-waiting'), 'waits for the answers');
  assert.equal(await page.locator('#v-headline').count(), 0, 'no verdict yet');
  await page.fill('#vhousing', '9000');
  assert.equal(await page.locator('#v-headline').count(), 0, 'no verdict with income unanswered');
  await page.fill('#vincome', '0');
  assert.equal(await page.getAttribute('#v-headline', 'data-kind'), 'likely', 'an answer once both are given');
  await page.check('#vemergency');
  assert(await page.isVisible('#v-emergency'), 'the emergency line shows at once');
  await axe('volunteer with an answer and an emergency');
});

test('"cannot tell" continues into the full flow with the answers kept', async () => {
  await fresh('#mode=volunteer');
  await page.fill('#vchildren', '2');
  await page.fill('#vhousing', '9000');
  await page.fill('#vincome', '25000');
  assert.equal(await page.getAttribute('#v-headline', 'data-kind'), 'cannotTell', 'cannot tell');
  await page.click('#v-continue');
  assert((await page.evaluate(() => location.hash)).includes('mode=citizen'), 'in the citizen flow');
  assert.equal(await page.inputValue('#childCount'), '2', 'children kept');
  assert.equal(await page.inputValue('#housing'), '9000', 'housing kept');
  assert.equal(await page.inputValue('#income-other'), '25000', 'income kept');
});

test('the rates age stands in the headline, before the calculation, in every view', async () => {
  await fresh('#mode=citizen');
  await page.fill('#month', '2026-12');
  await page.fill('#adult0', '34');
  for (let i = 0; i < 3; i++) await page.click('#next');
  const h = await text('#headline');
  assert(h.includes('desember 2026') && h.includes('januar 2024') && h.includes('A-3/2023') && h.includes('2026 er trolig høyere'), `headline: ${h}`);
  const order = await page.evaluate(() => {
    const v = document.querySelector('#headline .vintage');
    const table = document.querySelector('table.calc');
    return Boolean(v && table && (v.compareDocumentPosition(table) & Node.DOCUMENT_POSITION_FOLLOWING));
  });
  assert(order, 'the warning comes before the calculation table');
  assert(await page.isVisible('#enterRates'), 'a short way to enter the NAV office rates');
  await page.click('#enterRates');
  await page.fill('#cr-single', '8 400');
  assert((await text('#headline')).replaceAll(NBSP, ' ').includes('8 400'), 'the entered rate is used');
  assert((await text('#headline')).includes('Satser fra NAV-kontoret'), 'and named in the headline');
  await axe('citizen result with the rates box open');
  await page.click('#crClear');
  await fresh('#mode=volunteer');
  await page.fill('#vhousing', '5000');
  await page.fill('#vincome', '0');
  assert((await text('#v-result')).includes('januar 2024'), 'the volunteer answer names the table');
  await fresh('#mode=caseworker');
  await page.fill('#month', '2026-12');
  await page.fill('#adult0', '34');
  await page.fill('#month2', '2024-06');
  assert.equal(await page.locator('table.compare [data-vintage]').count(), 1, 'the comparison flags the outdated month');
  await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
  assert((await text('#print-summary')).includes('Satsene for 2026 er trolig høyere'), 'and the print summary');
});

test('every result has a next step: apply, phone, office, and the emergency question', async () => {
  await fresh('#mode=citizen');
  await page.check('#emNoFood');
  assert(await page.isVisible('#emergencyNow'), 'the emergency line shows on step 1');
  await page.fill('#adult0', '30');
  for (let i = 0; i < 3; i++) await page.click('#next');
  const next = await text('#result-next');
  assert(next.includes('55 55 33 33'), 'phone number');
  assert.equal(await page.getAttribute('#result-next a[href*="okonomisk-sosialhjelp"]', 'rel'), 'noreferrer', 'plain link to apply');
  assert(await page.locator('#result-next a[href*="sok-nav-kontor"]').count() === 1, 'office finder');
  assert(await page.isVisible('details.guidance-emergency[open]'), 'what NAV must do today is open first');
  await axe('citizen result in an emergency');
});

test('samboer without common children: both readings, labelled', async () => {
  await fresh('#mode=citizen');
  await page.fill('#month', '2024-03');
  await page.check('input[name=householdType][value=cohabiting]');
  await page.check('input[name=commonChildren][value=false]');
  assert(await page.isHidden('#adult1-field'), 'only the applicant is asked');
  await page.fill('#adult0', '27');
  await page.click('#next');
  assert(await page.isVisible('#shareHint'), 'asks for the own share of costs');
  await page.fill('#housing', '5500');
  await page.click('#next');
  await page.fill('#income-workNet', '3000');
  await page.click('#next');
  const h = (await text('#headline')).replaceAll(NBSP, ' ');
  assert(h.includes('9 100') && h.includes('10 350'), `the range of both readings: ${h}`);
  assert((await text('.notices')).includes('samboere uten felles barn'), 'explained');
});

test('nynorsk and English name the month in their own language', async () => {
  for (const [lang, month] of [['nn', 'januar 2024'], ['en', 'January 2024']]) {
    await fresh(`#mode=volunteer&lang=${lang}`);
    await page.fill('#vhousing', '5000');
    await page.fill('#vincome', '0');
    assert((await text('#v-result')).includes(month), `${lang}: ${month}`);
  }
});

test('every result on the state rates says how far the kommuner differ; a caller\'s own rates do not', async () => {
  const household = { month: '2024-03', householdType: 'single', adults: [{ age: 40 }], expenses: { housing: '8000' } };
  await fresh(scenarioLink('caseworker', { household }));
  const notice = (await text('li[data-code=kommuneRates]')).replaceAll(NBSP, ' ');
  for (const part of ['280 kommuner', '37 hadde høyere og 35 lavere', 'Bergen (9 080 kr)', 'Bø (6 494 kr)', 'utgangen av 2023']) {
    assert(notice.includes(part), `the kommune notice says «${part}»: ${notice}`);
  }
  await fresh(scenarioLink('caseworker', { household: { ...household, customRates: { label: 'Kommune X', tables: [{ effectiveFrom: '2024-01', single: '8000' }] } } }));
  assert.equal(await page.locator('li[data-code=kommuneRates]').count(), 0, 'no kommune notice on a caller\'s own rates');
  assert.equal(await page.locator('li[data-code=customRates]').count(), 1);
});

test('no script errors', async () => {
  assert.equal(errors.length, 0, errors.join(' | '));
});

