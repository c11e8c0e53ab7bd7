// Custom elements below the fold load their code when they come near the screen, or when the
// browser has nothing else to do, whichever is first: off the page's critical path, and ready
// before a reader who scrolls gets there.

/** How far below the screen an element counts as near. */
const NEAR = '600px';
/** The longest the browser may wait for an idle moment. */
const IDLE_TIMEOUT_MS = 3000;

/** Defines the custom element `name`: each one runs the enhancement `load` resolves to once it nears the viewport or the browser is idle. */
export function defineNearElement(name: string, load: () => Promise<(element: HTMLElement) => void>): void {
  customElements.define(
    name,
    class extends HTMLElement {
      connectedCallback() {
        whenNearOrIdle(this, () => load().then((enhance) => enhance(this)));
      }
    },
  );
}

/** Calls `load` once: when `element` nears the viewport or the browser is idle. */
function whenNearOrIdle(element: Element, load: () => Promise<unknown>): void {
  let started = false;
  const start = () => {
    if (started) return;
    started = true;
    observer?.disconnect();
    void load().catch(() => {
      // A chunk that failed to load leaves the server-rendered fallback in place.
    });
  };
  const observer =
    'IntersectionObserver' in window
      ? new IntersectionObserver((entries) => entries.some((entry) => entry.isIntersecting) && start(), {
          rootMargin: `0px 0px ${NEAR} 0px`,
        })
      : undefined;
  observer?.observe(element);
  if ('requestIdleCallback' in window) requestIdleCallback(start, { timeout: IDLE_TIMEOUT_MS });
  else setTimeout(start, IDLE_TIMEOUT_MS);
}
