// The caseworker's desk (issue 13), in real headless Chromium: on a wide screen the form and the live
// result stand side by side and the result stays in view while the form scrolls; a narrow screen
// keeps one column; months and scenarios side by side, the what-if plot (left to right and right to
// left), scenario export and import, the case-file printout as PDF text, share links with the
// version and the rates' month; axe finds nothing.
//
//   BASE_URL=http://127.0.0.1:8765/ node --test --test-reporter=spec tests/e2e/desk.mjs
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, mkdtempSync, writeFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { launch, load, axeRun } from './lib.mjs';


for (const width of [1280, 1920]) {
  test(`${width} px: form and result side by side, the result in view while the form scrolls`, async () => {
    const ctx = await launch({ viewport: { width, height: 900 }, bypassCSP: true });
    try {
      const page = await load(ctx.pages()[0] ?? await ctx.newPage(), '#mode=caseworker');
      await page.fill('#adult0', '35');
      await page.fill('#housing', '9000');
      const form = await page.locator('#form').boundingBox();
      const result = await page.locator('#result').boundingBox();
      assert(result.x >= form.x + form.width, `result (x ${result.x}) right of the form (ends at ${form.x + form.width})`);
      // Scroll the form to its income fields: the result's headline stays on screen.
      await page.locator('#income-workNet').scrollIntoViewIfNeeded();
      await page.fill('#income-workNet', '5000');
      const headline = await page.locator('#headline').boundingBox();
      assert(headline && headline.y >= 0 && headline.y + headline.height <= 900, `headline in view after scrolling (y ${headline?.y})`);
      assert.match((await page.textContent('#headline')).replace(/[\u00a0\u202f]/g, ' '), /\d/);
      assert.deepEqual((await axeRun(page)).violations, [], 'axe violations in the wide layout');
    } finally {
      await ctx.close();
    }
  });
}

test('390 px: one column, the result below the form', async () => {
  const ctx = await launch({ viewport: { width: 390, height: 844 } });
  try {
    const page = await load(ctx.pages()[0] ?? await ctx.newPage(), '#mode=caseworker');
    const form = await page.locator('#form').boundingBox();
    const result = await page.locator('#result').boundingBox();
    assert(result.y >= form.y + form.height, 'result below the form');
  } finally {
    await ctx.close();
  }
});

// ---------- months, scenarios, what-if (items 2–4, 7) ----------

const norm = (s) => (s ?? '').replace(/[\u00a0\u202f\u2068\u2069]/g, ' ');

async function desk(width = 1280, lang = 'nb') {
  const ctx = await launch({ viewport: { width, height: 900 }, bypassCSP: true, acceptDownloads: true });
  const page = await load(ctx.pages()[0] ?? await ctx.newPage(), `#mode=caseworker&lang=${lang}`);
  return { ctx, page };
}

async function axe(page, what) {
  assert.deepEqual((await axeRun(page)).violations, [], `axe violations ${what}`);
}

test('months: the form month and up to eleven more side by side, each with its table; one opens in full', async () => {
  const { ctx, page } = await desk();
  try {
    await page.fill('#month', '2023-06');
    await page.fill('#adult0', '40');
    await page.fill('#month2', '2023-05');
    await page.selectOption('#monthCount', '3');
    const heads = await page.locator('table.compare thead th').allTextContents();
    assert.equal(heads.length, 5, `what + form month + 3 months: ${heads}`);
    const text = norm(await page.textContent('table.compare'));
    // 1 Jan 2023 table (A-1/2022?) gives 6 850 for a single adult; from 1 Jul 2023, 7 550 (rates.toml).
    assert(text.includes('6 850') && text.includes('7 550'), `both tables in the row: ${text}`);
    assert.equal(await page.locator('table.compare .cell-notices').count(), 4, 'notices per month');
    await page.selectOption('#monthCount', '11');
    assert.equal(await page.locator('table.compare thead th').count(), 13, 'twelve months and the label column');
    await page.click('table.compare [data-open-month="2023-07"]');
    assert.equal(await page.inputValue('#month'), '2023-07', 'the month opened in the form');
    assert(norm(await page.textContent('#headline')).includes('7 550'), 'its result in full');
    await axe(page, 'with twelve months');
  } finally {
    await ctx.close();
  }
});

test('what-if: the support falls krone for krone and ends where the core says; plot and words agree', async () => {
  const { ctx, page } = await desk();
  try {
    // 2024-03, single adult: 7 850 (A-3/2023) + rent 6 000 = 13 850, no income.
    await page.fill('#month', '2024-03');
    await page.fill('#adult0', '40');
    await page.fill('#housing', '6000');
    await page.fill('#whatIfWork', '5.000');
    await page.waitForSelector('#whatif-body svg.whatif-plot');
    const words = norm(await page.textContent('#whatif-summary'));
    assert(/13 850 kr, til sammen 13 850 kr/.test(words), `at zero: ${words}`);
    assert(/øker med 13 850 kr/.test(words), `the end: ${words}`);
    assert(/Med 5 000 kr mer: stønad 8 850 kr, til sammen 13 850 kr/.test(words), `the amount asked: ${words}`);
    assert.equal(norm(await page.textContent('#echo-whatIfWork')).trim(), '= 5 000 kr', 'the echo reads 5.000 as five thousand');
    assert.equal(await page.getAttribute('svg.whatif-plot', 'aria-labelledby'), 'whatif-summary', 'the plot is labelled by the words');
    assert.equal(await page.locator('svg.whatif-plot line.ends').count(), 1, 'the end is marked');
    const pts = (await page.getAttribute('svg.whatif-plot polyline.total', 'points')).split(' ').map((p) => p.split(',').map(Number));
    assert(pts[0][0] < pts[pts.length - 1][0], 'left to right in bokmål');
    // The total is flat until the support ends, then rises.
    assert.equal(pts[0][1], pts[1][1], 'flat at first');
    assert(pts[pts.length - 1][1] < pts[0][1], 'higher (smaller y) at the end');
    await axe(page, 'with the what-if plot');
    // Bad input: an error beside the field, no plot.
    await page.fill('#whatIfWork', '-200');
    assert((await page.textContent('#err-whatIfWork')).length > 3, 'negative refused beside the field');
    assert.equal(await page.locator('#whatif-body svg').count(), 0, 'no plot for a bad amount');
  } finally {
    await ctx.close();
  }
});

test('what-if in Arabic: the plot runs right to left', async () => {
  const { ctx, page } = await desk(1280, 'ar');
  try {
    await page.fill('#month', '2024-03');
    await page.fill('#adult0', '40');
    await page.fill('#housing', '6000');
    await page.waitForSelector('#whatif-body svg.whatif-plot');
    const pts = (await page.getAttribute('svg.whatif-plot polyline.total', 'points')).split(' ').map((p) => p.split(',').map(Number));
    assert(pts[0][0] > pts[pts.length - 1][0], 'zero work income at the right');
  } finally {
    await ctx.close();
  }
});

test('scenarios: up to six beside the form, differences marked; export, import, bad files refused whole', async () => {
  const { ctx, page } = await desk();
  try {
    await page.fill('#month', '2024-03');
    await page.fill('#adult0', '40');
    await page.fill('#housing', '6000');
    await page.fill('#scenarioName', 'Uten lønn');
    await page.click('#saveScenario');
    await page.fill('#income-workNet', '5000');
    await page.fill('#scenarioName', 'Med lønn');
    await page.click('#saveScenario');
    const heads = (await page.locator('table.scenarios-table thead th').allTextContents()).map(norm);
    assert(heads[1].startsWith('Skjemaet nå') && heads[2].startsWith('Uten lønn') && heads[3].startsWith('Med lønn'), `columns: ${heads}`);
    const text = norm(await page.textContent('table.scenarios-table'));
    assert(text.includes('13 850 kr') && text.includes('8 850 kr'), `both amounts: ${text}`);
    // «Uten lønn» differs from the form (which now has the wage) in income and amount.
    assert(await page.locator('table.scenarios-table td.diff').count() >= 2, 'differences marked');
    assert((await page.locator('table.scenarios-table td.diff .visually-hidden').first().textContent()).includes('ulikt'), 'and said in words');
    // The months row adds a matrix of amounts per scenario.
    await page.fill('#month2', '2024-04');
    await page.selectOption('#monthCount', '11');
    assert.equal(await page.locator('table.scenario-months tbody tr').count(), 3, 'a row per scenario and the form');
    assert.equal(await page.locator('table.scenario-months thead th').count(), 13);
    // Export, then import the file back: the same scenarios.
    const [download] = await Promise.all([page.waitForEvent('download'), page.click('#exportScenarios')]);
    const file = JSON.parse(readFileSync(await download.path(), 'utf8'));
    assert.equal(file.format, 'sosialhjelp-scenarios');
    assert.match(file.version, /^\d+\.\d+\.\d+/);
    assert.deepEqual(file.scenarios.map((s) => s.name), ['Uten lønn', 'Med lønn']);
    await page.click('table.scenarios-table [data-remove-scenario="0"]');
    assert.equal(await page.locator('table.scenarios-table thead th').count(), 3, 'one removed');
    await page.click('#scenarioImportBox summary');
    await page.setInputFiles('#scenarioFile', { name: 's.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(file)) });
    await page.waitForFunction(() => document.querySelectorAll('table.scenarios-table thead th').length === 4);
    // A file with one bad household is refused whole, with the scenario and field named.
    const bad = structuredClone(file);
    bad.scenarios[1].household.adults[0].age = 'abc';
    bad.scenarios.push({ name: 'Tredje', household: file.scenarios[0].household });
    await page.setInputFiles('#scenarioFile', { name: 'bad.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(bad)) });
    await page.waitForSelector('#err-scenarioFile:not([hidden])');
    const err = await page.textContent('#err-scenarioFile');
    assert(err.includes('scenarios[1].household.adults[0].age'), `field named: ${err}`);
    assert.equal(await page.locator('table.scenarios-table thead th').count(), 4, 'nothing applied');
    await page.setInputFiles('#scenarioFile', { name: 'x.json', mimeType: 'application/json', buffer: Buffer.from('{"scenarios": 3') });
    await page.waitForFunction(() => /JSON/.test(document.getElementById('err-scenarioFile').textContent));
    // Open a scenario in the form.
    await page.click('table.scenarios-table [data-open-scenario="1"]');
    assert.equal(await page.inputValue('#income-workNet'), '5000', 'the scenario is in the form');
    // At most six.
    for (let i = 0; i < 5; i++) await page.click('#saveScenario');
    assert((await page.textContent('#err-scenarioName')).includes('6'), 'a seventh is refused beside the name');
    assert.equal(await page.locator('table.scenarios-table thead th').count(), 8, 'the form and six scenarios');
    await axe(page, 'with six scenarios and twelve months');
  } finally {
    await ctx.close();
  }
});

test('case-file printout: A4 with the inputs, the whole trace with sources, months, scenarios and what-if', async () => {
  const { ctx, page } = await desk();
  try {
    await page.evaluate(() => { window.print = () => {}; });
    await page.fill('#month', '2024-03');
    await page.fill('#adult0', '40');
    await page.fill('#housing', '6000');
    await page.fill('#income-workNet', '2000');
    await page.click('#saveScenario');
    await page.fill('#month2', '2024-04');
    await page.selectOption('#monthCount', '2');
    await page.fill('#whatIfWork', '3000');
    await page.waitForSelector('#whatif-body svg');
    await page.click('#printCaseFile');
    await page.waitForSelector('body.print-case-file #case-file .case-file', { state: 'attached' });
    await page.emulateMedia({ media: 'print' });
    const dir = mkdtempSync(join(tmpdir(), 'sh-case-'));
    const pdf = join(dir, 'case.pdf');
    writeFileSync(pdf, await page.pdf({ format: 'A4', printBackground: false }));
    const raw = execFileSync('pdftotext', ['-raw', pdf, '-'], { encoding: 'utf8' });
    const text = raw.replace(/[\u00a0\u202f]/g, ' ');
    const version = (await page.textContent('#version')).match(/\d+\.\d+\.\d+/)[0];
    assert(text.includes('Saksutskrift'), 'the case-file title');
    assert(!text.includes('Oppsummering til NAV'), 'not the citizen summary');
    assert(text.includes(version), `version ${version} printed`);
    assert(text.includes('A-3/2023'), 'the rate table and its rundskriv');
    assert(/adults\[0\]\.age\s+40/.test(text) && /expenses\.housing\s+6000/.test(text), `every input: ${text.slice(0, 600)}`);
    // 7 850 + 6 000 − 2 000 = 11 850.
    assert(/11 850/.test(text), 'the amount');
    assert(/https:\/\/\S+/.test(text) && text.includes('sosialtjenesteloven'), 'sources written out with URLs');
    for (const h of ['Måneder side om side', 'Scenarioer side om side', 'Lønner det seg å jobbe?']) assert(text.includes(h), `${h} printed`);
    assert(text.includes('Ikke et vedtak'), 'says it is not a decision');
    const pages = Number(execFileSync('pdfinfo', [pdf], { encoding: 'utf8' }).match(/Pages:\s+(\d+)/)[1]);
    assert(pages >= 1 && pages <= 6, `A4 pages: ${pages}`);
    // Ctrl+P afterwards prints the citizen's summary again.
    await page.emulateMedia({ media: 'screen' });
    await page.evaluate(() => window.dispatchEvent(new Event('afterprint')));
    assert.equal(await page.locator('body.print-case-file').count(), 0);
  } finally {
    await ctx.close();
  }
});

test('share links carry the version and the rates month, and say so when opened under others', async () => {
  const { ctx, page } = await desk();
  try {
    await page.fill('#month', '2024-03');
    await page.fill('#adult0', '40');
    await page.click('#share');
    const link = await page.inputValue('#shareLink');
    const s = new URLSearchParams(link.split('#')[1]).get('s');
    const state = JSON.parse(Buffer.from(s.replace(/-/g, '+').replace(/_/g, '/'), 'base64').toString('utf8'));
    assert.match(state.v, /^\d+\.\d+\.\d+/, 'version in the link');
    assert.match(state.r, /^\d{4}-\d{2}$/, 'newest rates month in the link');
    // The same link, opened fresh: no notice.
    await load(page, `#${link.split('#')[1]}`);
    assert(await page.locator('#linkNotice').isHidden(), 'no notice for a link of this version');
    // Made under an older version and older rates: both said.
    const old = Buffer.from(JSON.stringify({ ...state, v: '0.0.1', r: '2023-07' })).toString('base64').replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
    await load(page, `#mode=caseworker&lang=nb&s=${old}`);
    const notice = norm(await page.textContent('#linkNotice'));
    assert(notice.includes('0.0.1') && notice.includes('juli 2023'), `notice: ${notice}`);
    assert.equal(await page.inputValue('#adult0'), '40', 'the household still restored');
  } finally {
    await ctx.close();
  }
});

test('kommune tables: one model for the fields and the JSON; several tables each used in its months; nothing dropped', async () => {
  const { ctx, page } = await desk();
  try {
    await page.fill('#month', '2024-03');
    await page.fill('#adult0', '40');
    await page.click('#customRatesBox summary');
    // Two dated tables (a made-up Testkommune): 8 000 until June 2024, 8 400 from July.
    const rates = { label: 'Testkommune', tables: [
      { effectiveFrom: '2024-01', effectiveTo: '2024-06', single: '8000', couple: '13000', sharedHousing: '7000', child0to5: '4000', child6to10: '4100', child11to17: '5200' },
      { effectiveFrom: '2024-07', single: '8400', couple: '13500', sharedHousing: '7300', child0to5: '4100', child6to10: '4200', child11to17: '5300' }] };
    await page.fill('#ratesJson', JSON.stringify(rates));
    await page.click('#ratesImport');
    assert.equal(await page.locator('#crTable option').count(), 2, 'both tables listed');
    assert.equal(await page.inputValue('#cr-single'), '8000', 'the fields show the first');
    assert.equal(await page.inputValue('#crTo'), '2024-06');
    assert(norm(await page.textContent('#headline')).includes('8 000'), 'March uses the first table');
    // The months row uses the same model: July has the second table.
    await page.fill('#month2', '2024-07');
    const cmp = norm(await page.textContent('table.compare'));
    assert(cmp.includes('8 000') && cmp.includes('8 400') && cmp.includes('Testkommune'), `each month its table: ${cmp}`);
    // Edit the second table's single rate: the first stays as it was.
    await page.selectOption('#crTable', '1');
    assert.equal(await page.inputValue('#cr-single'), '8400');
    await page.fill('#cr-single', '8 500');
    assert(norm(await page.textContent('table.compare')).includes('8 500'), 'the edit is used in July');
    assert(norm(await page.textContent('#headline')).includes('8 000'), 'March keeps the first table');
    await page.click('#ratesExport');
    const out = JSON.parse(await page.inputValue('#ratesJson'));
    assert.deepEqual(out.tables.map((t) => t.single), ['8000', '8 500'], 'both tables exported, the edit in the second');
    // An overlap in the second table: refused with the reason beside its «from» field.
    await page.fill('#crFrom', '2024-05');
    assert((await page.textContent('#err-crFrom')).length > 5, `overlap named: ${await page.textContent('#err-crFrom')}`);
    // Shown from the first table, the same error names table 2.
    await page.selectOption('#crTable', '0');
    assert(/Tabell 2/.test(await page.textContent('#customRatesBox')), 'the other table is named');
    await page.selectOption('#crTable', '1');
    await page.fill('#crFrom', '2024-07');
    assert(norm(await page.textContent('#headline')).includes('8 000'), 'valid again');
    // Remove the second: July falls back to nothing from the kommune, said beside the month.
    await page.click('#crRemove');
    assert.equal(await page.locator('#crTable option').count(), 1);
    await axe(page, 'with the rate tables open');
    await page.click('#crClear');
    assert(!norm(await page.textContent('#headline')).includes('Testkommune'), 'the state tables again');
  } finally {
    await ctx.close();
  }
});

test('kommune tables with their own child age bands: each child in the band of their age; bad bands refused with the reason', async () => {
  const { ctx, page } = await desk();
  try {
    await page.fill('#month', '2024-05');
    await page.fill('#adult0', '35');
    await page.fill('#childCount', '2');
    await page.fill('#child0', '8');
    await page.fill('#child1', '11');
    await page.click('#customRatesBox summary');
    // Invented figures in Oslo's two bands (0–10, 11–17): 8 378 + 4 000 + 5 300 = 17 678.
    const rates = { label: 'Testkommune', tables: [{ effectiveFrom: '2024-01', single: '8378',
      children: [{ fromAge: 0, toAge: 10, amount: '4000' }, { fromAge: 11, toAge: 17, amount: '5300' }] }] };
    await page.fill('#ratesJson', JSON.stringify(rates));
    await page.click('#ratesImport');
    assert(norm(await page.textContent('#headline')).includes('17 678'), `the bands used: ${await page.textContent('#headline')}`);
    const calc = norm(await page.textContent('#result-body table.calc'));
    assert(/0–10/.test(calc) && /11–17/.test(calc), `the lines name the bands: ${calc}`);
    assert(/0–10 år: 4 000 kr; barn 11–17 år: 5 300 kr|0–10 år: 4 000 kr/.test(norm(await page.textContent('#crBandsNote'))), 'the bands are shown beside the fields');
    assert(await page.locator('#cr-child0to5').evaluate((e) => e.readOnly), 'the fixed child fields do not apply');
    // A gap at 11: refused, the reason in the rates box, no amount.
    rates.tables[0].children[1].fromAge = 12;
    await page.fill('#ratesJson', JSON.stringify(rates));
    await page.click('#ratesImport');
    assert(/0 til 17/.test(await page.textContent('#customRatesBox')), `the reason: ${await page.textContent('#customRatesBox')}`);
    await axe(page, 'with own child bands');
  } finally {
    await ctx.close();
  }
});

test('scenarios of every shape survive export and import unchanged', async () => {
  const { ctx, page } = await desk();
  try {
    const shapes = [
      { name: 'Enslig', household: { month: '2024-03', householdType: 'single', adults: [{ age: 40 }], expenses: { housing: '6000' } } },
      { name: 'Ektepar med barn', household: { month: '2024-03', householdType: 'married', adults: [{ age: 34 }, { age: 29 }], children: [{ age: 4 }, { age: 15 }],
        expenses: { housing: '14500', electricity: '1200', other: [{ label: 'Medisiner', amount: '350,50' }] }, incomes: [{ kind: 'workNet', amount: '18000' }, { kind: 'barnetrygd', amount: '3532' }], liquidFunds: '1500' } },
      { name: 'Samboere uten felles barn', household: { month: '2024-03', householdType: 'cohabiting', commonChildren: false, adults: [{ age: 25 }] } },
      { name: 'Kommunens satser', household: { month: '2024-05', householdType: 'single', adults: [{ age: 35 }], children: [{ age: 8 }],
        customRates: { label: 'Testkommune', tables: [{ effectiveFrom: '2024-01', single: '8378', children: [{ fromAge: 0, toAge: 10, amount: '4000' }, { fromAge: 11, toAge: 17, amount: '5300' }] }] } } },
      { name: 'Vedtak', household: { month: '2024-03', householdType: 'single', adults: [{ age: 40 }], expenses: { housing: '6000' }, decision: { granted: '12000', housing: '5000' } } },
      { name: 'Krise i dag', household: { month: '2024-03', householdType: 'single', adults: [{ age: 22 }], situation: { emergency: { noFood: true, noShelter: false } } } },
    ];
    await page.fill('#adult0', '40');
    await page.click('#scenarioImportBox summary');
    await page.setInputFiles('#scenarioFile', { name: 's.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify({ format: 'sosialhjelp-scenarios', scenarios: shapes })) });
    await page.waitForFunction(() => document.querySelectorAll('table.scenarios-table thead th').length === 8);
    assert.equal(await page.locator('table.scenarios-table td', { hasText: 'Har feil' }).count(), 0, 'every shape is a valid household');
    const [download] = await Promise.all([page.waitForEvent('download'), page.click('#exportScenarios')]);
    const back = JSON.parse(readFileSync(await download.path(), 'utf8'));
    assert.deepEqual(back.scenarios, shapes, 'the same scenarios, field for field');
  } finally {
    await ctx.close();
  }
});

test('1920 px: months, scenarios, what-if and the case file side by side with the live result, axe 0', async () => {
  const ctx = await launch({ viewport: { width: 1920, height: 1080 }, bypassCSP: true });
  try {
    const page = await load(ctx.pages()[0] ?? await ctx.newPage(), '#mode=caseworker');
    await page.evaluate(() => { window.print = () => {}; });
    await page.fill('#month', '2024-03');
    await page.fill('#adult0', '40');
    await page.fill('#housing', '6000');
    await page.click('#saveScenario');
    await page.fill('#income-workNet', '5000');
    await page.fill('#month2', '2024-04');
    await page.selectOption('#monthCount', '11');
    await page.fill('#whatIfWork', '3000');
    await page.waitForSelector('#whatif-body svg');
    assert.equal(await page.locator('table.compare thead th').count(), 13);
    assert.equal(await page.locator('table.scenario-months tbody tr').count(), 2);
    const form = await page.locator('#form').boundingBox();
    const result = await page.locator('#result').boundingBox();
    const desk = await page.locator('#scenarios').boundingBox();
    assert(result.x >= form.x + form.width && desk.x < result.x, 'the desk below the form, the result beside it');
    await page.click('#printCaseFile');
    await page.waitForSelector('body.print-case-file #case-file .case-file', { state: 'attached' });
    await axe(page, 'at 1920 px with the desk in use');
  } finally {
    await ctx.close();
  }
});
