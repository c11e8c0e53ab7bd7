// Over 250 lines: one store shared by two islands (drafts, share links, autosave, other tabs, notices), kept as one mechanism.
// The builder's browser side: loads drafts from localStorage, opens a shared link as a copy,
// autosaves, follows other tabs, and keeps the notices the user needs to see. All decisions are
// made by the pure modules in src/lib/value-prop; this hook only wires them to the browser.
// The drafts live in one module-level store, so the compare island (hydrated later) reads the
// same drafts as the builder island without a second copy.
import { useCallback, useEffect, useRef, useState, useSyncExternalStore } from 'react';
import { createDraft, displayName, uniqueName, type Draft } from '../lib/value-prop/draft';
import {
  canAddDraft,
  draftsReducer,
  initialDraftsState,
  type DraftsAction,
  type DraftsState,
} from '../lib/value-prop/drafts-state';
import { MAX_DRAFTS } from '../lib/value-prop/fields';
import type { Rating } from '../lib/value-prop/rating';
import { readShareCode } from '../lib/value-prop/share-param';
import { onFirstUse } from '../lib/on-first-use';
import { loadDrafts, parseStoredDrafts, saveDrafts, STORAGE_KEY, STORAGE_MESSAGES } from '../lib/value-prop/storage';
import { browserStorage } from '../scripts/browser-storage';

/** Something to tell the user; errors stay until dismissed. */
export interface Notice {
  id: number;
  tone: 'info' | 'error';
  message: string;
  /** Offer to undo the last delete. */
  undo?: boolean;
  /** Offer to resume saving over unreadable stored data. */
  resumeSaving?: boolean;
}

/** Wait after the last keystroke before saving. */
const AUTOSAVE_DELAY_MS = 400;
const SSR_DRAFT = createDraft({ id: 'initial', name: 'Untitled draft', now: 0 });

const SSR_STATE: DraftsState = { drafts: [SSR_DRAFT], activeId: SSR_DRAFT.id };

let current: DraftsState = SSR_STATE;
const listeners = new Set<() => void>();
const subscribe = (listener: () => void) => {
  listeners.add(listener);
  return () => listeners.delete(listener);
};
// Preact's useSyncExternalStore takes no server snapshot: on the server nothing dispatches, so
// `current` is still SSR_STATE there, and the rater is still undefined.
const snapshot = () => current;
function dispatchDrafts(action: DraftsAction): void {
  const next = draftsReducer(current, action);
  if (next === current) return;
  current = next;
  for (const listener of listeners) listener();
}

/** The drafts and which one is open, as every island on the page sees them. */
export function useDraftsState(): DraftsState {
  return useSyncExternalStore(subscribe, snapshot);
}

/** Rates a draft; the builder island provides it, so the compare island needs no word lists of its own. */
export type DraftRater = (draft: Draft) => Rating;
let rater: DraftRater | undefined;
const raterListeners = new Set<() => void>();

/** Called by the builder island once its language check is compiled. */
export function provideDraftRater(next: DraftRater): void {
  rater = next;
  for (const listener of raterListeners) listener();
}

/** The builder's rater, or undefined until the builder island has hydrated. */
export function useDraftRater(): DraftRater | undefined {
  return useSyncExternalStore(
    (listener) => {
      raterListeners.add(listener);
      return () => raterListeners.delete(listener);
    },
    () => rater,
  );
}

/**
 * The share-link codec, loaded on use: its compressor builds its tables as it loads, which made
 * up a sixth of the builder's hydration. The builder also loads it when the browser is idle.
 */
export const loadShareCode = onFirstUse(() => import('../lib/value-prop/share-code'));
type ShareCodeModule = Awaited<ReturnType<typeof loadShareCode>>;
/** Said when the codec's file did not load (offline after the page loaded, say). */
export const CODEC_UNAVAILABLE = 'Share links could not be read or made just now. Reload the page and try again.';

/** A fresh id for a draft. */
export const newDraftId = (): string =>
  typeof crypto !== 'undefined' && 'randomUUID' in crypto
    ? crypto.randomUUID()
    : `d${Date.now().toString(36)}${Math.random().toString(36).slice(2, 10)}`;

/** A blank draft named so it differs from `existing`. */
export function blankDraft(existing: readonly Draft[]): Draft {
  return createDraft({
    id: newDraftId(),
    name: uniqueName(
      'Untitled draft',
      existing.map((draft) => draft.name),
    ),
    now: Date.now(),
  });
}

/** Drafts state with persistence, shared-link handling and notices. */
export function useDraftStore() {
  const state = useDraftsState();
  const dispatch = dispatchDrafts;
  const [loaded, setLoaded] = useState(false);
  const [canSave, setCanSave] = useState(true);
  const [saveError, setSaveError] = useState<string | undefined>();
  const [notices, setNotices] = useState<Notice[]>([]);
  const nextNoticeId = useRef(1);
  const stateRef = useRef(state);
  stateRef.current = state;
  // Set when another tab's save is applied here, so this tab does not echo it back (two tabs
  // with different open drafts would otherwise keep overwriting each other).
  const fromOtherTab = useRef(false);

  const notify = useCallback((notice: Omit<Notice, 'id'>) => {
    const id = nextNoticeId.current++;
    // One info notice at a time (the latest action); errors accumulate until dismissed.
    setNotices((current) => [...current.filter((n) => n.tone === 'error' && !n.undo), { ...notice, id }]);
  }, []);
  const dismiss = useCallback((id: number) => setNotices((current) => current.filter((n) => n.id !== id)), []);

  /** Opens a shared draft from the location hash as a new copy; returns the next state. */
  const openSharedFrom = useCallback(
    (base: DraftsState, { decodeShareCode }: ShareCodeModule): DraftsState => {
      const code = readShareCode(window.location.hash);
      if (code === undefined) return base;
      const decoded = decodeShareCode(code);
      if (!decoded.ok) {
        clearHash();
        notify({ tone: 'error', message: `${decoded.error.message} Your own drafts are unchanged.` });
        return base;
      }
      if (!canAddDraft(base)) {
        notify({
          tone: 'error',
          message: `You already have ${MAX_DRAFTS} drafts. Delete one, then open the link again to see the shared draft.`,
        });
        return base;
      }
      clearHash();
      const name = uniqueName(
        `${decoded.value.name.trim() || 'Shared draft'} (shared copy)`,
        base.drafts.map((d) => d.name),
      );
      const copy = createDraft({ id: newDraftId(), name, fields: decoded.value.fields, now: Date.now() });
      notify({
        tone: 'info',
        message: `Opened the shared draft as a new copy, “${displayName(copy)}”. Your own drafts are unchanged.`,
      });
      return draftsReducer(base, { type: 'add', draft: copy });
    },
    [notify],
  );

  // Load once on the client: stored drafts first, then a shared link on top as a copy.
  useEffect(() => {
    const outcome = loadDrafts(browserStorage);
    setCanSave(outcome.canSave);
    // Saving paused over unreadable data can be resumed by the user; unavailable storage cannot.
    if (outcome.notice)
      notify({
        ...outcome.notice,
        resumeSaving: !outcome.canSave && outcome.notice.message !== STORAGE_MESSAGES.unavailable,
      });
    const fallback = createDraft({ id: newDraftId(), name: 'Untitled draft', now: Date.now() });
    const stored = initialDraftsState(outcome.drafts, outcome.activeId, fallback);
    const open = (state: DraftsState) => {
      dispatch({ type: 'replace', state });
      setLoaded(true);
    };
    if (readShareCode(window.location.hash) === undefined) open(stored);
    else
      loadShareCode().then(
        (codec) => open(openSharedFrom(stored, codec)),
        () => {
          notify({ tone: 'error', message: CODEC_UNAVAILABLE });
          open(stored);
        },
      );
  }, [notify, openSharedFrom]);

  // A share link pasted into this tab's address bar.
  useEffect(() => {
    const onHashChange = () => {
      if (readShareCode(window.location.hash) === undefined) return;
      loadShareCode().then(
        (codec) => {
          const next = openSharedFrom(stateRef.current, codec);
          if (next !== stateRef.current) dispatch({ type: 'replace', state: next });
        },
        () => notify({ tone: 'error', message: CODEC_UNAVAILABLE }),
      );
    };
    window.addEventListener('hashchange', onHashChange);
    return () => window.removeEventListener('hashchange', onHashChange);
  }, [notify, openSharedFrom]);

  // Another tab saved: take its drafts, keeping this tab's open draft when it still exists.
  useEffect(() => {
    const onStorage = (event: StorageEvent) => {
      if (event.key !== STORAGE_KEY || event.newValue === null) return;
      const parsed = parseStoredDrafts(event.newValue);
      if (parsed.corrupt || parsed.drafts.length === 0) return;
      fromOtherTab.current = true;
      dispatch({
        type: 'replace',
        state: initialDraftsState(parsed.drafts, stateRef.current.activeId, parsed.drafts[0] as Draft),
      });
    };
    window.addEventListener('storage', onStorage);
    return () => window.removeEventListener('storage', onStorage);
  }, []);

  // Autosave shortly after each change, and straight away when the page is hidden.
  const save = useCallback(() => {
    const { drafts, activeId } = stateRef.current;
    const result = saveDrafts(browserStorage(), { drafts, activeId });
    setSaveError(result.ok ? undefined : result.error.message);
  }, []);
  useEffect(() => {
    if (!loaded || !canSave) return;
    if (fromOtherTab.current) {
      fromOtherTab.current = false;
      return;
    }
    const timer = window.setTimeout(save, AUTOSAVE_DELAY_MS);
    return () => window.clearTimeout(timer);
  }, [state, loaded, canSave, save]);
  useEffect(() => {
    if (!loaded || !canSave) return;
    const onHide = () => {
      if (document.visibilityState === 'hidden') save();
    };
    document.addEventListener('visibilitychange', onHide);
    window.addEventListener('pagehide', save);
    return () => {
      document.removeEventListener('visibilitychange', onHide);
      window.removeEventListener('pagehide', save);
    };
  }, [loaded, canSave, save]);

  return { state, dispatch, loaded, saveError, notices, notify, dismiss, resumeSaving: () => setCanSave(true) };
}

function clearHash(): void {
  history.replaceState(history.state, '', `${window.location.pathname}${window.location.search}`);
}
