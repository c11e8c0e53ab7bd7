// Browser side of search, shared by the header dialog and the /search/ page. Pagefind's script
// and index are fetched only on the first search, so pages carry no search bytes until then.
import { excerptSegments } from '../lib/search/excerpt';
import { episodeNumberFromQuery } from '../lib/search/query';
import type { SearchState } from '../lib/search/params';
import { HIGHLIGHT_PARAM } from '../lib/search/highlight';

interface PagefindResultData {
  url: string;
  excerpt: string;
  meta: Record<string, string | undefined>;
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
}

/** How many results a search shows; more than this and the reader should refine. */
export const RESULT_LIMIT = 12;
export { HIGHLIGHT_PARAM };

let pagefind: Promise<Pagefind> | undefined;

/** Loads Pagefind once; rejects with a reader-facing message when the index is missing. */
export function loadPagefind(): Promise<Pagefind> {
  pagefind ??= (async () => {
    const url = '/pagefind/pagefind.js';
    try {
      const module = (await import(/* @vite-ignore */ url)) as Pagefind;
      await module.options({ excerptLength: 22, highlightParam: HIGHLIGHT_PARAM });
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

/** Runs a search; "episode 12" and "#12" go straight to that episode. */
export async function runSearch(state: SearchState): Promise<SearchHit[]> {
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
  const data = await Promise.all(search.results.slice(0, RESULT_LIMIT).map((result) => result.data()));
  return data.map((item) => ({
    url: item.url,
    title: item.meta['title'] ?? item.url,
    kind: item.meta['kind'] ?? 'Page',
    episode: item.meta['episode'],
    series: item.meta['series'],
    date: item.meta['date'],
    excerpt: item.excerpt,
  }));
}

/** Filter values and counts for the /search/ page's selects. */
export async function availableFilters(): Promise<Record<string, Record<string, number>>> {
  return (await loadPagefind()).filters();
}

/** Renders hits as list items of links; all text goes in as text, never as markup. */
export function renderHits(list: HTMLElement, hits: readonly SearchHit[]): void {
  list.replaceChildren(
    ...hits.map((hit) => {
      const item = document.createElement('li');
      const link = document.createElement('a');
      link.href = hit.url;
      link.className = 'hit';
      const title = document.createElement('span');
      title.className = 'hit-title';
      title.textContent = hit.title;
      const meta = document.createElement('span');
      meta.className = 'hit-meta';
      meta.textContent = [hit.kind, hit.episode && `Episode ${hit.episode}`, hit.series, hit.date]
        .filter(Boolean)
        .join(' · ');
      const excerpt = document.createElement('span');
      excerpt.className = 'hit-excerpt';
      for (const segment of excerptSegments(hit.excerpt)) {
        if (segment.highlighted) {
          const mark = document.createElement('mark');
          mark.textContent = segment.text;
          excerpt.append(mark);
        } else excerpt.append(segment.text);
      }
      link.append(title, meta, excerpt);
      item.append(link);
      return item;
    }),
  );
}

/** Arrow keys move between the input and the result links; Enter then opens the focused link. */
export function handleArrowKeys(event: KeyboardEvent, input: HTMLInputElement, list: HTMLElement): void {
  if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return;
  const links = [...list.querySelectorAll<HTMLAnchorElement>('a.hit')];
  if (links.length === 0) return;
  event.preventDefault();
  const index = links.indexOf(document.activeElement as HTMLAnchorElement);
  const next = event.key === 'ArrowDown' ? index + 1 : index - 1;
  if (next < 0) input.focus();
  else links[Math.min(next, links.length - 1)]?.focus();
}
