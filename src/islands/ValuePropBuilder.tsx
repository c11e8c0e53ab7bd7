import './ValuePropBuilder.css';
// Over 250 lines: the builder wires drafts, steps, check, export and share; each part is its own component.
// The value-proposition builder island: holds the drafts, calls the pure modules in
// src/lib/value-prop for everything it shows, and renders. Content arrives as props.
import { useEffect, useMemo, useState } from 'react';
import { draftView, stepOfField } from '../lib/value-prop/builder-view';
import { createDraft, displayName, uniqueName, type Draft } from '../lib/value-prop/draft';
import { activeDraft, canAddDraft } from '../lib/value-prop/drafts-state';
import { MAX_DRAFTS, type FieldId } from '../lib/value-prop/fields';
import { exportDraftsJson, exportFileName, importDraftsJson, MAX_IMPORT_CHARS } from '../lib/value-prop/json-transfer';
import type { LoadableExample } from '../lib/value-prop/example-drafts';
import { createLanguageChecker, languageListsCompiler } from '../lib/value-prop/language-check';
import type { BuilderPageContent } from '../lib/value-prop/page-content';
import {
  draftToMarkdown,
  draftToPlainText,
  fieldLabeller,
  gapLabeller,
  segmentsToPlain,
} from '../lib/value-prop/text-export';
import { bossMailto } from '../lib/share';
import { COPY_FALLBACK_MESSAGE, copyToClipboard } from '../scripts/clipboard';
import ValuePropActions from './ValuePropActions';
import ValuePropCanvas from './ValuePropCanvas';
import ValuePropCheck from './ValuePropCheck';
import ValuePropDraftBar from './ValuePropDraftBar';
import ValuePropNotices from './ValuePropNotices';
import ValuePropOutput from './ValuePropOutput';
import ValuePropSteps from './ValuePropSteps';
import { useFocusAfterRender } from './useFocusAfterRender';
import { useExampleButtons } from './ValuePropExampleButtons';
import {
  blankDraft,
  CODEC_UNAVAILABLE,
  loadShareCode,
  newDraftId,
  provideDraftRater,
  useDraftStore,
} from './ValuePropStore';
import { byCount } from '../lib/plural';
import { whenIdle } from './whenIdle';

/** The builder's content; the worked examples are static HTML beside the island (ValuePropExamples.astro). */
export type BuilderCoreContent = Omit<BuilderPageContent, 'examples'>;

interface Props {
  content: BuilderCoreContent;
}

const TOO_MANY_DRAFTS = `You have ${MAX_DRAFTS} drafts, the most this browser keeps. Delete one you no longer need first.`;

export default function ValuePropBuilder({ content }: Props) {
  const store = useDraftStore();
  const { state, dispatch, notify } = store;
  const draft = activeDraft(state);
  const [stepIndex, setStepIndex] = useState(0);
  const [shareUrl, setShareUrl] = useState<string | undefined>();
  const focusSoon = useFocusAfterRender();

  // Remembers each field's findings, so a keystroke re-checks only the field typed in. The word
  // lists compile on the first answer or when the browser is idle, never in the hydrating task.
  const compiler = useMemo(() => languageListsCompiler(content.lists, content.rules), [content.lists, content.rules]);
  const check = useMemo(() => createLanguageChecker(compiler.result), [compiler]);
  useEffect(() => whenIdle(compiler.step), [compiler]);
  useEffect(
    () =>
      whenIdle(() => {
        void loadShareCode();
        return false;
      }),
    [],
  );
  const guide = useMemo(() => ({ steps: content.steps }), [content.steps]);
  const gapLabel = useMemo(() => gapLabeller(guide), [guide]);
  const fieldLabel = useMemo(() => fieldLabeller(guide), [guide]);
  const view = useMemo(
    () => draftView(draft.fields, check, content.ratingBands),
    [draft.fields, check, content.ratingBands],
  );
  const { outputs, report, rating } = view;
  useEffect(
    () => provideDraftRater((other) => draftView(other.fields, check, content.ratingBands).rating),
    [check, content.ratingBands],
  );

  // A share link describes one version of one draft; it goes stale when either changes.
  useEffect(() => setShareUrl(undefined), [draft]);

  const goToStep = (index: number) => {
    setStepIndex(index);
    focusSoon('vp-step-title');
  };
  const goToField = (field: FieldId) => {
    setStepIndex(stepOfField(content.steps, field));
    focusSoon(`vp-field-${field}`);
  };
  const openNew = (next: Draft, message: string) => {
    if (!canAddDraft(state)) {
      notify({ tone: 'error', message: TOO_MANY_DRAFTS });
      return false;
    }
    dispatch({ type: 'add', draft: next });
    setStepIndex(0);
    notify({ tone: 'info', message });
    return true;
  };

  const handlers = {
    newDraft: () => {
      const next = blankDraft(state.drafts);
      if (openNew(next, `Started a new draft, “${displayName(next)}”.`)) focusSoon('vp-draft-name');
    },
    duplicate: () => {
      if (!canAddDraft(state)) {
        notify({ tone: 'error', message: TOO_MANY_DRAFTS });
        return;
      }
      dispatch({ type: 'duplicate', newId: newDraftId(), now: Date.now() });
      notify({ tone: 'info', message: `Duplicated “${displayName(draft)}”. You are now editing the copy.` });
    },
    delete: () => {
      dispatch({ type: 'delete', id: draft.id, replacement: blankDraft([]) });
      notify({ tone: 'info', message: `Deleted “${displayName(draft)}”.`, undo: true });
    },
    undo: () => {
      dispatch({ type: 'undo-delete' });
      notify({ tone: 'info', message: 'Restored the deleted draft.' });
    },
    loadExample: (example: LoadableExample) => {
      const name = uniqueName(
        example.draftName,
        state.drafts.map((d) => d.name),
      );
      const next = createDraft({ id: newDraftId(), name, fields: example.fields, now: Date.now() });
      if (openNew(next, `Loaded the worked example as a new draft, “${name}”. Your other drafts are unchanged.`)) {
        focusSoon('vp-output-title');
      }
    },
    copyText: () => copy(draftToPlainText(draft, guide), 'Copied the statement, headline and pitch as plain text.'),
    share: () =>
      loadShareCode().then(
        ({ shareFragment }) => {
          const url = `${window.location.origin}${window.location.pathname}${shareFragment(draft)}`;
          setShareUrl(url);
          copy(url, 'Share link created and copied. Whoever opens it gets their own copy; your draft stays yours.');
        },
        () => notify({ tone: 'error', message: CODEC_UNAVAILABLE }),
      ),
    copyShareUrl: () => shareUrl && copy(shareUrl, 'Share link copied.'),
    downloadMarkdown: () =>
      download(
        exportFileName(displayName(draft), 'md'),
        draftToMarkdown(draft, guide, {
          rating,
          findings: report.findings,
          ruleTitle: (rule) => content.rules[rule].title,
        }),
        'text/markdown',
      ),
    downloadJson: () =>
      download(exportFileName(displayName(draft), 'json'), exportDraftsJson([draft], new Date()), 'application/json'),
    importFile: async (file: File) => {
      // Refuse huge files before reading them into memory (a character is at most four bytes).
      if (file.size > MAX_IMPORT_CHARS * 4) {
        notify({
          tone: 'error',
          message: `That file is too large (${Math.round(file.size / 1000)} kB) to be a value-proposition export. Nothing was imported.`,
        });
        return;
      }
      let text: string;
      try {
        text = await file.text();
      } catch {
        notify({ tone: 'error', message: 'That file could not be read. Nothing was imported.' });
        return;
      }
      const result = importDraftsJson(text, MAX_DRAFTS - state.drafts.length);
      if (!result.ok) {
        notify({ tone: 'error', message: result.error });
        return;
      }
      const names = state.drafts.map((d) => d.name);
      const imported = result.value.map((entry) => {
        const name = uniqueName(entry.name || 'Imported draft', names);
        names.push(name);
        return createDraft({ id: newDraftId(), name, fields: entry.fields, now: Date.now() });
      });
      for (const next of imported) dispatch({ type: 'add', draft: next });
      setStepIndex(0);
      notify({
        tone: 'info',
        message: `Imported ${byCount(imported.length, { one: `“${displayName(imported[0] as Draft)}”`, other: `${imported.length} drafts` })} as new ${byCount(imported.length, { one: 'draft', other: 'drafts' })}. Nothing you had was replaced.`,
      });
    },
  };

  useExampleButtons(handlers.loadExample);

  function copy(text: string, success: string) {
    void copyToClipboard(text).then((copied) =>
      notify({ tone: 'info', message: copied ? success : COPY_FALLBACK_MESSAGE }),
    );
  }

  return (
    <div className="vp-app">
      <ValuePropNotices
        notices={store.notices}
        saveError={store.saveError}
        onDismiss={store.dismiss}
        onUndo={handlers.undo}
        onResumeSaving={(id) => {
          store.resumeSaving();
          store.dismiss(id);
        }}
      />
      <ValuePropDraftBar
        drafts={state.drafts}
        active={draft}
        onSelect={(id) => dispatch({ type: 'select', id })}
        onRename={(name) => dispatch({ type: 'rename', name, now: Date.now() })}
        onNew={handlers.newDraft}
        onDuplicate={handlers.duplicate}
        onDelete={handlers.delete}
      />
      <p className="vp-example-hint no-print">
        Not sure where to begin? <a href="#vp-examples">Start from a worked example</a>.
      </p>
      <div className="vp-layout">
        <ValuePropSteps
          steps={content.steps}
          stepIndex={stepIndex}
          fields={draft.fields}
          findingsByField={view.findingsByField}
          rules={content.rules}
          onStep={goToStep}
          onEdit={(field, value) => dispatch({ type: 'edit-field', field, value, now: Date.now() })}
          onFinish={() => focusSoon('vp-output-title')}
        />
        <div className="vp-side">
          <ValuePropOutput outputs={outputs} filled={view.filled} label={gapLabel} />
          <ValuePropCheck
            report={report}
            rating={rating}
            bands={content.ratingBands}
            rules={content.rules}
            label={fieldLabel}
            onGoToField={goToField}
          />
        </div>
        <ValuePropActions
          shareUrl={shareUrl}
          emailHref={
            shareUrl &&
            bossMailto(
              {
                url: shareUrl,
                title: `Value proposition draft: ${draft.name}`,
                summary: segmentsToPlain(outputs.positioning, gapLabel),
                bossBrief: segmentsToPlain(outputs.positioning, gapLabel),
              },
              // A draft is private work: no tracking parameter on it.
              { utmSource: false },
            )
          }
          onCopyText={handlers.copyText}
          onShare={handlers.share}
          onCopyShareUrl={handlers.copyShareUrl}
          onDownloadMarkdown={handlers.downloadMarkdown}
          onDownloadJson={handlers.downloadJson}
          onImport={(file) => void handlers.importFile(file)}
          onPrint={() => window.print()}
        />
      </div>
      <ValuePropCanvas draft={draft} outputs={outputs} rating={rating} steps={content.steps} label={gapLabel} />
    </div>
  );
}

function download(name: string, text: string, type: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: `${type};charset=utf-8` }));
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
