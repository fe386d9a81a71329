// Tap targets are written in upper-case PX, which Taro leaves as CSS px (lower-case px becomes rpx/rem and shrinks
// on narrow screens). A formatter that lowercases units broke this once; the browser layout test measures the
// result, this test catches it without a build.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const scss = (rel: string) => readFileSync(join(__dirname, '..', '..', 'client', 'src', rel), 'utf8');

function block(text: string, selector: string): string {
  const at = text.indexOf(`\n${selector} {`);
  expect(at).toBeGreaterThanOrEqual(0);
  return text.slice(at, text.indexOf('\n}', at));
}

it.each([
  ['app.scss', '.tap', 'min-height: 44PX'],
  ['app.scss', '.btn', 'min-height: 48PX'],
  ['app.scss', '.chip', 'min-width: 44PX'],
  ['app.scss', '.why-toggle', 'min-width: 44PX'],
  ['components/MonthGrid.scss', '.cell', 'min-height: 44PX'],
  ['components/fields.scss', '.city-option', 'min-height: 48PX'],
  ['pages/index/index.scss', '.recent', 'min-height: 56PX'],
])('%s %s keeps %s', (file, selector, declaration) => {
  expect(block(scss(file), selector)).toContain(declaration);
});
