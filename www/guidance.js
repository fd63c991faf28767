// Renders the `guidance` part of an estimate (see src/guidance.rs) as folded sections: a <details>
// per part whose summary says what it is about in one line, bullet lists of plain-language text from
// the catalogue (`M.guidance`), and each item's legal source (shown when the page shows sources).
// All text is set with textContent; nothing from the data is parsed as HTML.
import { t, el, link, citation, formatKr, formatMonth } from './util.js';

let counter = 0;

/** Where the nearest NAV office is found. */
const OFFICE_FINDER = 'https://www.nav.no/sok-nav-kontor';

/** The message for a code, or the code itself when the catalogue lacks it (never blank). */
function msg(G, code, vars) {
  return typeof G[code] === 'string' ? t(G[code], vars) : String(code);
}

/** The legal source as a link (once the sources are loaded), with a note when it is not verified. */
function sourceNote(M, source, confidence) {
  const G = M.guidance;
  const span = el('span', { class: 'source' });
  const a = citation(source);
  if (a) span.append(`${M.ui.sourcePrefix} `, a);
  if (confidence === 'V2') span.append(' ', el('span', { class: 'conf-note', text: G.confidenceV2 }));
  if (confidence === 'I') span.append(' ', el('span', { class: 'conf-note', text: G.confidenceI }));
  return span;
}

function itemList(M, items, vars) {
  return el('ul', { class: 'guidance-items' },
    ...(items ?? []).map((item) => el('li', { 'data-code': item.code }, `${msg(M.guidance, item.code, vars)} `, sourceNote(M, item.source, item.confidence))));
}

/** A folded section; `open` only for what needs action today (nødhjelp). */
function section(key, title, open = false) {
  const id = `guidance-${key}-${++counter}`;
  const s = el('details', { class: `guidance guidance-${key}`, open });
  s.append(el('summary', {}, el('h3', { id, text: title })));
  return s;
}

function emergencySection(M, e) {
  const G = M.guidance;
  const s = section('emergency', G.sectionEmergency, true);
  s.append(itemList(M, e.items));
  s.append(el('p', { class: 'guidance-office' }, link(OFFICE_FINDER, G.officeFinderText)));
  return s;
}

function dutySection(M, duty, adultCount) {
  const G = M.guidance;
  const vars = { n: duty.adultIndex + 1, age: duty.age };
  const who = adultCount > 1 ? t(G.adultLabel, vars) : t(G.adultSingleLabel, vars);
  const s = section('aktivitetsplikt', `${G.sectionAktivitetsplikt} – ${who}: ${msg(G, duty.status)}`);
  s.dataset.status = duty.status;
  if (duty.grounds?.length) {
    s.append(el('p', { text: G.groundsHeading }), el('ul', { class: 'guidance-grounds' }, ...duty.grounds.map((g) => el('li', { 'data-code': g, text: msg(G, g) }))));
  }
  s.append(itemList(M, duty.items));
  if (duty.activities?.length) s.append(el('h4', { text: G.activitiesHeading }), itemList(M, duty.activities));
  return s;
}

function kvpSection(M, kvp, adultCount) {
  const G = M.guidance;
  const s = section('kvp', G.sectionKvp);
  s.append(itemList(M, kvp.items));
  const amounts = (kvp.perAdult ?? []);
  if (amounts.length) {
    s.append(el('h4', { text: G.kvpAmountsHeading }));
    s.append(el('ul', { class: 'guidance-kvp-amounts' }, ...amounts.map((a) => {
      const vars = { n: a.adultIndex + 1, age: a.age };
      const who = adultCount > 1 ? t(G.kvpWho, vars) : t(G.kvpWhoSingle, vars);
      const text = a.monthly
        ? t(a.under25 ? G.kvpAmountUnder25 : G.kvpAmount, { who, monthly: `${formatKr(a.monthly, M.lang)} kr`, yearly: `${formatKr(a.yearly, M.lang)} kr` })
        : t(G.kvpNotComputed, { who, reason: msg(G, a.notComputed) });
      return el('li', { 'data-adult': a.adultIndex, text });
    })));
  }
  if (kvp.barnetillegg) {
    const b = kvp.barnetillegg;
    s.append(el('p', { class: 'guidance-barnetillegg' }, `${t(G.kvpBarnetilleggAmount, { perDay: formatKr(b.perDay, M.lang), monthly: `${formatKr(b.monthlyPerChild, M.lang)} kr` })} `, sourceNote(M, b.source)));
  }
  if (kvp.g) {
    s.append(el('p', { class: 'guidance-g' }, `${t(G.kvpG, { value: `${formatKr(kvp.g.value, M.lang)} kr`, from: formatMonth(kvp.g.effectiveFrom, M.lang) })} `, sourceNote(M, kvp.g.source, kvp.g.confidence)));
    if (kvp.g.caveat) s.append(el('p', { class: 'guidance-caveat', 'data-code': kvp.g.caveat, text: msg(G, kvp.g.caveat) }));
  }
  const effects = kvp.incomeEffects ?? [];
  if (effects.length) {
    s.append(el('h4', { text: G.incomeEffectsHeading }));
    s.append(el('ul', { class: 'guidance-income-effects' }, ...effects.map((e) => {
      const li = el('li', { 'data-kind': e.kind, 'data-code': e.effect, text: t(G.incomeEffectLine, { kind: M.incomeKind[e.kind] ?? e.kind, effect: msg(G, e.effect) }) });
      if (e.confidence === 'I') li.append(' ', el('span', { class: 'conf-note', text: G.confidenceI }));
      return li;
    })));
  }
  return s;
}

/**
 * The benefits to claim first, as the core chose them from the answers: a checklist that never
 * blocks (its first item says so). An item whose subject a notice of the result already explains
 * links to that notice (found in `result`, the result's fragment, and given an id here) instead of
 * repeating it.
 */
function claimFirstSection(M, items, result) {
  const G = M.guidance;
  const s = section('claimFirst', G.sectionClaimFirst);
  s.append(el('ul', { class: 'guidance-items claim-first' }, ...items.map((item) => {
    const li = el('li', { 'data-code': item.code }, `${msg(G, item.code)} `);
    const notice = item.notice && result?.querySelector?.(`.notices li[data-code="${item.notice}"]`);
    if (notice && !notice.id) notice.id = `notice-${item.notice}-${++counter}`;
    const id = notice?.id;
    if (id) li.append(el('a', { href: `#${id}`, class: 'see-notice', text: G.claimFirstSeeNotice }), ' ');
    li.append(sourceNote(M, item.source, item.confidence));
    return li;
  })));
  return s;
}

/**
 * Renders the guidance of one estimate, in order: nødhjelp (when reported, open), the benefits to
 * claim first, income in time, vilkår,
 * aktivitetsplikt per adult, breach, rights, kvalifiseringsprogrammet, what the estimate cannot know.
 * @param {object} M the page's catalogue (its `guidance` section holds the texts).
 * @param {object} guidance `estimate.guidance` as the core returns it.
 * @param {ParentNode} [result] the result drawn so far, whose notices a checklist item may link to.
 * @returns {DocumentFragment}
 */
export function renderGuidance(M, guidance, result = null) {
  const G = M.guidance;
  const frag = document.createDocumentFragment();
  if (!guidance) return frag;
  if (guidance.emergency) frag.append(emergencySection(M, guidance.emergency));
  if (guidance.claimFirst?.length) frag.append(claimFirstSection(M, guidance.claimFirst, result));
  if (guidance.incomeTiming?.length) {
    const timing = section('incomeTiming', G.sectionIncomeTiming);
    timing.append(itemList(M, guidance.incomeTiming));
    frag.append(timing);
  }
  const vilkar = section('vilkar', G.sectionVilkar);
  vilkar.append(itemList(M, guidance.vilkar));
  frag.append(vilkar);
  const duties = guidance.aktivitetsplikt ?? [];
  for (const d of duties) frag.append(dutySection(M, d, duties.length));
  const breach = section('breach', G.sectionBreach);
  breach.append(itemList(M, guidance.breach));
  frag.append(breach);
  const rights = section('rights', G.sectionRights);
  rights.append(itemList(M, guidance.rights));
  frag.append(rights);
  if (guidance.oneOff?.length) {
    const oneOff = section('oneOff', G.sectionOneOff);
    oneOff.append(itemList(M, guidance.oneOff));
    frag.append(oneOff);
  }
  if (guidance.kvp) frag.append(kvpSection(M, guidance.kvp, duties.length));
  const cannot = section('cannotKnow', G.sectionCannotKnow);
  cannot.append(itemList(M, guidance.cannotKnow));
  frag.append(cannot);
  return frag;
}
