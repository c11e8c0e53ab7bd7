// Result links made with the landed code before edition 2 (tests/fixtures/assessment/v1-result-links.json,
// encoded at commit 42ecd7b) have been e-mailed to bosses: they must keep opening with the same scores.
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { scoreAssessment } from '../../../src/lib/assessment/score';
import { decodeResultLink } from '../../../src/lib/assessment/share-code';
import { firstEdition, realDefinition } from './support';

interface FixtureLink {
  name: string;
  link: string;
  answers: Record<string, number>;
  expected: {
    overall: number;
    bandLabel: string;
    dimensions: Record<string, number | null>;
    answered: number;
    total: number;
  };
}
const fixture = JSON.parse(readFileSync('tests/fixtures/assessment/v1-result-links.json', 'utf8')) as {
  links: FixtureLink[];
};
const current = realDefinition();
const v1 = firstEdition();

describe('a result link made with edition 1', () => {
  test.each(fixture.links.map((link) => [link.name, link] as const))(
    'opens (%s) with the answers, scores and band it showed then',
    (_name, link) => {
      const decoded = decodeResultLink([current, v1], link.link);
      expect(decoded.ok).toBe(true);
      if (!decoded.ok) return;
      expect(decoded.value.edition.version).toBe(1);
      expect(decoded.value.answers).toEqual(link.answers);
      const result = scoreAssessment(decoded.value.edition, decoded.value.answers);
      expect(result.overall).toBe(link.expected.overall);
      expect(v1.bands.find((band) => band.id === result.bandId)?.label).toBe(link.expected.bandLabel);
      expect(
        Object.fromEntries(result.dimensions.map((dimension) => [dimension.dimensionId, dimension.score])),
      ).toEqual(link.expected.dimensions);
      expect([result.answered, result.total]).toEqual([link.expected.answered, link.expected.total]);
    },
  );

  test('is read with edition 1, not with the current statements', () => {
    const decoded = decodeResultLink([current, v1], fixture.links[0]!.link);
    expect(decoded.ok && decoded.value.edition).not.toBe(current);
  });

  test('without edition 1 kept, is refused politely rather than misread', () => {
    const decoded = decodeResultLink([current], fixture.links[0]!.link);
    expect(decoded.ok ? undefined : decoded.error.kind).toBe('other-edition');
  });

  test('agreeing with everything in edition 1 is now named as an answering style, and no weakest dimension is named', () => {
    const agree = fixture.links.find((link) => link.name === 'agree-with-everything')!;
    const decoded = decodeResultLink([current, v1], agree.link);
    const result = decoded.ok ? scoreAssessment(decoded.value.edition, decoded.value.answers) : undefined;
    expect(result?.overall).toBe(agree.expected.overall);
    expect(result?.answeringStyle?.kind).toBe('same-answer');
    expect(result?.weakestDimensionIds).toEqual([]);
  });
});
