import './Assessment.css';
// The self-assessment: one dimension per step, answers saved as you go, a result you can print
// and share. State and browser APIs live here; every rule lives in src/lib/assessment.
import { useEffect, useRef, useState } from 'react';
import type { Answers, Response } from '../lib/assessment/answers';
import type { PublishedLessonLink } from '../lib/lesson-link';
import { decodeShareCode, shareCodeFromHash, type SharedResult } from '../lib/assessment/share-code';
import { STORAGE_BACKUP_KEY, STORAGE_KEY, parseStoredProgress, serializeProgress } from '../lib/assessment/storage';
import { readStored, removeStored, writeStored } from '../lib/versioned-storage';
import { browserStorage } from '../scripts/browser-storage';
import type { AssessmentDefinition, AssessmentEdition } from '../schemas/assessment';
import AssessmentQuestions from './AssessmentQuestions';
import AssessmentResult from './AssessmentResult';
import { useFocusAfterRender } from './useFocusAfterRender';

interface Props {
  definition: AssessmentDefinition;
  /** Earlier editions, newest first: a link or saved progress made with one still opens. */
  earlier: AssessmentEdition[];
  /** Each dimension's recommended lessons that are published, by dimension id. */
  lessons: Record<string, PublishedLessonLink[]>;
  /** Path of the compare page. */
  comparePath: string;
}

// localStorage can be missing, refuse or be full; the tool then keeps working in memory.
const storage = {
  read: (): string | null => {
    const read = readStored(browserStorage(), STORAGE_KEY);
    return read.ok ? read.value : null;
  },
  write: (value: string) => writeStored(browserStorage(), STORAGE_KEY, value),
  clear: () => removeStored(browserStorage(), STORAGE_KEY),
  /** Copies unreadable progress aside, then clears it, so a fresh start loses nothing. */
  setAside: (raw: string | null) => {
    const kept = raw === null || writeStored(browserStorage(), STORAGE_BACKUP_KEY, raw).ok;
    if (kept) storage.clear();
  },
};

/** The self-assessment island. */
export default function Assessment({ definition, earlier, lessons, comparePath }: Props) {
  const resultStep = definition.dimensions.length;
  const [answers, setAnswers] = useState<Answers>({});
  const [step, setStep] = useState(0);
  const [shared, setShared] = useState<SharedResult | null>(null);
  const [notices, setNotices] = useState<string[]>([]);
  const focusAfterRender = useFocusAfterRender();
  const headingRef = useRef<HTMLHeadingElement>(null);

  // Read saved progress and any shared result after hydration, so server and client markup match.
  useEffect(() => {
    const found: string[] = [];
    const raw = storage.read();
    const stored = parseStoredProgress(definition, raw, earlier);
    if (stored.ok && stored.value) {
      const { progress, notice } = stored.value;
      setAnswers(progress.answers);
      setStep(progress.step);
      // Progress carried over from an earlier edition is saved in today's format straight away.
      if (notice) {
        found.push(notice);
        storage.write(serializeProgress(definition, progress));
      }
    } else if (!stored.ok) {
      storage.setAside(raw);
      found.push(stored.error.message);
    }
    const openShared = () => {
      const code = shareCodeFromHash(window.location.hash);
      if (code === undefined) return;
      const decoded = decodeShareCode([definition, ...earlier], code);
      if (decoded.ok) {
        setShared(decoded.value);
      } else {
        setShared(null);
        setNotices((current) => [...current, decoded.error.message]);
        window.history.replaceState(null, '', window.location.pathname);
      }
    };
    setNotices(found);
    openShared();
    window.addEventListener('hashchange', openShared);
    return () => window.removeEventListener('hashchange', openShared);
  }, [definition, earlier]);

  const moveTo = (next: number) => {
    setStep(next);
    storage.write(serializeProgress(definition, { answers, step: next }));
    focusAfterRender(headingRef);
  };

  const answer = (questionId: string, value: Response) => {
    const next = { ...answers, [questionId]: value };
    setAnswers(next);
    storage.write(serializeProgress(definition, { answers: next, step }));
  };

  const startOver = () => {
    storage.clear();
    setAnswers({});
    setStep(0);
    setNotices([]);
    focusAfterRender(headingRef);
  };

  const takeItYourself = () => {
    setShared(null);
    window.history.replaceState(null, '', window.location.pathname);
    focusAfterRender(headingRef);
  };

  const view = shared ? 'shared' : step >= resultStep ? 'result' : 'questions';
  return (
    <div className="assessment" data-view={view === 'questions' ? 'questions' : 'result'}>
      {notices.length > 0 && (
        <div className="assessment-notice" role="alert">
          {notices.map((notice) => (
            <p key={notice}>{notice}</p>
          ))}
          <button type="button" className="link-button" onClick={() => setNotices([])}>
            Dismiss
          </button>
        </div>
      )}
      {view === 'questions' ? (
        <AssessmentQuestions
          definition={definition}
          answers={answers}
          step={Math.min(step, resultStep - 1)}
          headingRef={headingRef}
          onAnswer={answer}
          onStep={moveTo}
          onStartOver={startOver}
        />
      ) : (
        <AssessmentResult
          definition={definition}
          edition={shared?.edition ?? definition}
          answers={shared?.answers ?? answers}
          lessons={lessons}
          comparePath={comparePath}
          shared={shared !== null}
          headingRef={headingRef}
          onEdit={(index) => moveTo(index)}
          onStartOver={startOver}
          onTakeItYourself={takeItYourself}
        />
      )}
    </div>
  );
}
