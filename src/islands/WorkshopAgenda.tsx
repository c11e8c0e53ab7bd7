import './WorkshopAgenda.css';
// The workshop agenda, drawn from buildAgenda in src/lib/assessment/workshop/agenda.ts.
import type { WorkshopAgenda as Agenda } from '../lib/assessment/workshop/agenda';
import { points } from '../lib/assessment/workshop/report-view';
import { andList } from '../lib/plural';

interface Props {
  agenda: Agenda;
}

const REASON_TEXT = { 'lowest-median': 'lowest median', 'widest-spread': 'widest spread' } as const;

/** An hour, minute by minute: the team picture, the dimensions to talk about, one change agreed. */
export default function WorkshopAgenda({ agenda }: Props) {
  return (
    <section className="workshop-agenda" aria-labelledby="workshop-agenda-heading">
      <h3 id="workshop-agenda-heading">A {agenda.totalMinutes}-minute workshop agenda</h3>
      <ol className="agenda-items">
        <li>
          <p className="agenda-head">
            <span className="agenda-minutes">{agenda.openingMinutes} min</span> The team picture
          </p>
          <p>Show the distributions above. Ask everyone to say, in one sentence, what surprised them. No debate yet.</p>
        </li>
        {agenda.items.map((item) => (
          <li key={item.dimensionId}>
            <p className="agenda-head">
              <span className="agenda-minutes">{item.minutes} min</span> {item.title}
              <span className="meta">
                {' '}
                · {andList(item.reasons.map((reason) => REASON_TEXT[reason]))}: median {points(item.median)}, middle
                half {points(item.spread)} points wide
              </span>
            </p>
            <p className="agenda-prompt">
              <strong>Talk about first:</strong> {item.prompt}
            </p>
            {item.questions.length > 0 && (
              <>
                <p className="agenda-label">Questions to discuss</p>
                <ul>
                  {item.questions.map((question) => (
                    <li key={question}>{question}</li>
                  ))}
                </ul>
              </>
            )}
            {item.lessons.length > 0 && (
              <p className="agenda-read">
                <span className="agenda-label">Read beforehand:</span>{' '}
                {item.lessons.map((lesson, index) => (
                  <span key={lesson.href}>
                    {index > 0 && ', '}
                    <a href={lesson.href}>{lesson.title}</a>
                  </span>
                ))}
              </p>
            )}
          </li>
        ))}
        <li>
          <p className="agenda-head">
            <span className="agenda-minutes">{agenda.closingMinutes} min</span> One change, one owner
          </p>
          <p>Agree one change to try before you meet again, who owns it, and how you will know it worked.</p>
        </li>
      </ol>
    </section>
  );
}
