import { describe, expect, test } from 'vitest';
import { fiveNumbers, median, quantile, standardDeviation } from '../../../../src/lib/assessment/workshop/statistics';

describe('median', () => {
  test('is the middle value of an odd count, whatever the order', () => {
    expect(median([70, 10, 40])).toBe(40);
  });
  test('is the mean of the two middle values of an even count', () => {
    expect(median([10, 40, 50, 90])).toBe(45);
  });
  test('is null for no values', () => {
    expect(median([])).toBeNull();
  });
});

describe('quantile', () => {
  test('interpolates between neighbours', () => {
    expect(quantile([0, 10, 20, 30, 40], 0.25)).toBe(10);
    expect(quantile([0, 100], 0.25)).toBe(25);
  });
  test('refuses no values, which is a bug in the caller', () => {
    expect(() => quantile([], 0.5)).toThrow();
  });
});

describe('fiveNumbers', () => {
  test('gives the minimum, quartiles, median and maximum', () => {
    expect(fiveNumbers([50, 0, 100, 25, 75])).toEqual({ min: 0, q1: 25, median: 50, q3: 75, max: 100 });
  });
  test('collapses to one value for one respondent', () => {
    expect(fiveNumbers([42])).toEqual({ min: 42, q1: 42, median: 42, q3: 42, max: 42 });
  });
  test('is null for no values', () => {
    expect(fiveNumbers([])).toBeNull();
  });
});

describe('standardDeviation', () => {
  test('is zero when everyone agrees or only one answered', () => {
    expect(standardDeviation([3, 3, 3])).toBe(0);
    expect(standardDeviation([5])).toBe(0);
  });
  test('is the population standard deviation', () => {
    expect(standardDeviation([1, 5])).toBe(2);
  });
});
