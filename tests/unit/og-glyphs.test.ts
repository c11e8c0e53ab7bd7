import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { createGlyphPainter, textRuns } from '../../src/lib/og-glyphs';
import { woffToSfnt } from '../../src/lib/woff';

const woff = readFileSync(join('node_modules', '@fontsource', 'inter', 'files', 'inter-latin-400-normal.woff'));

describe('woffToSfnt', () => {
  test('unwraps a WOFF into OpenType with the same flavour and tables, each at a 4-byte boundary', () => {
    const sfnt = woffToSfnt(woff);
    expect(sfnt.readUInt32BE(0)).toBe(woff.readUInt32BE(4));
    const count = sfnt.readUInt16BE(4);
    expect(count).toBe(woff.readUInt16BE(12));
    for (let i = 0; i < count; i++) {
      const offset = sfnt.readUInt32BE(12 + i * 16 + 8);
      expect(offset % 4).toBe(0);
      expect(offset + sfnt.readUInt32BE(12 + i * 16 + 12)).toBeLessThanOrEqual(sfnt.length);
    }
  });
});

describe('textRuns', () => {
  test('reads the position, font and colour of each word satori laid out, with entities decoded', () => {
    const svg =
      '<svg><text x="1.5" y="25" font-weight="normal" font-size="26" font-family="inter" fill="#a63d1a">Q&amp;A&#39;s</text>' +
      '<text x="40" y="25" font-weight="700" font-size="26" font-family="source serif" letter-spacing="-0.5" fill="black"> </text></svg>';
    expect(textRuns(svg)).toEqual([
      { x: 1.5, y: 25, family: 'inter', weight: 400, size: 26, letterSpacing: 0, fill: '#a63d1a', text: "Q&A's" },
      { x: 40, y: 25, family: 'source serif', weight: 700, size: 26, letterSpacing: -0.5, fill: 'black', text: ' ' },
    ]);
  });
});

describe('createGlyphPainter', () => {
  test('rasterises each glyph once: painting the same text again adds nothing to the atlas', async () => {
    const painter = await createGlyphPainter([{ name: 'Inter', weight: 400, data: woff }]);
    const svg =
      '<svg><text x="10.3" y="40" font-size="30" font-family="inter" fill="#1f1c18">Listen first</text></svg>';
    const image = () => ({ pixels: Buffer.alloc(200 * 60 * 3, 255), width: 200, height: 60 });
    const first = image();
    painter.paint(svg, first);
    const atlas = painter.rasterised;
    const second = image();
    painter.paint(svg, second);
    expect(painter.rasterised).toBe(atlas);
    expect(second.pixels.equals(first.pixels)).toBe(true);
    expect(first.pixels.some((value) => value < 128)).toBe(true);
  });
});
