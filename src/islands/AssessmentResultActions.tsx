// What a reader can do with a result: copy or e-mail its link, print it, and, for their own
// result, compare it, bring it to a team workshop, change the answers or start over.
import type { ScoredReport } from '../lib/assessment/result-report';
import { resultShareSubject } from '../lib/assessment/share-message';
import { ASSESSMENT_WORKSHOP_PATH } from '../lib/routes';
import { bossMailto } from '../lib/share';
import AssessmentShareActions from './AssessmentShareActions';
import AssessmentStartOver from './AssessmentStartOver';

interface Props {
  report: ScoredReport;
  /** The absolute link to the result ('' until the page knows its own address). */
  link: string;
  code: string;
  comparePath: string;
  shared: boolean;
  /** Statements answered, "doesn't apply" included, for the start-over confirmation. */
  answered: number;
  onEdit: () => void;
  onStartOver: () => void;
}

/** The result's actions, with the copy status and link field. */
export default function AssessmentResultActions({ report, link, code, comparePath, shared, ...props }: Props) {
  return (
    <AssessmentShareActions
      link={link}
      copyLabel="Copy link to this result"
      copiedMessage="Link copied. Whoever opens it sees these scores; nothing is sent anywhere until you paste it."
      fieldId="share-link"
      fieldLabel="Link to this result"
      fieldAfterCopy
    >
      {link && (
        // A result is private data: no tracking parameter on it.
        <a
          className="button secondary"
          href={bossMailto(resultShareSubject({ ...report.share, link }), { utmSource: false })}
        >
          E-mail this result
        </a>
      )}
      <button type="button" className="button secondary" onClick={() => window.print()}>
        Print report
      </button>
      {!shared && (
        <>
          <a className="button secondary" href={`${comparePath}#r=${code}`}>
            Compare with someone else
          </a>
          <a className="button secondary" href={`${ASSESSMENT_WORKSHOP_PATH}#r=${code}`}>
            Bring a team’s results together
          </a>
          <button type="button" className="link-button" onClick={props.onEdit}>
            Change answers
          </button>
          <AssessmentStartOver answered={props.answered} onConfirm={props.onStartOver} />
        </>
      )}
    </AssessmentShareActions>
  );
}
