// Every change to the list of drafts, as one pure reducer: the island dispatches, storage saves
// the result. Ids and times arrive in the actions so the reducer never reads a clock.
import { createDraft, isDraftEmpty, renameDraft, uniqueName, updateField, type Draft } from './draft';
import { MAX_DRAFTS, type FieldId } from './fields';

/** The drafts in this browser and which one is open. Invariant: at least one draft, activeId among them. */
export interface DraftsState {
  drafts: Draft[];
  activeId: string;
  /** The last deleted draft and where it was, so it can be restored. */
  deleted?: { draft: Draft; index: number; replacementId?: string | undefined } | undefined;
}

/** Something the user did to their drafts. */
export type DraftsAction =
  | { type: 'select'; id: string }
  | { type: 'edit-field'; field: FieldId; value: string; now: number }
  | { type: 'rename'; name: string; now: number }
  /** Adds a draft made elsewhere (new, example, shared copy, import) and opens it. */
  | { type: 'add'; draft: Draft }
  | { type: 'duplicate'; newId: string; now: number }
  /** Deletes the open draft; `replacement` is opened when it was the last one. */
  | { type: 'delete'; id: string; replacement: Draft }
  | { type: 'undo-delete' }
  /** Replaces everything, e.g. after another tab saved. */
  | { type: 'replace'; state: DraftsState };

/** The open draft. */
export function activeDraft(state: DraftsState): Draft {
  const found = state.drafts.find((draft) => draft.id === state.activeId) ?? state.drafts[0];
  if (!found) throw new Error('DraftsState must hold at least one draft');
  return found;
}

/** True while another draft fits under the limit. */
export function canAddDraft(state: DraftsState, count = 1): boolean {
  return state.drafts.length + count <= MAX_DRAFTS;
}

/** A state holding the given drafts, opening `activeId` when it is one of them, else the most recent. */
export function initialDraftsState(
  drafts: readonly Draft[],
  activeId: string | undefined,
  fallback: Draft,
): DraftsState {
  if (drafts.length === 0) return { drafts: [fallback], activeId: fallback.id };
  const open = drafts.find((draft) => draft.id === activeId) ?? mostRecent(drafts);
  return { drafts: [...drafts], activeId: open.id };
}

/** The next state after `action`; unknown ids and over-limit additions leave the state unchanged. */
export function draftsReducer(state: DraftsState, action: DraftsAction): DraftsState {
  switch (action.type) {
    case 'select':
      return state.drafts.some((draft) => draft.id === action.id) ? { ...state, activeId: action.id } : state;
    case 'edit-field':
      return mapActive(state, (draft) => updateField(draft, action.field, action.value, action.now));
    case 'rename':
      return mapActive(state, (draft) => renameDraft(draft, action.name, action.now));
    case 'add':
      if (!canAddDraft(state) || state.drafts.some((draft) => draft.id === action.draft.id)) return state;
      return { ...state, drafts: [...state.drafts, action.draft], activeId: action.draft.id };
    case 'duplicate': {
      if (!canAddDraft(state)) return state;
      const source = activeDraft(state);
      const copy = createDraft({
        id: action.newId,
        name: uniqueName(
          `Copy of ${source.name}`,
          state.drafts.map((draft) => draft.name),
        ),
        fields: source.fields,
        now: action.now,
      });
      return draftsReducer(state, { type: 'add', draft: copy });
    }
    case 'delete': {
      const index = state.drafts.findIndex((draft) => draft.id === action.id);
      const draft = state.drafts[index];
      if (!draft) return state;
      const drafts = state.drafts.filter((other) => other.id !== action.id);
      if (drafts.length === 0) {
        const replacement = action.replacement;
        return {
          drafts: [replacement],
          activeId: replacement.id,
          deleted: { draft, index, replacementId: replacement.id },
        };
      }
      const activeId =
        state.activeId === action.id ? (drafts[Math.min(index, drafts.length - 1)] as Draft).id : state.activeId;
      return { drafts, activeId, deleted: { draft, index } };
    }
    case 'undo-delete': {
      if (!state.deleted || !canAddDraft(state)) return state;
      const { draft, index, replacementId } = state.deleted;
      // The blank draft that stood in for the last deleted one goes away again if still untouched.
      const drafts = state.drafts.filter((other) => !(other.id === replacementId && isDraftEmpty(other)));
      drafts.splice(Math.min(index, drafts.length), 0, draft);
      return { drafts, activeId: draft.id };
    }
    case 'replace':
      return action.state;
  }
}

function mapActive(state: DraftsState, change: (draft: Draft) => Draft): DraftsState {
  const active = activeDraft(state);
  return { ...state, drafts: state.drafts.map((draft) => (draft.id === active.id ? change(draft) : draft)) };
}

function mostRecent(drafts: readonly Draft[]): Draft {
  return drafts.reduce((latest, draft) => (draft.updatedAt > latest.updatedAt ? draft : latest));
}
