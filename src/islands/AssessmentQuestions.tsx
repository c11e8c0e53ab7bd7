import './AssessmentQuestions.css';
// One dimension's statements as native radio groups, with progress and step navigation.
import type { FormEvent, RefObject } from 'react';
import {
  NOT_APPLICABLE,
  countAnswered,
  type AnswerValue,
  type Answers,
  type Response,
} from '../lib/assessment/answers';
import type { AssessmentDefinition } from '../schemas/assessment';
import AssessmentStartOver from './AssessmentStartOver';
import { byCount } from '../lib/plural';

interface Props {
  definition: AssessmentDefinition;
  answers: Answers;
  /** Index of the dimension being asked. */
  step: number;
  headingRef: RefObject<HTMLHeadingElement>;
  onAnswer: (questionId: string, value: Response) => void;
  /** Moves to a step; the dimension count means "show the result". */
  onStep: (step: number) => void;
  onStartOver: () => void;
}

/** The questionnaire for one step. */
export default function AssessmentQuestions({
  definition,
  answers,
  step,
  headingRef,
  onAnswer,
  onStep,
  onStartOver,
}: Props) {
  const { dimensions, questions, scale, notApplicable } = definition;
  const dimension = dimensions[step] ?? dimensions[0];
  if (!dimension) return null;
  const isLast = step === dimensions.length - 1;
  const answered = countAnswered(definition, answers);
  const blank = questions.length - answered;
  const stepQuestions = questions.filter((question) => question.dimension === dimension.id);
  const firstNumber = questions.indexOf(stepQuestions[0] ?? questions[0]!) + 1;

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    onStep(step + 1);
  };

  return (
    <form className="assessment-step" onSubmit={submit} aria-labelledby="step-heading">
      <div className="step-progress">
        <p className="eyebrow" id="step-label">
          Step {step + 1} of {dimensions.length}
        </p>
        <progress max={questions.length} value={answered} aria-labelledby="progress-label" />
        <p className="meta" id="progress-label">
          {answered} of {questions.length} statements answered · saved in this browser
        </p>
      </div>

      <h2 id="step-heading" ref={headingRef} tabIndex={-1}>
        {dimension.title}: <span className="step-asks">{dimension.asks}</span>
      </h2>
      <p className="step-description">{dimension.description}</p>

      {stepQuestions.map((question, index) => (
        <fieldset className="question" key={question.id}>
          <legend>
            {/* One text node: Preact hydrates "{n}." sent as one node into "n.." */}
            <span className="question-number">{`${firstNumber + index}.`}</span> {question.statement}
          </legend>
          <div className="scale">
            {scale.map((point) => (
              <label className="scale-choice" key={point.value}>
                <input
                  type="radio"
                  name={`q-${question.id}`}
                  value={point.value}
                  checked={answers[question.id] === point.value}
                  onChange={() => onAnswer(question.id, point.value as AnswerValue)}
                />
                <span>{point.label}</span>
              </label>
            ))}
            <label className="scale-choice not-applicable">
              <input
                type="radio"
                name={`q-${question.id}`}
                value={NOT_APPLICABLE}
                checked={answers[question.id] === NOT_APPLICABLE}
                onChange={() => onAnswer(question.id, NOT_APPLICABLE)}
              />
              <span>{notApplicable}</span>
            </label>
          </div>
        </fieldset>
      ))}

      {isLast && blank > 0 && (
        <p className="step-note">
          {byCount(blank, { one: 'One statement is', other: `${blank} statements are` })} still blank. You can see your
          result now; it will say it is partial, and you can come back to answer the rest.
        </p>
      )}

      <div className="step-actions">
        {step > 0 && (
          <button type="button" className="button secondary" onClick={() => onStep(step - 1)}>
            Back<span className="visually-hidden"> to {dimensions[step - 1]?.title}</span>
          </button>
        )}
        <button type="submit" className="button">
          {isLast ? (
            'See my result'
          ) : (
            <>
              Next<span className="visually-hidden">: {dimensions[step + 1]?.title}</span>
            </>
          )}
        </button>
      </div>

      <nav className="step-list" aria-label="All steps">
        <ol>
          {dimensions.map((item, index) => {
            const own = questions.filter((question) => question.dimension === item.id);
            const done = own.filter((question) => answers[question.id] !== undefined).length;
            return (
              <li key={item.id}>
                <button
                  type="button"
                  className="step-chip"
                  aria-current={index === step ? 'step' : undefined}
                  onClick={() => onStep(index)}
                >
                  {item.title}
                  <span className="step-count">
                    {done}/{own.length}
                    <span className="visually-hidden"> answered</span>
                  </span>
                </button>
              </li>
            );
          })}
        </ol>
      </nav>

      <div className="step-tools">
        <button type="button" className="link-button" onClick={() => window.print()}>
          Print a blank worksheet
        </button>
        <AssessmentStartOver answered={answered} onConfirm={onStartOver} />
      </div>
    </form>
  );
}
