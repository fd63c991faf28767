// The page: three modes (citizen step flow, volunteer quick check, caseworker), three languages,
// a scenario that can live in the URL fragment, print, and offline. It collects the form into the
// household format of the README, calls the wasm core on every input and renders through the
// message catalogues. No money arithmetic happens here.
import init, { estimate, version } from './pkg/sosialhjelp.js';
import nb from './i18n/nb.js';
import { t, lookup, errorId, el, encodeState, decodeState, withFallback } from './util.js';
import { headline, resultBody, compareTable, volunteerResult, printSummary } from './render.js';

const $ = (id) => document.getElementById(id);
const LANGS = ['nb', 'nn', 'en'];
const MODES = ['citizen', 'volunteer', 'caseworker'];
const STEPS = ['household', 'housing', 'income', 'result'];
const INCOME_KINDS = ['workNet', 'aap', 'dagpenger', 'sykepenger', 'uforetrygd', 'bostotte', 'barnetrygd', 'studentSupport', 'other'];
const MORE_INCOME_KINDS = ['overgangsstonad', 'introduksjonsstonad', 'kvalifiseringsstonad', 'otherNavBenefit',
  'utvidetBarnetrygd', 'kontantstotte', 'barnebidrag', 'childWorkIncome'];
const RATE_KEYS = ['single', 'couple', 'sharedHousing', 'child0to5', 'child6to10', 'child11to17'];

const state = { mode: 'citizen', lang: 'nb', step: 0, M: nb, G: null, nbG: null, guidance: null, ratesFromJson: null, last: null };

// ---------- language ----------

async function loadLang(lang) {
  const [m, g, gjs] = await Promise.all([
    lang === 'nb' ? { default: nb } : import(`./i18n/${lang}.js`),
    import(`./i18n/guidance.${lang}.js`).catch(() => null),
    import('./guidance.js').catch(() => null),
  ]);
  if (lang === 'nb' || !state.nbG) state.nbG = (lang === 'nb' ? g : await import('./i18n/guidance.nb.js').catch(() => null))?.default ?? null;
  state.lang = lang;
  state.M = withFallback(m.default, nb);
  state.G = g ? withFallback(g.default, state.nbG ?? {}) : null;
  state.guidance = gjs && state.G ? { render: gjs.renderGuidance, messages: state.G } : null;
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

// ---------- URL fragment: mode, language, and (only when the user shares) the scenario ----------

function readHash() {
  return new URLSearchParams(location.hash.slice(1));
}

function writeHash({ keepScenario = true } = {}) {
  const p = new URLSearchParams();
  p.set('mode', state.mode);
  p.set('lang', state.lang);
  const s = readHash().get('s');
  if (keepScenario && s) p.set('s', s);
  history.replaceState(null, '', `#${p}`);
}

// ---------- form building ----------

function amountField(id, key, field, prefix = 'err-') {
  const errId = errorId(field, prefix);
  return el('div', { class: 'field' },
    el('label', { for: id, 'data-i18n': key, text: lookup(state.M, key) }),
    el('input', { id, inputmode: 'decimal', 'aria-describedby': errId }),
    el('p', { class: 'field-error', id: errId, hidden: true }));
}

function buildStaticFields() {
  for (const k of INCOME_KINDS) $('incomeFields').append(amountField(`income-${k}`, `incomeKind.${k}`, `income.${k}`));
  for (const k of MORE_INCOME_KINDS) $('moreIncomeFields').append(amountField(`income-${k}`, `incomeKind.${k}`, `income.${k}`));
  for (const k of RATE_KEYS) $('crRates').append(amountField(`cr-${k}`, `ui.rates.${k}`, `customRates.tables[0].${k}`));
}

function syncChildren() {
  const box = $('children');
  const n = Math.max(0, Math.min(20, parseInt($('childCount').value, 10) || 0));
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
  const amountFieldPath = `expenses.other[${i}].amount`;
  const row = el('div', { class: 'row' },
    el('div', { class: 'field' },
      el('label', { for: `other${i}-label`, 'data-i18n': 'ui.otherLabel', text: state.M.ui.otherLabel }),
      el('input', { id: `other${i}-label`, 'aria-describedby': errorId(labelField) }),
      el('p', { class: 'field-error', id: errorId(labelField), hidden: true })),
    el('div', { class: 'field' },
      el('label', { for: `other${i}-amount`, 'data-i18n': 'ui.otherAmount', text: state.M.ui.otherAmount }),
      el('input', { id: `other${i}-amount`, inputmode: 'decimal', 'aria-describedby': errorId(amountFieldPath) }),
      el('p', { class: 'field-error', id: errorId(amountFieldPath), hidden: true })));
  box.append(row);
  if (focus) row.querySelector('input').focus();
}

const val = (id) => ($(id)?.value ?? '').trim();
const setVal = (id, v) => { if ($(id)) $(id).value = v ?? ''; };
const householdType = () => document.querySelector('input[name=householdType]:checked')?.value ?? 'single';

function currentMonth() {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}`;
}

/**
 * Reads the full form into the household format. Empty fields are left out. Returns the household
 * and a map from the core's field paths to the ids of the error elements beside the fields.
 */
function collect() {
  const paths = {};
  const type = householdType();
  const h = { householdType: type, adults: [], children: [], expenses: { other: [] }, incomes: [] };
  if (val('month')) h.month = val('month');
  const adultIds = type === 'couple' ? ['adult0', 'adult1'] : ['adult0'];
  adultIds.forEach((id, slot) => {
    if (val(id) === '') return;
    paths[`adults[${h.adults.length}].age`] = errorId(`adults[${slot}].age`);
    h.adults.push({ age: val(id) });
  });
  const n = $('children').children.length;
  for (let i = 0; i < n; i++) {
    if (val(`child${i}`) === '') continue;
    paths[`children[${h.children.length}].age`] = errorId(`children[${i}].age`);
    h.children.push({ age: val(`child${i}`) });
  }
  for (const k of ['housing', 'electricity', 'insurance', 'childcare']) if (val(k)) h.expenses[k] = val(k);
  const rows = $('otherExpenses').children.length;
  for (let i = 0; i < rows; i++) {
    const amount = val(`other${i}-amount`);
    if (!amount) continue;
    const j = h.expenses.other.length;
    paths[`expenses.other[${j}].amount`] = errorId(`expenses.other[${i}].amount`);
    paths[`expenses.other[${j}].label`] = errorId(`expenses.other[${i}].label`);
    h.expenses.other.push({ label: val(`other${i}-label`), amount });
  }
  for (const k of [...INCOME_KINDS, ...MORE_INCOME_KINDS]) {
    const amount = val(`income-${k}`);
    if (!amount) continue;
    paths[`incomes[${h.incomes.length}].amount`] = errorId(`income.${k}`);
    h.incomes.push({ kind: k, amount });
  }
  if (val('liquidFunds')) h.liquidFunds = val('liquidFunds');
  if (state.mode === 'caseworker' && state.ratesFromJson) {
    h.customRates = state.ratesFromJson;
  } else if (state.mode === 'caseworker' && (val('crLabel') || RATE_KEYS.some((k) => val(`cr-${k}`)))) {
    const table = { effectiveFrom: h.month ?? currentMonth() };
    for (const k of RATE_KEYS) table[k] = val(`cr-${k}`);
    h.customRates = { label: val('crLabel'), tables: [table] };
    paths['customRates.tables[0].effectiveFrom'] = errorId('month');
  }
  return { household: h, paths };
}

/** The inverse of collect(): restores a shared or imported scenario into the form. */
function fill(h) {
  setVal('month', h.month ?? currentMonth());
  const radio = document.querySelector(`input[name=householdType][value="${CSS.escape(h.householdType ?? 'single')}"]`);
  if (radio) radio.checked = true;
  setVal('adult0', h.adults?.[0]?.age);
  setVal('adult1', h.adults?.[1]?.age);
  $('childCount').value = String(h.children?.length ?? 0);
  syncChildren();
  (h.children ?? []).forEach((c, i) => setVal(`child${i}`, c.age));
  for (const k of ['housing', 'electricity', 'insurance', 'childcare']) setVal(k, h.expenses?.[k]);
  $('otherExpenses').replaceChildren();
  (h.expenses?.other ?? []).forEach((o, i) => { addExpenseRow(false); setVal(`other${i}-label`, o.label); setVal(`other${i}-amount`, o.amount); });
  for (const k of [...INCOME_KINDS, ...MORE_INCOME_KINDS]) setVal(`income-${k}`, '');
  for (const inc of h.incomes ?? []) {
    setVal(`income-${inc.kind}`, inc.amount);
    if (MORE_INCOME_KINDS.includes(inc.kind)) $('moreIncomes').open = true;
  }
  setVal('liquidFunds', h.liquidFunds);
  const table = h.customRates?.tables?.[0];
  setVal('crLabel', h.customRates?.label);
  for (const k of RATE_KEYS) setVal(`cr-${k}`, table?.[k]);
  state.ratesFromJson = h.customRates && h.customRates.tables?.length > 1 ? h.customRates : null;
}

// ---------- errors ----------

function clearErrors(root = document) {
  for (const p of root.querySelectorAll('.field-error')) { p.hidden = true; p.textContent = ''; }
  for (const i of root.querySelectorAll('[aria-invalid]')) i.removeAttribute('aria-invalid');
}

/** Shows `text` in the error element `p` and marks the field it describes as invalid. */
function markError(p, text) {
  p.textContent = p.hidden ? text : `${p.textContent} ${text}`;
  p.hidden = false;
  const input = document.querySelector(`input[aria-describedby~="${CSS.escape(p.id)}"], textarea[aria-describedby~="${CSS.escape(p.id)}"]`);
  if (input) input.setAttribute('aria-invalid', 'true');
}

/** Shows the core's field errors beside their fields (or in the form-level box). */
function showErrors(errors, paths, fallback = 'err-') {
  for (const e of errors) {
    const p = $(paths[e.field] ?? errorId(e.field, fallback)) ?? $(fallback);
    if (p) markError(p, t(state.M.error[e.code] ?? e.code, { limit: e.limit }));
  }
}

// ---------- the full form (citizen and caseworker) ----------

function recalc() {
  const M = state.M;
  $('adult1-field').hidden = householdType() !== 'couple';
  const { household, paths } = collect();
  const reply = estimate(household);
  clearErrors($('form'));
  const live = $('result-live');
  const body = $('result-body');
  body.replaceChildren();
  state.last = null;
  if (!reply.ok) {
    showErrors(reply.errors, paths);
    live.replaceChildren(el('p', { class: 'headline', id: 'headline', text: M.ui.fixErrors }));
    renderCompare();
    return;
  }
  const est = reply.estimate;
  state.last = { est, household };
  live.replaceChildren(el('p', { class: `headline outcome-${est.outcome.kind}`, id: 'headline', text: headline(M, est) }));
  body.append(resultBody(M, est, { guidance: state.guidance, caseworker: state.mode === 'caseworker' }));
  renderCompare();
}

function renderCompare() {
  const box = $('compare-body');
  box.replaceChildren();
  clearErrors($('compare'));
  if (state.mode !== 'caseworker') return;
  if (!val('month2') || !state.last) {
    box.append(el('p', { class: 'hint', text: state.M.ui.compareNone }));
    return;
  }
  const other = estimate({ ...state.last.household, month: val('month2') });
  if (!other.ok) {
    showErrors(other.errors.map((e) => ({ ...e, field: e.field === 'month' ? 'month2' : e.field })), {});
    return;
  }
  box.append(compareTable(state.M, state.last.est, other.estimate));
}

// ---------- the volunteer quick check ----------

function volunteerHousehold(childAge) {
  const type = document.querySelector('input[name=vtype]:checked')?.value ?? 'single';
  const n = Math.max(0, Math.min(50, parseInt(val('vchildren'), 10) || 0));
  const h = {
    householdType: type,
    adults: type === 'couple' ? [{ age: 30 }, { age: 30 }] : [{ age: 30 }],
    children: Array.from({ length: n }, () => ({ age: childAge })),
    expenses: {},
    incomes: [],
  };
  if (val('vhousing')) h.expenses.housing = val('vhousing');
  if (val('vincome')) h.incomes.push({ kind: 'other', amount: val('vincome') });
  if (val('vfunds')) h.liquidFunds = val('vfunds');
  return h;
}

function recalcVolunteer() {
  const box = $('v-result');
  clearErrors($('volunteer'));
  box.replaceChildren();
  // Child ages are not asked: bound the answer by the cheapest (0–5) and dearest (11–17) band.
  const low = estimate(volunteerHousehold(3));
  const high = estimate(volunteerHousehold(14));
  if (!low.ok || !high.ok) {
    showErrors((low.ok ? high : low).errors, {}, 'err-v-');
    return;
  }
  box.append(volunteerResult(state.M, low.estimate, high.estimate));
}

function volunteerState() {
  return { vtype: document.querySelector('input[name=vtype]:checked')?.value, vchildren: val('vchildren'), vhousing: val('vhousing'), vincome: val('vincome'), vfunds: val('vfunds') };
}

function fillVolunteer(v) {
  const r = document.querySelector(`input[name=vtype][value="${CSS.escape(v.vtype ?? 'single')}"]`);
  if (r) r.checked = true;
  for (const k of ['vchildren', 'vhousing', 'vincome', 'vfunds']) setVal(k, v[k]);
}

// ---------- modes and steps ----------

function showMode() {
  document.body.dataset.mode = state.mode;
  const citizen = state.mode === 'citizen';
  for (const e of document.querySelectorAll('.mode-volunteer')) e.hidden = state.mode !== 'volunteer';
  for (const e of document.querySelectorAll('.mode-form')) e.hidden = state.mode === 'volunteer';
  for (const e of document.querySelectorAll('.mode-citizen')) e.hidden = !citizen;
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
  $('print').hidden = state.mode === 'volunteer' || (citizen && step !== 'result');
  $('back').hidden = state.step === 0;
  $('next').hidden = state.step === STEPS.length - 1;
  $('stepStatus').textContent = citizen
    ? t(state.M.ui.stepOf, { n: state.step + 1, total: STEPS.length, title: state.M.ui.steps[step] })
    : '';
}

function goStep(delta) {
  state.step = Math.max(0, Math.min(STEPS.length - 1, state.step + delta));
  showStep();
  const target = STEPS[state.step] === 'result' ? $('result') : document.querySelector(`.step[data-step="${STEPS[state.step]}"] input, .step[data-step="${STEPS[state.step]}"] select`);
  target?.focus();
}

/** Recomputes what the current mode shows. */
function recompute() {
  if (state.mode === 'volunteer') recalcVolunteer(); else recalc();
}

function setMode(mode) {
  state.mode = MODES.includes(mode) ? mode : 'citizen';
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

function share() {
  const s = state.mode === 'volunteer' ? { volunteer: volunteerState() } : { household: collect().household, step: state.step };
  const p = new URLSearchParams({ mode: state.mode, lang: state.lang, s: encodeState(s) });
  history.replaceState(null, '', `#${p}`);
  $('shareBox').hidden = false;
  $('shareLink').value = location.href;
  $('shareLink').focus();
  $('shareLink').select();
  $('status').textContent = state.M.ui.shareReady;
}

function startOver() {
  $('form').reset();
  $('vform').reset();
  $('otherExpenses').replaceChildren();
  $('childCount').value = '0';
  syncChildren();
  $('month').value = currentMonth();
  setVal('month2', '');
  setVal('ratesJson', '');
  state.ratesFromJson = null;
  state.step = 0;
  $('shareBox').hidden = true;
  setVal('shareLink', '');
  $('print-summary').replaceChildren();
  writeHash({ keepScenario: false });
  showMode();
  recompute();
  $('status').textContent = state.M.ui.startOverDone;
  document.querySelector('h1').setAttribute('tabindex', '-1');
  document.querySelector('h1').focus();
}

function buildPrint() {
  if (!state.last) return;
  $('print-summary').replaceChildren(printSummary(state.M, state.G, nb, state.nbG, state.last.est, state.last.household));
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
  const rates = collect().household.customRates;
  $('ratesJson').value = rates ? JSON.stringify(rates, null, 2) : '';
}

// ---------- offline ----------

function registerServiceWorker() {
  if (!('serviceWorker' in navigator) || location.protocol === 'file:') return;
  navigator.serviceWorker.register('./sw.js').catch(() => {});
}

// ---------- start ----------

async function main() {
  const params = readHash();
  state.mode = MODES.includes(params.get('mode')) ? params.get('mode') : 'citizen';
  const lang = LANGS.includes(params.get('lang')) ? params.get('lang') : 'nb';
  await Promise.all([init(), loadLang(lang).catch(() => loadLang('nb'))]);
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
    } catch {
      $('status').textContent = state.M.error.invalidJson;
    }
  }
  $('version').textContent = t(state.M.ui.version, { v: version() });

  $('form').addEventListener('input', (ev) => {
    if (ev.target.id === 'childCount') syncChildren();
    if (ev.target.id?.startsWith('cr')) state.ratesFromJson = null;
    if (ev.target.id !== 'ratesJson') recalc();
  });
  $('vform').addEventListener('input', recalcVolunteer);
  for (const f of [$('form'), $('vform')]) f.addEventListener('submit', (ev) => ev.preventDefault());
  $('month2').addEventListener('input', renderCompare);
  $('addExpense').addEventListener('click', () => addExpenseRow());
  $('next').addEventListener('click', () => goStep(1));
  $('back').addEventListener('click', () => goStep(-1));
  $('share').addEventListener('click', share);
  $('startOver').addEventListener('click', startOver);
  $('print').addEventListener('click', () => { buildPrint(); window.print(); });
  window.addEventListener('beforeprint', buildPrint);
  $('exportScenario').addEventListener('click', exportScenario);
  $('ratesImport').addEventListener('click', importRates);
  $('ratesExport').addEventListener('click', exportRates);
  $('lang').addEventListener('change', () => setLang($('lang').value));
  window.addEventListener('hashchange', () => {
    const p = readHash();
    if (p.get('mode') && p.get('mode') !== state.mode) setMode(p.get('mode'));
    if (p.get('lang') && p.get('lang') !== state.lang) setLang(p.get('lang'));
  });
  for (const a of document.querySelectorAll('#modes a')) {
    a.addEventListener('click', (ev) => { ev.preventDefault(); setMode(a.dataset.mode); });
  }

  writeHash();
  showMode();
  recalc();
  recalcVolunteer();
  registerServiceWorker();
  document.documentElement.dataset.ready = 'true';
}

main();
