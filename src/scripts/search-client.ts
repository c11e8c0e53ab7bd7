// Browser side of search, shared by the header dialog and the /search/ page. Pagefind's script
// and index are fetched only on the first search, so pages carry no search bytes until then;
// a search then fetches the index chunks for its words, the filter index only when a filter is
// used, and one fragment (title, excerpt) per result the reader can see.
import { excerptSegments } from '../lib/search/excerpt';
import { episodeNumberFromQuery } from '../lib/search/query';
import type { SearchState } from '../lib/search/params';
import { HIGHLIGHT_PARAM } from '../lib/search/highlight';
import { bestSections, type HitSection, type PagefindSubResult } from '../lib/search/sections';

interface PagefindResultData {
  url: string;
  excerpt: string;
  meta: Record<string, string | undefined>;
  sub_results?: PagefindSubResult[];
}
interface PagefindSearch {
  results: { id: string; data: () => Promise<PagefindResultData> }[];
}
interface Pagefind {
  options: (options: Record<string, unknown>) => Promise<void>;
  search: (query: string | null, options?: { filters?: Record<string, string> }) => Promise<PagefindSearch>;
  filters: () => Promise<Record<string, Record<string, number>>>;
}

/** A result ready to show. */
export interface SearchHit {
  url: string;
  title: string;
  kind: string;
  episode: string | undefined;
  series: string | undefined;
  date: string | undefined;
  excerpt: string;
  /** The sections under a heading that match best (takeaways, discussion, …), linked directly. */
  sections: HitSection[];
}

/** How many results a search lists; more than this and the reader should refine. */
export const RESULT_LIMIT = 12;
/**
 * How many results are fetched at once: about what the dialog shows without scrolling. Each
 * result's excerpt is its own fragment file, so the rest load only when they scroll into view.
 */
export const FIRST_VISIBLE = 5;

/** A result whose excerpt and title have not been fetched yet. */
export interface PendingHit {
  load: () => Promise<SearchHit>;
}

let pagefind: Promise<Pagefind> | undefined;

/** Loads Pagefind once; rejects with a reader-facing message when the index is missing. */
export function loadPagefind(): Promise<Pagefind> {
  pagefind ??= (async () => {
    const url = '/pagefind/pagefind.js';
    try {
      const module = (await import(/* @vite-ignore */ url)) as Pagefind;
      await module.options({
        excerptLength: 22,
        highlightParam: HIGHLIGHT_PARAM,
        ranking: SEARCH_RANKING,
        // Pagefind's Web Worker is a second 42 KB script (as large as the index a query reads)
        // to keep a search of a few small chunks off the main thread, where it takes milliseconds.
        noWorker: true,
      });
      return module;
    } catch {
      pagefind = undefined;
      throw new Error(
        'Search is not available on this copy of the site: its index was not built. Browse all lessons instead.',
      );
    }
  })();
  return pagefind;
}

/** A match in a lesson's title or summary counts for more than one in its body. */
const SEARCH_RANKING = { metaWeights: { title: 5, summary: 2 } };

/** Runs a search; "episode 12" and "#12" go straight to that episode. Fetches no excerpt yet. */
export async function runSearch(state: SearchState): Promise<PendingHit[]> {
  const engine = await loadPagefind();
  const filters = Object.fromEntries(Object.entries(state.filters).filter(([, value]) => value)) as Record<
    string,
    string
  >;
  const episode = episodeNumberFromQuery(state.query);
  let search: PagefindSearch | undefined;
  if (episode !== undefined) {
    search = await engine.search(null, { filters: { ...filters, episode: String(episode) } });
    if (search.results.length === 0) search = undefined;
  }
  search ??= await engine.search(state.query || null, { filters });
  return search.results.slice(0, RESULT_LIMIT).map((result) => ({
    load: async () => {
      const item = await result.data();
      return {
        url: item.url,
        title: item.meta['title'] ?? item.url,
        kind: item.meta['kind'] ?? 'Page',
        episode: item.meta['episode'],
        series: item.meta['series'],
        date: item.meta['date'],
        excerpt: item.excerpt,
        sections: bestSections(item.sub_results ?? []),
      };
    },
  }));
}

/** Filter values and counts for the /search/ page's selects (their index loads only now). */
export async function availableFilters(): Promise<Record<string, Record<string, number>>> {
  return (await loadPagefind()).filters();
}

/** Excerpt text with its matches marked; all text goes in as text, never as markup. */
function excerptElement(excerpt: string): HTMLSpanElement {
  const element = document.createElement('span');
  element.className = 'hit-excerpt';
  for (const segment of excerptSegments(excerpt)) {
    if (segment.highlighted) {
      const mark = document.createElement('mark');
      mark.textContent = segment.text;
      element.append(mark);
    } else element.append(segment.text);
  }
  return element;
}

function textSpan(className: string, text: string): HTMLSpanElement {
  const span = document.createElement('span');
  span.className = className;
  span.textContent = text;
  return span;
}

/** One result as a link, then a link to each of its best-matching sections. */
function hitContent(hit: SearchHit): HTMLElement[] {
  const link = document.createElement('a');
  link.href = hit.url;
  link.className = 'hit';
  const meta = [hit.kind, hit.episode && `Episode ${hit.episode}`, hit.series, hit.date].filter(Boolean).join(' · ');
  link.append(textSpan('hit-title', hit.title), textSpan('hit-meta', meta), excerptElement(hit.excerpt));
  if (hit.sections.length === 0) return [link];
  const sections = document.createElement('ul');
  sections.className = 'hit-sections';
  sections.setAttribute('aria-label', `Sections of ${hit.title}`);
  for (const section of hit.sections) {
    const item = document.createElement('li');
    const sectionLink = document.createElement('a');
    sectionLink.href = section.url;
    sectionLink.className = 'hit-section';
    sectionLink.append(textSpan('hit-section-title', section.title), excerptElement(section.excerpt));
    item.append(sectionLink);
    sections.append(item);
  }
  return [link, sections];
}

const observers = new WeakMap<HTMLElement, IntersectionObserver>();

/**
 * Lists results: the first few drawn at once, the others as placeholders that fetch their
 * excerpt when they scroll near. Resolves once the first ones are shown.
 */
export async function renderHits(list: HTMLElement, results: readonly PendingHit[]): Promise<void> {
  const first = await Promise.all(results.slice(0, FIRST_VISIBLE).map((result) => result.load()));
  observers.get(list)?.disconnect();
  const later = new Map<Element, PendingHit>();
  const observer = new IntersectionObserver(
    (entries) => {
      for (const entry of entries) {
        const result = later.get(entry.target);
        if (!entry.isIntersecting || !result) continue;
        later.delete(entry.target);
        observer.unobserve(entry.target);
        const item = entry.target as HTMLElement;
        void result.load().then(
          (hit) => {
            item.style.minHeight = '';
            item.append(...hitContent(hit));
          },
          () => item.remove(),
        );
      }
    },
    { rootMargin: '200px 0px' },
  );
  observers.set(list, observer);
  list.replaceChildren(
    ...results.map((result, index) => {
      const item = document.createElement('li');
      const hit = first[index];
      if (hit) item.append(...hitContent(hit));
      else {
        // Room for the result to come, so the list does not jump when it arrives.
        item.style.minHeight = '4.5rem';
        later.set(item, result);
        observer.observe(item);
      }
      return item;
    }),
  );
}

/**
 * Arrow keys move between the input, the result links and their section links; Enter then
 * opens the focused link.
 */
export function handleArrowKeys(event: KeyboardEvent, input: HTMLInputElement, list: HTMLElement): void {
  if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return;
  const links = [...list.querySelectorAll<HTMLAnchorElement>('a.hit, a.hit-section')];
  if (links.length === 0) return;
  event.preventDefault();
  const index = links.indexOf(document.activeElement as HTMLAnchorElement);
  const next = event.key === 'ArrowDown' ? index + 1 : index - 1;
  if (next < 0) input.focus();
  else links[Math.min(next, links.length - 1)]?.focus();
}
