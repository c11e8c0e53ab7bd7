// The statements the team is most divided on: each quoted, its answers as a stacked bar (drawn
// from buildAnswerBar) and in words.
import type { DividedStatement } from '../lib/assessment/workshop/report-view';
import { ANSWER_BAR_WIDTH } from '../lib/assessment/workshop/strip-plot';
import AssessmentStatementQuote from './AssessmentStatementQuote';

interface Props {
  statements: DividedStatement[];
}

const BAR_HEIGHT = 12;

/** The most divided statements, or that everyone answered alike. */
export default function WorkshopStatements({ statements }: Props) {
  return (
    <>
      <h3 className="workshop-statements-heading">Statements the team is most divided on</h3>
      {statements.length > 0 ? (
        <ol className="statement-list workshop-statements">
          {statements.map((statement) => (
            <li key={statement.questionId}>
              <AssessmentStatementQuote statement={statement.statement} dimensionTitle={statement.dimensionTitle} />
              <svg
                className="answer-bar"
                viewBox={`0 0 ${ANSWER_BAR_WIDTH} ${BAR_HEIGHT}`}
                width={ANSWER_BAR_WIDTH}
                height={BAR_HEIGHT}
                aria-hidden="true"
              >
                {statement.bar.map((segment) => (
                  <rect
                    key={segment.value}
                    className={`answer-${segment.value}`}
                    x={segment.x}
                    y={0}
                    width={segment.width}
                    height={BAR_HEIGHT}
                  />
                ))}
              </svg>
              <p className="statement-answers">{statement.answersText}</p>
            </li>
          ))}
        </ol>
      ) : (
        <p>Everyone counted answered every statement alike.</p>
      )}
    </>
  );
}
