// The volunteer's answer: loaded with the whole API, which computes the quick check, so that the
// first screen of the other modes does not carry it.
import { t, el, formatKr } from './util.js';
import { vintageSentence, nextSteps } from './render.js';

/**
 * The volunteer's answer, as the core's quick check decided it (likely, unlikely, or cannot tell),
 * with the amount or range it bounds from the ages it does not ask.
 */
export function volunteerResult(M, q) {
  const V = M.volunteer;
  const box = document.createDocumentFragment();
  const kind = q.verdict;
  const text = {
    likely: q.low === q.high
      ? t(V.likelyExact, { amount: formatKr(q.low, M.lang) })
      : t(V.likelyAmount, { low: formatKr(q.low, M.lang), high: formatKr(q.high, M.lang) }),
    unlikely: V.unlikelyText,
    cannotTell: V.cannotTellText,
  }[kind];
  const p = el('p', { class: 'v-answer', text });
  const vintage = vintageSentence(M, q);
  if (vintage) p.append(' ', el('strong', { class: 'vintage', 'data-vintage': '', text: vintage }));
  box.append(el('p', { class: `headline v-${kind}`, id: 'v-headline', 'data-kind': kind, text: V[kind] }), p);
  if (kind === 'cannotTell') box.append(el('button', { type: 'button', id: 'v-continue', class: 'primary', text: V.continue }));
  box.append(el('p', { class: 'hint', text: V.assumptions }));
  box.append(nextSteps(M, 'v-next-title'));
  box.append(el('h3', { text: V.bringTitle }), el('ul', { class: 'checklist' }, ...V.bring.map((b) => el('li', { text: b }))));
  if (kind !== 'likely') box.append(el('h3', { text: V.elsewhereTitle }), el('ul', { class: 'elsewhere' }, ...V.elsewhere.map((b) => el('li', { text: b }))));
  if (M.notice) box.append(el('p', { class: 'hint', text: M.notice.veiledende }));
  return box;
}
