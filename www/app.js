// The page: three modes (citizen step flow, volunteer quick check, caseworker), three languages,
// a scenario that can live in the URL fragment, print, and offline. It collects the form into the
// household format of the README, calls the wasm core on every input and renders through the
// message catalogue. No money arithmetic and no rule happens here: the core reads every amount
// (readAmount, for the echo beside each field) and decides every number and every error.
import init, { estimate, readAmount, version } from './pkg/sosialhjelp.js';
// The core's schema (`sosialhjelp --schema`, bundled at build time): the input vocabulary and limits.
import { incomeKinds as INCOME_KIND_GROUPS, customRateKeys, limits } from 'core:schema';
import { t, lookup, errorId, el, encodeState, decodeState, formatKr, formatOr, citations } from './util.js';
import { headline, alternatives, nextSteps, resultBody, volunteerResult } from './render.js';

const $ = (id) => document.getElementById(id);
const LANGS = ['nb', 'nn', 'en'];
const MODES = ['citizen', 'volunteer', 'caseworker'];
const STEPS = ['household', 'housing', 'income', 'result'];
// The fields the page asks for, as names of the JSON format (the core decides what they mean).
const EXPENSES = [['housing', 'ui.housingHint'], ['commonCosts', 'ui.commonCostsHint'], ['mortgageInstalments', 'ui.mortgageInstalmentsHint'],
  ['electricity'], ['insurance'], ['childcare', 'ui.childcareHint']];
const incomeKinds = (group) => INCOME_KIND_GROUPS.filter((k) => k.group === group).map((k) => k.kind);
const INCOME_KINDS = incomeKinds('common');
const CHILD_INCOME_KINDS = incomeKinds('children');
const MORE_INCOME_KINDS = incomeKinds('more');
const ALL_INCOME_KINDS = [...INCOME_KINDS, ...CHILD_INCOME_KINDS, ...MORE_INCOME_KINDS];
const RATE_KEYS = customRateKeys;
const MAX_CHILDREN = limits.maxChildren;

const state = {
  mode: 'citizen', lang: 'nb', step: 0,
  /** The catalogue of the page's language: its first part, then its later sections too (loadGuidance). */
  M: null,
  /** Bokmål's whole catalogue, for the print summary beside another language (loadGuidance). */
  nbFull: null,
  /** guidance.js, loaded after the first screen (loadGuidance). */
  renderGuidance: null,
  /** The valid estimate that matches the form, or null: print and share never use anything else. */
  last: null,
  /** The guidance last asked of the core; asked again only when the estimate's guidanceKey changes. */
  guidance: null,
  /** The core's whole API (guidance, quickCheck), loaded after the first screen (loadFull). */
  full: null,
  /** The quick check's last answer. */
  quick: null,
  /** desk.js (the comparison of two months, the print summary), loaded after the first screen. */
  desk: null,
  /** Error ids of the fields the user has changed, and the steps checked with Neste. */
  touched: new Set(), checked: new Set(),
  ratesFromJson: null,
};

// ---------- language ----------

// One catalogue file per language (www/i18n/<lang>.js, complete: tests/i18n.mjs); the build serves
// each in parts (scripts/bundle.mjs): `first` (what the first screen shows), `volunteer` (the quick
// check: at once in that mode, else after the first screen) and `later` (the guidance and the print
// summary, after the first screen). Only the page's language loads. Named one by one so the bundler
// makes one chunk each.
const PARTS = {
  first: { nb: () => import('catalogue:nb'), nn: () => import('catalogue:nn'), en: () => import('catalogue:en') },
  volunteer: { nb: () => import('catalogue:nb/volunteer'), nn: () => import('catalogue:nn/volunteer'), en: () => import('catalogue:en/volunteer') },
  later: { nb: () => import('catalogue:nb/later'), nn: () => import('catalogue:nn/later'), en: () => import('catalogue:en/later') },
};

/** The sections of a language's catalogue in `parts`, as one object. */
async function loadParts(lang, parts) {
  const modules = await Promise.all(parts.map((p) => PARTS[p][lang]()));
  return Object.assign({}, ...modules.map((m) => m.default));
}

/** Switches the page's words to `lang`, with the parts the page has already needed. */
async function loadLang(lang) {
  const parts = ['first'];
  if (state.mode === 'volunteer' || state.M?.volunteer) parts.push('volunteer');
  if (state.renderGuidance) parts.push('later');
  const M = await loadParts(lang, parts);
  state.lang = lang;
  state.M = M;
}

/** Bokmål's whole catalogue, which the print summary puts beside another language. */
async function loadNbFull() {
  state.nbFull ??= await loadParts('nb', ['first', 'volunteer', 'later']);
}

/**
 * The core's whole API (pkg/sosialhjelp_full.js: also guidance and quickCheck). The first screen
 * needs only estimate and readAmount, so this module loads after it, or when the volunteer's quick
 * check first needs it.
 */
let fullModule = null;
function loadFull() {
  fullModule ??= import('./pkg/sosialhjelp_full.js').then(async (m) => {
    await m.default();
    state.full = m;
    return m;
  });
  return fullModule;
}

/**
 * The guidance (vilkår, aktivitetsplikt, rights, KVP, nødhjelp): its renderer and texts are not on
 * the first screen, so they load right after it, and the result is drawn again with them.
 */
async function loadGuidance() {
  const lang = state.lang;
  const [render, more] = await Promise.all([import('./guidance.js'), loadParts(lang, ['volunteer', 'later']), loadNbFull(), loadFull()]);
  state.renderGuidance = render.renderGuidance;
  if (state.lang === lang) state.M = { ...state.M, ...more };
}

/** Puts the current catalogue's words into every element marked with data-i18n. */
function applyI18n() {
  const M = state.M;
  document.documentElement.lang = M.lang;
  document.documentElement.dir = M.dir ?? 'ltr';
  for (const e of document.querySelectorAll('[data-i18n]')) {
    const text = lookup(M, e.dataset.i18n);
    if (typeof text === 'string') e.textContent = t(text, { n: e.dataset.n });
  }
  for (const e of document.querySelectorAll('[data-i18n-label]')) {
    const text = lookup(M, e.dataset.i18nLabel);
    if (typeof text === 'string') e.setAttribute('aria-label', text);
  }
  $('lang').value = state.lang;
}

/**
 * The legal sources ({id: {reference, url}}, the rate tables' among them), written by the build from
 * the core's registry. Loaded after the first screen, or at once when sources are shown (the
 * caseworker view, or «Vis kildene»); then the result is redrawn with the links.
 */
let sourcesLoading = null;
function needSources(always = false) {
  if (citations.table || sourcesLoading || !(always || state.mode === 'caseworker' || $('showSources').checked)) return sourcesLoading;
  sourcesLoading = fetch('./sources.json').then((r) => r.json()).then((table) => {
    citations.table = table;
    recompute();
  }).catch(() => { sourcesLoading = null; });
  return sourcesLoading;
}

// ---------- URL fragment: mode, language, and (only when the user shares) the scenario ----------

function readHash() {
  return new URLSearchParams(location.hash.slice(1));
}

function writeHash({ scenario = readHash().get('s') } = {}) {
  const p = new URLSearchParams({ mode: state.mode, lang: state.lang });
  if (scenario) p.set('s', scenario);
  history.replaceState(history.state, '', `#${p}`);
}

// ---------- form building ----------

/** A labelled amount field with its hint, the echo of how the core read it, and its error. */
function amountField(id, labelKey, field, hintKey, prefix = 'err-') {
  const errId = errorId(field, prefix);
  const hintId = hintKey ? `hint-${id}` : null;
  return el('div', { class: 'field', id: `${id}-field` },
    el('label', { for: id, 'data-i18n': labelKey, text: lookup(state.M, labelKey) }),
    hintKey ? el('p', { class: 'hint', id: hintId, 'data-i18n': hintKey, text: lookup(state.M, hintKey) }) : null,
    el('input', { id, inputmode: 'decimal', 'data-amount': '', 'aria-describedby': [hintId, `echo-${id}`, errId].filter(Boolean).join(' ') }),
    el('p', { class: 'echo', id: `echo-${id}` }),
    el('p', { class: 'field-error', id: errId, hidden: true }));
}

function buildStaticFields() {
  for (const id of ['vchildren', 'childCount']) $(id).max = String(MAX_CHILDREN);
  for (const [k, hint] of EXPENSES) $('expenseFields').append(amountField(k, `ui.${k}`, `expenses.${k}`, hint));
  for (const k of INCOME_KINDS) $('incomeFields').append(amountField(`income-${k}`, `incomeKind.${k}`, `income.${k}`));
  for (const k of CHILD_INCOME_KINDS) $('childIncomeFields').append(amountField(`income-${k}`, `incomeKind.${k}`, `income.${k}`));
  for (const k of MORE_INCOME_KINDS) $('moreIncomeFields').append(amountField(`income-${k}`, `incomeKind.${k}`, `income.${k}`));
  $('fundsFields').append(amountField('liquidFunds', 'ui.funds', 'liquidFunds', 'ui.fundsHint'),
    amountField('barnetrygdInFunds', 'ui.barnetrygdInFunds', 'barnetrygdInFunds', 'ui.barnetrygdInFundsHint'));
  for (const k of RATE_KEYS) $('crRates').append(amountField(`cr-${k}`, `ui.rates.${k}`, `customRates.tables[0].${k}`));
}

function syncChildren() {
  const box = $('children');
  const n = Math.max(0, Math.min(MAX_CHILDREN, parseInt($('childCount').value, 10) || 0));
  while (box.children.length > n) box.lastElementChild.remove();
  while (box.children.length < n) {
    const i = box.children.length;
    const field = `children[${i}].age`;
    box.append(el('div', { class: 'field' },
      el('label', { for: `child${i}`, 'data-i18n': 'ui.childAge', 'data-n': i + 1, text: t(state.M.ui.childAge, { n: i + 1 }) }),
      el('input', { id: `child${i}`, inputmode: 'numeric', size: 4, 'aria-describedby': errorId(field) }),
      el('p', { class: 'field-error', id: errorId(field), hidden: true })));
  }
}

function addExpenseRow(focus = true) {
  const box = $('otherExpenses');
  const i = box.children.length;
  const labelField = `expenses.other[${i}].label`;
  const row = el('div', { class: 'row' },
    el('div', { class: 'field' },
      el('label', { for: `other${i}-label`, 'data-i18n': 'ui.otherLabel', text: state.M.ui.otherLabel }),
      el('input', { id: `other${i}-label`, 'aria-describedby': errorId(labelField) }),
      el('p', { class: 'field-error', id: errorId(labelField), hidden: true })),
    amountField(`other${i}-amount`, 'ui.otherAmount', `expenses.other[${i}].amount`));
  box.append(row);
  if (focus) row.querySelector('input').focus();
}

const val = (id) => ($(id)?.value ?? '').trim();
const setVal = (id, v) => { if ($(id)) $(id).value = v ?? ''; };
const radio = (name) => document.querySelector(`input[name=${name}]:checked`)?.value ?? '';
const setRadio = (name, v) => { const r = document.querySelector(`input[name=${name}][value="${CSS.escape(String(v))}"]`); if (r) r.checked = true; };
const anyValue = (ids) => ids.some((id) => val(id) !== '');

function currentMonth() {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}`;
}

/** Spouses, and samboere with children together, are assessed together (what the user chose). */
function together() {
  const type = radio('householdType');
  return type === 'married' || (type === 'cohabiting' && radio('commonChildren') === 'true');
}

/** Shows the questions that apply to the answers so far. A field that still holds a value is never hidden. */
function syncVisibility() {
  const M = state.M;
  const type = radio('householdType');
  $('commonChildren-field').hidden = type !== 'cohabiting';
  $('adult1-field').hidden = !together();
  const label = $('adult1-label');
  label.dataset.i18n = type === 'married' ? 'ui.adult1Married' : 'ui.adult1Cohabiting';
  label.textContent = lookup(M, label.dataset.i18n);
  const alone = type === 'cohabiting' && radio('commonChildren') === 'false';
  $('shareHint').hidden = !alone;
  const hint = type === 'married' ? 'incomesHintMarried' : together() ? 'incomesHintCohabitingTogether' : type === 'single' ? 'incomesHintSingle' : 'incomesHintAlone';
  $('incomesHint').dataset.i18n = `ui.${hint}`;
  $('incomesHint').textContent = M.ui[hint];
  const children = $('children').children.length > 0;
  const caseworker = state.mode === 'caseworker';
  $('childIncomes').hidden = !(children || caseworker || anyValue(CHILD_INCOME_KINDS.map((k) => `income-${k}`)));
  $('barnetrygdInFunds-field').hidden = !(children || caseworker || val('barnetrygdInFunds'));
  if (anyValue(MORE_INCOME_KINDS.map((k) => `income-${k}`))) $('moreIncomes').open = true;
  $('emergencyNow').hidden = !($('emNoFood').checked || $('emNoShelter').checked);
}

/**
 * Reads the form into the household format. Empty optional amounts are left out; everything the
 * user typed is sent, so the core can refuse it with a field error rather than the page dropping it.
 * Returns the household and a map from the core's field paths to the ids of the error elements.
 */
function collect() {
  const paths = {};
  const type = radio('householdType') || 'single';
  const h = { householdType: type, adults: [], children: [], expenses: { other: [] }, incomes: [] };
  if (val('month')) h.month = val('month');
  if (type === 'cohabiting' && radio('commonChildren')) h.commonChildren = radio('commonChildren') === 'true';
  h.adults.push({ age: val('adult0') });
  if (together()) h.adults.push({ age: val('adult1') });
  if (type === 'cohabiting' && !radio('commonChildren')) paths.commonChildren = 'err-commonChildren';
  const n = $('children').children.length;
  for (let i = 0; i < n; i++) h.children.push({ age: val(`child${i}`) });
  for (const [k] of EXPENSES) if (val(k)) h.expenses[k] = val(k);
  const rows = $('otherExpenses').children.length;
  for (let i = 0; i < rows; i++) {
    if (!val(`other${i}-amount`) && !val(`other${i}-label`)) continue;
    const j = h.expenses.other.length;
    paths[`expenses.other[${j}].amount`] = errorId(`expenses.other[${i}].amount`);
    paths[`expenses.other[${j}].label`] = errorId(`expenses.other[${i}].label`);
    h.expenses.other.push({ label: val(`other${i}-label`), amount: val(`other${i}-amount`) });
  }
  for (const k of ALL_INCOME_KINDS) {
    const amount = val(`income-${k}`);
    if (!amount) continue;
    paths[`incomes[${h.incomes.length}].amount`] = errorId(`income.${k}`);
    h.incomes.push({ kind: k, amount });
  }
  if (val('liquidFunds')) h.liquidFunds = val('liquidFunds');
  if (val('barnetrygdInFunds')) h.barnetrygdInFunds = val('barnetrygdInFunds');
  if ($('emNoFood').checked || $('emNoShelter').checked) h.situation = { emergency: { noFood: $('emNoFood').checked, noShelter: $('emNoShelter').checked } };
  if (state.mode === 'caseworker' && state.ratesFromJson) {
    h.customRates = state.ratesFromJson;
    paths.customRates = 'err-ratesJson';
  } else if (RATE_KEYS.some((k) => val(`cr-${k}`)) || (state.mode === 'caseworker' && val('crLabel'))) {
    const table = { effectiveFrom: h.month ?? currentMonth() };
    for (const k of RATE_KEYS) if (val(`cr-${k}`)) table[k] = val(`cr-${k}`);
    h.customRates = { label: val('crLabel') || state.M.ui.customRatesDefaultLabel, tables: [table] };
    paths['customRates.tables[0].effectiveFrom'] = errorId('month');
  }
  return { household: h, paths };
}

/** The inverse of collect(): restores a shared or imported scenario into the form. */
function fill(h) {
  setVal('month', h.month ?? currentMonth());
  setRadio('householdType', h.householdType ?? 'single');
  for (const r of document.querySelectorAll('input[name=commonChildren]')) r.checked = String(h.commonChildren) === r.value;
  setVal('adult0', h.adults?.[0]?.age);
  setVal('adult1', h.adults?.[1]?.age);
  $('childCount').value = String(h.children?.length ?? 0);
  syncChildren();
  (h.children ?? []).forEach((c, i) => setVal(`child${i}`, c.age));
  for (const [k] of EXPENSES) setVal(k, h.expenses?.[k]);
  $('otherExpenses').replaceChildren();
  (h.expenses?.other ?? []).forEach((o, i) => { addExpenseRow(false); setVal(`other${i}-label`, o.label); setVal(`other${i}-amount`, o.amount); });
  for (const k of ALL_INCOME_KINDS) setVal(`income-${k}`, '');
  for (const inc of h.incomes ?? []) setVal(`income-${inc.kind}`, inc.amount);
  setVal('liquidFunds', h.liquidFunds);
  setVal('barnetrygdInFunds', h.barnetrygdInFunds);
  $('emNoFood').checked = Boolean(h.situation?.emergency?.noFood);
  $('emNoShelter').checked = Boolean(h.situation?.emergency?.noShelter);
  const table = h.customRates?.tables?.[0];
  setVal('crLabel', h.customRates?.label);
  for (const k of RATE_KEYS) setVal(`cr-${k}`, table?.[k]);
  state.ratesFromJson = h.customRates && h.customRates.tables?.length > 1 ? h.customRates : null;
  for (const input of document.querySelectorAll('input[data-amount]')) echo(input);
}

// ---------- the echo: how the core read an amount ----------

/** Shows «= 12 500 kr» under an amount field when the core can read what was typed. */
function echo(input) {
  const out = $(`echo-${input.id}`);
  if (!out) return;
  const text = input.value.trim();
  const r = text ? readAmount(text) : null;
  out.textContent = r?.ok ? t(state.M.ui.echo, { amount: formatKr(r.value) }) : '';
}

// ---------- errors ----------

function clearErrors(root) {
  for (const p of root.querySelectorAll('.field-error')) { p.hidden = true; p.textContent = ''; }
  for (const i of root.querySelectorAll('[aria-invalid]')) i.removeAttribute('aria-invalid');
}

/** The message for one error of the core, in the page's language, with «did you mean …?». */
function errorText(e) {
  const M = state.M;
  const moneyLimit = ['exceedsTotal'].includes(e.code) && /^-?\d+(\.\d+)?$/.test(e.limit ?? '');
  let text = t(M.error[e.code] ?? e.code, { limit: moneyLimit ? formatKr(e.limit) : e.limit });
  if (e.readings?.length) text += ` ${t(M.error.didYouMean, { readings: formatOr(e.readings.map((r) => `${formatKr(r)} ${M.ui.kr}`)) })}`;
  return text;
}

/** The input (or first radio) an error element describes. */
function fieldFor(p) {
  return document.querySelector(`[aria-describedby~="${CSS.escape(p.id)}"]`);
}

/** Shows `text` in the error element `p` and marks the field it describes as invalid. */
function markError(p, text) {
  p.textContent = p.hidden ? text : `${p.textContent} ${text}`;
  p.hidden = false;
  const input = fieldFor(p);
  if (input && input.tagName !== 'FIELDSET') input.setAttribute('aria-invalid', 'true');
}

/** The error element for a field path of the core. */
function errorElement(field, paths, prefix = 'err-') {
  const mapped = paths[field] ?? (field.startsWith('customRates') ? paths.customRates : undefined);
  return $(mapped ?? errorId(field, prefix)) ?? (field.startsWith('customRates') ? $('err-customRates') : null);
}

/** The step (0–2) a field's error element is on, or -1 when it is not on a step. */
function stepOf(p) {
  const step = p?.closest('.step')?.dataset.step;
  return step ? STEPS.indexOf(step) : -1;
}

/** Whether an error is shown beside its field yet: once the field was changed or its step checked. */
function visible(p) {
  if (state.touched.has(p.id)) return true;
  const s = stepOf(p);
  return s === -1 ? state.checked.has('result') || state.mode === 'caseworker' : state.checked.has(STEPS[s]);
}

/** The label of the field an error element belongs to (for the error summary). */
function labelFor(p) {
  const input = fieldFor(p);
  const fieldset = input?.tagName === 'FIELDSET' ? input : p.closest('fieldset.choices');
  if (fieldset && (!input || input.type === 'radio' || input.tagName === 'FIELDSET')) return fieldset.querySelector('legend')?.textContent ?? '';
  return input ? document.querySelector(`label[for="${CSS.escape(input.id)}"]`)?.textContent ?? '' : '';
}

function showFieldErrors(errors, paths) {
  for (const e of errors) {
    const p = errorElement(e.field, paths);
    if (p && visible(p)) markError(p, errorText(e));
  }
}

/** The error summary (Aksel/GOV.UK pattern): every error, linked to its field and step. */
function errorSummary(errors, paths) {
  const M = state.M;
  const items = errors.map((e) => {
    const p = errorElement(e.field, paths);
    const input = p && fieldFor(p);
    const target = input?.tagName === 'FIELDSET' ? input.querySelector('input') : input;
    const s = stepOf(p);
    const label = p ? labelFor(p) : '';
    const text = `${label ? `${label}: ` : ''}${errorText(e)}${s >= 0 && state.mode === 'citizen' ? ` ${t(M.ui.errorStep, { n: s + 1 })}` : ''}`;
    const a = el('a', { href: `#${target?.id ?? 'form'}`, 'data-field': e.field, text });
    a.addEventListener('click', (ev) => { ev.preventDefault(); goToField(target); });
    return el('li', {}, a);
  });
  return [el('h3', { text: M.ui.errorsTitle }), el('ul', {}, ...items)];
}

function goToField(input) {
  if (!input) return;
  const s = stepOf(input);
  if (state.mode === 'citizen' && s >= 0) setStep(s);
  input.closest('details')?.setAttribute('open', '');
  input.focus();
}

// ---------- the full form (citizen and caseworker) ----------

function recalc() {
  syncVisibility();
  needSources();
  const M = state.M;
  const { household, paths } = collect();
  const reply = estimate(household);
  clearErrors($('form'));
  clearErrors($('customRatesBox'));
  const live = $('result-live');
  const summary = $('errorSummary');
  state.last = null;
  if (!reply.ok) {
    showFieldErrors(reply.errors, paths);
    summary.replaceChildren(...errorSummary(reply.errors, paths));
    summary.hidden = false;
    live.replaceChildren();
    $('result-next').replaceChildren(nextSteps(M, 'next-title'));
    $('result-body').replaceChildren();
  } else {
    const est = reply.estimate;
    const g = currentGuidance(household, est);
    state.last = { est, household, guidance: g };
    summary.hidden = true;
    summary.replaceChildren();
    live.replaceChildren(headline(M, est), alternatives(M, est) ?? '');
    const stale = est.rateTable && est.rateTable.kind === 'state' && est.rateTable.caveat;
    $('result-next').replaceChildren(
      stale ? el('button', { type: 'button', class: 'secondary enter-rates', id: 'enterRates', text: M.headline.enterRates }) : '',
      nextSteps(M, 'next-title'));
    $('result-body').replaceChildren(resultBody(M, est, { caseworker: state.mode === 'caseworker', guidance: g, renderGuidance: state.renderGuidance }));
  }
  renderCompare();
  afterChange();
}

/**
 * The guidance for the household, asked of the core only when its facts changed (the estimate's
 * guidanceKey) and only once its renderer has loaded; null until then.
 */
function currentGuidance(household, est) {
  if (!state.renderGuidance || !state.full) return null;
  if (state.guidance?.key !== est.guidanceKey) {
    const reply = state.full.guidance(household);
    state.guidance = reply.ok ? reply.guidance : null;
  }
  return state.guidance;
}

function renderCompare() {
  const box = $('compare-body');
  box.replaceChildren();
  clearErrors($('compare'));
  if (state.mode !== 'caseworker' || !state.desk) return;
  if (!val('month2') || !state.last) {
    box.append(el('p', { class: 'hint', text: state.M.ui.compareNone }));
    return;
  }
  const other = estimate({ ...state.last.household, month: val('month2') });
  if (!other.ok) {
    for (const e of other.errors) markError($(e.field === 'month' ? 'err-month2' : 'err-month2'), errorText(e));
    return;
  }
  box.append(state.desk.compareTable(state.M, state.last.est, other.estimate));
}

// ---------- the volunteer quick check ----------

/** The quick check's answers, as the core reads them (empty answers left out: the core waits). */
function quickAnswers() {
  const q = { who: radio('vtype') ?? 'single' };
  for (const [id, key] of [['vchildren', 'children'], ['vhousing', 'housing'], ['vincome', 'income'], ['vfunds', 'funds']]) {
    if (val(id).trim()) q[key] = val(id);
  }
  return q;
}

function recalcVolunteer() {
  const box = $('v-result');
  clearErrors($('volunteer'));
  $('v-emergency').hidden = !$('vemergency').checked;
  if (!state.full) {
    // The quick check is in the core's whole API: load it the first time the check is shown.
    if (state.mode === 'volunteer') {
      box.replaceChildren(el('p', { class: 'hint', text: state.M.ui.loading }));
      loadFull().then(recalcVolunteer, () => box.replaceChildren(el('p', { class: 'error', role: 'alert', text: state.M.ui.loadFailed })));
    }
    afterChange();
    return;
  }
  // The core bounds the answer by the child ages it does not ask, and decides the verdict.
  const reply = state.full.quickCheck(quickAnswers());
  state.quick = reply.ok ? reply.check : null;
  if (!reply.ok) {
    for (const e of reply.errors) {
      const p = $(errorId(e.field, 'err-v-'));
      if (p) markError(p, errorText(e));
    }
    box.replaceChildren();
  } else if (reply.check.verdict === 'waiting') {
    box.replaceChildren(el('p', { class: 'hint', id: 'v-waiting', text: state.M.volunteer.waiting }));
  } else {
    box.replaceChildren(volunteerResult(state.M, reply.check));
  }
  afterChange();
}

/** «Cannot tell»: carries the answers into the citizen flow, where the children's ages are asked. */
function continueFromVolunteer() {
  const q = state.quick;
  const h = {
    month: currentMonth(),
    householdType: q?.householdType ?? 'single',
    adults: [],
    children: Array.from({ length: Math.max(0, parseInt(val('vchildren'), 10) || 0) }, () => ({ age: '' })),
    expenses: { housing: val('vhousing') },
    incomes: val('vincome') ? [{ kind: 'other', amount: val('vincome') }] : [],
    liquidFunds: val('vfunds'),
  };
  if (q?.commonChildren !== undefined) h.commonChildren = q.commonChildren;
  fill(h);
  $('emNoFood').checked = $('vemergency').checked;
  state.step = 0;
  setMode('citizen');
  history.replaceState({ step: 0, depth: 0 }, '', location.href);
  $('adult0').focus();
}

function volunteerState() {
  return { vtype: radio('vtype'), vemergency: $('vemergency').checked, vchildren: val('vchildren'), vhousing: val('vhousing'), vincome: val('vincome'), vfunds: val('vfunds') };
}

function fillVolunteer(v) {
  setRadio('vtype', v.vtype ?? 'single');
  $('vemergency').checked = Boolean(v.vemergency);
  for (const k of ['vchildren', 'vhousing', 'vincome', 'vfunds']) setVal(k, v[k]);
  for (const input of $('vform').querySelectorAll('input[data-amount]')) echo(input);
}

// ---------- modes, steps and the browser's history ----------

function showMode() {
  document.body.dataset.mode = state.mode;
  for (const e of document.querySelectorAll('.mode-volunteer')) e.hidden = state.mode !== 'volunteer';
  for (const e of document.querySelectorAll('.mode-form')) e.hidden = state.mode === 'volunteer';
  for (const e of document.querySelectorAll('.mode-citizen')) e.hidden = state.mode !== 'citizen';
  for (const e of document.querySelectorAll('.mode-caseworker')) e.hidden = state.mode !== 'caseworker';
  for (const a of document.querySelectorAll('#modes a')) {
    if (a.dataset.mode === state.mode) a.setAttribute('aria-current', 'page'); else a.removeAttribute('aria-current');
  }
  showStep();
}

function showStep() {
  const citizen = state.mode === 'citizen';
  const step = STEPS[state.step];
  for (const s of document.querySelectorAll('.step')) s.hidden = citizen && s.dataset.step !== step;
  if (state.mode !== 'volunteer') $('result').hidden = citizen && step !== 'result';
  $('back').hidden = state.step === 0;
  $('next').hidden = state.step === STEPS.length - 1;
  $('stepStatus').textContent = citizen ? t(state.M.ui.stepOf, { n: state.step + 1, total: STEPS.length, title: state.M.ui.steps[step] }) : '';
  afterChange();
}

/** Shows step `n`; arriving at the result checks every step, so every error is shown and linked. */
function enterStep(n) {
  state.step = n;
  if (STEPS[n] === 'result') for (const s of STEPS) state.checked.add(s);
  if (state.mode === 'citizen') recalc();
  showStep();
}

/** Each step is an entry in the browser's history, so Back moves between steps, not off the page. */
function setStep(n, { push = true } = {}) {
  n = Math.max(0, Math.min(STEPS.length - 1, n));
  if (n === state.step) return;
  if (push) history.pushState({ step: n, depth: (history.state?.depth ?? 0) + 1 }, '', location.href);
  else history.replaceState({ step: n, depth: history.state?.depth ?? 0 }, '', location.href);
  enterStep(n);
}

function focusStep() {
  const step = STEPS[state.step];
  const target = step === 'result' ? ($('errorSummary').hidden ? $('result') : $('errorSummary'))
    : document.querySelector(`.step[data-step="${step}"] input:not([type=hidden])`);
  target?.focus();
}

/** «Neste» checks its step: errors in it are shown and keep the user there, focus on the first. */
function next() {
  const step = STEPS[state.step];
  state.checked.add(step);
  recalc();
  const stepEl = document.querySelector(`.step[data-step="${step}"]`);
  const firstError = stepEl ? [...stepEl.querySelectorAll('.field-error')].find((p) => !p.hidden) : null;
  if (firstError) {
    const input = fieldFor(firstError);
    (input?.tagName === 'FIELDSET' ? input.querySelector('input') : input)?.focus();
    return;
  }
  setStep(state.step + 1);
  focusStep();
}

function back() {
  if ((history.state?.depth ?? 0) > 0) history.back();
  else { setStep(state.step - 1, { push: false }); focusStep(); }
}

/** Recomputes what the current mode shows. */
function recompute() {
  if (state.mode === 'volunteer') recalcVolunteer(); else recalc();
}

async function setMode(mode) {
  state.mode = MODES.includes(mode) ? mode : 'citizen';
  if (state.mode === 'volunteer' && !state.M.volunteer) {
    // The quick check's words are not on the first screen of the other modes.
    const lang = state.lang;
    const v = await loadParts(lang, ['volunteer']).catch(() => null);
    if (v && state.lang === lang) state.M = { ...state.M, ...v };
    applyI18n();
  }
  writeHash();
  showMode();
  recompute();
}

async function setLang(lang) {
  await loadLang(LANGS.includes(lang) ? lang : 'nb').catch(() => loadLang('nb'));
  applyI18n();
  writeHash();
  showStep();
  recompute();
}

// ---------- share, start over, print, export ----------

function scenario() {
  return state.mode === 'volunteer' ? { volunteer: volunteerState() } : { household: collect().household, step: state.step };
}

function shareLink() {
  const p = new URLSearchParams({ mode: state.mode, lang: state.lang, s: encodeState(scenario()) });
  return `${location.href.split('#')[0]}#${p}`;
}

function share() {
  $('shareBox').hidden = false;
  $('shareLink').value = shareLink();
  $('shareLink').focus();
  $('shareLink').select();
  $('status').textContent = state.M.ui.shareReady;
}

async function copyLink() {
  $('shareLink').select();
  try {
    await navigator.clipboard.writeText($('shareLink').value);
    $('status').textContent = state.M.ui.copied;
  } catch {
    document.execCommand?.('copy');
  }
}

/** Whether the user has typed or chosen anything (so «Start på nytt» has something to delete). */
function hasInput() {
  const root = state.mode === 'volunteer' ? $('vform') : document;
  return [...root.querySelectorAll('input:not([type=radio]):not([type=checkbox]):not([type=month]):not([readonly]), textarea')]
    .some((i) => i.value.trim() !== '' && !(i.type === 'number' && i.value === '0'))
    || [...root.querySelectorAll('input[type=checkbox]')].some((c) => c.checked && c.id !== 'showSources');
}

/** After every change: print only a valid estimate, a share link that matches the form, and «Start på nytt» only when there is something to delete. */
function afterChange() {
  const form = state.mode !== 'volunteer';
  const atResult = state.mode !== 'citizen' || STEPS[state.step] === 'result';
  $('print').hidden = !(form && atResult && state.last);
  if (!state.last) $('print-summary').replaceChildren();
  if (!$('shareBox').hidden) $('shareLink').value = shareLink();
  $('startOver').hidden = !hasInput();
  const skip = $('skip');
  const toResult = form && atResult && !$('result').hidden;
  skip.dataset.i18n = toResult ? 'ui.skip' : 'ui.skipStep';
  skip.textContent = toResult ? state.M.ui.skip : state.M.ui.skipStep;
}

function skipTo(ev) {
  ev.preventDefault();
  if (state.mode === 'volunteer') { $('vform').querySelector('input')?.focus(); return; }
  if (!$('result').hidden && (state.mode !== 'citizen' || STEPS[state.step] === 'result')) $('result').focus();
  else focusStep();
}

function startOver() {
  if (state.mode !== 'volunteer' && hasInput() && !window.confirm(state.M.ui.startOverConfirm)) return;
  $('form').reset();
  $('vform').reset();
  $('otherExpenses').replaceChildren();
  $('childCount').value = '0';
  syncChildren();
  $('month').value = currentMonth();
  for (const id of ['month2', 'ratesJson', 'crLabel', ...RATE_KEYS.map((k) => `cr-${k}`), 'shareLink']) setVal(id, '');
  for (const e of document.querySelectorAll('.echo')) e.textContent = '';
  state.ratesFromJson = null;
  state.touched.clear();
  state.checked.clear();
  state.step = 0;
  history.replaceState({ step: 0, depth: history.state?.depth ?? 0 }, '', location.href);
  $('shareBox').hidden = true;
  $('print-summary').replaceChildren();
  writeHash({ scenario: null });
  showMode();
  recompute();
  $('status').textContent = state.M.ui.startOverDone;
  document.querySelector('h1').setAttribute('tabindex', '-1');
  document.querySelector('h1').focus();
}

function buildPrint() {
  $('print-summary').replaceChildren(state.last && state.desk && state.M.print ? state.desk.printSummary(state.M, state.nbFull, state.last.est, state.last.household, state.last.guidance) : '');
}

function exportScenario() {
  const blob = new Blob([JSON.stringify(collect().household, null, 2) + '\n'], { type: 'application/json' });
  const a = el('a', { href: URL.createObjectURL(blob), download: 'sosialhjelp-scenario.json' });
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(a.href), 1000);
}

function importRates() {
  clearErrors($('customRatesBox'));
  try {
    const parsed = JSON.parse($('ratesJson').value);
    state.ratesFromJson = parsed;
    setVal('crLabel', parsed?.label);
    for (const k of RATE_KEYS) setVal(`cr-${k}`, parsed?.tables?.[0]?.[k]);
    recalc();
  } catch {
    markError($('err-ratesJson'), state.M.ui.ratesJsonError);
  }
}

function exportRates() {
  const rates = collect().household.customRates ?? (state.last?.est.rateTable && {
    label: state.M.ui.customRatesDefaultLabel,
    tables: [{ effectiveFrom: state.last.est.month, ...state.last.est.rateTable.rates }],
  });
  $('ratesJson').value = rates ? JSON.stringify(rates, null, 2) : '';
}

function clearRates() {
  for (const id of ['crLabel', ...RATE_KEYS.map((k) => `cr-${k}`), 'ratesJson']) setVal(id, '');
  for (const k of RATE_KEYS) echo($(`cr-${k}`));
  state.ratesFromJson = null;
  recalc();
}

// ---------- offline ----------

function registerServiceWorker() {
  if (!('serviceWorker' in navigator) || location.protocol === 'file:') return;
  const firstVisit = !navigator.serviceWorker.controller;
  navigator.serviceWorker.register('./sw.js').then(() => navigator.serviceWorker.ready).then(() => {
    if (firstVisit) $('status').textContent = state.M.ui.offlineReady;
  }).catch(() => {});
}

// ---------- start ----------

function onInput(ev) {
  const target = ev.target;
  // A shared scenario in the address bar no longer matches once the form is edited.
  if (readHash().get('s')) writeHash({ scenario: null });
  if (target.dataset.amount !== undefined) echo(target);
  for (const id of (target.getAttribute('aria-describedby') ?? '').split(' ')) if (id.startsWith('err-')) state.touched.add(id);
  const fieldset = target.closest('fieldset[aria-describedby]');
  for (const id of (fieldset?.getAttribute('aria-describedby') ?? '').split(' ')) if (id.startsWith('err-')) state.touched.add(id);
  if (target.id === 'childCount') syncChildren();
  if (target.id?.startsWith('cr')) state.ratesFromJson = null;
  if (target.id === 'showSources') { $('result').classList.toggle('sources', target.checked); needSources(); return; }
  if (target.id !== 'ratesJson') recalc();
}

async function main() {
  const params = readHash();
  state.mode = MODES.includes(params.get('mode')) ? params.get('mode') : 'citizen';
  const lang = LANGS.includes(params.get('lang')) ? params.get('lang') : 'nb';
  try {
    await Promise.all([init(), loadLang(lang).catch(() => loadLang('nb'))]);
  } catch {
    // index.html carries the bokmål text; the catalogue's, when it loaded.
    if (state.M) $('loadError').textContent = state.M.ui.loadFailed;
    $('loadError').hidden = false;
    return;
  }
  buildStaticFields();
  applyI18n();
  $('month').value = currentMonth();
  syncChildren();
  const s = params.get('s');
  if (s) {
    try {
      const scenario = decodeState(s);
      if (scenario.household) fill(scenario.household);
      if (scenario.volunteer) fillVolunteer(scenario.volunteer);
      if (Number.isInteger(scenario.step)) state.step = Math.max(0, Math.min(STEPS.length - 1, scenario.step));
      for (let i = 0; i < state.step; i++) state.checked.add(STEPS[i]);
      if (STEPS[state.step] === 'result') state.checked.add('result');
    } catch {
      $('status').textContent = state.M.error.invalidJson;
    }
  }
  history.replaceState({ step: state.step, depth: 0 }, '', location.href);
  $('version').textContent = t(state.M.ui.version, { v: version() });

  $('form').addEventListener('input', onInput);
  $('result').addEventListener('input', onInput);
  $('form').addEventListener('submit', (ev) => { ev.preventDefault(); next(); });
  $('vform').addEventListener('input', (ev) => {
    if (readHash().get('s')) writeHash({ scenario: null });
    if (ev.target.dataset.amount !== undefined) echo(ev.target);
    recalcVolunteer();
  });
  $('vform').addEventListener('submit', (ev) => ev.preventDefault());
  $('v-result').addEventListener('click', (ev) => { if (ev.target.id === 'v-continue') continueFromVolunteer(); });
  $('result-next').addEventListener('click', (ev) => {
    if (ev.target.id !== 'enterRates') return;
    $('customRatesBox').open = true;
    $('cr-single').focus();
  });
  $('month2').addEventListener('input', renderCompare);
  $('addExpense').addEventListener('click', () => addExpenseRow());
  $('back').addEventListener('click', back);
  $('skip').addEventListener('click', skipTo);
  $('share').addEventListener('click', share);
  $('copyLink').addEventListener('click', copyLink);
  $('startOver').addEventListener('click', startOver);
  $('print').addEventListener('click', async () => {
    state.desk ??= await import('./desk.js');
    buildPrint();
    window.print();
  });
  window.addEventListener('beforeprint', buildPrint);
  $('exportScenario').addEventListener('click', exportScenario);
  $('ratesImport').addEventListener('click', importRates);
  $('ratesExport').addEventListener('click', exportRates);
  $('crClear').addEventListener('click', clearRates);
  $('lang').addEventListener('change', () => setLang($('lang').value));
  window.addEventListener('popstate', (ev) => {
    if (Number.isInteger(ev.state?.step) && ev.state.step !== state.step) {
      enterStep(ev.state.step);
      focusStep();
    }
  });
  window.addEventListener('hashchange', () => {
    const p = readHash();
    if (p.get('mode') && p.get('mode') !== state.mode) setMode(p.get('mode'));
    if (p.get('lang') && p.get('lang') !== state.lang) setLang(p.get('lang'));
  });
  for (const a of document.querySelectorAll('#modes a')) {
    a.addEventListener('click', (ev) => { ev.preventDefault(); setMode(a.dataset.mode); });
  }

  writeHash({ scenario: s });
  showMode();
  recalc();
  recalcVolunteer();
  registerServiceWorker();
  document.documentElement.dataset.ready = 'true';
  // The guidance and the sources are not on the first screen: they load when the browser is idle after it.
  const idle = window.requestIdleCallback ?? ((f) => setTimeout(f, 1));
  await new Promise((resolve) => idle(resolve, { timeout: 500 }));
  await Promise.all([loadGuidance().catch(() => {}), needSources(true), import('./desk.js').then((m) => { state.desk = m; }, () => {})]);
  recompute();
  document.documentElement.dataset.guidance = 'true';
}

main();
