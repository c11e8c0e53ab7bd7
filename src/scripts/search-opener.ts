// SearchDialog.astro's script, on every page: opening, closing and shortcuts only. The
// searching itself (search-dialog.ts, then Pagefind) loads on the first keystroke, so a page
// that is only read carries no more.
import { HIGHLIGHT_PARAM } from '../lib/search/highlight';
import { afterTypingPause } from '../lib/search/typing';

type SearchModule = typeof import('./search-dialog');
let searchModule: Promise<SearchModule> | undefined;
const loadSearch = () => (searchModule ??= import('./search-dialog'));

class SiteSearch extends HTMLElement {
  #opener: Element | null = null;

  connectedCallback() {
    const dialog = this.querySelector('dialog')!;
    const input = this.querySelector('input')!;
    const parts = {
      input,
      list: this.querySelector<HTMLElement>('.hits')!,
      status: this.querySelector('.status')!,
      full: this.querySelector<HTMLAnchorElement>('a.full')!,
    };

    const open = () => {
      if (dialog.open) return;
      this.#opener = document.activeElement;
      dialog.showModal();
      input.focus();
      input.select();
    };
    const search = async () => {
      try {
        await (await loadSearch()).searchDialog(parts);
      } catch {
        searchModule = undefined;
        parts.status.textContent = 'Search could not load. Check your connection and try again.';
      }
    };

    this.querySelector('button.open')!.addEventListener('click', open);
    this.querySelector('button.close')!.addEventListener('click', () => dialog.close());
    dialog.addEventListener('close', () => {
      if (this.#opener instanceof HTMLElement) this.#opener.focus();
    });
    // A click on the backdrop (outside the panel) closes the dialog.
    dialog.addEventListener('click', (event) => {
      if (event.target === dialog) dialog.close();
    });
    input.addEventListener(
      'input',
      afterTypingPause(() => void search()),
    );
    // Arrow keys matter only once there are results, so the search code is already loaded.
    dialog.addEventListener('keydown', (event) => {
      void searchModule?.then((module) => module.handleArrowKeys(event, input, parts.list));
    });
    this.querySelector('form')!.addEventListener('submit', (event) => {
      event.preventDefault();
      parts.list.querySelector<HTMLAnchorElement>('a.hit')?.click();
    });
    document.addEventListener('keydown', (event) => {
      const target = event.target as HTMLElement | null;
      const typing = target?.closest('input, textarea, select, [contenteditable="true"]');
      if ((event.key === 'k' || event.key === 'K') && (event.ctrlKey || event.metaKey)) {
        event.preventDefault();
        open();
      } else if (event.key === '/' && !typing && !event.ctrlKey && !event.metaKey && !event.altKey) {
        event.preventDefault();
        open();
      }
    });
  }
}
customElements.define('site-search', SiteSearch);

// A page opened from a search result carries ?highlight=terms: mark them and scroll to the
// first, so the reader lands on the right paragraph. Loaded only on such visits.
const highlight = new URLSearchParams(location.search).get(HIGHLIGHT_PARAM);
if (highlight) {
  const url = '/pagefind/pagefind-highlight.js';
  import(/* @vite-ignore */ url)
    .then(({ default: PagefindHighlight }) => {
      new PagefindHighlight({ highlightParam: HIGHLIGHT_PARAM, addStyles: false });
      document.querySelector('mark.pagefind-highlight')?.scrollIntoView({ block: 'center' });
    })
    .catch(() => {
      // Without the index there is nothing to highlight; the page itself is unaffected.
    });
}
