// Renders the `guidance` part of an estimate (see src/guidance.rs) as semantic HTML:
// one <section> with an <h3> per part, bullet lists of plain-language text from the message
// catalogue (www/i18n/guidance.nb.js), and each item's legal reference as a link.
// All text is set with textContent; nothing from the data is parsed as HTML.

let counter = 0;

/** Fills {name} placeholders in a template; unknown names stay visible. */
function fill(template, vars = {}) {
  return String(template).replace(/\{(\w+)\}/g, (m, k) => (k in vars ? String(vars[k]) : m));
}

/** The message for a code, or the code itself when the catalogue lacks it (never blank). */
function msg(messages, code, vars) {
  const t = messages[code];
  return typeof t === 'string' ? fill(t, vars) : String(code);
}

function h(tag, attrs = {}, ...children) {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) {
    if (k === 'text') node.textContent = v;
    else if (v !== undefined && v !== null && v !== false) node.setAttribute(k, String(v));
  }
  for (const c of children) {
    if (c === null || c === undefined || c === false) continue;
    node.append(c instanceof Node ? c : document.createTextNode(String(c)));
  }
  return node;
}

/** Whole kroner as "12 345 kr" (Intl nb-NO grouping); exact for integer strings. */
export function formatAmount(value) {
  const s = String(value);
  const nf = new Intl.NumberFormat('nb-NO');
  const n = /^-?\d+$/.test(s) && typeof BigInt === 'function' ? BigInt(s) : Number(s);
  return `${nf.format(n)} kr`;
}

/** "2024-05" as "mai 2024". */
export function formatMonth(ym) {
  const m = /^(\d{4})-(\d{2})$/.exec(String(ym));
  if (!m) return String(ym);
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, 1));
  return new Intl.DateTimeFormat('nb-NO', { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(d);
}

function safeUrl(url) {
  const u = String(url || '');
  return /^https?:\/\//i.test(u) ? u : null;
}

/** The legal reference as a link, with a note when the source is not verified. */
function sourceNote(source, confidence, messages) {
  const span = h('span', { class: 'source' });
  if (source && source.reference) {
    span.append(`${messages.sourcePrefix || 'Kilde:'} `);
    const href = safeUrl(source.url);
    span.append(href ? h('a', { href, rel: 'noreferrer', target: '_blank', text: source.reference }) : source.reference);
  }
  if (confidence === 'V2' && messages.confidenceV2) span.append(` ${messages.confidenceV2}`);
  if (confidence === 'I' && messages.confidenceI) span.append(` ${messages.confidenceI}`);
  return span;
}

function itemLi(item, messages, vars) {
  return h('li', { 'data-code': item.code }, `${msg(messages, item.code, vars)} `, sourceNote(item.source, item.confidence, messages));
}

function itemList(items, messages, vars) {
  const ul = h('ul', { class: 'guidance-items' });
  for (const item of items || []) ul.append(itemLi(item, messages, vars));
  return ul;
}

// Each part is a <details> with its heading in the summary, so a long result stays scannable on a
// phone: what needs action now (nødhjelp, aktivitetsplikt) starts open, the rest folded.
const OPEN = new Set(['emergency', 'aktivitetsplikt']);

function section(key, title) {
  const id = `guidance-${key}-${++counter}`;
  const s = h('details', { class: `guidance guidance-${key}`, open: OPEN.has(key) });
  s.append(h('summary', {}, h('h3', { id, text: title })));
  return s;
}

function emergencySection(e, messages) {
  const s = section('emergency', messages.sectionEmergency || 'Nødhjelp');
  s.append(itemList(e.items, messages));
  const finder = e.officeFinder;
  const href = finder && safeUrl(finder.url);
  if (href) {
    s.append(h('p', { class: 'guidance-office' }, h('a', { href, rel: 'noreferrer', target: '_blank', text: messages.officeFinderText || finder.reference })));
  }
  return s;
}

function dutySection(duty, adultCount, messages) {
  const vars = { n: duty.adultIndex + 1, age: duty.age };
  const label = adultCount > 1 ? fill(messages.adultLabel || 'voksen {n}, {age} år', vars) : fill(messages.adultSingleLabel || '{age} år', vars);
  const s = section('aktivitetsplikt', `${messages.sectionAktivitetsplikt || 'Aktivitetsplikt'} – ${label}`);
  s.append(h('p', { class: `guidance-status status-${duty.status}`, 'data-status': duty.status }, h('strong', { text: msg(messages, duty.status) })));
  if (duty.grounds && duty.grounds.length) {
    s.append(h('p', { text: messages.groundsHeading || '' }));
    const ul = h('ul', { class: 'guidance-grounds' });
    for (const g of duty.grounds) ul.append(h('li', { 'data-code': g, text: msg(messages, g) }));
    s.append(ul);
  }
  s.append(itemList(duty.items, messages));
  if (duty.activities && duty.activities.length) {
    s.append(h('h4', { text: messages.activitiesHeading || '' }));
    s.append(itemList(duty.activities, messages));
  }
  return s;
}

function kvpSection(kvp, messages) {
  const s = section('kvp', messages.sectionKvp || 'Kvalifiseringsprogrammet');
  s.append(itemList(kvp.items, messages));
  const adults = kvp.perAdult || [];
  if (adults.length) {
    s.append(h('h4', { text: messages.kvpAmountsHeading || '' }));
    const ul = h('ul', { class: 'guidance-kvp-amounts' });
    for (const a of adults) {
      const vars = { n: a.adultIndex + 1, age: a.age };
      const who = fill(adults.length > 1 ? messages.kvpWho || 'Voksen {n} ({age} år)' : messages.kvpWhoSingle || '{age} år', vars);
      let text;
      if (a.monthly !== undefined && a.yearly !== undefined) {
        const t = a.under25 ? messages.kvpAmountUnder25 : messages.kvpAmount;
        text = fill(t || '{who}: {monthly}', { who, monthly: formatAmount(a.monthly), yearly: formatAmount(a.yearly) });
      } else {
        text = fill(messages.kvpNotComputed || '{who}: {reason}', { who, reason: msg(messages, a.notComputed) });
      }
      ul.append(h('li', { 'data-adult': a.adultIndex, text }));
    }
    s.append(ul);
  }
  if (kvp.g) {
    const p = h('p', { class: 'guidance-g' }, `${fill(messages.kvpG || 'G {value} ({from})', { value: formatAmount(kvp.g.value), from: formatMonth(kvp.g.effectiveFrom) })} `);
    p.append(sourceNote(kvp.g.source, kvp.g.confidence, messages));
    s.append(p);
    if (kvp.g.caveat) s.append(h('p', { class: 'guidance-caveat', 'data-code': kvp.g.caveat, text: msg(messages, kvp.g.caveat) }));
  }
  const effects = kvp.incomeEffects || [];
  if (effects.length) {
    s.append(h('h4', { text: messages.incomeEffectsHeading || '' }));
    const ul = h('ul', { class: 'guidance-income-effects' });
    const kinds = messages.incomeKinds || {};
    for (const e of effects) {
      const line = fill(messages.incomeEffectLine || '{kind}: {effect}', { kind: kinds[e.kind] || e.kind, effect: msg(messages, e.effect) });
      const li = h('li', { 'data-kind': e.kind, 'data-code': e.effect, text: line });
      if (e.confidence === 'I' && messages.confidenceI) li.append(` ${messages.confidenceI}`);
      ul.append(li);
    }
    s.append(ul);
  }
  return s;
}

/**
 * Renders the guidance of one estimate.
 * @param {object} guidance `estimate.guidance` as the core returns it.
 * @param {object} messages the default export of www/i18n/guidance.nb.js (or another language's).
 * @returns {DocumentFragment} the sections, in order: nødhjelp (when reported), vilkår,
 *   aktivitetsplikt per adult, brudd på vilkår, rettigheter, kvalifiseringsprogrammet, hva anslaget ikke vet.
 */
export function renderGuidance(guidance, messages) {
  const m = messages || {};
  const frag = document.createDocumentFragment();
  if (!guidance) return frag;
  if (guidance.emergency) frag.append(emergencySection(guidance.emergency, m));

  const vilkar = section('vilkar', m.sectionVilkar || 'Vilkår');
  vilkar.append(itemList(guidance.vilkar, m));
  frag.append(vilkar);

  const duties = guidance.aktivitetsplikt || [];
  for (const d of duties) frag.append(dutySection(d, duties.length, m));

  const breach = section('breach', m.sectionBreach || 'Brudd på vilkår');
  breach.append(itemList(guidance.breach, m));
  frag.append(breach);

  const rights = section('rights', m.sectionRights || 'Dine rettigheter');
  rights.append(itemList(guidance.rights, m));
  frag.append(rights);

  if (guidance.kvp) frag.append(kvpSection(guidance.kvp, m));

  const cannot = section('cannotKnow', m.sectionCannotKnow || 'Hva anslaget ikke vet');
  cannot.append(itemList(guidance.cannotKnow, m));
  frag.append(cannot);
  return frag;
}
