// Small pure helpers shared by the page modules: one template function, plurals, and number, month
// and list formatting in the page's language (Intl). No arithmetic on money: amounts stay the exact
// decimal strings the core returns and are only formatted here.

/**
 * The locales to format for: nynorsk falls back to bokmål, not to English, where the browser has no
 * nynorsk data (Chromium has none for months and lists).
 */
export function locales(lang) {
  if (lang === 'nn') return ['nn', 'nb'];
  // Easy-read bokmål formats as bokmål; Arabic and Dari keep the digits of NAV's letters (0–9).
  if (lang === 'nb-x-lettlest') return ['nb'];
  if (lang === 'ar' || lang === 'prs') return [`${lang}-u-nu-latn`, 'ar-u-nu-latn'];
  return [lang, 'en'];
}

/**
 * Fills {placeholders} of a catalogue text. A plural entry ({zero?, one, other}) is chosen by
 * `params.n` with Intl.PluralRules in the page's language.
 */
export function t(text, params = {}, lang = document.documentElement.lang || 'nb') {
  let s = text;
  if (s && typeof s === 'object' && !Array.isArray(s)) {
    const n = Number(params.n ?? 0);
    s = (n === 0 && s.zero) || s[cached('plural', lang, () => new Intl.PluralRules(locales(lang))).select(n)] || s.other;
  }
  // In a right-to-left page each value is isolated (U+2068 … U+2069), so an amount, a month or a
  // Latin-script term keeps its own direction inside the sentence.
  const rtl = document.documentElement.dir === 'rtl';
  return String(s ?? '').replace(/\{(\w+)\}/g, (_, k) => (params[k] === undefined ? `{${k}}` : rtl ? `\u2068${params[k]}\u2069` : params[k]));
}

/** One Intl formatter per kind and language: making one costs far more than using it. */
const formatters = new Map();
function cached(kind, lang, make) {
  const key = `${kind} ${lang}`;
  if (!formatters.has(key)) formatters.set(key, make());
  return formatters.get(key);
}

/** Looks up a dotted key ("ui.modes.citizen") in a catalogue. */
export function lookup(catalogue, key) {
  return key.split('.').reduce((o, k) => (o == null ? undefined : o[k]), catalogue);
}

/** The decimal mark of a language, read once from Intl. */
const separators = new Map();
function seps(lang) {
  if (!separators.has(lang)) {
    const parts = new Intl.NumberFormat(locales(lang)).formatToParts(1.5);
    separators.set(lang, { decimal: parts.find((p) => p.type === 'decimal')?.value ?? ',' });
  }
  return separators.get(lang);
}

/**
 * Formats an exact decimal string ("12500.5") as kroner without converting it to a float: thousands
 * grouped with a no-break space in every language (SI style: "12 500" cannot be misread, where
 * English "12,500" is a Norwegian twelve and a half), the decimal mark of the page's language
 * ("12 500,50", "12 500.50"). Øre are shown with two digits when there are any.
 */
export function formatKr(value, lang = document.documentElement.lang || 'nb') {
  const str = String(value);
  const neg = str.startsWith('-');
  const [int, frac = ''] = str.replace('-', '').split('.');
  const { decimal } = seps(lang);
  const grouped = int.replace(/\B(?=(\d{3})+(?!\d))/g, '\u00a0');
  const f = frac.replace(/0+$/, '');
  return `${neg ? '−' : ''}${grouped}${f ? decimal + f.padEnd(2, '0') : ''}`;
}

/** "2024-05" as "mai 2024" / "May 2024" in the page's language. */
export function formatMonth(ym, lang = document.documentElement.lang || 'nb') {
  const m = /^(\d{4})-(\d{2})$/.exec(String(ym));
  if (!m) return String(ym);
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, 1));
  return cached('month', lang, () => new Intl.DateTimeFormat(locales(lang), { month: 'long', year: 'numeric', timeZone: 'UTC' })).format(d);
}

/** ["a", "b"] as "a eller b" / "a or b". */
export function formatOr(items, lang = document.documentElement.lang || 'nb') {
  return cached('or', lang, () => new Intl.ListFormat(locales(lang), { type: 'disjunction' })).format(items);
}

/** The id of the error element for a field path: "adults[0].age" → "err-adults-0-age". */
export function errorId(path, prefix = 'err-') {
  return prefix + path.replace(/[[\].]+/g, '-').replace(/-+$/, '');
}

/** Creates an element; `text` sets textContent (never innerHTML), other attributes are set as given. */
export function el(tag, attrs = {}, ...children) {
  const e = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) {
    if (v === undefined || v === null || v === false) continue;
    if (k === 'text') e.textContent = v; else e.setAttribute(k, v === true ? '' : v);
  }
  for (const c of children) if (c !== null && c !== undefined && c !== false) e.append(c);
  return e;
}

/**
 * The legal sources by id ({reference, url}), as the build writes them to sources.json from the
 * core's registry (`sosialhjelp --sources`). Loaded when sources are shown; until then null.
 */
export const citations = { table: null };

/** The source `id` as a link with its reference, or null when the table is not loaded. */
export function citation(id) {
  const s = citations.table?.[id];
  return s ? link(s.url, s.reference) : null;
}

/** A link that opens in a new tab and sends no referrer; only http(s) URLs become links. */
export function link(href, text) {
  return /^https?:\/\//i.test(String(href ?? '')) ? el('a', { href, rel: 'noreferrer', target: '_blank', text }) : document.createTextNode(text);
}

/** UTF-8 JSON ⇄ base64url, for scenarios kept in the URL fragment. */
export function encodeState(obj) {
  const bytes = new TextEncoder().encode(JSON.stringify(obj));
  let bin = '';
  for (const b of bytes) bin += String.fromCharCode(b);
  return btoa(bin).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

export function decodeState(s) {
  const bin = atob(s.replace(/-/g, '+').replace(/_/g, '/'));
  const bytes = Uint8Array.from(bin, (c) => c.charCodeAt(0));
  return JSON.parse(new TextDecoder().decode(bytes));
}

