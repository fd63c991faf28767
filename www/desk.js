// The caseworker's desk and the print summary: two months side by side, and the one-page A4 summary
// to bring to NAV. Neither is on the first screen, so this module loads after it (www/app.js), with
// the guidance. Every number shown is a string the core computed; these functions choose words and
// layout only.
import { t, el, formatKr, formatMonth } from './util.js';
import { shortLineText, kr, calcTable, amountSentence, vintageSentence, alternatives, rateTableText } from './render.js';

/** Two months side by side (caseworker), each with its rate table and whether it is outdated. */
export function compareTable(M, a, b) {
  const table = el('table', { class: 'calc compare' }, el('caption', { text: M.ui.compareTitle }));
  table.append(el('thead', {}, el('tr', {}, el('th', { scope: 'col', text: M.ui.colWhat }),
    el('th', { scope: 'col', text: formatMonth(a.month, M.lang) }), el('th', { scope: 'col', text: formatMonth(b.month, M.lang) }))));
  const body = el('tbody');
  const row = (label, fa, fb, attrs = {}) => body.append(el('tr', attrs, el('th', { scope: 'row', text: label }), el('td', { class: 'num' }, fa), el('td', { class: 'num' }, fb)));
  const tableCell = (e) => {
    if (!e.rateTable) return '–';
    const rt = e.rateTable;
    const text = `${formatMonth(rt.effectiveFrom, M.lang)} ${rt.rundskriv ?? rt.label ?? ''}`.trim();
    const stale = rt.caveat?.kind === 'outdated' || rt.caveat?.kind === 'gapPeriod';
    return stale ? el('span', {}, `${text} `, el('strong', { class: 'vintage-flag', 'data-vintage': '', text: M.ui.compareOutdated })) : text;
  };
  row(M.ui.rateFrom, tableCell(a), tableCell(b), { class: 'compare-table-row' });
  const rateLines = (e) => e.lines.filter((l) => l.code === 'rate' || l.code === 'rateChild');
  const ra = rateLines(a);
  const rb = rateLines(b);
  for (let i = 0; i < Math.max(ra.length, rb.length); i++) {
    const l = ra[i] ?? rb[i];
    row(shortLineText(M, l), ra[i] ? formatKr(ra[i].amount, M.lang) : '–', rb[i] ? formatKr(rb[i].amount, M.lang) : '–');
  }
  row(M.ui.totalNeed, formatKr(a.totals.need, M.lang), formatKr(b.totals.need, M.lang));
  row(M.ui.totalIncome, formatKr(a.totals.countedIncome, M.lang), formatKr(b.totals.countedIncome, M.lang));
  row(M.ui.totalAmount, kr(M, a.totals.amount), kr(M, b.totals.amount));
  table.append(body);
  return el('div', { class: 'table-wrap' }, table);
}

function printColumn(M, est, household, guidance) {
  const P = M.print;
  // Each column in its own direction: bokmål stays left to right beside Arabic or Dari.
  const col = el('div', { class: 'print-col', lang: M.lang, dir: M.dir ?? 'ltr' });
  col.append(el('h2', { text: P.title }));
  const who = t(P.adults, { adults: t(P.adultsCount, { n: household.adults.length }, M.lang), children: t(P.childrenCount, { n: household.children.length }, M.lang) });
  col.append(el('p', { text: `${P.month}: ${formatMonth(est.month, M.lang)}. ${P.household}: ${who}.` }));
  const h = el('p', { class: 'headline', text: amountSentence(M, est) });
  const vintage = vintageSentence(M, est);
  if (vintage) h.append(' ', el('strong', { class: 'vintage', text: vintage }));
  col.append(h);
  if (est.rateTable) col.append(el('p', { text: rateTableText(M, est.rateTable) }));
  const alt = alternatives(M, est);
  if (alt) col.append(alt);
  if (est.rateTable) col.append(calcTable(M, est, { sources: false, short: true }));
  const duties = M.guidance ? guidance?.aktivitetsplikt ?? [] : [];
  if (duties.length) {
    col.append(el('h3', { text: P.vilkar }));
    col.append(el('ul', {}, ...duties.map((d) => el('li', { text: t(P.adultDuty, { n: d.adultIndex + 1, age: d.age, text: M.guidance[d.status] ?? d.status }) }))));
  }
  // The documents from the answers (the core's list), or the general list when they are not known.
  const docs = est.documents?.length && M.documents ? est.documents.map((c) => M.documents[c] ?? c) : M.volunteer.bring;
  col.append(el('h3', { text: P.docsTitle }), el('ul', { class: 'checklist' }, ...docs.map((b) => el('li', { text: b }))));
  col.append(el('p', { text: M.notice.veiledende }), el('p', { text: P.deadline }), el('p', { text: M.next.phone }));
  return col;
}

/**
 * The one-page A4 summary to bring to NAV. When the page language is not bokmål, the bokmål text
 * stands beside it (NAV's working language). Only called with an estimate that matches the form.
 */
export function printSummary(M, nb, est, household, guidance) {
  const frag = document.createDocumentFragment();
  const cols = el('div', { class: M.lang === 'nb' ? 'print-cols one' : 'print-cols two' });
  cols.append(printColumn(M, est, household, guidance));
  if (M.lang !== 'nb') cols.append(printColumn(nb, est, household, guidance));
  frag.append(cols, el('p', { class: 'print-foot', text: t(M.print.generated, { date: new Date().toISOString().slice(0, 10) }) }));
  return frag;
}
