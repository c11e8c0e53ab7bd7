import { describe, expect, test } from 'vitest';
import { answeredNote, resultView } from '../../../src/lib/assessment/result-view';
import { scoreAssessment } from '../../../src/lib/assessment/score';
import { bossAnswers, definition, firstEdition, realDefinition } from './support';

describe('resultView', () => {
  test('resumes at the first dimension with a blank statement', () => {
    const view = resultView(definition, definition, scoreAssessment(definition, { 'listen-often': 5 }));
    expect(view.firstBlankStep).toBe(0);
    const listeningDone = Object.fromEntries(Object.entries(bossAnswers).filter(([id]) => id.startsWith('listen')));
    expect(resultView(definition, definition, scoreAssessment(definition, listeningDone)).firstBlankStep).toBe(1);
  });
  test('a current-edition result with no answering style has no notes', () => {
    const view = resultView(definition, definition, scoreAssessment(definition, bossAnswers));
    expect(view).toMatchObject({ earlierEdition: false, editionText: '', describedBy: '' });
  });
  test('an earlier-edition result says which version it was made with and is described by that note', () => {
    const old = firstEdition();
    const view = resultView(realDefinition(), old, scoreAssessment(old, {}));
    expect(view.earlierEdition).toBe(true);
    expect(view.editionText).toContain(`(version ${old.version}, ${old.questions.length} statements)`);
    expect(view.describedBy).toBe('edition-note');
  });
});

describe('answeredNote', () => {
  test('names unanswered and not-applicable statements, and nothing when all were answered', () => {
    expect(answeredNote({ answered: 3, total: 4, notApplicable: 1 })).toBe('3 of 4 answered, 1 doesn’t apply');
    expect(answeredNote({ answered: 4, total: 4, notApplicable: 0 })).toBe('');
  });
});
