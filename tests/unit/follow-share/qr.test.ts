import { describe, expect, test } from 'vitest';
import { qrSvg } from '../../../src/lib/qr';

describe('qrSvg', () => {
  test('draws a square code with a quiet border, as one path of unit rectangles', () => {
    const { size, path } = qrSvg('https://market-driven.pages.dev/12/');
    // Version 3 (29 modules) plus a 2-module border on each side.
    expect(size).toBe(33);
    expect(path).toMatch(/^(M\d+ \d+h\d+v1h-\d+z)+$/);
    // The top-left finder pattern starts inside the border.
    expect(path.startsWith('M2 2h7v1h-7z')).toBe(true);
  });
  test('is the same for the same text on every build', () => {
    expect(qrSvg('https://x.test/1/')).toEqual(qrSvg('https://x.test/1/'));
  });
});
