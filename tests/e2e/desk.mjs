// The caseworker's desk (issue 13), in real headless Chromium: on a wide screen the form and the live
// result stand side by side and the result stays in view while the form scrolls; a narrow screen
// keeps one column; axe finds nothing in the wide layout.
//
//   BASE_URL=http://127.0.0.1:8765/ node --test --test-reporter=spec tests/e2e/desk.mjs
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { launch, load } from './lib.mjs';

const AXE = readFileSync(new URL('../../node_modules/axe-core/axe.min.js', import.meta.url), 'utf8');

for (const width of [1280, 1920]) {
  test(`${width} px: form and result side by side, the result in view while the form scrolls`, async () => {
    const ctx = await launch({ viewport: { width, height: 900 }, bypassCSP: true });
    try {
      const page = await load(ctx.pages()[0] ?? await ctx.newPage(), '#mode=caseworker');
      await page.fill('#adult0', '35');
      await page.fill('#housing', '9000');
      const form = await page.locator('#form').boundingBox();
      const result = await page.locator('#result').boundingBox();
      assert(result.x >= form.x + form.width, `result (x ${result.x}) right of the form (ends at ${form.x + form.width})`);
      // Scroll the form to its income fields: the result's headline stays on screen.
      await page.locator('#income-workNet').scrollIntoViewIfNeeded();
      await page.fill('#income-workNet', '5000');
      const headline = await page.locator('#headline').boundingBox();
      assert(headline && headline.y >= 0 && headline.y + headline.height <= 900, `headline in view after scrolling (y ${headline?.y})`);
      assert.match((await page.textContent('#headline')).replace(/[\u00a0\u202f]/g, ' '), /\d/);
      await page.addScriptTag({ content: AXE });
      const r = await page.evaluate(() => window.axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'] } }));
      assert.deepEqual(r.violations.map((v) => v.id), [], 'axe violations in the wide layout');
    } finally {
      await ctx.close();
    }
  });
}

test('390 px: one column, the result below the form', async () => {
  const ctx = await launch({ viewport: { width: 390, height: 844 } });
  try {
    const page = await load(ctx.pages()[0] ?? await ctx.newPage(), '#mode=caseworker');
    const form = await page.locator('#form').boundingBox();
    const result = await page.locator('#result').boundingBox();
    assert(result.y >= form.y + form.height, 'result below the form');
  } finally {
    await ctx.close();
  }
});
