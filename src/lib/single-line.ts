// Untrusted one-line text, such as a search query or a group label, made safe to keep and show. Pure.

/** `text` on one line: control characters removed, white space collapsed, trimmed, at most `maxLength` characters. */
export function singleLine(text: string, maxLength: number): string {
  return text
    .replace(/[\u0000-\u001f\u007f]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, maxLength);
}
