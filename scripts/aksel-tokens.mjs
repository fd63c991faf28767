// Resolves the Aksel design tokens (NAV's design system, npm @navikt/ds-tokens, MIT) that a style sheet
// uses: every `var(--ax-…)` becomes the token's value in the light theme, following tokens that refer to
// other tokens. The page needs no token file at run time, makes no third-party request and stays within
// its size budget. The page's own custom properties (`--text`, `--accent`, …) are left as they are.
// Used by scripts/bundle.mjs; fails when the style sheet names a token the package does not define.
import { readFileSync } from 'node:fs';

const pkgPath = new URL('../node_modules/@navikt/ds-tokens/package.json', import.meta.url).pathname;

export function inlineAkselTokens(css) {
  const pkg = JSON.parse(readFileSync(pkgPath, 'utf8'));
  const tokens = readFileSync(pkgPath.replace(/package\.json$/, 'dist/tokens.css'), 'utf8');
  const values = new Map();
  for (const [, selector, body] of tokens.matchAll(/([^{}]+)\{([^{}]*)\}/g)) {
    if (!selector.split(',').map((s) => s.trim()).includes(':root')) continue; // light theme / defaults only
    for (const [, name, value] of body.matchAll(/(--ax-[\w-]+)\s*:\s*([^;]+);/g)) values.set(name, value.trim());
  }
  if (/--ax-[\w-]+\s*:/.test(css)) throw new Error('the style sheet sets an --ax- token itself; resolving them at build time would ignore that');
  const used = new Set();
  const resolve = (text, seen = []) => text.replace(/var\((--ax-[\w-]+)\)/g, (_, name) => {
    if (!values.has(name)) throw new Error(`the style sheet uses ${name}, which @navikt/ds-tokens ${pkg.version} does not define`);
    if (seen.includes(name)) throw new Error(`token cycle: ${[...seen, name].join(' → ')}`);
    used.add(name);
    return resolve(values.get(name), [...seen, name]);
  });
  const out = resolve(css);
  if (/var\(--ax-/.test(out)) throw new Error('an --ax- token was left unresolved (a var() with a fallback?)');
  return { css: out, summary: `${used.size} of ${values.size} tokens from @navikt/ds-tokens ${pkg.version}` };
}
