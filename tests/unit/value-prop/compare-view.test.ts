import { describe, expect, test } from 'vitest';
import { compareRows, pickComparedDrafts } from '../../../src/lib/value-prop/compare-view';
import { createDraft } from '../../../src/lib/value-prop/draft';
import type { Rating } from '../../../src/lib/value-prop/rating';

const a = createDraft({ id: 'a', name: 'A', fields: { primaryCustomer: 'bike shops', productName: 'Shelf' }, now: 0 });
const b = createDraft({ id: 'b', name: 'B', fields: { primaryCustomer: 'bike shops', productName: 'Count' }, now: 0 });
const c = createDraft({ id: 'c', name: 'C', now: 0 });
const guide = {
  steps: [
    { fields: [{ id: 'primaryCustomer' as const, label: 'Primary customer' }] },
    { fields: [{ id: 'productName' as const, label: 'Product name' }] },
  ],
};
const notRated: Rating = { status: 'not-enough', filled: 2, needed: 4 };
const label = (field: string) => field;

describe('pickComparedDrafts', () => {
  test('needs two drafts', () => {
    expect(pickComparedDrafts([a], 'a', 'a', undefined)).toBeUndefined();
  });

  test('starts with the open draft and the first other one', () => {
    expect(pickComparedDrafts([a, b, c], 'b', 'b', undefined)).toEqual({ left: b, right: a });
  });

  test('falls back to the open draft when the picked one is gone, and never compares a draft with itself', () => {
    expect(pickComparedDrafts([a, b], 'a', 'deleted', 'a')).toEqual({ left: a, right: b });
  });
});

describe('compareRows', () => {
  const rows = compareRows(a, b, guide, () => notRated, label);

  test('lists the four outputs, the rating, then every answer in step order', () => {
    expect(rows.map((row) => row.heading)).toEqual([
      'Positioning statement',
      'Headline',
      'Sub-headline',
      'Elevator pitch',
      'Customer’s-eye rating',
      'Primary customer',
      'Product name',
    ]);
  });

  test('marks a row the same when both drafts read the same there', () => {
    const same = Object.fromEntries(rows.map((row) => [row.key, row.same]));
    expect(same).toMatchObject({ primaryCustomer: true, productName: false, rating: true, positioning: false });
  });

  test('an unrated draft reads "Not rated yet"; a rated one its score and band', () => {
    const rated: Rating = { status: 'rated', score: 82, band: { min: 80, label: 'Good', description: '' } };
    const [rating] = compareRows(a, b, guide, (draft) => (draft.id === 'a' ? rated : notRated), label).filter(
      (row) => row.key === 'rating',
    );
    expect(rating?.cells).toEqual([{ text: '82/100, Good' }, { text: 'Not rated yet' }]);
  });
});
