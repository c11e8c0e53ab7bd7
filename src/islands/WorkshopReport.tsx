import './WorkshopReport.css';
// The team picture: who counted, the distribution per dimension, the most divided statements, each
// group against the rest, the agenda, and the team link, CSV and print. Every number and sentence
// comes from workshopReportView in lib/assessment/workshop/report-view.ts; this file lays them out.
import { useMemo } from 'react';
import type { WorkshopRespondent, WorkshopSummary } from '../lib/assessment/workshop/aggregate';
import type { AgendaLesson } from '../lib/assessment/workshop/agenda';
import { teamLinkLabel, workshopReportView } from '../lib/assessment/workshop/report-view';
import type { AssessmentDefinition } from '../schemas/assessment';
import AssessmentScoreTable from './AssessmentScoreTable';
import AssessmentShareActions from './AssessmentShareActions';
import WorkshopAgenda from './WorkshopAgenda';
import WorkshopGroupLabels from './WorkshopGroupLabels';
import WorkshopStatements from './WorkshopStatements';
import WorkshopStripPlot from './WorkshopStripPlot';

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

const DISTRIBUTION_COLUMNS = ['People', 'Median', 'Middle half', 'Range'].map((label) => ({ label }));

/** The team view. */
export default function WorkshopReport(props: Props) {
  const { definition, respondents, summary, lessons } = props;
  const view = useMemo(
    () =>
      workshopReportView(definition, respondents, summary, lessons, {
        single: props.singlePath,
        compare: props.comparePath,
      }),
    [definition, respondents, summary, lessons, props.singlePath, props.comparePath],
  );
  // Only rendered in the browser, once a team is loaded.
  const link = `${window.location.origin}${window.location.pathname}#${props.fragment}`;
  const { smallTeam } = view;

  return (
    <section className="workshop-report" aria-labelledby="workshop-team-heading">
      <h2 id="workshop-team-heading">The team picture</h2>
      <p className="workshop-counts">
        <strong>{view.people}</strong>: {view.counted}
        {view.setAside && <>, {view.setAside}</>}.
      </p>
      {view.setAsideNotes.length > 0 && (
        <ul className="result-caveat">
          {view.setAsideNotes.map((note) => (
            <li key={note}>{note}</li>
          ))}
        </ul>
      )}
      {view.editionNote && <p className="edition-note">{view.editionNote}</p>}
      {smallTeam?.kind === 'single' && (
        <p className="workshop-degrade no-print">
          One person is a single result: <a href={smallTeam.href}>open it on the result page</a>, with what it means and
          what to read.
        </p>
      )}
      {smallTeam?.kind === 'compare' && (
        <p className="workshop-degrade no-print">
          With {smallTeam.count} people, the side-by-side view may say more:{' '}
          <a href={smallTeam.href}>compare these {smallTeam.count} results</a>.
        </p>
      )}

      <WorkshopGroupLabels
        respondents={respondents}
        labelsInUse={view.labelsInUse}
        summary={view.labelsSummary}
        onLabel={props.onLabel}
      />

      <h3>Each dimension across the team</h3>
      <p className="meta no-print">
        One dot per person counted. The box is the middle half of the team, the line in it the median; the whiskers
        reach the lowest and highest score.
      </p>
      <div className="workshop-figure">
        <WorkshopStripPlot plot={view.plot} title="Team scores by dimension, one dot per person" />
        <AssessmentScoreTable
          className="score-table workshop-table"
          caption="Scores out of 100 across the team"
          rowHeading="Dimension"
          columns={DISTRIBUTION_COLUMNS}
          rows={view.distributionRows}
        />
        <AssessmentScoreTable
          className="score-table workshop-table workshop-bands"
          caption="People in each band, per dimension"
          rowHeading="Dimension"
          columns={view.bandColumns.map((label) => ({ label }))}
          rows={view.bandRows}
        />
      </div>

      <WorkshopStatements statements={view.statements} />

      {view.groups.length > 0 && (
        <>
          <h3>Each group against the rest of the team</h3>
          <ul className="workshop-groups">
            {view.groups.map((group) => (
              <li key={group.label}>
                <p>
                  <strong>{group.label}</strong> ({group.size}){group.lead}
                </p>
                {group.gaps.length > 0 && (
                  <ul>
                    {group.gaps.map((gap) => (
                      <li key={gap.dimensionId}>{gap.text}</li>
                    ))}
                  </ul>
                )}
              </li>
            ))}
          </ul>
        </>
      )}

      {view.agenda ? (
        <WorkshopAgenda agenda={view.agenda} />
      ) : (
        <p>No dimension could be scored, so there is no agenda yet.</p>
      )}

      <h3 className="no-print">Share and export</h3>
      <AssessmentShareActions
        link={link}
        copyLabel="Copy the team link"
        copiedMessage="Team link copied. Whoever opens it sees this team view; nothing is sent anywhere."
        fieldId="workshop-team-link"
        fieldLabel={teamLinkLabel(link)}
      >
        <a
          className="button secondary"
          href={`data:text/csv;charset=utf-8,${encodeURIComponent(view.csv)}`}
          download="team-assessment.csv"
        >
          Download CSV
        </a>
        <button type="button" className="button secondary" onClick={() => window.print()}>
          Print agenda
        </button>
      </AssessmentShareActions>
    </section>
  );
}
