#!/usr/bin/env node
// Checks the message catalogues in www/i18n/ against the bokmål reference (no dependencies).
//
//   node --test --test-reporter=spec tests/i18n.mjs   (as scripts/test.sh runs it)
//   node tests/i18n.mjs [catalogue-dir]                 (another directory, e.g. a draft)
//
// A catalogue is a file named `<lang>.js`: one per language, with every text the page shows, the
// guidance included (its `guidance` section, which the build loads after the first screen). A file
// named `<name>.<lang>.js` is a further catalogue, checked the same way. For every catalogue and
// every language in LANGS it checks, against the nb file of the same catalogue:
//   - the file exists and imports, and has the same exports (default and every named export);
//   - every key path of nb exists in the language and every key path of the language exists in nb
//     (recursively, objects and arrays), with the same kind of value;
//   - no text is an empty string;
//   - the set of {placeholders} of every text equals that of the nb text with the same key path,
//     and braces outside placeholders (a JSON example) are the same as in nb;
//   - every `lang` value equals the language code of the file;
//   - every `key` value equals nb's.
// Each catalogue file × language is one node:test test (e.g. "nn.js [nn] against nb.js"); it fails with every problem of that file, one line each, and notes how many
// texts and values passed.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdir } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const REFERENCE = 'nb';
const LANGS = ['nb', 'nn', 'en'];
// Further languages are found in the directory (every <lang>.js; `nb-x-lettlest` is easy-read bokmål).
/** Values under these property names are identifiers, not text: they must equal nb's. */
const IDENTIFIER_KEYS = new Set(['key']);
/** Values under these property names are set per language (`translated`): only their kind must equal nb's. */
const PER_LANGUAGE_KEYS = new Set(['translated']);

const here = path.dirname(fileURLToPath(import.meta.url));
const dir = path.resolve(process.argv[2] ?? path.join(here, '..', 'www', 'i18n'));

/**
 * The outcome of one test: every problem found (one line each) and the number of checks passed.
 * Tests run one after another (node:test runs a file's tests sequentially), so one is current.
 */
let current = { problems: [], passed: 0 };

function fail(lang, where, message) {
  current.problems.push(`FAIL [${lang}] ${where}: ${message}`);
}

const isPlainObject = (v) => v !== null && typeof v === 'object' && !Array.isArray(v);
const kindOf = (v) => (Array.isArray(v) ? 'array' : v === null ? 'null' : typeof v);

/** The sorted, de-duplicated placeholder names of a text. */
function placeholders(text) {
  return [...new Set([...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]))].sort();
}

/** The braces of a text that are not part of a {placeholder}, in order. */
function strayBraces(text) {
  return text.replace(/\{\w+\}/g, '').replace(/[^{}]/g, '');
}

function joinPath(base, key) {
  if (typeof key === 'number') return `${base}[${key}]`;
  return /^[A-Za-z_$][\w$]*$/.test(key) ? `${base}.${key}` : `${base}[${JSON.stringify(key)}]`;
}

/** Checks one text (a string leaf). Returns the number of problems found. */
function checkText(lang, file, keyPath, lastKey, ref, value) {
  const where = `${file} ${keyPath}`;
  let problems = 0;
  if (value.trim() === '') {
    fail(lang, where, 'empty string');
    problems++;
  }
  if (lastKey === 'lang' && value !== lang) {
    fail(lang, where, `lang is ${JSON.stringify(value)}, expected ${JSON.stringify(lang)}`);
    problems++;
  }
  if (typeof ref === 'string' && lang !== REFERENCE) {
    const want = placeholders(ref);
    const got = placeholders(value);
    if (want.join(',') !== got.join(',')) {
      const missing = want.filter((p) => !got.includes(p)).map((p) => `{${p}}`);
      const extra = got.filter((p) => !want.includes(p)).map((p) => `{${p}}`);
      const parts = [];
      if (missing.length) parts.push(`missing ${missing.join(' ')}`);
      if (extra.length) parts.push(`unexpected ${extra.join(' ')}`);
      fail(lang, where, `placeholders differ from ${REFERENCE} (${parts.join('; ')})`);
      problems++;
    }
    // Braces that are not placeholders (e.g. a JSON example) must be the same as in nb, so a
    // broken placeholder such as "{amount" or "{ amount }" is caught.
    if (strayBraces(value) !== strayBraces(ref)) {
      fail(lang, where, `braces outside {placeholders} differ from ${REFERENCE}: ${JSON.stringify(value)}`);
      problems++;
    }
    if (IDENTIFIER_KEYS.has(lastKey) && value !== ref) {
      fail(lang, where, `identifier is ${JSON.stringify(value)}, ${REFERENCE} has ${JSON.stringify(ref)}`);
      problems++;
    }
  }
  return problems;
}

/** Compares `value` (language `lang`) with `ref` (nb) at `keyPath`, recursively, both directions. */
function compare(lang, file, keyPath, lastKey, ref, value) {
  const where = `${file} ${keyPath}`;
  if (kindOf(ref) !== kindOf(value)) {
    fail(lang, where, `is ${kindOf(value)}, ${REFERENCE} has ${kindOf(ref)}`);
    return;
  }
  if (Array.isArray(ref)) {
    if (ref.length !== value.length) {
      fail(lang, where, `has ${value.length} entries, ${REFERENCE} has ${ref.length}`);
    }
    const n = Math.max(ref.length, value.length);
    for (let i = 0; i < n; i++) {
      const p = joinPath(keyPath, i);
      if (i >= value.length) fail(lang, `${file} ${p}`, `missing (present in ${REFERENCE})`);
      else if (i >= ref.length) fail(lang, `${file} ${p}`, `not in ${REFERENCE}`);
      else compare(lang, file, p, lastKey, ref[i], value[i]);
    }
    return;
  }
  if (isPlural(ref)) {
    comparePlural(lang, file, keyPath, ref, value);
    return;
  }
  if (isPlainObject(ref)) {
    for (const k of Object.keys(ref)) {
      const p = joinPath(keyPath, k);
      if (!Object.hasOwn(value, k)) fail(lang, `${file} ${p}`, `missing (present in ${REFERENCE})`);
      else compare(lang, file, p, k, ref[k], value[k]);
    }
    for (const k of Object.keys(value)) {
      if (!Object.hasOwn(ref, k)) fail(lang, `${file} ${joinPath(keyPath, k)}`, `not in ${REFERENCE} (extra key)`);
    }
    return;
  }
  if (typeof ref === 'string') {
    if (checkText(lang, file, keyPath, lastKey, ref, value) === 0) current.passed++;
    return;
  }
  if (ref !== value && !PER_LANGUAGE_KEYS.has(lastKey)) fail(lang, where, `is ${JSON.stringify(value)}, ${REFERENCE} has ${JSON.stringify(ref)}`);
  else current.passed++;
}

/**
 * A plural entry: an object whose keys are plural categories, `other` among them (util.js `t()`
 * picks one with Intl.PluralRules; `zero`, when present, is the text for exactly 0 in any language).
 */
const PLURAL_KEYS = new Set(['zero', 'one', 'two', 'few', 'many', 'other']);
const isPlural = (v) => isPlainObject(v) && Object.hasOwn(v, 'other') && Object.keys(v).every((k) => PLURAL_KEYS.has(k));

/**
 * A language's plural entry has every category its Intl.PluralRules has (Arabic: zero, one, two,
 * few, many, other; Ukrainian: one, few, many, other), `zero` where nb has it, nothing else; every
 * form has the placeholders of nb's `other`.
 */
function comparePlural(lang, file, keyPath, ref, value) {
  if (!isPlainObject(value)) {
    fail(lang, `${file} ${keyPath}`, `is ${kindOf(value)}, ${REFERENCE} has a plural entry`);
    return;
  }
  const need = new Set(new Intl.PluralRules(lang).resolvedOptions().pluralCategories);
  if (Object.hasOwn(ref, 'zero')) need.add('zero');
  for (const k of need) if (!Object.hasOwn(value, k)) fail(lang, `${file} ${joinPath(keyPath, k)}`, `missing (Intl.PluralRules('${lang}') has ${[...need].join(', ')})`);
  for (const k of Object.keys(value)) {
    if (!PLURAL_KEYS.has(k)) fail(lang, `${file} ${joinPath(keyPath, k)}`, 'not a plural category');
    else if (typeof value[k] !== 'string') fail(lang, `${file} ${joinPath(keyPath, k)}`, 'is not a text');
    else if (checkText(lang, file, joinPath(keyPath, k), k, ref[k] ?? ref.other, value[k]) === 0) current.passed++;
  }
}

/** Imports a catalogue file; once per file (the nb file serves every language's test). */
const modules = new Map();
function importCatalogue(file) {
  if (!modules.has(file)) modules.set(file, import(pathToFileURL(path.join(dir, file)).href));
  return modules.get(file);
}

async function load(lang, file) {
  try {
    return await importCatalogue(file);
  } catch (e) {
    fail(lang, file, `cannot be imported: ${e.message}`);
    return null;
  }
}

/** Runs `check` as the current test and fails it with every problem it found. */
async function run(t, check) {
  current = { problems: [], passed: 0 };
  await check();
  const { problems, passed } = current;
  t.diagnostic(`${passed} texts and values passed`);
  if (problems.length) assert.fail(`${problems.length} problem(s):\n${problems.join('\n')}`);
}

let names;
try {
  names = await readdir(dir);
} catch (e) {
  test(`the catalogue directory ${dir}`, () => {
    assert.fail(`FAIL [-] ${dir}: cannot read the catalogue directory: ${e.message}`);
  });
}
// catalogue name ('' for the main catalogue) -> set of languages present
const catalogues = new Map();
for (const name of names ?? []) {
  const m = /^(?:([a-z]+)\.)?([a-z]{2,3}(?:-x-[a-z]+)?)\.js$/.exec(name);
  if (!m) continue;
  const cat = m[1] ?? '';
  if (!catalogues.has(cat)) catalogues.set(cat, new Set());
  catalogues.get(cat).add(m[2]);
}
if (names && !catalogues.has('')) catalogues.set('', new Set());
const fileName = (cat, lang) => (cat ? `${cat}.${lang}.js` : `${lang}.js`);

for (const [cat, present] of [...catalogues].sort()) {
  const refFile = fileName(cat, REFERENCE);
  const langs = [...new Set([...LANGS, ...present])];
  for (const lang of langs) {
    const file = fileName(cat, lang);
    const name = lang === REFERENCE ? `${file} [${lang}], the reference` : `${file} [${lang}] against ${refFile}`;
    test(name, (t) => run(t, async () => {
      await checkCatalogue(cat, present, lang);
      // The main catalogues must say which language they are.
      if (cat === '' && LANGS.includes(lang) && present.has(lang)) {
        const mod = await importCatalogue(file).catch(() => null);
        if (mod && mod.default && typeof mod.default === 'object' && !Object.hasOwn(mod.default, 'lang')) {
          fail(lang, file, `default.lang is missing (expected "${lang}")`);
        }
      }
    }));
  }
}

/** Checks the file of catalogue `cat` in `lang` against the nb file (present: the languages found). */
async function checkCatalogue(cat, present, lang) {
  const refFile = fileName(cat, REFERENCE);
  const file = fileName(cat, lang);
  if (!present.has(REFERENCE)) {
    if (lang === REFERENCE) {
      fail(REFERENCE, refFile, `missing: the reference catalogue for ${[...present].map((l) => fileName(cat, l)).join(', ')}`);
    } else {
      fail(lang, file, `cannot be compared: the reference ${refFile} is missing`);
    }
    return;
  }
  const refModule = await load(REFERENCE, refFile);
  if (!refModule) {
    // Reported as the reference's failure (in every language's test: nothing could be compared).
    return;
  }
  if (!present.has(lang)) {
    fail(lang, file, `missing (${refFile} exists)`);
    return;
  }
  const mod = lang === REFERENCE ? refModule : await load(lang, file);
  if (!mod) return;
  current.passed++; // the file exists and imports
  for (const exp of Object.keys(refModule)) {
    if (!Object.hasOwn(mod, exp)) {
      fail(lang, file, `export "${exp}" is missing (present in ${refFile})`);
      continue;
    }
    compare(lang, file, exp, exp, refModule[exp], mod[exp]);
  }
  for (const exp of Object.keys(mod)) {
    if (!Object.hasOwn(refModule, exp)) fail(lang, file, `export "${exp}" is not in ${refFile}`);
  }
}

// ---------------------------------------------------------------------------------------------
// Every code the core can emit has a bokmål text (then, by the checks above, a text in every
// language). The codes come from the core's schema (`sosialhjelp --schema`, written by
// scripts/build.sh to target/schema.json; CORE_SCHEMA names another file), and the catalogues are
// loaded as modules — no pattern matching over their source.

const schemaFile = process.env.CORE_SCHEMA ?? path.join(here, '..', 'target', 'schema.json');

/** The catalogue section each kind of code is looked up in (www/render.js, www/app.js). */
const SECTIONS = {
  errorCode: 'error',
  lineCode: 'line',
  noticeCode: 'notice',
  alternativeCode: 'alternative',
  incomeKind: 'incomeKind',
  incomeRule: 'incomeRule',
  category: 'category',
  householdType: 'householdType',
  noTopUpReason: 'outcome',
  cannotEstimateReason: 'outcome',
  verdict: 'volunteer',
  documentCode: 'documents',
  decisionPart: 'decision',
  decisionNote: 'decision',
  group: null, // shown as a sign and a style (www/render.js), not as words
};

/** UI texts www/guidance.js uses besides the codes. */
const GUIDANCE_UI = ['sectionEmergency', 'sectionVilkar', 'sectionAktivitetsplikt', 'sectionBreach', 'sectionRights', 'sectionKvp',
  'sectionCannotKnow', 'sectionOneOff', 'adultLabel', 'adultSingleLabel', 'groundsHeading', 'activitiesHeading', 'kvpAmount', 'kvpG',
  'kvpBarnetilleggAmount', 'incomeEffectsHeading', 'incomeEffectLine', 'officeFinderText', 'confidenceV2', 'confidenceI'];

test('every code in the core schema has a bokmål text', async () => {
  const { readFile } = await import('node:fs/promises');
  const schema = JSON.parse(await readFile(schemaFile, 'utf8'));
  const nb = (await importCatalogue('nb.js')).default;
  const guidance = nb.guidance ?? {};
  const missing = [];
  for (const [kind, codes] of Object.entries(schema.codes)) {
    if (kind === 'guidance') {
      for (const c of codes) if (typeof guidance[c] !== 'string') missing.push(`nb.js guidance.${c}`);
      continue;
    }
    const section = SECTIONS[kind];
    if (section === null) continue;
    assert.ok(section, `the schema has codes of kind "${kind}" that this test does not know where to look up`);
    for (const c of codes) if (nb[section]?.[c] === undefined) missing.push(`nb.js ${section}.${c}`);
  }
  if (nb.outcome?.support === undefined) missing.push('nb.js outcome.support');
  // The choices of «Gjelder noe av dette deg?» (www/situation.js) are the core's lists.
  for (const c of [...schema.assessedAloneReasons, ...schema.studentKinds]) if (typeof nb.situation?.[c] !== 'string') missing.push(`nb.js situation.${c}`);
  // The notes beside the amount (www/render.js headlineNotes) for the core's headline notices.
  for (const c of schema.headlineNotices) if (typeof nb.headlineNotice?.[c] !== 'string') missing.push(`nb.js headlineNotice.${c}`);
  for (const k of GUIDANCE_UI) if (typeof guidance[k] !== 'string') missing.push(`nb.js guidance.${k}`);
  assert.deepEqual(missing, [], `texts missing for codes the core emits:\n${missing.join('\n')}`);
});
