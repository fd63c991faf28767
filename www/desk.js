// The caseworker's desk and the print summary: months side by side, scenarios side by side, the
// what-if plot, and the one-page A4 summary to bring to NAV. None is on the first screen, so this
// module loads after it (www/app.js), with the guidance. Every number shown is a string the core computed; these functions choose words and
// layout only.
import { t, el, formatKr, formatMonth } from './util.js';
import { shortLineText, kr, calcTable, amountSentence, vintageSentence, headlineNotes, alternatives, rateTableText, resultBody } from './render.js';
import { answered } from './situation.js';

// The desk's own styles (www/desk.css: also the print layout), with the desk: not part of the first
// load. `styled` settles when they have loaded (the print button waits for it).
const sheet = document.querySelector('link[href="desk.css"]') ?? document.head.appendChild(el('link', { rel: 'stylesheet', href: 'desk.css' }));
export const styled = sheet.sheet ? Promise.resolve() : new Promise((done) => { sheet.onload = done; sheet.onerror = done; });

/**
 * A wide table in a box that scrolls sideways on a narrow column: a labelled region that takes the
 * keyboard focus, so it can be scrolled without a mouse (WCAG 2.1.1).
 */
function wrap(table) {
  return el('div', { class: 'table-wrap', tabindex: '0', role: 'region', 'aria-label': table.querySelector('caption')?.textContent ?? '' }, table);
}

/** `count` months from "YYYY-MM": the calendar only (no rule). */
export function monthsFrom(ym, count) {
  const m = /^(\d{4})-(\d{2})$/.exec(String(ym));
  if (!m) return [];
  const first = Number(m[1]) * 12 + Number(m[2]) - 1;
  return Array.from({ length: count }, (_, i) => `${Math.floor((first + i) / 12)}-${String(((first + i) % 12) + 1).padStart(2, '0')}`);
}

/** The rate table a month used, with «Gamle satser» when it is outdated or from a GAP period. */
function tableCell(M, e) {
  if (!e.rateTable) return '–';
  const rt = e.rateTable;
  const text = `${formatMonth(rt.effectiveFrom, M.lang)} ${rt.rundskriv ?? rt.label ?? ''}`.trim();
  const stale = rt.caveat?.kind === 'outdated' || rt.caveat?.kind === 'gapPeriod';
  return stale ? el('span', {}, `${text} `, el('strong', { class: 'vintage-flag', 'data-vintage': '', text: M.desk.compareOutdated })) : text;
}

/**
 * Months side by side (caseworker): the form's month first, then the months asked for, each with its
 * rate table, its sums and its notices, and a button that opens it in full in the form.
 */
export function compareTable(M, ests) {
  const table = el('table', { class: 'calc compare' }, el('caption', { text: M.desk.monthsTable }));
  table.append(el('thead', {}, el('tr', {}, el('th', { scope: 'col', text: M.ui.colWhat }),
    ...ests.map((e, i) => el('th', { scope: 'col' }, formatMonth(e.month, M.lang),
      i > 0 && M.desk ? el('button', { type: 'button', class: 'link-button', 'data-open-month': e.month, text: M.desk.openMonth }) : null)))));
  const body = el('tbody');
  const row = (label, cells, attrs = {}) => body.append(el('tr', attrs, el('th', { scope: 'row', text: label }), ...cells.map((c) => el('td', { class: 'num' }, c))));
  row(M.desk.rateFrom, ests.map((e) => tableCell(M, e)), { class: 'compare-table-row' });
  const rateLines = ests.map((e) => e.lines.filter((l) => l.code === 'rate' || l.code === 'rateChild'));
  const longest = Math.max(0, ...rateLines.map((r) => r.length));
  for (let i = 0; i < longest; i++) {
    const l = rateLines.find((r) => r[i])[i];
    row(shortLineText(M, l), rateLines.map((r) => (r[i] ? formatKr(r[i].amount, M.lang) : '–')));
  }
  row(M.ui.totalNeed, ests.map((e) => formatKr(e.totals.need, M.lang)));
  row(M.ui.totalIncome, ests.map((e) => formatKr(e.totals.countedIncome, M.lang)));
  row(M.ui.totalAmount, ests.map((e) => kr(M, e.totals.amount)));
  if (M.desk && M.notice) {
    // The notices of each month, folded: the count, and the texts when opened.
    row(M.desk.notices, ests.map((e) => el('details', { class: 'cell-notices' }, el('summary', { text: String(e.notices.length) }),
      el('ul', {}, ...e.notices.map((n) => el('li', { text: t(M.notice[n.code] ?? n.code, { month: n.month ? formatMonth(n.month, M.lang) : '' }) }))))));
  }
  table.append(body);
  return wrap(table);
}

/**
 * Scenarios side by side: one column per scenario (the form first), its sums, and a cell marked
 * where it differs from the first column. `rows` are `{ name, household, reply, months }`, where
 * `months` are the estimates of the months row (the amounts matrix below the table).
 */
export function scenariosTable(M, rows) {
  const D = M.desk;
  const table = el('table', { class: 'calc scenarios-table' }, el('caption', { text: D.scenariosCaption }));
  table.append(el('thead', {}, el('tr', {}, el('th', { scope: 'col', text: M.ui.colWhat }),
    ...rows.map((r, i) => el('th', { scope: 'col' }, el('span', { text: r.name }),
      i > 0 ? el('span', { class: 'scenario-actions' },
        el('button', { type: 'button', class: 'link-button', 'data-open-scenario': String(i - 1), text: D.openScenario }),
        el('button', { type: 'button', class: 'link-button', 'data-remove-scenario': String(i - 1), text: D.removeScenario, 'aria-label': t(D.removeNamed, { name: r.name }) })) : null)))));
  const body = el('tbody');
  const row = (label, values) => {
    const cells = values.map((v, i) => {
      const text = typeof v === 'string' ? v : v.textContent;
      const first = typeof values[0] === 'string' ? values[0] : values[0].textContent;
      const changed = i > 0 && text !== first;
      return el('td', { class: changed ? 'num diff' : 'num' }, v, changed ? el('span', { class: 'visually-hidden', text: ` (${D.changed})` }) : null);
    });
    body.append(el('tr', {}, el('th', { scope: 'row', text: label }), ...cells));
  };
  const est = (r) => (r.reply.ok ? r.reply.estimate : null);
  const dash = (f) => rows.map((r) => (est(r) ? f(est(r), r.household) : D.invalid));
  row(M.print.month, dash((e) => formatMonth(e.month, M.lang)));
  row(M.print.household, dash((e, h) => t(M.print.adults, { adults: t(M.print.adultsCount, { n: h.adults?.length ?? 0 }, M.lang), children: t(M.print.childrenCount, { n: h.children?.length ?? 0 }, M.lang) })));
  row(M.desk.rateFrom, dash((e) => { const c = tableCell(M, e); return typeof c === 'string' ? c : c.textContent; }));
  row(M.ui.totalNeed, dash((e) => formatKr(e.totals.need, M.lang)));
  row(M.ui.totalIncome, dash((e) => formatKr(e.totals.countedIncome, M.lang)));
  row(M.ui.totalFunds, dash((e) => formatKr(e.totals.ownFunds, M.lang)));
  row(M.ui.totalAmount, dash((e) => `${formatKr(e.totals.amount, M.lang)} ${M.ui.kr}`));
  table.append(body);
  const out = [wrap(table)];
  // The amounts per month for every scenario, when the months row has more than the form's month.
  const months = rows[0].months ?? [];
  if (months.length > 1) {
    const m = el('table', { class: 'calc scenario-months' }, el('caption', { text: D.monthsCaption }));
    m.append(el('thead', {}, el('tr', {}, el('th', { scope: 'col', text: D.scenario }), ...months.map((mo) => el('th', { scope: 'col', text: formatMonth(mo.month, M.lang) })))));
    const mb = el('tbody');
    for (const r of rows) {
      mb.append(el('tr', {}, el('th', { scope: 'row', text: r.name }),
        ...(r.months ?? []).map((mo) => el('td', { class: 'num', text: mo.ok ? formatKr(mo.amount, M.lang) : D.invalid }))));
    }
    m.append(mb);
    out.push(wrap(m));
  }
  return out;
}

/**
 * The what-if: household money with sosialhjelp against extra work income, as an SVG plot drawn
 * from the core's points (positions only; every amount shown is the core's), and the same in words
 * for screen readers. Right to left pages mirror the work-income axis.
 */
export function whatIfView(M, w, dir = 'ltr') {
  const D = M.desk;
  const lang = M.lang;
  const kr = (v) => `${formatKr(v, lang)} ${M.ui.kr}`;
  const out = [];
  const sentences = [t(D.whatIfAtZero, { amount: kr(w.atZero.amount), total: kr(w.atZero.total) })];
  if (w.supportEndsAt) sentences.push(t(D.whatIfEnds, { work: kr(w.supportEndsAt) }));
  else sentences.push(D.whatIfNoSupport);
  if (Number(w.atAsked.work) > 0) sentences.push(t(D.whatIfAtAsked, { work: kr(w.atAsked.work), amount: kr(w.atAsked.amount), total: kr(w.atAsked.total) }));
  const id = 'whatif-summary';
  out.push(el('p', { id, class: 'whatif-summary', text: sentences.join(' ') }));
  if (w.points.length) out.push(plot(M, w, dir, id));
  out.push(el('p', { class: 'hint', text: D.whatIfRule }));
  if (w.twoReadings) out.push(el('p', { class: 'hint', text: D.whatIfTwoReadings }));
  // The points as a table, for checking and for those who do not see the plot.
  const table = el('table', { class: 'calc' }, el('caption', { text: D.whatIfTable }));
  table.append(el('thead', {}, el('tr', {}, ...[D.colWork, D.colSupport, D.colTotal].map((h) => el('th', { scope: 'col', text: h })))));
  table.append(el('tbody', {}, ...w.points.map((p) => el('tr', {}, ...[p.work, p.amount, p.total].map((v) => el('td', { class: 'num', text: formatKr(v, lang) }))))));
  out.push(el('details', { class: 'fold' }, el('summary', { text: D.whatIfTable }), wrap(table)));
  return out;
}

const SVG = 'http://www.w3.org/2000/svg';
function svg(tag, attrs = {}, text) {
  const e = document.createElementNS(SVG, tag);
  for (const [k, v] of Object.entries(attrs)) e.setAttribute(k, v);
  if (text !== undefined) e.textContent = text;
  return e;
}

/** The plot itself: pixel positions from the core's points; axis labels are the core's amounts. */
function plot(M, w, dir, labelledBy) {
  const D = M.desk;
  const [W, H, left, right, top, bottom] = [640, 320, 64, 16, 16, 48];
  const xs = w.points.map((p) => Number(p.work));
  const ys = w.points.flatMap((p) => [Number(p.total), Number(p.amount)]);
  const xMax = Math.max(...xs) || 1;
  const yMax = Math.max(...ys) || 1;
  const rtl = dir === 'rtl';
  const px = (x) => { const v = left + (x / xMax) * (W - left - right); return rtl ? W - v : v; };
  const py = (y) => top + (1 - y / yMax) * (H - top - bottom);
  // Positions are computed for both directions; the labels (numbers) are laid out left to right.
  const root = svg('svg', { viewBox: `0 0 ${W} ${H}`, role: 'img', 'aria-labelledby': labelledBy, class: 'whatif-plot', focusable: 'false', direction: 'ltr' });
  const axisX = rtl ? W - left : left;
  root.append(svg('line', { x1: px(0), y1: py(0), x2: px(xMax), y2: py(0), class: 'axis' }), svg('line', { x1: axisX, y1: py(0), x2: axisX, y2: top, class: 'axis' }));
  // Ticks at the first, the support's end and the last point: amounts the core computed.
  const ticks = [w.points[0], w.points[w.points.length - 1]];
  const end = w.supportEndsAt ? w.points.find((p) => Number(p.work) === Number(w.supportEndsAt)) : null;
  if (end) ticks.push(end);
  // The last tick ends at the plot's far edge instead of overflowing it.
  const anchor = (p) => (p === ticks[1] ? (rtl ? 'start' : 'end') : 'middle');
  for (const p of ticks) root.append(svg('text', { x: px(Number(p.work)), y: H - bottom + 18, 'text-anchor': anchor(p), class: 'tick' }, formatKr(p.work, M.lang)));
  const top0 = w.points.reduce((a, p) => (Number(p.total) > Number(a.total) ? p : a), w.points[0]);
  root.append(svg('text', { x: rtl ? W - 4 : 4, y: py(Number(top0.total)) + 4, 'text-anchor': rtl ? 'end' : 'start', class: 'tick' }, formatKr(top0.total, M.lang)));
  root.append(svg('text', { x: px(xMax / 2), y: H - 6, 'text-anchor': 'middle', class: 'axis-label' }, D.colWork));
  const line = (key, cls) => svg('polyline', { points: w.points.map((p) => `${px(Number(p.work)).toFixed(1)},${py(Number(p[key])).toFixed(1)}`).join(' '), class: cls });
  root.append(line('total', 'total'), line('amount', 'support'));
  if (end) root.append(svg('line', { x1: px(Number(end.work)), y1: py(0), x2: px(Number(end.work)), y2: top, class: 'ends' }));
  if (Number(w.atAsked.work) > 0) root.append(svg('circle', { cx: px(Number(w.atAsked.work)), cy: py(Number(w.atAsked.total)), r: 5, class: 'asked' }));
  const legend = el('ul', { class: 'whatif-legend' },
    el('li', { class: 'total', text: D.legendTotal }), el('li', { class: 'support', text: D.legendSupport }), end ? el('li', { class: 'ends', text: D.legendEnds }) : null);
  return el('figure', { class: 'whatif-figure' }, root, legend);
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
  for (const note of headlineNotes(M, est)) h.append(' ', el('strong', { text: note }));
  col.append(h);
  if (est.rateTable) col.append(el('p', { text: rateTableText(M, est.rateTable) }));
  const alt = alternatives(M, est);
  if (alt) col.append(alt);
  if (est.rateTable) col.append(calcTable(M, est, { sources: false, short: true }));
  // What the person answered in «Gjelder noe av dette deg?», in words, so the summary holds every answer.
  const said = answered(M.situation, household.situation);
  if (said.length) col.append(el('h3', { text: P.situation }), el('ul', {}, ...said.map((s) => el('li', { text: s }))));
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

// ---------- the desk's controller (caseworker mode): months, scenarios, what-if ----------

/** The most scenarios kept (issue 13: six side by side, besides the form). */
export const MAX_SCENARIOS = 6;

/**
 * Draws the months row, the scenarios and the what-if for the form's valid household. `app` is the
 * page's context: { M, last, scenarios, estimate, full, val, markError, errorText, loadFull, rerender }.
 * Every figure comes from the core's estimate or whatIf; this function only asks and lays out.
 */
export function renderDesk(app) {
  const { M } = app;
  const $ = (id) => document.getElementById(id);
  if (!M.desk) return;
  mountDesk(app);
  const monthsBox = $('compare-body');
  monthsBox.replaceChildren();
  const months = app.val('month2') ? monthsFrom(app.val('month2'), Number(app.val('monthCount')) || 1) : [];
  const all = app.last ? [app.last.est.month, ...months] : [];
  if (!app.last || !months.length) {
    monthsBox.append(el('p', { class: 'hint', text: M.desk.compareNone }));
  } else {
    const ests = [app.last.est];
    for (const month of months) {
      const r = app.estimate({ ...app.last.household, month });
      if (!r.ok) {
        app.markError($('err-month2'), app.errorText(r.errors[0]));
        break;
      }
      ests.push(r.estimate);
    }
    if (ests.length === months.length + 1) monthsBox.append(compareTable(M, ests));
  }
  renderScenarios(app, all);
  renderWhatIf(app);
}

function renderScenarios(app, months) {
  const { M } = app;
  const D = M.desk;
  const box = document.getElementById('scenarios-body');
  box.replaceChildren();
  if (!D) return;
  if (!app.scenarios.length) {
    box.append(el('p', { class: 'hint', text: D.scenariosNone }));
    return;
  }
  // A saved scenario does not change while the form is typed in: its results are kept with it until
  // the months asked for change (`s.cache`); the form's column is computed on every keystroke.
  const key = `${months.join()}|${Boolean(app.full)}`;
  const ask = (s) => {
    if (s.cache?.key === key) return s.cache;
    const reply = app.estimate(s.household);
    // The amounts of the months row, for the matrix (the form's month first): one call to the core.
    const ms = reply.ok && months.length > 1 && app.full ? app.full.amounts(s.household, months) : [];
    return { key, reply, months: Array.isArray(ms) ? ms : [] };
  };
  for (const s of app.scenarios) s.cache = ask(s);
  const current = app.last ? { name: D.current, household: app.last.household } : null;
  const rows = [current, ...app.scenarios].filter(Boolean).map((s) => ({ name: s.name, household: s.household, ...(s.cache ?? ask(s)) }));
  // The first column is the form; with an invalid form the first saved scenario is compared against.
  if (!current) rows.unshift({ name: D.current, household: {}, reply: { ok: false }, months: [] });
  box.append(...scenariosTable(M, rows),
    el('div', { class: 'buttons' }, el('button', { type: 'button', id: 'exportScenarios', class: 'secondary', text: D.exportScenarios })));
}

function renderWhatIf(app) {
  const { M } = app;
  const box = document.getElementById('whatif-body');
  if (!M.desk || !app.last) {
    box.replaceChildren();
    return;
  }
  if (!app.full) {
    box.replaceChildren(el('p', { class: 'hint', text: M.ui.loading ?? '' }));
    app.loadFull().then(app.rerender, () => box.replaceChildren(el('p', { class: 'error', role: 'alert', text: M.ui.loadFailed })));
    return;
  }
  const reply = app.full.whatIf(app.last.household, app.val('whatIfWork'));
  if (!reply.ok) {
    box.replaceChildren();
    // The household is valid here (the estimate was): an error can only be the extra amount's.
    for (const e of reply.errors) app.markError(document.getElementById('err-whatIfWork'), app.errorText(e));
    return;
  }
  box.replaceChildren(...whatIfView(M, reply.whatIf, M.dir ?? 'ltr'));
}

/** Saves the form's valid household as a named scenario; the error beside the name otherwise. */
export function saveScenario(app) {
  const D = app.M.desk;
  const err = document.getElementById('err-scenarioName');
  if (!app.last) return app.markError(err, D.formInvalid);
  if (app.scenarios.length >= MAX_SCENARIOS) return app.markError(err, t(D.tooMany, { n: MAX_SCENARIOS }));
  const name = app.val('scenarioName') || t(D.defaultName, { n: app.scenarios.length + 1 });
  app.scenarios.push({ name, household: structuredClone(app.last.household) });
  document.getElementById('scenarioName').value = '';
  return true;
}

/** The scenarios as one JSON file: the product's version, the date, and each name with its household. */
export function scenariosFile(app, version) {
  return { format: 'sosialhjelp-scenarios', version, saved: new Date().toISOString().slice(0, 10), scenarios: app.scenarios.map(({ name, household }) => ({ name, household })) };
}

/**
 * Reads a scenarios file (or one household, as «Last ned scenariet som JSON» writes it): each
 * household is checked by the core; any error refuses the whole file (nothing half-applied), with
 * every error named by scenario and field. Returns { ok, scenarios } or { ok: false, messages }.
 */
export function readScenariosFile(app, text) {
  const D = app.M.desk;
  let data;
  try {
    data = JSON.parse(text);
  } catch {
    return { ok: false, messages: [D.importNotJson] };
  }
  const list = Array.isArray(data?.scenarios) ? data.scenarios
    : data && typeof data === 'object' && !Array.isArray(data) && !('scenarios' in data) ? [{ name: t(D.defaultName, { n: 1 }), household: data }] : null;
  if (!list) return { ok: false, messages: [D.importShape] };
  if (list.length === 0) return { ok: false, messages: [D.importEmpty] };
  if (list.length > MAX_SCENARIOS) return { ok: false, messages: [t(D.tooMany, { n: MAX_SCENARIOS })] };
  const messages = [];
  const scenarios = [];
  list.forEach((s, i) => {
    const where = `scenarios[${i}]`;
    if (!s || typeof s !== 'object' || Array.isArray(s)) return messages.push(`${where}: ${D.importShape}`);
    if (typeof s.name !== 'string' || !s.name.trim() || s.name.length > 40) messages.push(`${where}.name: ${D.importName}`);
    if (!s.household || typeof s.household !== 'object' || Array.isArray(s.household)) return messages.push(`${where}.household: ${D.importShape}`);
    const r = app.estimate(s.household);
    if (!r.ok) for (const e of r.errors) messages.push(`${where}.household${e.field ? `.${e.field}` : ''}: ${app.errorText(e)}`);
    scenarios.push({ name: String(s.name ?? '').trim(), household: s.household });
  });
  return messages.length ? { ok: false, messages } : { ok: true, scenarios };
}

// ---------- the case-file printout (caseworker) ----------

/** Every input the core received, as field path and value (the household as sent, flattened). */
function inputRows(value, path = '', out = []) {
  if (value && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) inputRows(v, Array.isArray(value) ? `${path}[${k}]` : path ? `${path}.${k}` : k, out);
  } else {
    out.push([path, String(value)]);
  }
  return out;
}

/** The ids of every source the estimate cites, in order of first use. */
function citedSources(est) {
  const ids = [est.rateTable?.source, ...est.lines.map((l) => l.source), ...est.notices.map((n) => n.source)];
  return [...new Set(ids.filter(Boolean))];
}

/**
 * The case-file printout (A4, for the caseworker's file; not the citizen's summary): the product's
 * version and the date, the table used with its date and rundskriv, every input, the whole
 * calculation with its sources, the notices, the guidance, the months and scenarios shown, the
 * what-if, and every cited source with its URL written out. `shown` holds the desk's tables as drawn.
 */
export function caseFile(M, { est, household, guidance, renderGuidance, version, citations, shown }) {
  const C = M.caseFile;
  const frag = el('div', { class: 'case-file', lang: M.lang, dir: M.dir ?? 'ltr' });
  frag.append(el('h2', { text: C.title }));
  frag.append(el('p', { text: t(C.meta, { version, date: new Date().toISOString().slice(0, 10), month: formatMonth(est.month, M.lang) }) }));
  frag.append(el('p', { class: 'headline', text: amountSentence(M, est) }));
  const vintage = vintageSentence(M, est);
  if (vintage) frag.append(el('p', {}, el('strong', { text: vintage })));
  for (const note of headlineNotes(M, est)) frag.append(el('p', {}, el('strong', { text: note })));
  const alt = alternatives(M, est);
  if (alt) frag.append(alt);
  frag.append(el('h3', { text: C.inputs }));
  const inputs = el('table', { class: 'calc inputs' }, el('caption', { text: C.inputsCaption }));
  inputs.append(el('thead', {}, el('tr', {}, el('th', { scope: 'col', text: C.colField }), el('th', { scope: 'col', text: C.colValue }))));
  inputs.append(el('tbody', {}, ...inputRows(household).map(([k, v]) => el('tr', {}, el('th', { scope: 'row', text: k }), el('td', { text: v })))));
  frag.append(inputs);
  frag.append(el('h3', { text: C.calculation }), resultBody(M, est, { caseworker: true, guidance, renderGuidance }));
  for (const [title, node] of [[C.months, shown.months], [C.scenarios, shown.scenarios], [C.whatIf, shown.whatIf]]) {
    if (!node) continue;
    const copy = node.cloneNode(true);
    for (const b of copy.querySelectorAll('button, details > summary')) if (b.tagName === 'BUTTON') b.remove();
    for (const d of copy.querySelectorAll('details')) d.setAttribute('open', '');
    copy.querySelector('svg')?.removeAttribute('aria-labelledby');
    for (const e of copy.querySelectorAll('[id]')) e.removeAttribute('id');
    frag.append(el('h3', { text: title }), copy);
  }
  frag.append(el('h3', { text: C.sources }));
  frag.append(el('ol', { class: 'case-sources' }, ...citedSources(est).map((id) => {
    const s = citations?.[id];
    return el('li', { text: s ? `${s.reference}. ${s.url}` : id });
  })));
  frag.append(el('p', { text: M.notice?.veiledende ?? '' }), el('p', { class: 'print-foot', text: C.notDecision }));
  // On paper nothing is folded: the guidance and the tables print open.
  for (const d of frag.querySelectorAll('details')) d.open = true;
  return frag;
}

// ---------- the page's glue for the desk (called from www/app.js with its context) ----------

/** The desk's buttons: open a month or a scenario in the form, remove one, save, export. */
export function deskClick(app, ev) {
  const b = ev.target.closest('button');
  if (!b) return;
  const d = b.dataset;
  const { $, state } = app;
  if (d.openMonth) {
    app.setVal('month', d.openMonth);
    app.recalc();
    $('result').focus();
  } else if (d.openScenario) {
    const s = state.scenarios[Number(d.openScenario)];
    if (s) { app.fill(s.household); app.recalc(); $('result').focus(); }
  } else if (d.removeScenario) {
    state.scenarios.splice(Number(d.removeScenario), 1);
    app.rerender();
    $('scenarioName').focus();
  } else if (b.id === 'saveScenario') {
    app.clearErrors($('scenarios'));
    if (saveScenario(app) === true) app.rerender();
  } else if (b.id === 'exportScenarios') {
    download(scenariosFile(app, app.version), 'sosialhjelp-scenarioer.json');
  }
}

/** Reads the chosen scenarios file; all or nothing (readScenariosFile). */
export async function importScenarios(app) {
  const { $, state } = app;
  const input = $('scenarioFile');
  const file = input.files?.[0];
  app.clearErrors($('scenarios'));
  if (!file) return;
  const r = readScenariosFile(app, await file.text());
  input.value = '';
  if (!r.ok) return app.markError($('err-scenarioFile'), r.messages.join(' · '));
  state.scenarios.splice(0, state.scenarios.length, ...r.scenarios);
  app.rerender();
  $('status').textContent = t(app.M.desk.imported, { n: r.scenarios.length });
}

/**
 * A shared link made under another version of the calculator, or before the newest rates, says so
 * (its words are in the later part of the catalogue; shown once it has loaded, again on a language change).
 */
export function linkNotice(app) {
  const made = app.state.linkMade;
  const L = app.M.link;
  if (!made || !L) return;
  let p = app.$('linkNotice');
  if (!p) app.$('loadError').before(p = el('p', { id: 'linkNotice', class: 'link-notice', role: 'status', hidden: true }));
  const lines = [];
  if (made.v !== app.version) lines.push(made.v ? t(L.otherVersion, { then: made.v, now: app.version }) : t(L.olderVersion, { now: app.version }));
  if (made.r && made.r !== app.newestStateMonth) lines.push(t(L.newerRates, { then: formatMonth(made.r, app.M.lang), now: formatMonth(app.newestStateMonth, app.M.lang) }));
  p.textContent = lines.join(' ');
  p.hidden = !lines.length;
}

/**
 * Builds the case-file printout into #case-file (its sources written out, so they are loaded first)
 * and marks the page to print it instead of the citizen's summary until `afterprint`.
 */
export async function buildCaseFile(app) {
  const { $, state } = app;
  await app.needSources(true);
  if (!state.last || !app.M.caseFile) return false;
  const shown = {
    months: $('compare-body').querySelector('.table-wrap'),
    scenarios: $('scenarios-body').querySelector('.table-wrap') ? $('scenarios-body') : null,
    whatIf: $('whatif-body').querySelector('svg') ? $('whatif-body') : null,
  };
  const { citations } = await import('./util.js');
  $('case-file').replaceChildren(caseFile(app.M, { ...state.last, renderGuidance: state.renderGuidance, version: app.version, citations: citations.table, shown }));
  document.body.classList.add('print-case-file');
  return true;
}

/** The rate model's controls in the rates box (caseworker): which table, its months, add, remove. */
function mountRates(app) {
  const { $ } = app;
  const D = app.M.desk;
  if ($('crTable') || !D) return;
  const txt = (tag, key, attrs = {}) => el(tag, { 'data-i18n': `desk.${key}`, text: D[key], ...attrs });
  const month = (id, key) => el('div', { class: 'field' }, txt('label', key, { for: id }),
    el('input', { id, type: 'month', 'aria-describedby': `err-${id}` }), el('p', { class: 'field-error', id: `err-${id}`, hidden: true }));
  $('crRates').before(el('div', { class: 'grid mode-caseworker' },
    el('div', { class: 'field' }, txt('label', 'crTable', { for: 'crTable' }), el('select', { id: 'crTable', 'aria-describedby': 'hint-crTable' }), txt('p', 'crTableHint', { class: 'hint', id: 'hint-crTable' })),
    month('crFrom', 'crFrom'), month('crTo', 'crTo')));
  const add = txt('button', 'crAdd', { type: 'button', id: 'crAdd', class: 'secondary' });
  const remove = txt('button', 'crRemove', { type: 'button', id: 'crRemove', class: 'secondary', hidden: true });
  $('crClear').before(el('div', { class: 'buttons mode-caseworker' }, add, remove));
  add.addEventListener('click', () => addRatesTable(app.context()));
  remove.addEventListener('click', () => removeRatesTable(app.context()));
}

/** Puts the model's table `crIndex` into the fields and all its tables into the chooser. */
export function showRatesTable(app) {
  const { $, state } = app;
  mountRates(app);
  // The notice on a shared link goes with the model: shown, in the page's language, or gone after start over.
  if (state.linkMade) linkNotice(app); else if ($('linkNotice')) $('linkNotice').hidden = true;
  const tables = Array.isArray(state.rates?.tables) ? state.rates.tables : [];
  const table = tables[state.crIndex] ?? {};
  app.setVal('crLabel', state.rates?.label);
  for (const k of app.rateKeys) { app.setVal(`cr-${k}`, table[k]); app.echo($(`cr-${k}`)); }
  app.setVal('crFrom', table.effectiveFrom);
  app.setVal('crTo', table.effectiveTo);
  const D = app.M.desk;
  if (!$('crTable') || !D) return;
  // A table with its own child age bands (from JSON): the three fixed child fields do not apply to it.
  const own = Array.isArray(table.children) ? table.children : null;
  for (const k of ['child0to5', 'child6to10', 'child11to17']) if ($(`cr-${k}`)) $(`cr-${k}`).readOnly = Boolean(own);
  let note = $('crBandsNote');
  if (!note) $('crRates').after(note = el('p', { class: 'hint', id: 'crBandsNote' }));
  note.textContent = own ? t(D.crBands, { bands: own.map((b) => `${t(app.M.ui.rates.child, { from: b.fromAge, to: b.toAge })}: ${formatKr(b.amount, app.M.lang)} ${app.M.ui.kr}`).join('; ') }) : '';
  note.hidden = !own;
  $('crTable').replaceChildren(...(tables.length ? tables : [{}]).map((tb, i) => el('option', { value: String(i),
    text: t(D.crTableOption, { n: i + 1, from: tb.effectiveFrom ? formatMonth(tb.effectiveFrom, app.M.lang) : '–' }) })));
  $('crTable').value = String(state.crIndex);
  $('crRemove').hidden = !tables.length;
}

/** An edit in the rates box: into the model's shown table (made from the fields if there is none). */
export function editRates(app, target) {
  const { state, val } = app;
  if (target.id === 'crTable') {
    state.crIndex = Number(target.value);
    return showRatesTable(app);
  }
  if (!state.rates) {
    state.rates = { label: val('crLabel') || app.M.ui.customRatesDefaultLabel, tables: [{ effectiveFrom: val('crFrom') || val('month') }] };
    state.crIndex = 0;
    for (const k of app.rateKeys) if (val(`cr-${k}`)) state.rates.tables[0][k] = val(`cr-${k}`);
    app.setVal('crFrom', state.rates.tables[0].effectiveFrom);
  }
  const table = state.rates.tables[state.crIndex];
  const k = target.id === 'crFrom' ? 'effectiveFrom' : target.id === 'crTo' ? 'effectiveTo' : target.id.slice(3);
  if (target.id === 'crLabel') state.rates.label = val('crLabel') || app.M.ui.customRatesDefaultLabel;
  else if (val(target.id) || k === 'effectiveFrom') table[k] = val(target.id);
  else delete table[k];
  if (target.id === 'crFrom') showRatesTable(app);
}

/** Rates pasted as JSON: any object becomes the model; the core checks it at once and names each wrong field. */
export function importRates(app) {
  const { $, state } = app;
  app.clearErrors($('customRatesBox'));
  let parsed = null;
  try { parsed = JSON.parse($('ratesJson').value); } catch { /* below */ }
  if (!parsed || typeof parsed !== 'object' || Array.isArray(parsed)) return app.markError($('err-ratesJson'), app.M.desk.ratesJsonError);
  state.rates = structuredClone(parsed);
  state.crIndex = 0;
  showRatesTable(app);
  app.recalc();
}

/** Adds an empty table after the last (its first month to be filled in; the core says so until then). */
function addRatesTable(app) {
  const { $, state } = app;
  if (!state.rates) state.rates = { label: app.val('crLabel') || app.M.ui.customRatesDefaultLabel, tables: [] };
  state.rates.tables.push({ effectiveFrom: '' });
  state.crIndex = state.rates.tables.length - 1;
  showRatesTable(app);
  app.recalc();
  $('crFrom').focus();
}

/** Removes the table shown; with none left, the state's tables again. */
function removeRatesTable(app) {
  const { $, state } = app;
  if (!state.rates) return;
  state.rates.tables.splice(state.crIndex, 1);
  if (!state.rates.tables.length) state.rates = null;
  state.crIndex = Math.max(0, state.crIndex - 1);
  showRatesTable(app);
  app.recalc();
  $('status').textContent = app.M.desk.crRemoved;
}

/**
 * Puts the desk's own sections (scenarios, what-if) after the months row, once: they are not in
 * index.html, so the first load does not carry them. Their words follow the page's language through
 * data-i18n like the rest of the page.
 */
export function mountDesk(app) {
  const { $ } = app;
  const D = app.M.desk;
  if ($('scenarios') || !D) return;
  const txt = (tag, key, attrs = {}) => el(tag, { 'data-i18n': `desk.${key}`, text: D[key], ...attrs });
  const error = (id) => el('p', { class: 'field-error', id: `err-${id}`, hidden: true });
  const field = (id, key, input, extra = []) => el('div', { class: 'field', id: `${id}-field` }, txt('label', key, { for: id }), input, ...extra, error(id));
  const scenarios = el('section', { id: 'scenarios', class: 'mode-caseworker', 'aria-labelledby': 'scenarios-title' },
    txt('h2', 'scenariosTitle', { id: 'scenarios-title' }),
    txt('p', 'scenariosHint', { class: 'hint' }),
    field('scenarioName', 'scenarioName', el('input', { id: 'scenarioName', maxlength: '40', autocomplete: 'off', 'aria-describedby': 'err-scenarioName' })),
    el('div', { class: 'buttons' }, txt('button', 'saveScenario', { type: 'button', id: 'saveScenario', class: 'secondary' })),
    el('div', { id: 'scenarios-body', 'aria-live': 'polite' }),
    el('details', { id: 'scenarioImportBox', class: 'fold' }, txt('summary', 'importTitle'),
      field('scenarioFile', 'importFile', el('input', { id: 'scenarioFile', type: 'file', accept: 'application/json,.json', 'aria-describedby': 'err-scenarioFile' }))));
  const whatIf = el('section', { id: 'whatif', class: 'mode-caseworker', 'aria-labelledby': 'whatif-title' },
    txt('h2', 'whatIfTitle', { id: 'whatif-title' }),
    field('whatIfWork', 'whatIfWork', el('input', { id: 'whatIfWork', inputmode: 'decimal', 'data-amount': '', autocomplete: 'off', 'aria-describedby': 'echo-whatIfWork err-whatIfWork' }),
      [el('p', { class: 'echo', id: 'echo-whatIfWork' })]),
    el('div', { id: 'whatif-body' }));
  $('compare').after(scenarios, whatIf);
  // The months row's choices, the case-file button and its print section (not in index.html).
  $('monthCount').replaceChildren(...Array.from({ length: 11 }, (_, i) => el('option', { text: String(i + 1) })));
  const print = el('button', { type: 'button', id: 'printCaseFile', class: 'secondary mode-caseworker', 'data-i18n': 'caseFile.printButton', text: app.M.caseFile?.printButton ?? '' });
  $('print').after(print);
  print.addEventListener('click', async () => { if (await buildCaseFile(app.context())) { await styled; window.print(); } });
  window.addEventListener('afterprint', () => document.body.classList.remove('print-case-file'));
  $('month2').addEventListener('input', app.rerender);
  $('monthCount').addEventListener('change', app.rerender);
  $('compare').addEventListener('click', (ev) => deskClick(app.context(), ev));
  document.querySelector('main').append(el('section', { id: 'case-file', class: 'print-only', 'aria-hidden': 'true' }));
  scenarios.addEventListener('click', (ev) => deskClick(app.context(), ev));
  $('scenarioFile').addEventListener('change', () => importScenarios(app.context()));
  $('whatIfWork').addEventListener('input', (ev) => { app.echo(ev.target); app.rerender(); });
}

/** Saves `data` as a JSON file the user downloads (nothing leaves the browser). */
export function download(data, name) {
  const blob = new Blob([`${JSON.stringify(data, null, 2)}\n`], { type: 'application/json' });
  const a = el('a', { href: URL.createObjectURL(blob), download: name });
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(a.href), 1000);
}

/** The rates as JSON in the box: the model, or the form's, or the table the estimate used. */
export function exportRates(app, household) {
  const { $, state } = app;
  const est = state.last?.est;
  const rates = state.rates ?? household.customRates ?? (est?.rateTable && {
    label: app.M.ui.customRatesDefaultLabel,
    tables: [{ effectiveFrom: est.month, ...est.rateTable.rates }],
  });
  $('ratesJson').value = rates ? JSON.stringify(rates, null, 2) : '';
}

/** An error in a rate table the fields do not show names the table («Tabell 2: …»). */
export function tableError(state, e, text) {
  const table = /^customRates\.tables\[(\d+)\]/.exec(e.field ?? '');
  return table && Number(table[1]) !== state.crIndex && state.M.desk ? `${t(state.M.desk.crTableN, { n: Number(table[1]) + 1 })}: ${text}` : text;
}
