import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { describe, expect, test } from 'vitest';
import { IN_USE_FILE } from '../../../src/lib/og-cache';
import sharp from 'sharp';
import { drawAhead, renderOgImage, renderOgImageCached, renderOgImageWhole } from '../../../src/lib/og-image';
import { NASTY_TITLE } from './bad-input';

/** Width and height from a PNG's IHDR chunk (bytes 16–23). */
function pngSize(bytes: Uint8Array): { width: number; height: number } {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  expect([...bytes.slice(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  return { width: view.getUint32(16), height: view.getUint32(20) };
}

describe('renderOgImage', () => {
  test('draws a 1200x630 PNG even for a 200-character title full of emoji and markup', async () => {
    const png = await renderOgImage(
      { eyebrow: 'Market Driven Weekly · Episode 200', title: NASTY_TITLE },
      'example.test',
    );
    expect(pngSize(png)).toEqual({ width: 1200, height: 630 });
  }, 30_000);
  // The glyph atlas places each glyph where satori draws it, rounded to satori's tenth of a
  // pixel, and blends glyphs one by one where resvg fills a word's outline at once: only glyph
  // edges differ, by a few levels. A moved, missing or re-wrapped word breaks every bound.
  test.each([
    { eyebrow: 'Market Driven Weekly · Episode 12', title: 'Listen first' },
    {
      eyebrow: 'Market Driven Weekly · Episode 13',
      title: 'Why “value” means what the customer says it means, not what we say',
    },
    { eyebrow: 'Weekly · Episode 200', title: NASTY_TITLE },
    {
      eyebrow: 'Market Driven Weekly · Episode 9',
      title: 'Find the Market Before You Build the Product, Then Price It So the People Who Need It Can Say Yes',
    },
    {
      eyebrow: 'A weekly lesson series',
      title: 'Listen first. Build what people want. Then tell them.',
      subtitle: 'Short lessons on market-driven marketing',
    },
  ])(
    'paints $title the way satori and resvg draw it, within a stated tolerance',
    async (card) => {
      const pixels = async (png: Uint8Array) => sharp(png).raw().toBuffer();
      const [painted, whole] = await Promise.all([
        renderOgImage(card, 'example.test').then(pixels),
        renderOgImageWhole(card, 'example.test').then(pixels),
      ]);
      expect(painted.length).toBe(whole.length);
      let sum = 0;
      let edges = 0;
      let largest = 0;
      for (let i = 0; i < whole.length; i++) {
        const difference = Math.abs(painted[i]! - whole[i]!);
        sum += difference;
        largest = Math.max(largest, difference);
        if (difference > 32) edges += 1;
      }
      // Measured: mean 0.01 to 0.05, largest 55 to 56, 0.01% to 0.04% of values off by over 32.
      expect(sum / whole.length).toBeLessThan(0.1);
      expect(largest).toBeLessThanOrEqual(80);
      expect(edges / whole.length).toBeLessThan(0.001);
    },
    30_000,
  );
  test('draws letters that only the latin-ext subset has, as distinct glyphs', async () => {
    const pixels = async (title: string) =>
      sharp(await renderOgImage({ eyebrow: '', title }, 'example.test'))
        .raw()
        .toBuffer();
    const [z, l] = await Promise.all([pixels('Żż'), pixels('Łł')]);
    expect(z.equals(l)).toBe(false);
  }, 30_000);
  test('a PNG stays far under the 300 KB link previews accept', async () => {
    const png = await renderOgImage({ eyebrow: 'Weekly · Episode 1', title: NASTY_TITLE }, 'example.test');
    expect(png.length).toBeLessThan(300_000);
  }, 30_000);
  test('draws an image for an empty title', async () => {
    const png = await renderOgImage({ eyebrow: '', title: '' }, 'example.test');
    expect(pngSize(png)).toEqual({ width: 1200, height: 630 });
  }, 30_000);
});

describe('renderOgImageCached', () => {
  test('draws once, then serves the same bytes from the cache; a different title draws anew', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'og-cache-'));
    const card = { eyebrow: 'Weekly · Episode 1', title: 'Listen first' };
    const images = () => readdirSync(dir).filter((name) => name.endsWith('.png'));
    const first = await renderOgImageCached(card, 'example.test', dir);
    expect(images()).toHaveLength(1);
    const second = await renderOgImageCached(card, 'example.test', dir);
    expect(Buffer.from(second).equals(Buffer.from(first))).toBe(true);
    await renderOgImageCached({ ...card, title: 'Listen first, then build' }, 'example.test', dir);
    expect(images()).toHaveLength(2);
  }, 30_000);

  test('pages drawing the same card at once all get the whole image, and the cache holds only whole files', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'og-cache-'));
    const card = { eyebrow: 'Weekly · Episode 2', title: 'Drawn twice at once' };
    const pngs = await Promise.all([1, 2, 3, 4].map(() => renderOgImageCached(card, 'example.test', dir)));
    for (const png of pngs) expect(pngSize(png)).toEqual({ width: 1200, height: 630 });
    const files = readdirSync(dir).filter((name) => name !== IN_USE_FILE);
    expect(files).toHaveLength(1);
    expect(files[0]).toMatch(/\.png$/);
    expect(pngSize(readFileSync(join(dir, files[0]!)))).toEqual({ width: 1200, height: 630 });
  }, 30_000);

  test('a cached file cut short is drawn again and replaced, never served', async () => {
    const card = { eyebrow: 'Weekly · Episode 3', title: 'Cut short' };
    const first = mkdtempSync(join(tmpdir(), 'og-cache-'));
    const whole = await renderOgImageCached(card, 'example.test', first);
    const [name] = readdirSync(first).filter((file) => file.endsWith('.png'));
    for (const truncated of [new Uint8Array(0), whole.subarray(0, 1000)]) {
      const dir = mkdtempSync(join(tmpdir(), 'og-cache-'));
      writeFileSync(join(dir, name!), truncated);
      expect(Buffer.from(await renderOgImageCached(card, 'example.test', dir)).equals(Buffer.from(whole))).toBe(true);
      expect(readFileSync(join(dir, name!)).equals(Buffer.from(whole))).toBe(true);
    }
  }, 30_000);

  test('lists every image it reads or draws as in use, for the build to keep', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'og-cache-'));
    const card = { eyebrow: 'Weekly · Episode 1', title: 'Listen first' };
    await renderOgImageCached(card, 'example.test', dir);
    await renderOgImageCached(card, 'example.test', dir);
    const [image] = readdirSync(dir).filter((name) => name.endsWith('.png'));
    expect(readFileSync(join(dir, IN_USE_FILE), 'utf8')).toBe(`${image}\n${image}\n`);
  }, 30_000);
  test('an unwritable cache folder still yields the image', async () => {
    // A folder "inside" a file can never be created, even by root.
    const file = join(mkdtempSync(join(tmpdir(), 'og-cache-')), 'a-file');
    writeFileSync(file, '');
    const png = await renderOgImageCached({ eyebrow: '', title: 'x' }, 'example.test', join(file, 'cache'));
    expect(pngSize(png)).toEqual({ width: 1200, height: 630 });
  }, 30_000);
});

describe('drawAhead', () => {
  test('draws cards into the cache before their page asks, and the page gets the same bytes', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'og-cache-'));
    const cards = [1, 2, 3].map((n) => ({ eyebrow: `Weekly · Episode ${n}`, title: `Lesson ${n}` }));
    drawAhead(cards, 'example.test', dir);
    const pngs = await Promise.all(cards.map((card) => renderOgImageCached(card, 'example.test', dir)));
    expect(readdirSync(dir).filter((name) => name.endsWith('.png'))).toHaveLength(3);
    const again = await renderOgImageCached(cards[1]!, 'example.test', dir);
    expect(Buffer.from(again).equals(Buffer.from(pngs[1]!))).toBe(true);
  }, 30_000);
});

describe('the drawing worker', () => {
  // The build starts it by path, so Node (not Vite) resolves its imports: a module it cannot
  // load silently moves every image back onto the main thread.
  test('starts under plain Node and draws a card into the cache', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'og-worker-')), 'card.png');
    const worker = new Worker(join(process.cwd(), 'src', 'lib', 'og-draw-worker.ts'));
    try {
      const answer = await new Promise<{ id: number; error?: string }>((resolve, reject) => {
        worker.once('message', resolve);
        worker.once('error', reject);
        worker.postMessage({
          id: 7,
          card: { eyebrow: 'Weekly · Episode 7', title: 'Lesson 7' },
          host: 'example.test',
          file,
        });
      });
      expect(answer).toEqual({ id: 7 });
      expect(pngSize(readFileSync(file))).toEqual({ width: 1200, height: 630 });
    } finally {
      await worker.terminate();
    }
  }, 30_000);
});
