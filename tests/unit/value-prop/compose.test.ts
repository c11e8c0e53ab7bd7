import { describe, expect, test } from 'vitest';
import {
  capitalise,
  composeHeadline,
  composeOutputs,
  composePitch,
  composePositioning,
  composeSubheadline,
  gapFields,
  indefiniteArticle,
  isComplete,
  segmentsToText,
  slotText,
} from '../../../src/lib/value-prop/compose';
import type { DraftFields } from '../../../src/lib/value-prop/fields';

const full: DraftFields = {
  primaryCustomer: 'owners of independent bike shops',
  secondaryCustomers: 'their bookkeeper',
  productName: 'Shelfcount',
  job: 'need an accurate stock count every quarter',
  pains: 'counting stock means closing for a day',
  gains: 'they open on Monday knowing what to reorder',
  category: 'stock-counting app',
  alternative: 'a clipboard count on paper',
  benefit: 'turns a day-long count into 45 minutes',
  proof: 'in a pilot with 12 shops, a count took 41 minutes.',
  difference: 'needs no scanner and no closing day',
};
const text = (segments: Parameters<typeof segmentsToText>[0]) => segmentsToText(segments, (field) => `[${field}]`);

describe('composePositioning', () => {
  test('fills the classic frame: For … who …, … is a … that …. Unlike …, … …', () => {
    expect(text(composePositioning(full))).toBe(
      'For owners of independent bike shops who need an accurate stock count every quarter, Shelfcount is a stock-counting app that turns a day-long count into 45 minutes. Unlike a clipboard count on paper, Shelfcount needs no scanner and no closing day.',
    );
  });

  test('shows each missing answer as a gap rather than dropping words', () => {
    const segments = composePositioning({ productName: 'Shelfcount' });
    expect(text(segments)).toBe(
      'For [primaryCustomer] who [job], Shelfcount is [category] that [benefit]. Unlike [alternative], Shelfcount [difference].',
    );
    expect(gapFields(segments)).toEqual(['primaryCustomer', 'job', 'category', 'benefit', 'alternative', 'difference']);
  });

  test('drops frame words the user typed themselves, so nothing is doubled', () => {
    const segments = composePositioning({
      ...full,
      primaryCustomer: 'For owners of bike shops',
      job: 'who need counts',
      category: 'an app',
      alternative: 'Unlike paper',
      benefit: 'that saves a day',
      difference: 'it needs no scanner.',
    });
    expect(text(segments)).toBe(
      'For owners of bike shops who need counts, Shelfcount is an app that saves a day. Unlike paper, Shelfcount needs no scanner.',
    );
  });

  test('treats whitespace-only answers as gaps and collapses line breaks', () => {
    expect(gapFields(composePositioning({ ...full, job: '   \n ' }))).toEqual(['job']);
    expect(text(composePositioning({ ...full, primaryCustomer: 'owners\nof  shops' }))).toMatch(
      /^For owners of shops who/,
    );
  });
});

describe('composeHeadline', () => {
  test('is the key benefit with a capital letter and no full stop', () => {
    expect(text(composeHeadline(full))).toBe('Turns a day-long count into 45 minutes');
  });

  test('is a single gap when there is no benefit yet', () => {
    expect(composeHeadline({})).toEqual([{ kind: 'gap', field: 'benefit' }]);
  });
});

describe('composeSubheadline', () => {
  test('says what it is, who it is for, then the proof as its own sentence', () => {
    expect(text(composeSubheadline(full))).toBe(
      'Shelfcount is a stock-counting app for owners of independent bike shops. In a pilot with 12 shops, a count took 41 minutes.',
    );
  });
});

describe('composePitch', () => {
  test('runs from today’s pain to the proof', () => {
    expect(text(composePitch(full))).toBe(
      'Today, counting stock means closing for a day. Shelfcount is a stock-counting app for owners of independent bike shops who need an accurate stock count every quarter. It turns a day-long count into 45 minutes, so they open on Monday knowing what to reorder. Unlike a clipboard count on paper, it needs no scanner and no closing day. In a pilot with 12 shops, a count took 41 minutes.',
    );
  });
});

describe('composeOutputs', () => {
  test('composes all four outputs, complete when every answer is there', () => {
    const outputs = composeOutputs(full);
    expect(Object.keys(outputs)).toEqual(['positioning', 'headline', 'subheadline', 'pitch']);
    expect(Object.values(outputs).every(isComplete)).toBe(true);
  });

  test('keeps user text as plain text, markup and all', () => {
    const outputs = composeOutputs({ ...full, productName: '<img src=x onerror=alert(1)>' });
    expect(outputs.positioning).toContainEqual({
      kind: 'answer',
      field: 'productName',
      text: '<img src=x onerror=alert(1)>',
    });
  });
});

describe('slotText', () => {
  test('removes trailing punctuation but keeps inner sentences', () => {
    expect(slotText({ proof: 'Twelve shops tried it. All kept it!  ' }, 'proof')).toBe(
      'Twelve shops tried it. All kept it',
    );
  });

  test('keeps a frame word that is the whole answer', () => {
    expect(slotText({ job: 'who' }, 'job')).toBe('who');
  });
});

describe('indefiniteArticle', () => {
  test.each([
    ['app', 'an'],
    ['stock-counting app', 'a'],
    ['hourly booking service', 'an'],
    ['useful tool', 'a'],
    ['one-stop shop', 'a'],
    ['SMS service', 'an'],
    ['the only app', ''],
    ['your new assistant', ''],
    ['', ''],
  ])('“%s” takes “%s”', (phrase, article) => {
    expect(indefiniteArticle(phrase)).toBe(article);
  });
});

describe('capitalise', () => {
  test('capitalises an all-lower-case first word and leaves brand casing alone', () => {
    expect(capitalise('gets you paid')).toBe('Gets you paid');
    expect(capitalise('iPhone owners')).toBe('iPhone owners');
    expect(capitalise('')).toBe('');
  });
});

describe('isComplete', () => {
  test('is false while any gap remains', () => {
    expect(isComplete(composeHeadline({}))).toBe(false);
    expect(isComplete(composeHeadline({ benefit: 'x' }))).toBe(true);
  });
});
