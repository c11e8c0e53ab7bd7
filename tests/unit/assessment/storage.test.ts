import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { instrumentFingerprint } from '../../../src/lib/assessment/fingerprint';
import { MAX_STORED_LENGTH, parseStoredProgress, serializeProgress } from '../../../src/lib/assessment/storage';
import { definition } from './support';

const stored = (fields: Record<string, unknown>) =>
  JSON.stringify({ version: 1, fingerprint: instrumentFingerprint(definition), answers: {}, step: 0, ...fields });

describe('serializeProgress', () => {
  test('writes what parseStoredProgress reads back', () => {
    const progress = { answers: { 'listen-often': 4, 'timing-late': 1 } as const, step: 1 };
    expect(parseStoredProgress(definition, serializeProgress(definition, progress))).toEqual({
      ok: true,
      value: progress,
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
    expect(result.ok && result.value?.step).toBe(2);
  });

  test.each([
    ['text that is not JSON', '{"answers":', 'corrupt'],
    ['JSON of the wrong shape', '[1,2,3]', 'corrupt'],
    ['an answer outside the scale', stored({ answers: { 'listen-often': 9 } }), 'corrupt'],
    ['an answer to an unknown statement', stored({ answers: { 'listen-weekly': 3 } }), 'corrupt'],
    ['a negative step', stored({ step: -1 }), 'corrupt'],
    ['something far too large', 'x'.repeat(MAX_STORED_LENGTH + 1), 'corrupt'],
    ['progress saved by an older format', JSON.stringify({ version: 0, answers: [] }), 'outdated'],
    ['progress for a different set of statements', stored({ fingerprint: 'abc' }), 'outdated'],
  ])('reports %s as "$2" with a message', (_name, raw, kind) => {
    const result = parseStoredProgress(definition, raw);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error.kind).toBe(kind);
      expect(result.error.message).toMatch(/started fresh/);
    }
  });

  test('returns a value, never an exception, for any stored text', () => {
    fc.assert(
      fc.property(
        fc.oneof(fc.string(), fc.json()),
        (raw) => typeof parseStoredProgress(definition, raw).ok === 'boolean',
      ),
    );
  });
});
