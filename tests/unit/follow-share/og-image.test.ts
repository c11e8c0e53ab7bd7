import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { IN_USE_FILE } from '../../../src/lib/og-cache';
import sharp from 'sharp';
import {
  cropSvgToTextArea,
  drawAhead,
  renderOgImage,
  renderOgImageCached,
  renderOgImageWhole,
  TEXT_AREA,
} from '../../../src/lib/og-image';
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
  test('drawing only the text over the shared frame gives the same picture as drawing the whole card', async () => {
    const card = { eyebrow: 'Market Driven Weekly · Episode 12', title: NASTY_TITLE, subtitle: 'One line under it' };
    const pixels = async (png: Uint8Array) => sharp(png).raw().toBuffer();
    const [layered, whole] = await Promise.all([
      renderOgImage(card, 'example.test').then(pixels),
      renderOgImageWhole(card, 'example.test').then(pixels),
    ]);
    expect(layered.length).toBe(whole.length);
    let different = 0;
    for (let i = 0; i < whole.length; i++) if (Math.abs(layered[i]! - whole[i]!) > 2) different += 1;
    expect(different).toBe(0);
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

describe('cropSvgToTextArea', () => {
  test('narrows the drawing to the text area on the background colour', () => {
    const cropped = cropSvgToTextArea(
      '<svg width="1200" height="630" viewBox="0 0 1200 630"><path d="M0 0"/></svg>',
      '#fff',
    );
    const { left, top, width, height } = TEXT_AREA;
    expect(cropped).toMatch(
      new RegExp(`^<svg width="${width}" height="${height}" viewBox="${left} ${top} ${width} ${height}"`),
    );
    expect(cropped).toContain(
      `<rect x="${left}" y="${top}" width="${width}" height="${height}" fill="#fff"/><path d="M0 0"/>`,
    );
  });
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
