// Draws client/src/assets/share-card.png, the image of every WeChat share card (components/share.tsx): the app's
// name and a month grid, no figures of anyone's situation (a card without imageUrl is a screenshot of the screen,
// which can show the base-derived prices and the pension card the shared snapshot leaves out). 500 × 400 (WeChat's
// 5:4), rendered by Debian chromium and stored as a 16-colour PNG so it costs ~4 KB of the main package.
// Run: npx tsx scripts/share-card.ts
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { crc32, deflateSync } from 'node:zlib';
import { launchChromium } from '../tests/browser/chromium';
const N = 16; // colours: 16 keep the text edges smooth at ~4 KB
const OUT = join(__dirname, '../client/src/assets/share-card.png');
const HTML = `<!doctype html><html><head><meta charset="utf-8"><style>
html,body{margin:0;width:500px;height:400px;background:#eef3fb;font-family:"WenQuanYi Zen Hei",sans-serif}
.box{position:absolute;left:40px;top:40px;width:420px;height:320px;background:#fff;border-radius:24px}
h1{position:absolute;left:40px;top:34px;margin:0;font-size:40px;color:#1f2d3d;letter-spacing:2px}
p{position:absolute;left:40px;top:96px;margin:0;font-size:24px;color:#5b6b7f}
.grid{position:absolute;left:40px;top:160px;display:grid;grid-template-columns:repeat(6,52px);gap:10px}
.c{height:52px;border-radius:10px;background:#2f6fed}
.g{background:#fff;border:3px dashed #9aa8b8;box-sizing:border-box}
</style></head><body><div class="box"><h1>社保断缴助手</h1><p>断缴了先查一查</p>
<div class="grid"><i class="c"></i><i class="c"></i><i class="c"></i><i class="c"></i><i class="c g"></i><i class="c g"></i><i class="c"></i><i class="c"></i><i class="c"></i><i class="c"></i><i class="c"></i><i class="c"></i></div></div></body></html>`;
(async () => {
  const b = await launchChromium();
  const p = await b.newPage({ viewport: { width: 500, height: 400 } });
  await p.setContent(HTML);
  const png = await p.screenshot();
  const data: number[] = await p.evaluate(async (b64) => {
    const img = new Image();
    img.src = 'data:image/png;base64,' + b64;
    await img.decode();
    const c = document.createElement('canvas');
    c.width = 500;
    c.height = 400;
    const x = c.getContext('2d')!;
    x.drawImage(img, 0, 0);
    return Array.from(x.getImageData(0, 0, 500, 400).data);
  }, png.toString('base64'));
  await b.close();
  const counts = new Map<number, number>();
  for (let i = 0; i < data.length; i += 4) {
    const k = (data[i] << 16) | (data[i + 1] << 8) | data[i + 2];
    counts.set(k, (counts.get(k) ?? 0) + 1);
  }
  // palette: the most frequent colours, then greys/blends spread by picking far-apart colours
  const sorted = [...counts.entries()].sort((a, b) => b[1] - a[1]).map(([k]) => k);
  const rgb = (k: number) => [k >> 16, (k >> 8) & 255, k & 255];
  const dist = (a: number[], b: number[]) => (a[0] - b[0]) ** 2 + (a[1] - b[1]) ** 2 + (a[2] - b[2]) ** 2;
  const pal: number[][] = [rgb(sorted[0])];
  while (pal.length < N) {
    let best = -1,
      bestScore = -1;
    for (const k of sorted.slice(0, 4000)) {
      const c = rgb(k);
      const d = Math.min(...pal.map((q) => dist(q, c)));
      const s = d * Math.log(1 + counts.get(k)!);
      if (s > bestScore) {
        bestScore = s;
        best = k;
      }
    }
    pal.push(rgb(best));
  }
  const raw = Buffer.alloc(400 * 501);
  for (let y = 0; y < 400; y++) {
    raw[y * 501] = 0;
    for (let x = 0; x < 500; x++) {
      const i = (y * 500 + x) * 4;
      const c = [data[i], data[i + 1], data[i + 2]];
      let bi = 0,
        bd = Infinity;
      pal.forEach((q, j) => {
        const d = dist(q, c);
        if (d < bd) {
          bd = d;
          bi = j;
        }
      });
      raw[y * 501 + 1 + x] = bi;
    }
  }
  const chunk = (type: string, body: Buffer) => {
    const len = Buffer.alloc(4);
    len.writeUInt32BE(body.length);
    const tb = Buffer.concat([Buffer.from(type), body]);
    const crc = Buffer.alloc(4);
    crc.writeUInt32BE(crc32(tb));
    return Buffer.concat([len, tb, crc]);
  };
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(500, 0);
  ihdr.writeUInt32BE(400, 4);
  ihdr[8] = 8;
  ihdr[9] = 3;
  ihdr[10] = 0;
  ihdr[11] = 0;
  ihdr[12] = 0;
  const out = Buffer.concat([
    Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]),
    chunk('IHDR', ihdr),
    chunk('PLTE', Buffer.from(pal.flat())),
    chunk('IDAT', deflateSync(raw, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
  writeFileSync(OUT, out);
  console.log(`${OUT}: ${out.length} bytes`);
})();
