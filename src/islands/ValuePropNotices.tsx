import './ValuePropNotices.css';
// Messages about what just happened: info politely announced, errors as alerts that stay.
import type { Notice } from './ValuePropStore';

interface Props {
  notices: readonly Notice[];
  saveError: string | undefined;
  onDismiss: (id: number) => void;
  onUndo: () => void;
  onResumeSaving: (id: number) => void;
}

export default function ValuePropNotices({ notices, saveError, onDismiss, onUndo, onResumeSaving }: Props) {
  const render = (notice: Notice) => (
    <div key={notice.id} className={`vp-notice vp-notice-${notice.tone}`}>
      <p>{notice.message}</p>
      <div className="vp-notice-actions">
        {notice.undo && (
          <button type="button" className="button secondary" onClick={onUndo}>
            Undo
          </button>
        )}
        {notice.resumeSaving && (
          <button type="button" className="button secondary" onClick={() => onResumeSaving(notice.id)}>
            Resume saving
          </button>
        )}
        <button type="button" className="vp-dismiss" onClick={() => onDismiss(notice.id)}>
          Dismiss<span className="visually-hidden"> this message</span>
        </button>
      </div>
    </div>
  );
  return (
    <div className="vp-notices no-print">
      <div role="status" aria-live="polite">
        {notices.filter((notice) => notice.tone === 'info').map(render)}
      </div>
      <div role="alert">
        {saveError && (
          <div className="vp-notice vp-notice-error">
            <p>{saveError}</p>
          </div>
        )}
        {notices.filter((notice) => notice.tone === 'error').map(render)}
      </div>
    </div>
  );
}
