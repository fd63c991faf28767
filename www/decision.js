// The decision check's view (issue 12, item 11): loaded after the first screen, like the whole API
// that computes the check (the first screen's module leaves it out) and like its words.
import { el, citation, formatKr } from './util.js';

/**
 * A decision set beside the estimate (the core's `decisionCheck`): each part the user entered and the
 * amount, estimate against decision with the difference, then what to ask and how to complain. The
 * words never say the decision is wrong: the estimate is veiledende.
 */
export function decisionView(M, c) {
  const D = M.decision;
  const kr = (v) => formatKr(v, M.lang);
  // A plus sign before a positive difference, read from the core's exact text (no arithmetic here).
  const diff = (v) => (String(v).startsWith('-') || /^0(\.0+)?$/.test(String(v)) ? kr(v) : `+${kr(v)}`);
  const row = (label, r, strong = false) => el('tr', { class: strong ? 'total' : '' },
    el('th', { scope: 'row', text: label }), el('td', { class: 'num', text: kr(r.estimated) }), el('td', { class: 'num', text: kr(r.granted) }),
    el('td', { class: 'num', text: diff(r.difference) }));
  const table = el('table', { class: 'calc decision' },
    el('caption', { text: D.tableCaption }),
    el('thead', {}, el('tr', {}, el('th', { scope: 'col', text: D.colPart }), el('th', { scope: 'col', class: 'num', text: D.colEstimate }),
      el('th', { scope: 'col', class: 'num', text: D.colDecision }), el('th', { scope: 'col', class: 'num', text: D.colDifference }))),
    el('tbody', {}, ...c.parts.map((p) => row(D[p.part], p)), row(D.total, c, true)));
  const notes = el('ul', { class: 'decision-notes' }, ...c.notes.map((n) => el('li', { 'data-code': n.code }, `${D[n.code]} `, citation(n.source) ?? '')));
  return el('div', {}, el('div', { class: 'table-wrap' }, table), notes);
}
