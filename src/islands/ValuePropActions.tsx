import './ValuePropActions.css';
// Taking a draft elsewhere: copy as text, share link, Markdown and JSON files, import, print.
import { useRef } from 'react';

interface Props {
  shareUrl: string | undefined;
  /** mailto: link that sends the statement and the share link, once a link exists. */
  emailHref: string | undefined;
  onCopyText: () => void;
  onShare: () => void;
  onCopyShareUrl: () => void;
  onDownloadMarkdown: () => void;
  onDownloadJson: () => void;
  onImport: (file: File) => void;
  onPrint: () => void;
}

export default function ValuePropActions(props: Props) {
  const fileInput = useRef<HTMLInputElement>(null);
  return (
    <section className="vp-actions card no-print" aria-labelledby="vp-actions-title">
      <h2 id="vp-actions-title">Share and keep</h2>
      <div className="vp-action-group" role="group" aria-label="Share">
        <button type="button" className="button" onClick={props.onShare}>
          Create share link
        </button>
        <button type="button" className="button secondary" onClick={props.onCopyText}>
          Copy as text
        </button>
      </div>
      {props.shareUrl && (
        <div className="vp-share">
          <label htmlFor="vp-share-url">Share link (opens as a copy for whoever you send it to)</label>
          <div className="vp-share-row">
            <input
              id="vp-share-url"
              type="text"
              readOnly
              value={props.shareUrl}
              onFocus={(event) => event.currentTarget.select()}
            />
            <button type="button" className="button secondary" onClick={props.onCopyShareUrl}>
              Copy link
            </button>
            {props.emailHref && (
              <a className="button secondary" href={props.emailHref}>
                E-mail this draft
              </a>
            )}
          </div>
        </div>
      )}
      <div className="vp-action-group" role="group" aria-label="Export and import">
        <button type="button" className="button secondary" onClick={props.onDownloadMarkdown}>
          Download Markdown
        </button>
        <button type="button" className="button secondary" onClick={props.onDownloadJson}>
          Download JSON
        </button>
        <button type="button" className="button secondary" onClick={() => fileInput.current?.click()}>
          Import JSON…
        </button>
        <input
          ref={fileInput}
          id="vp-import-file"
          className="visually-hidden"
          type="file"
          accept="application/json,.json"
          tabIndex={-1}
          aria-label="Import drafts from a JSON file"
          onChange={(event) => {
            const file = event.currentTarget.files?.[0];
            event.currentTarget.value = '';
            if (file) props.onImport(file);
          }}
        />
        <button type="button" className="button secondary" onClick={props.onPrint}>
          Print one-page canvas
        </button>
      </div>
      <p className="meta">
        JSON files can be imported again here or in another browser. Imports always arrive as new drafts, so nothing you
        have is replaced.
      </p>
    </section>
  );
}
