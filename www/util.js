// Small pure helpers shared by the page modules. No arithmetic on money: amounts stay strings.

/** Fills {placeholders} of a catalogue text. */
export function t(text, params = {}) {
  return String(text ?? '').replace(/\{(\w+)\}/g, (_, k) => (params[k] ?? `{${k}}`));
}

/** Looks up a dotted key ("ui.modes.citizen") in a catalogue. */
export function lookup(catalogue, key) {
  return key.split('.').reduce((o, k) => (o == null ? undefined : o[k]), catalogue);
}

/** Formats an exact decimal string as kroner ("12 500" or "12 500,50") without floats. */
export function formatKr(s, decimalMark = ',') {
  const str = String(s);
  const neg = str.startsWith('-');
  const [int, frac = ''] = str.replace('-', '').split('.');
  const grouped = int.replace(/\B(?=(\d{3})+(?!\d))/g, '\u00a0');
  const f = frac.replace(/0+$/, '');
  return `${neg ? '−' : ''}${grouped}${f ? decimalMark + f.padEnd(2, '0') : ''}`;
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

/** A catalogue with every key missing in `over` taken from `base` (bokmål), so a gap never breaks the page. */
export function withFallback(over, base) {
  if (Array.isArray(base) || typeof base !== 'object' || base === null) return over ?? base;
  const out = { ...base };
  for (const [k, v] of Object.entries(over ?? {})) out[k] = withFallback(v, base[k]);
  return out;
}
