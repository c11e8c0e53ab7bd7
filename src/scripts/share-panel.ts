// The share panel's buttons: copy the link, the device's share sheet, print. Loaded by
// SharePanel.astro.
import { shareUrl, type ShareSubject } from '../lib/share';
import { COPY_FALLBACK_MESSAGE, copyToClipboard } from './clipboard';

/** Wires a server-rendered <share-panel>: copy, the device's share sheet, print. */
export function enhanceSharePanel(root: HTMLElement): void {
  const status = root.querySelector<HTMLElement>('.status');
  const field = root.querySelector<HTMLElement>('[data-copy-field]');
  const input = field?.querySelector('input');
  const copy = root.querySelector<HTMLButtonElement>('[data-copy]');
  const native = root.querySelector<HTMLButtonElement>('[data-native]');
  const print = root.querySelector<HTMLButtonElement>('[data-print]');
  const options = { utmSource: root.dataset['utm'] === 'true' };
  const say = (message: string) => {
    if (status) status.textContent = message;
  };

  if (copy && field && input) {
    field.hidden = true;
    copy.hidden = false;
    copy.addEventListener('click', async () => {
      const url = subjectOf(root).url;
      input.value = url;
      // Without clipboard access the link is shown, selected, to copy by hand.
      field.hidden = false;
      const copied = await copyToClipboard(url, input);
      field.hidden = copied;
      say(copied ? 'Link copied. Paste it anywhere.' : COPY_FALLBACK_MESSAGE);
    });
  }
  if (native && typeof navigator.share === 'function') {
    native.hidden = false;
    native.addEventListener('click', async () => {
      const subject = subjectOf(root);
      try {
        await navigator.share({
          title: subject.title,
          text: subject.summary,
          url: shareUrl(subject.url, 'native', options),
        });
      } catch {
        // The reader closed the share sheet; nothing to report.
      }
    });
  }
  if (print) {
    print.hidden = false;
    print.addEventListener('click', () => window.print());
  }
}

/** What to share, from the panel's data attributes. */
function subjectOf(root: HTMLElement): ShareSubject {
  const takeaways = root.dataset['takeaways'];
  let list: string[] | undefined;
  try {
    list = takeaways ? (JSON.parse(takeaways) as string[]) : undefined;
  } catch {
    list = undefined;
  }
  return {
    url: root.dataset['url'] ?? location.href,
    title: root.dataset['title'] ?? document.title,
    emailSubject: root.dataset['emailSubject'],
    summary: root.dataset['summary'] ?? '',
    bossBrief: root.dataset['brief'],
    takeaways: list,
  };
}
