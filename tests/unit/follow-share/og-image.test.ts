import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { IN_USE_FILE } from '../../../src/lib/og-cache';
import { renderOgImage, renderOgImageCached } from '../../../src/lib/og-image';
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
