import { describe, expect, test } from 'vitest';
import { createDraft, type Draft } from '../../../src/lib/value-prop/draft';
import {
  activeDraft,
  canAddDraft,
  draftsReducer,
  initialDraftsState,
  type DraftsState,
} from '../../../src/lib/value-prop/drafts-state';
import { MAX_DRAFTS } from '../../../src/lib/value-prop/fields';

const draft = (id: string, now = 1, fields = {}): Draft => createDraft({ id, name: id.toUpperCase(), fields, now });
const two: DraftsState = { drafts: [draft('a', 1), draft('b', 2)], activeId: 'a' };

describe('initialDraftsState', () => {
  test('opens the remembered draft', () => {
    expect(initialDraftsState(two.drafts, 'b', draft('new')).activeId).toBe('b');
  });

  test('opens the most recently changed draft when the remembered one is gone', () => {
    expect(initialDraftsState(two.drafts, 'zzz', draft('new')).activeId).toBe('b');
  });

  test('starts with the fallback draft when nothing is stored', () => {
    expect(initialDraftsState([], undefined, draft('new'))).toEqual({ drafts: [draft('new')], activeId: 'new' });
  });
});

describe('activeDraft', () => {
  test('is the open draft', () => {
    expect(activeDraft(two).id).toBe('a');
  });
});

describe('canAddDraft', () => {
  test(`allows up to ${MAX_DRAFTS} drafts`, () => {
    const full = { drafts: Array.from({ length: MAX_DRAFTS }, (_, i) => draft(`d${i}`)), activeId: 'd0' };
    expect(canAddDraft(two)).toBe(true);
    expect(canAddDraft(full)).toBe(false);
    expect(canAddDraft(two, MAX_DRAFTS - 1)).toBe(false);
  });
});

describe('draftsReducer', () => {
  test('edits only the open draft', () => {
    const next = draftsReducer(two, { type: 'edit-field', field: 'job', value: 'x', now: 9 });
    expect(next.drafts[0]?.fields.job).toBe('x');
    expect(next.drafts[1]).toBe(two.drafts[1]);
  });

  test('renames the open draft', () => {
    expect(activeDraft(draftsReducer(two, { type: 'rename', name: 'Shop', now: 9 })).name).toBe('Shop');
  });

  test('selecting an unknown id changes nothing', () => {
    expect(draftsReducer(two, { type: 'select', id: 'nope' })).toBe(two);
    expect(draftsReducer(two, { type: 'select', id: 'b' }).activeId).toBe('b');
  });

  test('adds a draft and opens it, but never one with an id already in use', () => {
    const added = draftsReducer(two, { type: 'add', draft: draft('c') });
    expect(added.drafts.map((d) => d.id)).toEqual(['a', 'b', 'c']);
    expect(added.activeId).toBe('c');
    expect(draftsReducer(two, { type: 'add', draft: draft('a', 5, { job: 'overwrite?' }) })).toBe(two);
  });

  test('duplicates the open draft under a new, unique name', () => {
    const withText = draftsReducer(two, { type: 'edit-field', field: 'job', value: 'x', now: 3 });
    const next = draftsReducer(withText, { type: 'duplicate', newId: 'c', now: 4 });
    expect(activeDraft(next)).toMatchObject({ id: 'c', name: 'Copy of A', fields: { job: 'x' }, createdAt: 4 });
  });

  test('deleting the open draft opens its neighbour, and undo puts it back where it was', () => {
    const deleted = draftsReducer(two, { type: 'delete', id: 'a', replacement: draft('r') });
    expect(deleted.drafts.map((d) => d.id)).toEqual(['b']);
    expect(deleted.activeId).toBe('b');
    const restored = draftsReducer(deleted, { type: 'undo-delete' });
    expect(restored.drafts.map((d) => d.id)).toEqual(['a', 'b']);
    expect(restored.activeId).toBe('a');
    expect(restored.deleted).toBeUndefined();
  });

  test('deleting the last draft leaves a blank one, which undo removes again', () => {
    const one = { drafts: [draft('a', 1, { job: 'x' })], activeId: 'a' };
    const deleted = draftsReducer(one, { type: 'delete', id: 'a', replacement: draft('r') });
    expect(deleted.drafts.map((d) => d.id)).toEqual(['r']);
    expect(draftsReducer(deleted, { type: 'undo-delete' }).drafts.map((d) => d.id)).toEqual(['a']);
  });

  test('undo with nothing deleted changes nothing', () => {
    expect(draftsReducer(two, { type: 'undo-delete' })).toBe(two);
  });

  test('refuses to go past the draft limit', () => {
    const full = { drafts: Array.from({ length: MAX_DRAFTS }, (_, i) => draft(`d${i}`)), activeId: 'd0' };
    expect(draftsReducer(full, { type: 'add', draft: draft('x') })).toBe(full);
    expect(draftsReducer(full, { type: 'duplicate', newId: 'x', now: 1 })).toBe(full);
  });
});
