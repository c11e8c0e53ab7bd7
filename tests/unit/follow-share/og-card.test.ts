import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { defaultOgPath, drawableText, layoutOgCard, OG_FALLBACK_TITLE, OG_TITLE_MAX } from '../../../src/lib/og-card';
import { graphemes } from '../../../src/lib/text-fit';
import { NASTY_TITLE } from './bad-input';

describe('drawableText', () => {
  test('keeps quotes, ampersands, accents and dashes, drops emoji the fonts cannot draw', () => {
    expect(drawableText('Café & “quotes” — 🚀 launch 👩🏽‍💻!')).toBe('Café & “quotes” — launch!');
  });
});

describe('layoutOgCard', () => {
  test('a 200-character title is cut to the image maximum with an ellipsis and the smallest type', () => {
    const layout = layoutOgCard({ eyebrow: 'Weekly · Episode 1', title: NASTY_TITLE });
    expect(graphemes(layout.title).length).toBeLessThanOrEqual(OG_TITLE_MAX);
    expect(layout.title.endsWith('…')).toBe(true);
    expect(layout.titleSize).toBe(50);
  });
  test('short titles get larger type', () => {
    expect(layoutOgCard({ eyebrow: '', title: 'Listen first' }).titleSize).toBeGreaterThan(70);
  });
  test('an empty or emoji-only title falls back to the site name', () => {
    expect(layoutOgCard({ eyebrow: '', title: '🚀🚀' }).title).toBe(OG_FALLBACK_TITLE);
    expect(layoutOgCard({ eyebrow: '', title: '' }).title).toBe(OG_FALLBACK_TITLE);
  });
  test('never throws and never returns an empty title, whatever the text', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 400 }), fc.string({ maxLength: 100 }), (title, eyebrow) => {
        const layout = layoutOgCard({ eyebrow, title });
        expect(layout.title.length).toBeGreaterThan(0);
        expect(graphemes(layout.title).length).toBeLessThanOrEqual(OG_TITLE_MAX);
      }),
    );
  });
});

describe('defaultOgPath', () => {
  test('tool pages get their own image, everything else the home image', () => {
    expect(defaultOgPath('/assessment/')).toBe('/og/assessment.png');
    expect(defaultOgPath('/assessment/compare/')).toBe('/og/assessment.png');
    expect(defaultOgPath('/value-proposition/')).toBe('/og/value-proposition.png');
    expect(defaultOgPath('/about/')).toBe('/og/home.png');
  });
});
