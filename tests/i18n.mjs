#!/usr/bin/env node
// Checks the message catalogues in www/i18n/ against the bokmål reference (no dependencies).
//
//   node tests/i18n.mjs [catalogue-dir]
//
// A catalogue is a file named `<lang>.js` (the main catalogue) or `<name>.<lang>.js` (e.g.
// guidance.nn.js). For every catalogue and every language in LANGS it checks, against the nb file
// of the same catalogue:
//   - the file exists and imports, and has the same exports (default and every named export);
//   - every key path of nb exists in the language and every key path of the language exists in nb
//     (recursively, objects and arrays), with the same kind of value;
//   - no text is an empty string;
//   - the set of {placeholders} of every text equals that of the nb text with the same key path,
//     and braces outside placeholders (a JSON example) are the same as in nb;
//   - every `lang` value equals the language code of the file;
//   - every `key` value equals nb's.
// Prints one line per failure, then `i18n: N passed, M failed`; exits 1 when M > 0.

import { readdir } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const REFERENCE = 'nb';
const LANGS = ['nb', 'nn', 'en'];
/** Values under these property names are identifiers, not text: they must equal nb's. */
const IDENTIFIER_KEYS = new Set(['key']);

const here = path.dirname(fileURLToPath(import.meta.url));
const dir = path.resolve(process.argv[2] ?? path.join(here, '..', 'www', 'i18n'));

let passed = 0;
let failed = 0;

function fail(lang, where, message) {
  failed += 1;
  console.error(`FAIL [${lang}] ${where}: ${message}`);
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
    if (checkText(lang, file, keyPath, lastKey, ref, value) === 0) passed++;
    return;
  }
  if (ref !== value) fail(lang, where, `is ${JSON.stringify(value)}, ${REFERENCE} has ${JSON.stringify(ref)}`);
  else passed++;
}

async function load(lang, file) {
  try {
    return await import(pathToFileURL(path.join(dir, file)).href);
  } catch (e) {
    fail(lang, file, `cannot be imported: ${e.message}`);
    return null;
  }
}

async function main() {
  let names;
  try {
    names = await readdir(dir);
  } catch (e) {
    fail('-', dir, `cannot read the catalogue directory: ${e.message}`);
    return;
  }
  // catalogue name ('' for the main catalogue) -> set of languages present
  const catalogues = new Map();
  for (const name of names) {
    const m = /^(?:(.+)\.)?([a-z]{2,3})\.js$/.exec(name);
    if (!m) continue;
    const cat = m[1] ?? '';
    if (!catalogues.has(cat)) catalogues.set(cat, new Set());
    catalogues.get(cat).add(m[2]);
  }
  if (!catalogues.has('')) catalogues.set('', new Set());
  const fileName = (cat, lang) => (cat ? `${cat}.${lang}.js` : `${lang}.js`);

  for (const [cat, present] of [...catalogues].sort()) {
    const refFile = fileName(cat, REFERENCE);
    if (!present.has(REFERENCE)) {
      fail(REFERENCE, refFile, `missing: the reference catalogue for ${[...present].map((l) => fileName(cat, l)).join(', ')}`);
      continue;
    }
    const refModule = await load(REFERENCE, refFile);
    if (!refModule) continue;
    const langs = [...new Set([...LANGS, ...present])];
    for (const lang of langs) {
      const file = fileName(cat, lang);
      if (!present.has(lang)) {
        fail(lang, file, `missing (${refFile} exists)`);
        continue;
      }
      const mod = lang === REFERENCE ? refModule : await load(lang, file);
      if (!mod) continue;
      passed++; // the file exists and imports
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
  }
  // The main catalogues must say which language they are.
  for (const lang of LANGS) {
    const file = fileName('', lang);
    if (!catalogues.get('').has(lang)) continue;
    const mod = await import(pathToFileURL(path.join(dir, file)).href).catch(() => null);
    if (mod && mod.default && typeof mod.default === 'object' && !Object.hasOwn(mod.default, 'lang')) {
      fail(lang, file, `default.lang is missing (expected "${lang}")`);
    }
  }
}

await main();
console.log(`i18n: ${passed} passed, ${failed} failed`);
process.exitCode = failed === 0 ? 0 : 1;
