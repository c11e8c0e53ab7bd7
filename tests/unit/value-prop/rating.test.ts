import { describe, expect, test } from 'vitest';
import type { LanguageReport } from '../../../src/lib/value-prop/language-check';
import {
  BALANCE_PENALTY,
  GAP_PENALTY,
  MIN_FILLED_FOR_RATING,
  PROBLEM_PENALTY,
  rateDraft,
  TIP_PENALTY,
} from '../../../src/lib/value-prop/rating';
import { FIELD_IDS } from '../../../src/lib/value-prop/fields';
import { bandFor } from '../../../src/lib/bands';

const bands = [
  { min: 80, label: 'Customer', description: '' },
  { min: 55, label: 'Getting there', description: '' },
  { min: 0, label: 'Company', description: '' },
];
const all = Object.fromEntries(FIELD_IDS.map((id) => [id, 'x']));
const clean: LanguageReport = { findings: [], balance: { company: 0, customer: 0 } };
const finding = (severity: 'problem' | 'tip') => ({
  rule: 'jargon' as const,
  field: 'job' as const,
  severity,
  message: '',
  fix: '',
  matches: [],
});

describe('rateDraft', () => {
  test(`does not rate fewer than ${MIN_FILLED_FOR_RATING} answers`, () => {
    expect(rateDraft({ job: 'a', pains: 'b', gains: 'c' }, clean, bands)).toEqual({
      status: 'not-enough',
      filled: 3,
      needed: MIN_FILLED_FOR_RATING,
    });
  });

  test('a complete draft with no findings scores 100', () => {
    expect(rateDraft(all, clean, bands)).toEqual({ status: 'rated', score: 100, band: bands[0] });
  });

  test('problems, tips, a company-heavy balance and gaps each cost points', () => {
    const report: LanguageReport = {
      findings: [finding('problem'), finding('tip')],
      balance: { company: 2, customer: 1 },
    };
    const { benefit: _dropped, ...missingOne } = all;
    const rating = rateDraft(missingOne, report, bands);
    expect(rating).toMatchObject({
      status: 'rated',
      score: 100 - PROBLEM_PENALTY - TIP_PENALTY - BALANCE_PENALTY - GAP_PENALTY,
    });
  });

  test('never goes below zero', () => {
    const report: LanguageReport = {
      findings: Array.from({ length: 20 }, () => finding('problem')),
      balance: { company: 0, customer: 0 },
    };
    expect(rateDraft(all, report, bands)).toMatchObject({ score: 0, band: bands[2] });
  });

  test('an equal balance of company and customer words costs nothing', () => {
    expect(rateDraft(all, { findings: [], balance: { company: 1, customer: 1 } }, bands)).toMatchObject({ score: 100 });
  });
});

describe('bandFor', () => {
  test('a score on a band edge belongs to that band', () => {
    expect(bandFor(bands, 80).label).toBe('Customer');
    expect(bandFor(bands, 79).label).toBe('Getting there');
    expect(bandFor(bands, 55).label).toBe('Getting there');
    expect(bandFor(bands, 54).label).toBe('Company');
    expect(bandFor(bands, 0).label).toBe('Company');
  });

  test('fails loudly on an empty band list (a content bug)', () => {
    expect(() => bandFor([], 50)).toThrow();
  });
});
