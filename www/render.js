// Renders results from the core through a message catalogue. Every number shown is a string the
// core computed; these functions only choose words and layout.
import { t, el, formatKr } from './util.js';

function sourceLink(source) {
  return el('a', { href: source.url, rel: 'noreferrer', target: '_blank', text: source.reference });
}

/** A short label for print: the category or kind only, without the rule text. */
function shortLineText(M, line) {
  switch (line.code) {
    case 'rate': return M.category[line.category];
    case 'rateChild': return t(M.line.rateChild, { age: line.age, category: M.category[line.category] });
    case 'incomeCounted': return M.incomeKind[line.incomeKind];
    case 'incomeKeptOut': return `${M.incomeKind[line.incomeKind]} (${M.ui.keptOutTitle.toLowerCase()})`;
    case 'ownFunds': return M.ui.fundsLegend;
    default: return lineText(M, line);
  }
}

function lineText(M, line) {
  const params = {
    category: M.category[line.category],
    age: line.age,
    label: line.label,
    kind: (M.incomeKind[line.incomeKind] ?? '') + (line.label ? ` (${line.label})` : ''),
  };
  if (line.code === 'otherExpense' && !line.label) return M.line.otherExpenseNoLabel;
  let text = t(M.line[line.code], params);
  if (line.incomeRule) text += ' ' + M.incomeRule[line.incomeRule];
  if (line.confidence) text += ' ' + M.ui.uncertain;
  return text;
}

const SIGN = { need: '+', income: '−', funds: '−', keptOut: '' };

/** The calculation as a table: every line with its source, then the totals. */
export function calcTable(M, est, { sources = true, short = false } = {}) {
  const table = el('table', { class: 'calc' }, el('caption', { text: M.ui.calcTitle }));
  table.append(el('thead', {}, el('tr', {},
    el('th', { scope: 'col', text: M.ui.colWhat }), el('th', { scope: 'col', text: M.ui.colAmount }))));
  const body = el('tbody');
  for (const line of est.lines) {
    const amount = line.group === 'keptOut' ? `(${formatKr(line.amount)})` : `${SIGN[line.group]} ${formatKr(line.amount)}`;
    body.append(el('tr', { class: `line line-${line.group}`, 'data-code': line.code },
      el('th', { scope: 'row' }, short ? shortLineText(M, line) : lineText(M, line), sources ? el('span', { class: 'source' }, sourceLink(line.source)) : null),
      el('td', { class: 'num', text: amount })));
  }
  table.append(body);
  const tot = est.totals;
  const foot = el('tfoot');
  const row = (label, value, cls) => foot.append(el('tr', { class: cls }, el('th', { scope: 'row', text: label }), el('td', { class: 'num', text: value })));
  row(M.ui.totalNeed, formatKr(tot.need));
  row(M.ui.totalIncome, `− ${formatKr(tot.countedIncome)}`);
  if (tot.ownFunds !== '0') row(M.ui.totalFunds, `− ${formatKr(tot.ownFunds)}`);
  row(M.ui.totalDifference, formatKr(tot.difference));
  row(M.ui.totalAmount, `${formatKr(tot.amount)} ${M.ui.kr}`, 'total');
  table.append(foot);
  return el('div', { class: 'table-wrap' }, table);
}

/** One sentence: what the household can likely get. */
export function headline(M, est) {
  const o = est.outcome;
  if (o.kind === 'support') return t(M.outcome.support, { amount: formatKr(est.totals.amount) });
  return M.outcome[o.reason];
}

export function rateTableText(M, rt) {
  return rt.kind === 'state'
    ? t(M.ui.rateTableState, { from: rt.effectiveFrom, rundskriv: rt.rundskriv })
    : t(M.ui.rateTableCustom, { label: rt.label, from: rt.effectiveFrom });
}

function ratesUsed(M, rt) {
  const table = el('table', { class: 'calc rates' }, el('caption', { text: M.ui.ratesUsedTitle }));
  table.append(el('thead', {}, el('tr', {}, el('th', { scope: 'col', text: M.ui.colCategory }), el('th', { scope: 'col', text: M.ui.colAmount }))));
  const body = el('tbody');
  for (const [k, v] of Object.entries(rt.rates)) {
    body.append(el('tr', {}, el('th', { scope: 'row', text: M.ui.rates[k] }), el('td', { class: 'num', text: formatKr(v) })));
  }
  table.append(body);
  return el('div', { class: 'table-wrap' }, table);
}

/** The full result: rate table, calculation, notices, and (if loaded) the guidance sections. */
export function resultBody(M, est, { guidance, caseworker = false } = {}) {
  const frag = document.createDocumentFragment();
  if (est.rateTable) {
    const rt = est.rateTable;
    const p = el('p', { class: 'rate-table', text: rateTableText(M, rt) + ' ' });
    if (rt.sources[0]) p.append(el('a', { href: rt.sources[0], rel: 'noreferrer', target: '_blank', text: M.ui.rateTableSource }));
    frag.append(p, calcTable(M, est));
    if (caseworker) frag.append(ratesUsed(M, rt));
  }
  const notices = el('ul', { class: 'notices' });
  for (const n of est.notices) {
    notices.append(el('li', { 'data-code': n.code }, t(M.notice[n.code], { month: n.month }) + ' ', sourceLink(n.source)));
  }
  frag.append(el('h3', { text: M.ui.notices }), notices);
  if (guidance && est.guidance) {
    const box = el('div', { class: 'guidance' });
    box.append(guidance.render(est.guidance, guidance.messages));
    frag.append(box);
  }
  return frag;
}

/** Two months side by side (caseworker). */
export function compareTable(M, a, b) {
  const table = el('table', { class: 'calc compare' }, el('caption', { text: M.ui.compareTitle }));
  table.append(el('thead', {}, el('tr', {}, el('th', { scope: 'col', text: M.ui.colWhat }),
    el('th', { scope: 'col', text: a.month }), el('th', { scope: 'col', text: b.month }))));
  const body = el('tbody');
  const row = (label, fa, fb) => body.append(el('tr', {}, el('th', { scope: 'row', text: label }), el('td', { class: 'num', text: fa }), el('td', { class: 'num', text: fb })));
  row(M.ui.rateFrom, a.rateTable ? `${a.rateTable.effectiveFrom} ${a.rateTable.rundskriv ?? a.rateTable.label ?? ''}` : '–',
    b.rateTable ? `${b.rateTable.effectiveFrom} ${b.rateTable.rundskriv ?? b.rateTable.label ?? ''}` : '–');
  const rateLines = (e) => e.lines.filter((l) => l.code === 'rate' || l.code === 'rateChild');
  const ra = rateLines(a);
  const rb = rateLines(b);
  for (let i = 0; i < Math.max(ra.length, rb.length); i++) {
    const l = ra[i] ?? rb[i];
    row(lineText(M, l), ra[i] ? formatKr(ra[i].amount) : '–', rb[i] ? formatKr(rb[i].amount) : '–');
  }
  row(M.ui.totalNeed, formatKr(a.totals.need), formatKr(b.totals.need));
  row(M.ui.totalIncome, formatKr(a.totals.countedIncome), formatKr(b.totals.countedIncome));
  row(M.ui.totalAmount, `${formatKr(a.totals.amount)} ${M.ui.kr}`, `${formatKr(b.totals.amount)} ${M.ui.kr}`);
  table.append(body);
  return el('div', { class: 'table-wrap' }, table);
}

/**
 * The volunteer's answer from two estimates that bound the unknown child ages (all children in
 * the lowest-rate band, and all in the highest): likely, unlikely, or cannot tell.
 */
export function volunteerResult(M, low, high) {
  const V = M.volunteer;
  const box = document.createDocumentFragment();
  const support = (e) => e.outcome.kind === 'support';
  let title;
  let text;
  let kind;
  if (support(low) && support(high)) {
    kind = 'likely';
    title = V.likely;
    text = low.totals.amount === high.totals.amount
      ? t(V.likelyExact, { amount: formatKr(low.totals.amount) })
      : t(V.likelyAmount, { low: formatKr(low.totals.amount), high: formatKr(high.totals.amount) });
  } else if (!support(low) && !support(high)) {
    kind = 'unlikely';
    title = V.unlikely;
    text = V.unlikelyText;
  } else {
    kind = 'cannotTell';
    title = V.cannotTell;
    text = V.cannotTellText;
  }
  box.append(el('p', { class: `headline v-${kind}`, id: 'v-headline', 'data-kind': kind, text: title }), el('p', { text }));
  box.append(el('p', { class: 'hint', text: V.assumptions }));
  for (const n of low.notices.filter((x) => x.code === 'newerRatesMayApply' || x.code === 'ratesGap')) {
    box.append(el('p', { class: 'hint', 'data-code': n.code, text: t(M.notice[n.code], { month: n.month }) }));
  }
  box.append(el('h3', { text: V.bringTitle }), el('ul', {}, ...V.bring.map((b) => el('li', { text: b }))));
  if (kind !== 'likely') box.append(el('h3', { text: V.elsewhereTitle }), el('ul', { class: 'elsewhere' }, ...V.elsewhere.map((b) => el('li', { text: b }))));
  box.append(el('p', { class: 'hint', text: M.notice.veiledende }));
  return box;
}

function printColumn(M, G, est, household) {
  const P = M.print;
  const col = el('div', { class: 'print-col', lang: M.lang });
  col.append(el('h2', { text: P.title }));
  col.append(el('p', { text: `${P.month}: ${est.month}. ${P.household}: ${t(P.adults, { n: household.adults.length, c: household.children.length })}` }));
  if (est.rateTable) {
    const rt = est.rateTable;
    col.append(el('p', { text: rateTableText(M, rt) }));
    col.append(el('p', { class: 'headline', text: headline(M, est) }));
    col.append(calcTable(M, est, { sources: false, short: true }));
  } else {
    col.append(el('p', { class: 'headline', text: headline(M, est) }));
  }
  const duties = est.guidance?.aktivitetsplikt ?? [];
  if (duties.length && G) {
    col.append(el('h3', { text: P.vilkar }));
    const firstSentence = (text) => (String(text ?? '').match(/^.*?[.!?](\s|$)/)?.[0] ?? String(text ?? '')).trim();
    col.append(el('ul', {}, ...duties.map((d) => el('li', { text: `${d.age}: ${firstSentence(G[d.items[0]?.code])}` }))));
  }
  col.append(el('h3', { text: P.docsTitle }), el('p', { text: M.volunteer.bring.join('. ') + '.' }));
  col.append(el('p', { text: M.notice.veiledende }), el('p', { text: P.deadline }));
  return col;
}

/**
 * The one-page A4 summary to bring to NAV. When the page language is not bokmål, the bokmål text
 * stands beside it (NAV's working language).
 */
export function printSummary(M, G, nb, nbG, est, household) {
  const frag = document.createDocumentFragment();
  const cols = el('div', { class: M.lang === 'nb' ? 'print-cols one' : 'print-cols two' });
  cols.append(printColumn(M, G, est, household));
  if (M.lang !== 'nb') cols.append(printColumn(nb, nbG, est, household));
  frag.append(cols, el('p', { class: 'print-foot', text: t(M.print.generated, { date: new Date().toISOString().slice(0, 10) }) }));
  return frag;
}
