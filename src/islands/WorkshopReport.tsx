import './WorkshopReport.css';
// The team picture: who counted, the distribution per dimension, the most divided statements, each
// group against the rest, the agenda, and the team link, CSV and print. All numbers come from
// summarizeWorkshop and buildAgenda; this file only lays them out.
import { useMemo, useRef, useState } from 'react';
import { ANSWERING_STYLE_NAMES } from '../lib/assessment/answering-style';
import { shareLinkPath } from '../lib/assessment/share-code';
import type { WorkshopRespondent, WorkshopSummary } from '../lib/assessment/workshop/aggregate';
import { buildAgenda, type AgendaLesson } from '../lib/assessment/workshop/agenda';
import { workshopCsv } from '../lib/assessment/workshop/csv';
import { compareLinkPath } from '../lib/assessment/workshop/paths';
import { ANSWER_BAR_WIDTH, buildAnswerBar, buildStripPlot } from '../lib/assessment/workshop/strip-plot';
import { MAX_LABEL_LENGTH } from '../lib/assessment/workshop/team-link';
import type { AssessmentDefinition } from '../schemas/assessment';
import { MAX_RESPONDENTS as COMPARE_MAX } from '../lib/assessment/compare';
import WorkshopAgenda from './WorkshopAgenda';
import WorkshopStripPlot from './WorkshopStripPlot';
import { COPY_FALLBACK_MESSAGE, copyToClipboard } from '../scripts/clipboard';

interface Props {
  definition: AssessmentDefinition;
  respondents: (WorkshopRespondent & { code: string })[];
  summary: WorkshopSummary;
  lessons: Record<string, AgendaLesson[]>;
  /** The team-link fragment, without "#". */
  fragment: string;
  singlePath: string;
  comparePath: string;
  onLabel: (code: string, label: string) => void;
}

const plural = (count: number, one: string, many: string) => `${count} ${count === 1 ? one : many}`;
const points = (value: number) => String(Math.round(value));
const signed = (value: number) => (value > 0 ? `+${points(value)}` : points(value));

/** The team view. */
export default function WorkshopReport(props: Props) {
  const { definition, respondents, summary, lessons, fragment } = props;
  const [copyStatus, setCopyStatus] = useState('');
  const linkRef = useRef<HTMLInputElement>(null);
  const titleOf = (id: string) => definition.dimensions.find((dimension) => dimension.id === id)?.title ?? id;
  const plot = useMemo(() => buildStripPlot(definition.dimensions, summary.dimensions), [definition, summary]);
  const agenda = useMemo(() => buildAgenda(definition, summary, lessons), [definition, summary, lessons]);
  const csv = useMemo(() => workshopCsv(definition, respondents, summary), [definition, respondents, summary]);
  // Only rendered in the browser, once a team is loaded.
  const link = `${window.location.origin}${window.location.pathname}#${fragment}`;
  const questionsById = new Map(definition.questions.map((question) => [question.id, question]));
  const styles = summary.setAside.filter((item) => item.reason === 'answering-style');
  const tooFew = summary.setAside.filter((item) => item.reason === 'too-few-answers');
  const codes = respondents.map((respondent) => respondent.code);
  const labelsInUse = [...new Set(respondents.map((respondent) => respondent.label.trim()).filter(Boolean))];

  const copy = async () => {
    const copied = await copyToClipboard(link, linkRef.current);
    setCopyStatus(
      copied
        ? 'Team link copied. Whoever opens it sees this team view; nothing is sent anywhere.'
        : COPY_FALLBACK_MESSAGE,
    );
  };

  return (
    <section className="workshop-report" aria-labelledby="workshop-team-heading">
      <h2 id="workshop-team-heading">The team picture</h2>
      <p className="workshop-counts">
        <strong>{plural(respondents.length, 'person', 'people')}</strong>:{' '}
        {plural(summary.counted.length, 'counted', 'counted')}
        {summary.setAside.length > 0 && <>, {plural(summary.setAside.length, 'set aside', 'set aside')}</>}.
      </p>
      {summary.setAside.length > 0 && (
        <ul className="result-caveat">
          {tooFew.length > 0 && (
            <li>
              {plural(tooFew.length, 'person', 'people')} answered fewer than half the statements on the scale (blank or
              “{definition.notApplicable}”), so {tooFew.length === 1 ? 'their result is' : 'their results are'} not in
              the figures: {tooFew.map((item) => `person ${item.index + 1}`).join(', ')}.
            </li>
          )}
          {styles.length > 0 && (
            <li>
              {plural(styles.length, 'person', 'people')} answered in a way that says more about how they answered than
              about the team (
              {[...new Set(styles.map((item) => summary.results[item.index]?.answeringStyle?.kind))]
                .flatMap((kind) => (kind ? [ANSWERING_STYLE_NAMES[kind]] : []))
                .join('; ')}
              ), so {styles.length === 1 ? 'their result is' : 'their results are'} not in the figures:{' '}
              {styles.map((item) => `person ${item.index + 1}`).join(', ')}.
            </li>
          )}
        </ul>
      )}
      {summary.earlierEdition.length > 0 && (
        <p className="edition-note">
          {plural(summary.earlierEdition.length, 'result comes', 'results come')} from an earlier version of the
          assessment ({summary.earlierEdition.map((index) => `person ${index + 1}`).join(', ')}). Their dimension scores
          are counted; their answers count for a statement only where it was worded the same.
        </p>
      )}
      {respondents.length === 1 ? (
        <p className="workshop-degrade no-print">
          One person is a single result:{' '}
          <a href={props.singlePath + shareLinkPath(codes[0]!, '')}>open it on the result page</a>, with what it means
          and what to read.
        </p>
      ) : respondents.length <= COMPARE_MAX ? (
        <p className="workshop-degrade no-print">
          With {respondents.length} people, the side-by-side view may say more:{' '}
          <a href={compareLinkPath(codes, props.comparePath)}>compare these {respondents.length} results</a>.
        </p>
      ) : null}

      <details className="workshop-labels no-print">
        <summary>
          Name groups (optional): {labelsInUse.length ? labelsInUse.join(', ') : 'everyone is anonymous'}
        </summary>
        <p className="meta">
          Give people a label such as “boss”, “sales” or “support” to see each group against the rest. Labels stay on
          this page and in the team link; leave them blank to keep everyone anonymous.
        </p>
        <datalist id="workshop-label-options">
          {labelsInUse.map((label) => (
            <option key={label} value={label} />
          ))}
        </datalist>
        <ol className="workshop-label-list">
          {respondents.map((respondent, index) => (
            <li key={respondent.code}>
              <label htmlFor={`workshop-label-${index}`}>Person {index + 1}</label>
              <input
                id={`workshop-label-${index}`}
                type="text"
                list="workshop-label-options"
                maxLength={MAX_LABEL_LENGTH}
                value={respondent.label}
                onChange={(event) => props.onLabel(respondent.code, event.currentTarget.value)}
              />
            </li>
          ))}
        </ol>
      </details>

      <h3>Each dimension across the team</h3>
      <p className="meta no-print">
        One dot per person counted. The box is the middle half of the team, the line in it the median; the whiskers
        reach the lowest and highest score.
      </p>
      <div className="workshop-figure">
        <WorkshopStripPlot plot={plot} title="Team scores by dimension, one dot per person" />
        <table className="score-table workshop-table">
          <caption>Scores out of 100 across the team</caption>
          <thead>
            <tr>
              <th scope="col">Dimension</th>
              <th scope="col">People</th>
              <th scope="col">Median</th>
              <th scope="col">Middle half</th>
              <th scope="col">Range</th>
            </tr>
          </thead>
          <tbody>
            {summary.dimensions.map((dimension) => (
              <tr key={dimension.dimensionId}>
                <th scope="row">{titleOf(dimension.dimensionId)}</th>
                <td>{dimension.count}</td>
                <td>{dimension.stats ? points(dimension.stats.median) : '—'}</td>
                <td>{dimension.stats ? `${points(dimension.stats.q1)}–${points(dimension.stats.q3)}` : '—'}</td>
                <td>{dimension.stats ? `${dimension.stats.min}–${dimension.stats.max}` : '—'}</td>
              </tr>
            ))}
          </tbody>
        </table>
        <table className="score-table workshop-table workshop-bands">
          <caption>People in each band, per dimension</caption>
          <thead>
            <tr>
              <th scope="col">Dimension</th>
              {definition.bands.map((band) => (
                <th scope="col" key={band.id}>
                  {band.label}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {summary.dimensions.map((dimension) => (
              <tr key={dimension.dimensionId}>
                <th scope="row">{titleOf(dimension.dimensionId)}</th>
                {dimension.bandCounts.map((band) => (
                  <td key={band.bandId}>{band.count}</td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>

      <h3 className="workshop-statements-heading">Statements the team is most divided on</h3>
      {summary.statements.length > 0 ? (
        <ol className="statement-list workshop-statements">
          {summary.statements.map((statement) => (
            <li key={statement.questionId}>
              <p className="statement">
                “{questionsById.get(statement.questionId)?.statement}”
                <span className="meta"> · {titleOf(statement.dimensionId)}</span>
              </p>
              <svg
                className="answer-bar"
                viewBox={`0 0 ${ANSWER_BAR_WIDTH} 12`}
                width={ANSWER_BAR_WIDTH}
                height={12}
                aria-hidden="true"
              >
                {buildAnswerBar(statement.counts, statement.notApplicable).map((segment) => (
                  <rect
                    key={segment.value}
                    className={`answer-${segment.value}`}
                    x={segment.x}
                    y={0}
                    width={segment.width}
                    height={12}
                  />
                ))}
              </svg>
              <p className="statement-answers">
                {definition.scale.map((point, index) => `${point.label} ${statement.counts[index]}`).join(' · ')}
                {statement.notApplicable > 0 && ` · ${definition.notApplicable} ${statement.notApplicable}`}
              </p>
            </li>
          ))}
        </ol>
      ) : (
        <p>Everyone counted answered every statement alike.</p>
      )}

      {summary.groups.length > 0 && (
        <>
          <h3>Each group against the rest of the team</h3>
          <ul className="workshop-groups">
            {summary.groups.map((group) => (
              <li key={group.label}>
                <p>
                  <strong>{group.label}</strong> ({plural(group.size, 'person', 'people')})
                  {group.largestGaps.length === 0 ? ': scores like the rest of the team.' : ':'}
                </p>
                {group.largestGaps.length > 0 && (
                  <ul>
                    {group.largestGaps.map((gap) => (
                      <li key={gap.dimensionId}>
                        {titleOf(gap.dimensionId)}: {signed(gap.gap)} points ({group.label} {points(gap.group)}, the
                        rest {points(gap.rest)})
                      </li>
                    ))}
                  </ul>
                )}
              </li>
            ))}
          </ul>
        </>
      )}

      {agenda ? <WorkshopAgenda agenda={agenda} /> : <p>No dimension could be scored, so there is no agenda yet.</p>}

      <h3 className="no-print">Share and export</h3>
      <div className="result-actions no-print">
        <button type="button" className="button" onClick={copy}>
          Copy the team link
        </button>
        <a
          className="button secondary"
          href={`data:text/csv;charset=utf-8,${encodeURIComponent(csv)}`}
          download="team-assessment.csv"
        >
          Download CSV
        </a>
        <button type="button" className="button secondary" onClick={() => window.print()}>
          Print agenda
        </button>
      </div>
      <p className="copy-status no-print" role="status">
        {copyStatus}
      </p>
      <p className="share-link no-print">
        <label htmlFor="workshop-team-link">
          Team link ({link.length.toLocaleString('en')} characters; everything is in the link, nothing on a server)
        </label>
        <input
          id="workshop-team-link"
          ref={linkRef}
          type="text"
          readOnly
          value={link}
          onFocus={(event) => event.currentTarget.select()}
        />
      </p>
    </section>
  );
}
