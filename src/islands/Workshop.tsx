// Workshop mode: the facilitator pastes the team's result links; the team picture, the agenda, the
// team link and the CSV are computed in src/lib/assessment/workshop and drawn here.
import { useEffect, useMemo, useRef, useState } from 'react';
import { summarizeWorkshop, type WorkshopRespondent } from '../lib/assessment/workshop/aggregate';
import type { AgendaLesson } from '../lib/assessment/workshop/agenda';
import {
  MAX_PASTE_CHARS,
  MAX_WORKSHOP_RESPONDENTS,
  readPaste,
  type PasteReading,
} from '../lib/assessment/workshop/paste';
import { workshopOpening, type WorkshopMember } from '../lib/assessment/workshop/opening';
import {
  MAX_LABEL_LENGTH,
  cleanLabel,
  encodeTeamFragment,
  inTeamLinkOrder,
} from '../lib/assessment/workshop/team-link';
import type { AssessmentDefinition, AssessmentEdition } from '../schemas/assessment';
import AssessmentForm from './AssessmentForm';
import WorkshopPasteReport from './WorkshopPasteReport';
import WorkshopReport from './WorkshopReport';
import { useFocusAfterRender } from './useFocusAfterRender';

interface Props {
  definition: AssessmentDefinition;
  /** Earlier editions, newest first, so links made with them load too. */
  earlier: AssessmentEdition[];
  /** Each dimension's published lessons with their discussion questions. */
  lessons: Record<string, AgendaLesson[]>;
  assessmentPath: string;
  comparePath: string;
}

/** The workshop island. */
export default function Workshop({ definition, earlier, lessons, assessmentPath, comparePath }: Props) {
  const editions = useMemo(() => [definition, ...earlier], [definition, earlier]);
  const [members, setMembers] = useState<WorkshopMember[]>([]);
  // Labels are kept by code, so reloading a longer paste keeps the groups already named.
  const [labels, setLabels] = useState<Record<string, string>>({});
  const [reading, setReading] = useState<PasteReading | null>(null);
  const [linkError, setLinkError] = useState('');
  const pasteRef = useRef<HTMLTextAreaElement>(null);
  const statusRef = useRef<HTMLHeadingElement>(null);

  const focusAfterRender = useFocusAfterRender();

  // A team link opens the team it carries; a result link's `#r=` codes start the paste.
  useEffect(() => {
    const opening = workshopOpening(editions, window.location.hash, new URL(assessmentPath, window.location.href).href);
    if (!opening) return;
    if (!opening.ok) {
      setLinkError(opening.error.message);
      return;
    }
    setMembers(opening.value.members);
    setLabels(opening.value.labels);
    if (pasteRef.current) pasteRef.current.value = opening.value.pasteText;
  }, [editions, assessmentPath]);

  const respondents = useMemo(
    () =>
      inTeamLinkOrder(editions, members).map((member): WorkshopRespondent & { code: string } => ({
        ...member,
        label: labels[member.code] ?? '',
      })),
    [editions, members, labels],
  );
  const summary = useMemo(() => summarizeWorkshop(definition, respondents), [definition, respondents]);
  const fragment = useMemo(() => (respondents.length ? encodeTeamFragment(respondents) : ''), [respondents]);

  // The address bar carries the team, so a reload or a bookmark reopens it.
  useEffect(() => {
    if (fragment) window.history.replaceState(null, '', `#${fragment}`);
  }, [fragment]);

  const load = () => {
    const result = readPaste(editions, pasteRef.current?.value ?? '');
    setReading(result);
    setLinkError('');
    if (result.results.length > 0 || result.refusal === null) {
      setMembers(result.results.map(({ code, answers, edition }) => ({ code, answers, edition })));
    }
    focusAfterRender(statusRef);
  };

  // A paste too large to read is refused before it reaches the box: laying out megabytes of text
  // in a textarea would freeze the page before any of our code ran. True when refused.
  const refuseHugePaste = (text: string) => {
    if (text.length <= MAX_PASTE_CHARS) return false;
    setReading(readPaste(editions, text));
    focusAfterRender(statusRef);
    return true;
  };

  return (
    <div className="assessment workshop">
      <AssessmentForm className="workshop-form" labelledBy="workshop-paste-heading" onSubmit={load}>
        <h2 id="workshop-paste-heading">Paste the team’s results</h2>
        <p className="meta">
          Paste anything that holds the result links: a whole e-mail thread, a chat export, a spreadsheet column. Every
          link is found; repeats count once. Up to {MAX_WORKSHOP_RESPONDENTS} people. Everything stays in this browser.
        </p>
        {linkError && (
          <p className="field-error" role="alert">
            {linkError}
          </p>
        )}
        <p className="field">
          <label htmlFor="workshop-paste">Messages or links</label>
          <textarea
            id="workshop-paste"
            ref={pasteRef}
            rows={8}
            spellcheck={false}
            autoComplete="off"
            placeholder="e.g. https://…/assessment/#r=2.…"
            onPaste={(event) => {
              if (refuseHugePaste(event.clipboardData?.getData('text') ?? '')) event.preventDefault();
            }}
          />
        </p>
        <div className="actions">
          <button type="submit" className="button">
            Bring the results together
          </button>
        </div>
      </AssessmentForm>

      {reading && <WorkshopPasteReport reading={reading} loaded={members.length} headingRef={statusRef} />}

      {respondents.length > 0 && (
        <WorkshopReport
          definition={definition}
          respondents={respondents}
          summary={summary}
          lessons={lessons}
          fragment={fragment}
          singlePath={assessmentPath}
          comparePath={comparePath}
          onLabel={(code, label) =>
            setLabels((current) => ({
              ...current,
              [code]: cleanLabel(label).length ? label.slice(0, MAX_LABEL_LENGTH) : '',
            }))
          }
        />
      )}
    </div>
  );
}
