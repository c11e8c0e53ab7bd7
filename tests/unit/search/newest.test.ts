import { describe, expect, test } from 'vitest';
import { newestOnly } from '../../../src/lib/search/newest';

describe('newestOnly', () => {
  test('a ticket is current until a newer one is taken', () => {
    const newest = newestOnly();
    const first = newest.take();
    expect(first()).toBe(true);
    const second = newest.take();
    expect(first()).toBe(false);
    expect(second()).toBe(true);
  });
  test('two controllers do not supersede each other', () => {
    const dialog = newestOnly();
    const page = newestOnly();
    const ticket = dialog.take();
    page.take();
    expect(ticket()).toBe(true);
  });
});
