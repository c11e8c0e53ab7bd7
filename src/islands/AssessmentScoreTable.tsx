// The table beside every score figure: one row per dimension (and any summary row), a header cell
// naming it, then one cell per column. The result, the compare report and the team view share it.
import type { ReactNode } from 'react';

/** A column after the row header: its heading, and a class for its body cells. */
export interface ScoreColumn {
  label: string;
  className?: string | undefined;
}

/** One row: its key, the header cell and one cell per column. */
export interface ScoreTableRow {
  key: string;
  title: ReactNode;
  cells: ReactNode[];
}

interface Props {
  className: string;
  caption: string;
  /** True when the figure beside the table already says what it shows. */
  captionHidden?: boolean;
  /** The heading of the row-header column. */
  rowHeading: string;
  columns: readonly ScoreColumn[];
  rows: readonly ScoreTableRow[];
}

/** A table of scores by dimension. */
export default function AssessmentScoreTable({ className, caption, captionHidden, rowHeading, columns, rows }: Props) {
  return (
    <table className={className}>
      <caption className={captionHidden ? 'visually-hidden' : undefined}>{caption}</caption>
      <thead>
        <tr>
          <th scope="col">{rowHeading}</th>
          {columns.map((column, index) => (
            <th scope="col" key={`${column.label}-${index}`}>
              {column.label}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.key}>
            <th scope="row">{row.title}</th>
            {row.cells.map((cell, index) => (
              <td key={index} className={columns[index]?.className}>
                {cell}
              </td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
