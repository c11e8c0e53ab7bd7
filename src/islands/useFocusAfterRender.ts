// Moving focus to an element React is about to render (a step heading, a field, an error) only
// works once the render has committed, so the request is state and an effect carries it out.
import { useCallback, useLayoutEffect, useState, type RefObject } from 'react';

/** What to focus: an element id, or a ref to the element. */
export type FocusTarget = string | RefObject<HTMLElement | null>;

/** Returns a function that focuses its target after the next render (never on first mount). */
export function useFocusAfterRender(): (target: FocusTarget) => void {
  const [request, setRequest] = useState<{ target: FocusTarget; serial: number }>();
  // A layout effect runs as the render commits. Preact runs plain effects after the next paint
  // (React flushes them at once after a click or key), so focus would lag a frame behind.
  useLayoutEffect(() => {
    if (!request) return;
    const { target } = request;
    (typeof target === 'string' ? document.getElementById(target) : target.current)?.focus();
  }, [request]);
  // A serial makes asking twice for the same target focus it twice.
  return useCallback((target) => setRequest((previous) => ({ target, serial: (previous?.serial ?? 0) + 1 })), []);
}
