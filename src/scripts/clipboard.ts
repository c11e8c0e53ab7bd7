// Copy to clipboard for the share panel and both tools. The Clipboard API may be missing or
// refused (old browser, denied permission, insecure context); the reader then copies by hand.

/** The one thing the page says when the browser will not copy: what to do instead. */
export const COPY_FALLBACK_MESSAGE =
  'Your browser did not allow copying, so copy it by hand: select the text and press Ctrl+C (⌘C on a Mac).';

/**
 * Copies text; true when it was copied. When not, `field` (the visible text box holding the same
 * text) is focused and selected so the reader can copy it by hand.
 */
export async function copyToClipboard(
  text: string,
  field?: HTMLInputElement | HTMLTextAreaElement | null,
): Promise<boolean> {
  try {
    if (!navigator.clipboard) throw new Error('no clipboard');
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    field?.focus();
    field?.select();
    return false;
  }
}
