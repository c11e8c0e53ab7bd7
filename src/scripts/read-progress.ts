// Marks a lesson read when the reader scrolls to its end, or with the button; the mark lives
// only in this browser. Loaded by ReadProgress.astro when the end of the lesson comes near.
import { formatDate } from '../lib/dates';
import { isRead, markRead, markUnread } from '../lib/progress';
import { currentProgress, updateProgress } from './progress-session';

/** How long the end of the lesson must stay in view before it counts as finished. */
const FINISH_DWELL_MS = 1200;

/** Wires a server-rendered <read-progress> element: button, status and the scroll check. */
export function enhanceReadProgress(root: HTMLElement): void {
  const slug = root.dataset['slug'] ?? '';
  const row = root.querySelector<HTMLElement>('.row');
  const button = root.querySelector<HTMLButtonElement>('[data-toggle]');
  const status = root.querySelector<HTMLElement>('.status');
  const end = root.querySelector<HTMLElement>('[data-read-end]');
  if (!row || !button || !status || !end) return;

  const show = (announce: boolean) => {
    const progress = currentProgress();
    const readAt = progress.read[slug];
    button.textContent = readAt ? 'Mark as unread' : 'Mark as read';
    const message = readAt ? `You finished this lesson on ${formatDate(new Date(readAt))}.` : 'Not marked as read yet.';
    // Announce only changes the reader caused or saw happen, not the initial state.
    if (announce || readAt) status.textContent = message;
    else status.textContent = '';
  };

  // A choice made with the button wins over the automatic mark for the rest of the visit.
  let chosen = false;
  row.hidden = false;
  show(false);
  button.addEventListener('click', () => {
    chosen = true;
    updateProgress((progress) =>
      isRead(progress, slug) ? markUnread(progress, slug) : markRead(progress, slug, new Date()),
    );
    show(true);
  });

  // Finishing means scrolling to the end and staying there a moment; a page that fits the
  // screen without scrolling does not count, or every glance would. A scroll listener (not an
  // IntersectionObserver) also catches jumps past the end with the End key or a link.
  let timer: number | undefined;
  const check = () => {
    if (timer !== undefined || window.scrollY <= 0 || end.getBoundingClientRect().top > window.innerHeight) return;
    window.removeEventListener('scroll', onScroll);
    timer = window.setTimeout(() => {
      if (chosen || isRead(currentProgress(), slug)) return;
      updateProgress((progress) => markRead(progress, slug, new Date()));
      show(true);
    }, FINISH_DWELL_MS);
  };
  let frame = 0;
  const onScroll = () => {
    cancelAnimationFrame(frame);
    frame = requestAnimationFrame(check);
  };
  window.addEventListener('scroll', onScroll, { passive: true });
  check();
}
