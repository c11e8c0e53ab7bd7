import { describe, expect, test } from 'vitest';
import { describeRunway } from '../../src/lib/runway';

const now = new Date('2026-12-02T06:15:00Z');

describe('describeRunway', () => {
  test('names how many episodes are scheduled and the last date, whatever order they come in', () => {
    expect(describeRunway(['2026-12-20', '2026-12-06', '2026-12-13'], now)).toEqual({
      message: '3 episodes scheduled, the last on 2026-12-20',
      short: false,
    });
  });

  test('says "on" for a single episode', () => {
    expect(describeRunway(['2026-12-27'], now).message).toBe('1 episode scheduled, on 2026-12-27');
  });

  test('an empty schedule is reported, and short', () => {
    expect(describeRunway([], now)).toEqual({
      message: 'No episodes scheduled: the next one is not written yet.',
      short: true,
    });
  });

  test('less than fourteen days ahead is short; fourteen days or more is not', () => {
    expect(describeRunway(['2026-12-16'], new Date('2026-12-02T00:00:01Z')).short).toBe(true);
    expect(describeRunway(['2026-12-16'], new Date('2026-12-02T00:00:00Z')).short).toBe(false);
  });
});
