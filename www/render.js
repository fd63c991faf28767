// Renders results from the core through the message catalogue. Every number shown is a string the
// core computed; these functions only choose words and layout.
import { t, el, link, citation, citations, formatKr, formatMonth } from './util.js';
// How far the kommuner's rates differed (law/kommuner.toml, through `sosialhjelp --schema`).
import { kommuneSpread, documentsSource, headlineNotices } from 'core:schema';

/** NAV's pages for the next step (plain links: nothing is fetched unless the user follows one). */
export const LINKS = {
  apply: 'https://www.nav.no/okonomisk-sosialhjelp',
  office: 'https://www.nav.no/sok-nav-kontor',
};

export const kr = (M, amount) => `${formatKr(amount, M.lang)} ${M.ui.kr}`;

function sourceLink(M, id) {
  const a = citation(id);
  return a ? el('span', { class: 'source' }, a) : null;
}

/** The name of a rate line's category; a child's names its age band (the table's own bands). */
const categoryText = (M, line) => t(M.category[line.category], { from: line.fromAge, to: line.toAge });

/** A short label for print: the category or kind only, without the rule text. */
export function shortLineText(M, line) {
  switch (line.code) {
    case 'rate': return categoryText(M, line);
    case 'rateChild': return t(M.line.rateChild, { age: line.age, category: categoryText(M, line) });
    case 'incomeCounted': return M.incomeKind[line.incomeKind];
    case 'incomeKeptOut': return `${M.incomeKind[line.incomeKind]} (${M.ui.keptOutTitle.toLowerCase()})`;
    case 'ownFunds': return M.ui.fundsLegend;
    case 'mortgageInstalments': return `${M.ui.mortgageInstalments} (${M.ui.notCountedTitle.toLowerCase()})`;
    case 'ownFundsBarnetrygd': return line.group === 'notCounted' ? `${M.line.ownFundsBarnetrygd} (${M.ui.notCountedTitle.toLowerCase()})` : M.line.ownFundsBarnetrygd;
    default: return lineText(M, line);
  }
}

function lineText(M, line) {
  const params = {
    category: line.category ? categoryText(M, line) : '',
    age: line.age,
    label: line.label,
    kind: (M.incomeKind[line.incomeKind] ?? '') + (line.label ? ` (${line.label})` : ''),
  };
  if (line.code === 'otherExpense' && !line.label) return M.line.otherExpenseNoLabel;
  let text = t(M.line[line.code], params);
  if (line.incomeRule) text += ` ${M.incomeRule[line.incomeRule]}`;
  return text;
}

const SIGN = { need: '+', income: '−', funds: '−', keptOut: '', notCounted: '' };

/** The calculation as a table: every line with its source, then the totals. */
export function calcTable(M, est, { sources = true, short = false } = {}) {
  const table = el('table', { class: 'calc' }, el('caption', { text: M.ui.calcTitle }));
  table.append(el('thead', {}, el('tr', {},
    el('th', { scope: 'col', text: M.ui.colWhat }), el('th', { scope: 'col', text: M.ui.colAmount }))));
  const body = el('tbody');
  for (const line of est.lines) {
    const shown = ['keptOut', 'notCounted'].includes(line.group) ? `(${formatKr(line.amount, M.lang)})` : `${SIGN[line.group]} ${formatKr(line.amount, M.lang)}`;
    const th = el('th', { scope: 'row' }, short ? shortLineText(M, line) : lineText(M, line));
    if (!short && line.confidence) th.append(' ', el('span', { class: 'conf-note', text: M.ui.uncertain }));
    const src = sources && sourceLink(M, line.source);
    if (src) th.append(' ', src);
    body.append(el('tr', { class: `line line-${line.group}`, 'data-code': line.code, 'data-category': line.category }, th, el('td', { class: 'num', text: shown })));
  }
  table.append(body);
  const tot = est.totals;
  const foot = el('tfoot');
  const row = (label, value, cls) => foot.append(el('tr', { class: cls }, el('th', { scope: 'row', text: label }), el('td', { class: 'num', text: value })));
  row(M.ui.totalNeed, formatKr(tot.need, M.lang));
  row(M.ui.totalIncome, `− ${formatKr(tot.countedIncome, M.lang)}`);
  if (tot.ownFunds !== '0') row(M.ui.totalFunds, `− ${formatKr(tot.ownFunds, M.lang)}`);
  row(M.ui.totalDifference, formatKr(tot.difference, M.lang));
  row(M.ui.totalAmount, kr(M, tot.amount), 'total');
  table.append(foot);
  return el('div', { class: 'table-wrap' }, table);
}

/** The sentence with the amount (or the outcome), for the month. */
export function amountSentence(M, est) {
  const o = est.outcome;
  const prefix = t(M.headline.month, { month: formatMonth(est.month, M.lang) });
  if (o.kind === 'support') {
    const r = est.amountRange;
    return `${prefix} ${r ? t(M.outcome.supportRange, { low: formatKr(r.low, M.lang), high: formatKr(r.high, M.lang) }) : t(M.outcome.support, { amount: formatKr(est.totals.amount, M.lang) })}`;
  }
  return `${prefix} ${M.outcome[o.reason]}`;
}

/**
 * What the headline must say about the rate table: which one was used and, for a month after the
 * newest known table, that the rates for that year are probably higher and where to check. Empty
 * when the table is the one in force.
 */
export function vintageSentence(M, est) {
  const rt = est.rateTable;
  if (!rt) return '';
  if (rt.kind === 'custom') return t(M.headline.custom, { label: rt.label });
  if (rt.caveat?.kind === 'outdated') return t(M.headline.outdated, { from: formatMonth(rt.effectiveFrom, M.lang), rundskriv: rt.rundskriv, year: est.month.slice(0, 4) });
  if (rt.caveat?.kind === 'gapPeriod') return t(M.headline.gap, { month: formatMonth(est.month, M.lang), from: formatMonth(rt.effectiveFrom, M.lang) });
  return '';
}

/**
 * The notices the core says change how the amount must be read (schema `headlineNotices`, such as a
 * student in higher education), in short words for beside the amount; the full notice stays below.
 */
export function headlineNotes(M, est) {
  return M.headlineNotice ? est.notices.filter((n) => headlineNotices.includes(n.code)).map((n) => M.headlineNotice[n.code] ?? '') : [];
}

/** The headline paragraph: the amount sentence and, in the same paragraph, the rates' age and the notes that change how to read it. */
export function headline(M, est, id = 'headline') {
  const p = el('p', { class: `headline outcome-${est.outcome.kind}`, id, text: amountSentence(M, est) });
  const vintage = vintageSentence(M, est);
  if (vintage) p.append(' ', el('strong', { class: `vintage vintage-${est.rateTable.kind === 'custom' ? 'custom' : est.rateTable.caveat?.kind}`, 'data-vintage': '', text: vintage }));
  for (const note of headlineNotes(M, est)) p.append(' ', el('strong', { class: 'headline-note', text: note }));
  return p;
}

/** The other readings the core computed (samboer's two rates, barnetrygd counted from 2026). */
export function alternatives(M, est) {
  if (!est.alternatives?.length) return null;
  if (!M.alternative) return null; // its texts come with the later part, right after the first screen
  return el('ul', { class: 'alternatives' }, ...est.alternatives.map((a) => el('li', { 'data-code': a.code, text: t(M.alternative[a.code], { amount: formatKr(a.totals.amount, M.lang) }) })));
}

/** Where to apply, whom to call, and what to do in an emergency: on every result. */
export function nextSteps(M, id) {
  const N = M.next;
  return el('section', { class: 'next-steps', 'aria-labelledby': id },
    el('h3', { id, text: N.title }),
    el('p', {}, `${N.apply} `, link(LINKS.apply, N.applyLink)),
    el('p', { text: N.phone }),
    el('p', {}, link(LINKS.office, N.office)),
    el('p', { class: 'next-emergency', text: N.emergency }),
    el('p', { class: 'hint', text: N.alwaysApply }));
}

export function rateTableText(M, rt) {
  return rt.kind === 'state'
    ? t(M.ui.rateTableState, { from: formatMonth(rt.effectiveFrom, M.lang), rundskriv: rt.rundskriv })
    : t(M.ui.rateTableCustom, { label: rt.label, from: formatMonth(rt.effectiveFrom, M.lang) });
}

function ratesUsed(M, rt) {
  const table = el('table', { class: 'calc rates' }, el('caption', { text: M.ui.ratesUsedTitle }));
  table.append(el('thead', {}, el('tr', {}, el('th', { scope: 'col', text: M.ui.colCategory }), el('th', { scope: 'col', text: M.ui.colAmount }))));
  const body = el('tbody');
  const row = (label, amount) => body.append(el('tr', {}, el('th', { scope: 'row', text: label }), el('td', { class: 'num', text: formatKr(amount, M.lang) })));
  for (const k of ['single', 'couple', 'sharedHousing']) if (rt.rates[k] !== undefined) row(M.ui.rates[k], rt.rates[k]);
  for (const b of rt.rates.children) row(t(M.ui.rates.child, { from: b.fromAge, to: b.toAge }), b.amount);
  table.append(body);
  return el('div', { class: 'table-wrap' }, table);
}

/** A notice in words, with the month the core gave it, or the law data it names (from the schema). */
function noticeText(M, n) {
  const sp = kommuneSpread;
  return t(M.notice[n.code], {
    month: n.month ? formatMonth(n.month, M.lang) : '',
    ...(n.code === 'kommuneRates' && { year: sp.year, atState: sp.atState, above: sp.above, below: sp.below,
      highest: sp.highest.kommune, highestKr: formatKr(sp.highest.single, M.lang),
      lowest: sp.lowest.kommune, lowestKr: formatKr(sp.lowest.single, M.lang) }),
  });
}

/**
 * The calculation, the rates used (caseworker), the notices and the guidance. `renderGuidance`
 * (guidance.js) and the guidance texts (`M.guidance`) load after the first screen; until then the
 * guidance is left out and rendered on the next call.
 */
export function resultBody(M, est, { caseworker = false, guidance = null, renderGuidance = null, ticked = new Set() } = {}) {
  const frag = document.createDocumentFragment();
  if (est.rateTable) {
    const rt = est.rateTable;
    const p = el('p', { class: 'rate-table', text: `${rateTableText(M, rt)} ` });
    // A state table names its source by id (its URL comes with the sources, after the first screen);
    // a custom table carries the caller's own text.
    const url = rt.source ? citations.table?.[rt.source]?.url : rt.sources?.[0];
    if (url) p.append(link(url, M.ui.rateTableSource));
    frag.append(p);
    // The lines' texts come with the catalogue's later part too (the citizen sees the result at the
    // last step, by when they are here; the caseworker's calculation appears a moment after the headline).
    if (M.line) frag.append(calcTable(M, est));
    if (caseworker) frag.append(ratesUsed(M, rt));
  }
  // The notices' texts come with the catalogue's later part, right after the first screen (the
  // headline already says that NAV decides); the result is drawn again when they arrive.
  if (M.notice) {
    const notices = el('ul', { class: 'notices' });
    for (const n of est.notices) {
      notices.append(el('li', { 'data-code': n.code }, `${noticeText(M, n)} `, sourceLink(M, n.source) ?? ''));
    }
    frag.append(el('h3', { text: M.ui.notices }), notices);
  }
  if (M.documents && est.documents?.length) frag.append(documentsList(M, est.documents, ticked));
  if (guidance && renderGuidance && M.guidance) frag.append(el('div', { class: 'guidance' }, renderGuidance(M, guidance, frag)));
  return frag;
}

/**
 * What NAV may ask the household to document, as the core chose it from the answers: a checklist
 * whose ticks (`ticked`, codes) the page keeps in memory only while it is open, with the source when
 * sources are shown. The texts are in the catalogue's later part, so the list appears right after
 * the first screen.
 */
export function documentsList(M, codes, ticked = new Set()) {
  const D = M.documents;
  return el('section', { class: 'documents', 'aria-labelledby': 'documents-title' },
    el('h3', { id: 'documents-title', text: D.title }),
    el('p', { class: 'hint', text: D.intro }, ' ', citation(documentsSource) ?? ''),
    el('ul', { class: 'checklist' }, ...codes.map((c, i) => el('li', {},
      el('input', { type: 'checkbox', id: `doc-${i}`, 'data-doc': c, checked: ticked.has(c) }), ' ', el('label', { for: `doc-${i}`, text: D[c] ?? c })))));
}
