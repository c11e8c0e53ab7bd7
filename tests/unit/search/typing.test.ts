import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { afterTypingPause, TYPING_PAUSE_MS } from '../../../src/lib/search/typing';

describe('afterTypingPause', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  test('runs once, a pause after the last keystroke', () => {
    const action = vi.fn();
    const typed = afterTypingPause(action);
    typed();
    vi.advanceTimersByTime(TYPING_PAUSE_MS - 1);
    typed();
    vi.advanceTimersByTime(TYPING_PAUSE_MS - 1);
    expect(action).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(action).toHaveBeenCalledOnce();
  });
});
