// The worked examples are static HTML outside the builder island (ValuePropExamples.astro); their
// buttons name the version they load, and this hook, in the builder, loads it on click.
import { useEffect, useRef } from 'react';
import { EXAMPLE_BUTTON_ATTRIBUTE, EXAMPLE_DRAFTS_ID, type LoadableExample } from '../lib/value-prop/example-drafts';

/** Calls `onLoad` with the example whose "Load" button was clicked, anywhere on the page. */
export function useExampleButtons(onLoad: (example: LoadableExample) => void): void {
  const latest = useRef(onLoad);
  latest.current = onLoad;
  useEffect(() => {
    const onClick = (event: MouseEvent) => {
      const button = (event.target as Element | null)?.closest(`[${EXAMPLE_BUTTON_ATTRIBUTE}]`);
      const data = document.getElementById(EXAMPLE_DRAFTS_ID)?.textContent;
      if (!button || !data) return;
      const drafts = JSON.parse(data) as Record<string, LoadableExample>;
      const example = drafts[button.getAttribute(EXAMPLE_BUTTON_ATTRIBUTE) ?? ''];
      if (example) latest.current(example);
    };
    document.addEventListener('click', onClick);
    return () => document.removeEventListener('click', onClick);
  }, []);
}
