// A small, readable instrument for the unit tests, so they specify the rules rather than the editorial content.
import type { Answers } from '../../../src/lib/assessment/answers';
import { readAssessment, readFirstAssessmentEdition } from '../../support/content-files';
import { assessmentSchema, type AssessmentDefinition, type AssessmentEdition } from '../../../src/schemas/assessment';

const readings = { low: 'Low.', shifting: 'Shifting.', aware: 'Aware.', high: 'High.' };
const dimension = (id: string, title: string) => ({
  id,
  title,
  asks: `About ${title}?`,
  description: `What ${title} means.`,
  marketDriven: 'Market end.',
  marketingDriven: 'Marketing end.',
  readings,
  talkAboutFirst: `Talk about ${title}.`,
  lessons: [`${id}-lesson`],
});

/** The input shape (before defaults) of a two-dimension test instrument, two normal and two reverse-scored statements each. */
export const rawDefinition = {
  version: 2,
  title: 'Test assessment',
  intro: 'Test intro.',
  scale: [1, 2, 3, 4, 5].map((value) => ({ value, label: `Label ${value}` })),
  notApplicable: 'Does not apply',
  answeringStyles: {
    'same-answer': 'Same answer “{answer}” to {count} of {total}.',
    'agree-with-both': 'Agrees with both.',
    'disagree-with-both': 'Disagrees with both.',
    noWeakest: 'No weakest.',
    nextStep: 'Answer again.',
  },
  dimensions: [dimension('listening', 'Listening'), dimension('timing', 'Timing')],
  questions: [
    { id: 'listen-often', dimension: 'listening', statement: 'We listen often.' },
    { id: 'listen-changes', dimension: 'listening', statement: 'What we hear changes plans.' },
    { id: 'listen-rarely', dimension: 'listening', statement: 'We rarely hear customers.', reverse: true },
    { id: 'listen-calendar', dimension: 'listening', statement: 'We push on a calendar.', reverse: true },
    { id: 'timing-early', dimension: 'timing', statement: 'We research first.' },
    { id: 'timing-test', dimension: 'timing', statement: 'We test messages early.' },
    { id: 'timing-late', dimension: 'timing', statement: 'Marketing joins at launch.', reverse: true },
    { id: 'timing-after', dimension: 'timing', statement: 'We learn who it is for after launch.', reverse: true },
  ],
  pairs: [
    ['listen-often', 'listen-rarely'],
    ['timing-early', 'timing-late'],
  ],
  bands: [
    { id: 'low', min: 0, max: 39, label: 'Low', meaning: 'Low meaning.', nextSteps: ['One.', 'Two.'] },
    { id: 'shifting', min: 40, max: 59, label: 'Shifting', meaning: 'Shifting meaning.', nextSteps: ['One.', 'Two.'] },
    { id: 'aware', min: 60, max: 79, label: 'Aware', meaning: 'Aware meaning.', nextSteps: ['One.', 'Two.'] },
    { id: 'high', min: 80, max: 100, label: 'High', meaning: 'High meaning.', nextSteps: ['One.', 'Two.'] },
  ],
};

/** The test instrument, validated. */
export const definition: AssessmentDefinition = assessmentSchema.parse(rawDefinition);

/** A fresh deep copy of the raw instrument, for tests that break it. */
export const cloneRaw = (): typeof rawDefinition => structuredClone(rawDefinition);

/** The real instrument from content/, validated. */
export function realDefinition(): AssessmentDefinition {
  return readAssessment();
}

/** Edition 1 of the real instrument, kept in content/assessment/earlier/ for reading old links. */
export function firstEdition(): AssessmentEdition {
  return readFirstAssessmentEdition();
}

/** A boss who rates listening high and timing mid, for the compare tests. */
export const bossAnswers: Answers = {
  'listen-often': 5,
  'listen-changes': 5,
  'listen-rarely': 1,
  'listen-calendar': 1,
  'timing-early': 4,
  'timing-test': 4,
  'timing-late': 2,
  'timing-after': 2,
};
