// Minifies the page's HTML, JS and CSS in dist/ in place (esbuild, pinned in package.json): whitespace and
// comments go, names and module structure stay (each file is transformed on its own, not bundled),
// so dist/ has the same files as www/ and the same imports.
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { transformSync } from 'esbuild';

const dist = new URL('../dist/', import.meta.url).pathname;
let before = 0;
let after = 0;
(function walk(dir) {
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) { walk(p); continue; }
    if (name.endsWith('.html')) {
      // Only the line breaks and indentation between tags: text and inline spacing stay.
      const src = readFileSync(p, 'utf8');
      const out = src.replace(/>\s*\n\s*</g, '><');
      writeFileSync(p, out);
      before += Buffer.byteLength(src);
      after += Buffer.byteLength(out);
      continue;
    }
    const loader = name.endsWith('.js') ? 'js' : name.endsWith('.css') ? 'css' : null;
    if (!loader) continue;
    const src = readFileSync(p, 'utf8');
    const out = transformSync(src, { loader, minify: true, format: loader === 'js' ? 'esm' : undefined, target: 'es2022', legalComments: 'none', charset: 'utf8' }).code;
    writeFileSync(p, out);
    before += Buffer.byteLength(src);
    after += Buffer.byteLength(out);
  }
})(dist);
console.log(`minify: HTML, JS and CSS ${before} → ${after} bytes`);
