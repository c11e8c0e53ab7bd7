import './AssessmentStartOver.css';
// "Start over" asks once, inline, before it clears saved answers: no pop-up dialog.
import { useEffect, useRef, useState } from 'react';
import { byCount } from '../lib/plural';

interface Props {
  answered: number;
  onConfirm: () => void;
}

/** A two-step "Start over" button. */
export default function AssessmentStartOver({ answered, onConfirm }: Props) {
  const [asking, setAsking] = useState(false);
  const keepRef = useRef<HTMLButtonElement>(null);
  // When the question appears, focus the safe choice so Enter never clears answers by accident.
  useEffect(() => {
    if (asking) keepRef.current?.focus();
  }, [asking]);
  if (answered === 0) return null;
  if (!asking) {
    return (
      <button type="button" className="link-button" onClick={() => setAsking(true)}>
        Start over
      </button>
    );
  }
  return (
    <div className="start-over" role="group" aria-labelledby="start-over-question">
      <p id="start-over-question">
        {byCount(answered, { one: 'Clear the one answer', other: `Clear all ${answered} answers` })} saved in this
        browser and start again?
      </p>
      <button
        type="button"
        className="button"
        onClick={() => {
          setAsking(false);
          onConfirm();
        }}
      >
        Yes, clear my answers
      </button>
      <button type="button" className="button secondary" ref={keepRef} onClick={() => setAsking(false)}>
        Keep my answers
      </button>
    </div>
  );
}
