// Shared by the search client (which asks Pagefind to add it to result links) and every page
// (which highlights on arrival), so it lives apart from both.

/** The query parameter Pagefind's highlighter reads on the page a result opens. */
export const HIGHLIGHT_PARAM = 'highlight';
