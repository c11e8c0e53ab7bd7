import { describe, expect, test } from 'vitest';
import { NOT_APPLICABLE, type Answers } from '../../../src/lib/assessment/answers';
import { resultReport, type ScoredReport } from '../../../src/lib/assessment/result-report';
import { scoreAssessment } from '../../../src/lib/assessment/score';
import { bossAnswers, definition, firstEdition, realDefinition } from './support';

const report = (answers: Answers, shared = false) =>
  resultReport(definition, definition, scoreAssessment(definition, answers), shared);
const scored = (answers: Answers, shared = false): ScoredReport => {
  const built = report(answers, shared);
  if (!built.scored) throw new Error('expected a scored report');
  return built;
};
const allThrees: Answers = Object.fromEntries(definition.questions.map((question) => [question.id, 3]));

describe('resultReport', () => {
  test.each<[string, Answers, string]>([
    ['no answers at all', {}, 'No answers yet'],
    ['only "doesn’t apply"', { 'listen-often': NOT_APPLICABLE }, 'Not enough answers for a score'],
    ['too few answers on the scale', { 'listen-often': 5 }, 'Not enough answers for a score'],
  ])('without a score, heads the report by what is missing: %s', (_, answers, heading) => {
    expect(report(answers)).toMatchObject({ scored: false, heading });
  });

  test('without a score, names the "doesn’t apply" label it leaves out', () => {
    const built = report({});
    expect(!built.scored && built.explanation).toContain(`“${definition.notApplicable}” is left out of the score.`);
  });

  test.each([
    [
      false,
      'Your result',
      'Your scores by dimension',
      'What your scores mean',
      'Read next: lessons for your weakest dimensions',
    ],
    [
      true,
      'A shared result',
      'Shared scores by dimension',
      'What these scores mean',
      'Read next: lessons for the weakest dimensions',
    ],
  ])(
    'speaks of someone else’s scores when shared (%s)',
    (shared, eyebrow, chartTitle, readingsHeading, weakestHeading) => {
      expect(scored(bossAnswers, shared)).toMatchObject({ eyebrow, chartTitle, readingsHeading, weakestHeading });
    },
  );

  test.each([
    ['every statement answered', bossAnswers, undefined],
    [
      'one blank',
      { ...bossAnswers, 'timing-after': undefined },
      { partial: true, text: 'It is based on 7 of 8 statements answered on the scale.' },
    ],
    [
      'one "doesn’t apply"',
      { ...bossAnswers, 'timing-after': NOT_APPLICABLE },
      {
        partial: false,
        text: 'It is based on 7 of 8 statements answered on the scale; 1 was marked “Does not apply” and left out.',
      },
    ],
    [
      'two "doesn’t apply" and a dimension unscored',
      { ...bossAnswers, 'timing-early': NOT_APPLICABLE, 'timing-test': NOT_APPLICABLE, 'timing-late': NOT_APPLICABLE },
      {
        partial: false,
        text: 'It is based on 5 of 8 statements answered on the scale; 3 were marked “Does not apply” and left out. Not enough answers to score Timing, so it is left out of the overall score.',
      },
    ],
  ])('says how many answers the score rests on: %s', (_, answers, coverage) => {
    const clean = Object.fromEntries(Object.entries(answers).filter(([, value]) => value !== undefined)) as Answers;
    expect(scored(clean).coverage).toEqual(coverage);
  });

  test('quotes both statements and both answers of a contradicting pair', () => {
    const answers: Answers = { ...bossAnswers, 'listen-often': 5, 'listen-rarely': 5 };
    const { contradictions } = scored(answers);
    expect(contradictions?.intro).toBe(
      'Each pair below is two statements that cannot both be true, so it is worth a second look before you act on the score.',
    );
    expect(contradictions?.lines[0]?.text).toBe(
      'Your answers on Listening disagree with each other: “Label 5” to “We listen often.” and “Label 5” to “We rarely hear customers.”',
    );
  });

  test('rows and readings say "not enough answers" for an unscored dimension, and why', () => {
    const answers: Answers = { 'listen-often': 5, 'listen-changes': 4, 'listen-rarely': 1, 'listen-calendar': 2 };
    const built = scored(answers);
    expect(built.rows[1]).toEqual({
      dimensionId: 'timing',
      title: 'Timing',
      score: 'Not enough answers',
      band: '—',
      note: '0 of 4 answered',
    });
    expect(built.readings[1]).toMatchObject({
      meta: 'not enough answers',
      text: 'Too few of its statements were answered on the scale to score it (0 of 4 answered), so it is left out of the overall score.',
    });
    expect(built.readings[0]?.meta).toMatch(/^\d+ \/ 100 · \w+$/);
  });

  test('with an answering style, replaces the band’s next steps and withholds the weakest dimensions', () => {
    const built = scored(allThrees);
    expect(built.styleName).toBeTruthy();
    expect(built.nextSteps).toEqual([definition.answeringStyles.nextStep]);
    expect(built.weakest).toEqual([]);
    expect(built.noWeakest).toBe(definition.answeringStyles.noWeakest);
    expect(built.share.caveats).toEqual([built.styleText]);
  });

  test('the e-mail names the band, the score and the weakest dimensions with their scores', () => {
    const built = scored(bossAnswers);
    expect(built.share).toMatchObject({ bandLabel: built.bandLabel, overall: built.overall, caveats: [] });
    expect(built.share.weakest.map((item) => item.title)).toEqual(built.weakest.map((item) => item.title));
  });

  test('an earlier-edition result offers the current version and says so in the e-mail', () => {
    const old = firstEdition();
    const answers = Object.fromEntries(old.questions.map((question, index) => [question.id, ((index % 5) + 1) as 1]));
    const built = resultReport(realDefinition(), old, scoreAssessment(old, answers), true);
    expect(built.scored && built.takeItYourself).toBe('Take the current version yourself');
    expect(built.scored && built.share.caveats).toContain(built.scored && built.editionText);
  });
});
