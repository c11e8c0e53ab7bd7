// A statement quoted in a report, with the dimension it belongs to: the compare report and the team
// view list the statements people answered furthest apart this way.
interface Props {
  statement: string;
  dimensionTitle: string;
}

/** “The statement” · Dimension. */
export default function AssessmentStatementQuote({ statement, dimensionTitle }: Props) {
  return (
    <p className="statement">
      “{statement}”<span className="meta"> · {dimensionTitle}</span>
    </p>
  );
}
