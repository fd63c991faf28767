// Builds the page's HTML, CSS and JS from www/ into dist/ (esbuild, pinned in package.json).
//
// - JS: www/app.js is the one entry; esbuild bundles it with what it imports statically (util.js,
//   render.js and the bokmål catalogue's first part) into dist/app.js, minified. What it imports with
//   import() becomes a chunk of its own (splitting, ES modules), loaded only then: the guidance
//   renderer and texts (after the first screen), and nynorsk and English (when chosen). The wasm-bindgen
//   glue stays two modules of their own (the JS API the README documents), minified in place:
//   pkg/sosialhjelp.js (the first screen's, preloaded) and pkg/sosialhjelp_full.js (the whole API,
//   loaded after the first screen).
// - CSS: style.css with the Aksel tokens it uses resolved to their values (scripts/aksel-tokens.mjs),
//   minified.
// - HTML: index.html without the line breaks and indentation between tags (text and inline spacing
//   stay), and without the link to the token file, which the resolved style sheet replaces.
// The result is only what the page serves; scripts/gen-sw.mjs then lists exactly these files.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { build, transform } from 'esbuild';
import { gzipSync } from 'node:zlib';
import { pathToFileURL } from 'node:url';
import { inlineAkselTokens } from './aksel-tokens.mjs';

const root = new URL('../', import.meta.url).pathname;
const www = `${root}www/`;
const dist = `${root}dist/`;
const GLUE = './pkg/sosialhjelp.js';
const GLUE_FULL = './pkg/sosialhjelp_full.js';
const common = { minify: true, target: 'es2022', legalComments: 'none', charset: 'utf8', logLevel: 'warning' };
const gz = (s) => gzipSync(s, { level: 9 }).length;

// The core's schema (`sosialhjelp --schema`, written by scripts/build.sh): imported by the page as
// `core:schema`, so the lists and limits the form needs come from the core, never a copy in JS.
const SCHEMA = process.env.CORE_SCHEMA ?? `${root}target/schema.json`;
const schemaPlugin = {
  name: 'core-schema',
  setup(b) {
    // `core:schema/later`: the same file as a module of its own, for a chunk loaded after the first
    // screen (situation.js), so that the bundler copies the lists it uses into that chunk instead of
    // moving the schema out of app.js into a shared chunk (one more file on the first load).
    b.onResolve({ filter: /^core:schema(\/later)?$/ }, (a) => ({ path: a.path.endsWith('/later') ? `${SCHEMA}#later` : SCHEMA, namespace: 'core-schema' }));
    b.onLoad({ filter: /.*/, namespace: 'core-schema' }, () => ({ contents: readFileSync(SCHEMA, 'utf8'), loader: 'json' }));
  },
};

// The message catalogues: one file per language (www/i18n/<lang>.js, imported here as a module, so no
// pattern matching over its text), served in parts so that the first load carries only what the
// first screen shows: `catalogue:<lang>` is everything but the sections of PARTS;
// `catalogue:<lang>/volunteer` the volunteer's quick check (loaded at once in that mode, else after
// the first screen); `catalogue:<lang>/later` the guidance, the print summary and the documents list (after the
// first screen), with the calculation's line texts (`line`, `incomeRule`: the citizen reaches the
// result at the last step; the caseworker's calculation is drawn again when they arrive). A catalogue
// without one of those sections is refused.
// `error`, `notice` and `alternative` are shown only with a result or after an answer: they come right
// after the first screen too (the page draws the result again when they arrive).
const PARTS = { volunteer: ['volunteer'], later: ['guidance', 'print', 'documents', 'desk', 'link', 'caseFile', 'decision', 'error', 'notice', 'alternative', 'line', 'incomeRule', 'extra', 'situation', 'headlineNotice'] };
// The languages: every www/i18n/<lang>.js (nb, nn, en, uk, ar, …; nb-x-lettlest is easy-read bokmål).
const LANGUAGES = readdirSync(`${www}i18n`).map((f) => /^([a-z]{2,3}(?:-x-[a-z]+)?)\.js$/.exec(f)?.[1]).filter(Boolean).sort();
if (!LANGUAGES.includes('nb')) throw new Error('bundle: www/i18n/nb.js (the reference catalogue) is missing');
const cataloguePlugin = {
  name: 'catalogue',
  setup(b) {
    // `catalogue:index`: the languages and a loader per part, written out one by one so that the
    // bundler makes one chunk per language and part.
    b.onResolve({ filter: /^catalogue:index$/ }, () => ({ path: 'index', namespace: 'catalogue-index' }));
    b.onLoad({ filter: /.*/, namespace: 'catalogue-index' }, () => {
      const loaders = (part) => `{ ${LANGUAGES.map((l) => `${JSON.stringify(l)}: () => import(${JSON.stringify(`catalogue:${l}${part ? `/${part}` : ''}`)})`).join(', ')} }`;
      return {
        contents: `export const LANGS = ${JSON.stringify(LANGUAGES)};\nexport const PARTS = { first: ${loaders('')}, volunteer: ${loaders('volunteer')}, later: ${loaders('later')} };`,
        loader: 'js',
        resolveDir: www,
      };
    });
    b.onResolve({ filter: /^catalogue:[a-z]{2,3}(-x-[a-z]+)?(\/(volunteer|later))?$/ }, (a) => ({ path: a.path.slice('catalogue:'.length).replace('/', '.'), namespace: 'catalogue' }));
    b.onLoad({ filter: /.*/, namespace: 'catalogue' }, async (a) => {
      const [lang, part] = a.path.split('.'); // chunk names: nn-<hash>, nb.later-<hash>
      const file = `${www}i18n/${lang}.js`;
      const { default: cat } = await import(`${pathToFileURL(file).href}?build=${Date.now()}`);
      const out = part ? {} : { ...cat };
      for (const [name, sections] of Object.entries(PARTS)) {
        for (const k of sections) {
          if (!cat?.[k] || typeof cat[k] !== 'object') throw new Error(`bundle: ${file} has no ${k} section`);
          if (part === name) out[k] = cat[k];
          if (!part) delete out[k];
        }
      }
      // As a JS module, so the minifier writes the keys unquoted.
      return { contents: `export default ${JSON.stringify(out)};`, loader: 'js', watchFiles: [file] };
    });
  },
};

// JS: one bundle for the first screen, a chunk per other language and per guidance section.
const js = await build({
  plugins: [schemaPlugin, cataloguePlugin],
  ...common,
  entryPoints: [`${www}app.js`],
  outbase: www,
  outdir: dist,
  bundle: true,
  splitting: true,
  format: 'esm',
  entryNames: '[dir]/[name]',
  chunkNames: 'chunks/[name]-[hash]',
  external: [GLUE, GLUE_FULL],
  metafile: true,
  absWorkingDir: root, // metafile paths relative to the repository
});
// The first screen: app.js and the chunks it imports statically (a module shared with a lazy chunk,
// such as util.js, goes to a chunk of its own that app.js imports).
const firstScreen = new Set();
(function collect(out) {
  if (firstScreen.has(out)) return;
  firstScreen.add(out);
  for (const imp of js.metafile.outputs[out]?.imports ?? []) if (imp.kind === 'import-statement' && !imp.external) collect(imp.path);
})('dist/app.js');
const inputs = [...firstScreen].flatMap((o) => Object.keys(js.metafile.outputs[o]?.inputs ?? {})).map((p) => p.replace(/^www\//, ''));
for (const need of ['app.js', 'util.js', 'render.js']) {
  if (!inputs.includes(need)) throw new Error(`bundle: the first screen's scripts do not contain ${need} (they have ${inputs.join(', ')})`);
}
const chunks = Object.keys(js.metafile.outputs).filter((p) => p !== 'dist/app.js').map((p) => p.replace(/^dist\//, ''));
for (const g of [GLUE, GLUE_FULL]) {
  const glue = `${dist}${g.slice(2)}`;
  writeFileSync(glue, (await transform(readFileSync(glue, 'utf8'), { ...common, format: 'esm' })).code);
}

// CSS: tokens resolved, minified. desk.css is the caseworker desk's, loaded by desk.js (not the first load).
const tokens = inlineAkselTokens(readFileSync(`${www}style.css`, 'utf8'));
const css = (await transform(tokens.css, { ...common, loader: 'css' })).code;
writeFileSync(`${dist}style.css`, css);
writeFileSync(`${dist}desk.css`, (await transform(inlineAkselTokens(readFileSync(`${www}desk.css`, 'utf8')).css, { ...common, loader: 'css' })).code);

// HTML.
const TOKEN_LINK = '<link rel="stylesheet" href="aksel-tokens.css">\n';
let html = readFileSync(`${www}index.html`, 'utf8');
if (!html.includes(TOKEN_LINK)) throw new Error(`bundle: index.html has no ${TOKEN_LINK.trim()} to drop`);
for (const ref of ['href="style.css"', `href="${GLUE.slice(2)}"`, 'src="app.js"']) {
  if (!html.includes(ref)) throw new Error(`bundle: index.html has no ${ref}`);
}
const options = [...html.matchAll(/<option value="([^"]+)"/g)].map((m) => m[1]).sort();
if (options.join() !== LANGUAGES.join()) throw new Error(`bundle: index.html offers ${options.join(', ')}; the catalogues are ${LANGUAGES.join(', ')}`);
html = html.replace(TOKEN_LINK, '').replace(/>\s*\n\s*</g, '><');
// A section hidden in the HTML (the volunteer's) is never seen before app.js has put the page's
// language into it (applyI18n), so its bokmål texts are left out: plain text of elements marked
// data-i18n, nothing else.
let emptied = 0;
html = html.replace(/<section\b[^>]*\shidden[^>]*>[\s\S]*?<\/section>/g, (sec) => sec.replace(/(<(\w+)\b[^>]*\sdata-i18n="[^"]+"[^>]*>)[^<]+(<\/\2>)/g, (_, open, _tag, close) => { emptied++; return open + close; }));
if (!emptied) throw new Error('bundle: found no text to leave out of a hidden section (index.html changed?)');
// The caseworker's desk (months, scenarios, what-if, the rate tables' chooser, the case file) is
// below the form or folded, and its words are in the catalogue's later part, which comes right after
// the first screen: its bokmål texts are left out too (applyI18n puts them in when they arrive).
let deskTexts = 0;
html = html.replace(/(<(\w+)\b[^>]*\sdata-i18n="(?:desk|caseFile)\.[^"]+"[^>]*>)[^<]+(<\/\2>)/g, (_, open, _tag, close) => { deskTexts++; return open + close; });
if (!deskTexts) throw new Error('bundle: found no desk text to leave out (index.html changed?)');
emptied += deskTexts;
writeFileSync(`${dist}index.html`, html);

// The accessibility statement: a static page of its own (no script), linked from the footer.
writeFileSync(`${dist}tilgjengelighet.html`, readFileSync(`${www}tilgjengelighet.html`, 'utf8').replace(/>\s*\n\s*</g, '><'));

const app = readFileSync(`${dist}app.js`);
console.log(`bundle: app.js ${app.length} bytes (gzip -9 ${gz(app)}) from ${inputs.length} modules; ` +
  `chunks ${chunks.join(', ')}; style.css ${css.length} bytes (${tokens.summary} resolved); index.html ${html.length} bytes (${emptied} texts of hidden sections left to app.js)`);
