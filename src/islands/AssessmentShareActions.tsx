// The copy-the-link actions the result and the team view share: the copy button first in the row of
// actions, then what copying said, and the text box holding the link for copying by hand.
import { useRef, useState, type ReactNode } from 'react';
import { COPY_FALLBACK_MESSAGE, copyToClipboard } from '../scripts/clipboard';

interface Props {
  link: string;
  copyLabel: string;
  /** What the status line says once the link is copied. */
  copiedMessage: string;
  fieldId: string;
  fieldLabel: string;
  /** True to show the text box only once the reader asked to copy. */
  fieldAfterCopy?: boolean;
  /** The other actions, after the copy button. */
  children: ReactNode;
}

/** The copy button among its actions, the copy status and the link's text box. */
export default function AssessmentShareActions(props: Props) {
  const { link, fieldId, fieldAfterCopy = false } = props;
  const [status, setStatus] = useState('');
  const [asked, setAsked] = useState(false);
  const fieldRef = useRef<HTMLInputElement>(null);

  const copy = async () => {
    setAsked(true);
    const copied = await copyToClipboard(link, fieldRef.current);
    setStatus(copied ? props.copiedMessage : COPY_FALLBACK_MESSAGE);
  };

  return (
    <>
      <div className="result-actions no-print">
        <button type="button" className="button" onClick={copy}>
          {props.copyLabel}
        </button>
        {props.children}
      </div>
      <p className="copy-status no-print" role="status">
        {status}
      </p>
      {(asked || !fieldAfterCopy) && (
        <p className="share-link no-print">
          <label htmlFor={fieldId}>{props.fieldLabel}</label>
          <input
            id={fieldId}
            ref={fieldRef}
            type="text"
            readOnly
            value={link}
            onFocus={(event) => event.currentTarget.select()}
          />
        </p>
      )}
    </>
  );
}
