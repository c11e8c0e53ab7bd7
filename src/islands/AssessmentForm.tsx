// The tools' paste forms: submitting runs the island's action instead of loading a page, and the
// island checks the fields itself (noValidate), so its own messages are the ones a reader sees.
import type { ReactNode } from 'react';

interface Props {
  className: string;
  /** The id of the heading that names the form. */
  labelledBy: string;
  onSubmit: () => void;
  children: ReactNode;
}

/** A form whose submit is handled in the page. */
export default function AssessmentForm({ className, labelledBy, onSubmit, children }: Props) {
  return (
    <form
      className={className}
      onSubmit={(event) => {
        event.preventDefault();
        onSubmit();
      }}
      noValidate
      aria-labelledby={labelledBy}
    >
      {children}
    </form>
  );
}
