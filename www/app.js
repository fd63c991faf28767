// The page: collects the form into the household JSON format, calls the wasm core on every input,
// and renders the result through the message catalogue. No arithmetic happens here: every number
// shown comes from the core as an exact decimal string.
import init, { estimate, version } from './pkg/sosialhjelp.js';
import nb from './i18n/nb.js';

const M = nb;
const $ = (id) => document.getElementById(id);

const INCOME_KINDS = ['workNet', 'aap', 'dagpenger', 'sykepenger', 'uforetrygd', 'bostotte', 'barnetrygd', 'studentSupport', 'other'];
const MORE_INCOME_KINDS = ['overgangsstonad', 'introduksjonsstonad', 'kvalifiseringsstonad', 'otherNavBenefit',
  'utvidetBarnetrygd', 'kontantstotte', 'barnebidrag', 'childWorkIncome'];
const RATE_KEYS = ['single', 'couple', 'sharedHousing', 'child0to5', 'child6to10', 'child11to17'];

/** Fills {placeholders} of a catalogue text. */
export function t(text, params = {}) {
  return String(text ?? '').replace(/\{(\w+)\}/g, (_, k) => (params[k] ?? `{${k}}`));
}

/** Formats an exact decimal string as Norwegian kroner ("12 500" or "12 500,50") without floats. */
export function formatKr(s) {
  const str = String(s);
  const neg = str.startsWith('-');
  const [int, frac = ''] = str.replace('-', '').split('.');
  const grouped = int.replace(/\B(?=(\d{3})+(?!\d))/g, '\u00a0');
  const f = frac.replace(/0+$/, '');
  return `${neg ? '−' : ''}${grouped}${f ? ',' + f.padEnd(2, '0') : ''}`;
}

/** The id of the error element for a field path: "adults[0].age" → "err-adults-0-age". */
export function errorId(path) {
  return 'err-' + path.replace(/[[\].]+/g, '-').replace(/-+$/, '');
}

function el(tag, attrs = {}, ...children) {
  const e = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) {
    if (v === undefined || v === null || v === false) continue;
    if (k === 'text') e.textContent = v; else e.setAttribute(k, v === true ? '' : v);
  }
  for (const c of children) if (c) e.append(c);
  return e;
}

function amountField(id, label, field) {
  const errId = errorId(field);
  return el('div', { class: 'field' },
    el('label', { for: id, text: label }),
    el('input', { id, inputmode: 'decimal', 'data-field': field, 'aria-describedby': errId }),
    el('p', { class: 'field-error', id: errId, hidden: true }));
}

function buildStaticFields() {
  for (const k of INCOME_KINDS) $('incomeFields').append(amountField(`income-${k}`, M.incomeKind[k], `income.${k}`));
  for (const k of MORE_INCOME_KINDS) $('moreIncomeFields').append(amountField(`income-${k}`, M.incomeKind[k], `income.${k}`));
  for (const k of RATE_KEYS) $('crRates').append(amountField(`cr-${k}`, M.ui.rates[k], `customRates.tables[0].${k}`));
}

function syncChildren() {
  const box = $('children');
  const n = Math.max(0, Math.min(20, parseInt($('childCount').value, 10) || 0));
  while (box.children.length > n) box.lastElementChild.remove();
  while (box.children.length < n) {
    const i = box.children.length;
    const field = `children[${i}].age`;
    box.append(el('div', { class: 'field' },
      el('label', { for: `child${i}`, text: t(M.ui.childAge, { n: i + 1 }) }),
      el('input', { id: `child${i}`, inputmode: 'numeric', size: 4, 'data-field': field, 'aria-describedby': errorId(field) }),
      el('p', { class: 'field-error', id: errorId(field), hidden: true })));
  }
}

function addExpenseRow() {
  const box = $('otherExpenses');
  const i = box.children.length;
  const row = el('div', { class: 'row' },
    el('div', { class: 'field' },
      el('label', { for: `other${i}-label`, text: M.ui.otherLabel }),
      el('input', { id: `other${i}-label`, 'data-field': `expenses.other[${i}].label`, 'aria-describedby': errorId(`expenses.other[${i}].label`) }),
      el('p', { class: 'field-error', id: errorId(`expenses.other[${i}].label`), hidden: true })),
    el('div', { class: 'field' },
      el('label', { for: `other${i}-amount`, text: M.ui.otherAmount }),
      el('input', { id: `other${i}-amount`, inputmode: 'decimal', 'data-field': `expenses.other[${i}].amount`, 'aria-describedby': errorId(`expenses.other[${i}].amount`) }),
      el('p', { class: 'field-error', id: errorId(`expenses.other[${i}].amount`), hidden: true })));
  box.append(row);
  row.querySelector('input').focus();
}

const val = (id) => ($(id)?.value ?? '').trim();

/**
 * Reads the form into the household format of the README. Empty fields are left out.
 * Returns the household and a map from core field paths to the ids of their error elements.
 */
export function collect() {
  const paths = {};
  const type = document.querySelector('input[name=householdType]:checked')?.value ?? 'single';
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
  const rates = Object.fromEntries(RATE_KEYS.map((k) => [k, val(`cr-${k}`)]));
  if (val('crLabel') || RATE_KEYS.some((k) => rates[k])) {
    const table = { effectiveFrom: h.month ?? currentMonth() };
    for (const k of RATE_KEYS) table[k] = rates[k] || '';
    h.customRates = { label: val('crLabel'), tables: [table] };
    paths['customRates.tables[0].effectiveFrom'] = errorId('month');
  }
  return { household: h, paths };
}

function currentMonth() {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}`;
}

function clearErrors() {
  for (const p of document.querySelectorAll('.field-error')) { p.hidden = true; p.textContent = ''; }
  for (const i of document.querySelectorAll('[aria-invalid]')) i.removeAttribute('aria-invalid');
}

function showErrors(errors, paths) {
  for (const e of errors) {
    const id = paths[e.field] ?? errorId(e.field);
    const p = $(id) ?? $('err-');
    const text = t(M.error[e.code] ?? e.code, { limit: e.limit });
    p.textContent = p.hidden ? text : `${p.textContent} ${text}`;
    p.hidden = false;
    const input = document.querySelector(`[aria-describedby~="${CSS.escape(p.id)}"]`);
    if (input && input.tagName === 'INPUT') input.setAttribute('aria-invalid', 'true');
  }
}

function sourceLink(source) {
  return el('a', { href: source.url, rel: 'noreferrer', target: '_blank', text: source.reference });
}

function lineText(line) {
  const params = {
    category: M.category[line.category],
    age: line.age,
    label: line.label,
    kind: M.incomeKind[line.incomeKind] + (line.label ? ` (${line.label})` : ''),
  };
  if (line.code === 'otherExpense' && !line.label) return M.line.otherExpenseNoLabel;
  let text = t(M.line[line.code], params);
  if (line.incomeRule) text += ' ' + M.incomeRule[line.incomeRule];
  if (line.confidence) text += ' ' + M.ui.uncertain;
  return text;
}

function renderTable(est) {
  const sign = { need: '+', income: '−', funds: '−', keptOut: '' };
  const table = el('table', { class: 'calc' }, el('caption', { text: M.ui.calcTitle }));
  table.append(el('thead', {}, el('tr', {},
    el('th', { scope: 'col', text: M.ui.colWhat }), el('th', { scope: 'col', text: M.ui.colAmount }))));
  const body = el('tbody');
  for (const line of est.lines) {
    const amount = line.group === 'keptOut' ? `(${formatKr(line.amount)})` : `${sign[line.group]} ${formatKr(line.amount)}`;
    body.append(el('tr', { class: `line line-${line.group}`, 'data-code': line.code },
      el('th', { scope: 'row' }, lineText(line), el('span', { class: 'source' }, sourceLink(line.source))),
      el('td', { class: 'num', text: amount })));
  }
  table.append(body);
  const tot = est.totals;
  const foot = el('tfoot');
  const totalRow = (label, value, cls) => foot.append(el('tr', { class: cls }, el('th', { scope: 'row', text: label }), el('td', { class: 'num', text: value })));
  totalRow(M.ui.totalNeed, formatKr(tot.need));
  totalRow(M.ui.totalIncome, `− ${formatKr(tot.countedIncome)}`);
  if (tot.ownFunds !== '0') totalRow(M.ui.totalFunds, `− ${formatKr(tot.ownFunds)}`);
  totalRow(M.ui.totalDifference, formatKr(tot.difference));
  totalRow(M.ui.totalAmount, `${formatKr(tot.amount)} ${M.ui.kr}`, 'total');
  table.append(foot);
  return el('div', { class: 'table-wrap' }, table);
}

function headline(est) {
  const o = est.outcome;
  if (o.kind === 'support') return t(M.outcome.support, { amount: formatKr(est.totals.amount) });
  return M.outcome[o.reason];
}

let guidanceModule = null;

function render(reply, paths) {
  clearErrors();
  const live = $('result-live');
  const body = $('result-body');
  body.replaceChildren();
  if (!reply.ok) {
    showErrors(reply.errors, paths);
    live.textContent = M.ui.fixErrors;
    return;
  }
  const est = reply.estimate;
  live.replaceChildren(el('p', { class: `headline outcome-${est.outcome.kind}`, id: 'headline', text: headline(est) }));
  if (est.rateTable) {
    const rt = est.rateTable;
    const text = rt.kind === 'state'
      ? t(M.ui.rateTableState, { from: rt.effectiveFrom, rundskriv: rt.rundskriv })
      : t(M.ui.rateTableCustom, { label: rt.label, from: rt.effectiveFrom });
    const p = el('p', { class: 'rate-table', text: text + ' ' });
    if (rt.sources[0]) p.append(el('a', { href: rt.sources[0], rel: 'noreferrer', target: '_blank', text: M.ui.rateTableSource }));
    body.append(p);
    body.append(renderTable(est));
  }
  const notices = el('ul', { class: 'notices' });
  for (const n of est.notices) {
    notices.append(el('li', { 'data-code': n.code }, t(M.notice[n.code], { month: n.month }) + ' ', sourceLink(n.source)));
  }
  body.append(el('h3', { text: M.ui.notices }), notices);
  if (guidanceModule && est.guidance) {
    try {
      body.append(guidanceModule.render(est.guidance, guidanceModule.messages));
    } catch (e) {
      console.error(e);
    }
  }
}

function recalc() {
  const { household, paths } = collect();
  render(estimate(household), paths);
}

async function main() {
  buildStaticFields();
  $('month').value = currentMonth();
  $('result-live').textContent = M.ui.loading;
  try {
    await init();
  } catch (e) {
    $('result-live').textContent = M.ui.loadFailed;
    throw e;
  }
  try {
    const [g, gm] = await Promise.all([import('./guidance.js'), import('./i18n/guidance.nb.js')]);
    guidanceModule = { render: g.renderGuidance, messages: gm.default };
  } catch (e) {
    guidanceModule = null;
  }
  $('version').textContent = t(M.ui.version, { v: version() });
  const form = $('form');
  form.addEventListener('input', (ev) => {
    if (ev.target.id === 'childCount') syncChildren();
    if (ev.target.name === 'householdType') $('adult1-field').hidden = ev.target.value !== 'couple';
    recalc();
  });
  form.addEventListener('change', (ev) => {
    if (ev.target.name === 'householdType') { $('adult1-field').hidden = ev.target.value !== 'couple'; recalc(); }
  });
  form.addEventListener('submit', (ev) => ev.preventDefault());
  $('addExpense').addEventListener('click', addExpenseRow);
  syncChildren();
  $('adult1-field').hidden = document.querySelector('input[name=householdType]:checked')?.value !== 'couple';
  recalc();
  document.documentElement.dataset.ready = 'true';
}

main();
