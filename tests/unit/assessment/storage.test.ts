import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { NOT_APPLICABLE } from '../../../src/lib/assessment/answers';
import { instrumentFingerprint } from '../../../src/lib/assessment/fingerprint';
import {
  MAX_STORED_LENGTH,
  carriedOverNotice,
  parseStoredProgress,
  serializeProgress,
} from '../../../src/lib/assessment/storage';
import { definition, firstEdition, realDefinition } from './support';

const stored = (fields: Record<string, unknown>) =>
  JSON.stringify({ version: 2, fingerprint: instrumentFingerprint(definition), answers: {}, step: 0, ...fields });

describe('serializeProgress', () => {
  test('writes what parseStoredProgress reads back, "doesn’t apply" included', () => {
    const progress = {
      answers: { 'listen-often': 4, 'timing-late': 1, 'timing-after': NOT_APPLICABLE } as const,
      step: 1,
    };
    expect(parseStoredProgress(definition, serializeProgress(definition, progress))).toEqual({
      ok: true,
      value: { progress },
    });
  });
});

describe('parseStoredProgress', () => {
  test('reads nothing saved as no progress, not an error', () => {
    expect(parseStoredProgress(definition, null)).toEqual({ ok: true, value: null });
    expect(parseStoredProgress(definition, '')).toEqual({ ok: true, value: null });
  });

  test('clamps a step beyond the last dimension to the result step', () => {
    const result = parseStoredProgress(definition, stored({ step: 40 }));
    expect(result.ok && result.value?.progress.step).toBe(2);
  });

  test('still reads version-1 progress saved for the same statements', () => {
    const result = parseStoredProgress(definition, stored({ version: 1, answers: { 'listen-often': 2 } }));
    expect(result.ok && result.value).toEqual({ progress: { answers: { 'listen-often': 2 }, step: 0 } });
  });

  test.each([
    ['text that is not JSON', '{"answers":', 'corrupt'],
    ['JSON of the wrong shape', '[1,2,3]', 'corrupt'],
    ['an answer outside the scale', stored({ answers: { 'listen-often': 9 } }), 'corrupt'],
    ['an answer to an unknown statement', stored({ answers: { 'listen-weekly': 3 } }), 'corrupt'],
    ['a negative step', stored({ step: -1 }), 'corrupt'],
    ['something far too large', 'x'.repeat(MAX_STORED_LENGTH + 1), 'corrupt'],
    ['progress saved by a newer format', JSON.stringify({ version: 9, answers: [] }), 'outdated'],
    ['progress for a set of statements no edition has', stored({ fingerprint: 'abc' }), 'outdated'],
  ])('reports %s as "$2" with a message', (_name, raw, kind) => {
    const result = parseStoredProgress(definition, raw);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error.kind).toBe(kind);
      expect(result.error.message).toMatch(/started fresh/);
    }
  });

  test('returns a value, never an exception, for any stored text', () => {
    // Read once: parsing the edition's YAML on every run made this test slow enough to time out under load.
    const earlier = [firstEdition()];
    fc.assert(
      fc.property(
        fc.oneof(fc.string(), fc.json()),
        (raw) => typeof parseStoredProgress(definition, raw, earlier).ok === 'boolean',
      ),
    );
  });
});

describe('parseStoredProgress with progress saved by edition 1', () => {
  const real = realDefinition();
  const v1 = firstEdition();
  // Saved by the landed code before edition 2: see tests/fixtures/assessment/v1-result-links.json.
  const fixture = JSON.parse(readFileSync('tests/fixtures/assessment/v1-result-links.json', 'utf8')) as {
    savedProgress: string;
  };
  const saved = JSON.parse(fixture.savedProgress) as { answers: Record<string, number> };

  test('keeps the answers to statements the current edition still asks the same way, and only those', () => {
    const result = parseStoredProgress(real, fixture.savedProgress, [v1]);
    expect(result.ok).toBe(true);
    if (!result.ok || !result.value) return;
    const kept = result.value.progress.answers;
    const same = (id: string) => {
      const before = v1.questions.find((question) => question.id === id);
      const after = real.questions.find((question) => question.id === id);
      return Boolean(before && after && before.reverse === after.reverse && before.dimension === after.dimension);
    };
    const expected = Object.fromEntries(Object.entries(saved.answers).filter(([id]) => same(id)));
    expect(kept).toEqual(expected);
    expect(Object.keys(kept).length).toBeGreaterThan(0);
    expect(Object.keys(kept).length).toBeLessThan(Object.keys(saved.answers).length);
  });

  test('says how many answers were kept and how many reset', () => {
    const result = parseStoredProgress(real, fixture.savedProgress, [v1]);
    const kept = result.ok && result.value ? Object.keys(result.value.progress.answers).length : -1;
    const reset = Object.keys(saved.answers).length - kept;
    expect(result.ok && result.value?.notice).toBe(carriedOverNotice(kept, reset));
  });

  test('moves the reader back to the first step with a blank statement', () => {
    const result = parseStoredProgress(real, fixture.savedProgress, [v1]);
    expect(result.ok && result.value?.progress.step).toBe(0);
  });
});

describe('carriedOverNotice', () => {
  test('says what was kept and what was reset', () => {
    expect(carriedOverNotice(12, 4)).toBe(
      'The statements have been improved since you saved your answers. We kept 12 answers to statements that did not change. 4 answers were to statements that have changed, so they were reset. Changed and new statements are blank.',
    );
  });
  test('uses the singular for one', () => {
    expect(carriedOverNotice(1, 1)).toMatch(
      /kept one answer .* One answer was to a statement that has changed, so it was reset/,
    );
  });
  test('says the assessment started fresh when nothing could be kept', () => {
    expect(carriedOverNotice(0, 5)).toMatch(/started fresh/);
  });
});
