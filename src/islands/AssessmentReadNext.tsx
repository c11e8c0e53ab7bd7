// "Read next": the published lessons for the weakest dimensions, or why none is singled out.
import type { ScoredReport } from '../lib/assessment/result-report';
import type { PublishedLessonLink } from '../lib/lesson-link';
import { LESSONS_PATH } from '../lib/routes';

interface Props {
  report: ScoredReport;
  lessons: Record<string, PublishedLessonLink[]>;
}

/** The lessons to read next, by weakest dimension. */
export default function AssessmentReadNext({ report, lessons }: Props) {
  if (report.weakest.length === 0) {
    if (!report.noWeakest) return null;
    return (
      <>
        <h3>Read next</h3>
        <p className="no-weakest">
          {report.noWeakest} <a href={LESSONS_PATH}>Browse all lessons</a>.
        </p>
      </>
    );
  }
  return (
    <>
      <h3>{report.weakestHeading}</h3>
      <div className="weakest">
        {report.weakest.map(({ id, title, score }) => {
          const links = lessons[id] ?? [];
          return (
            <section key={id} className="weakest-dimension" aria-labelledby={`weakest-${id}`}>
              <h4 id={`weakest-${id}`}>
                {title} <span className="meta">{score} / 100</span>
              </h4>
              {links.length > 0 ? (
                <ul>
                  {links.map((lesson) => (
                    <li key={lesson.slug}>
                      <a href={lesson.href}>{lesson.title}</a>
                      <span className="lesson-summary">{lesson.summary}</span>
                    </li>
                  ))}
                </ul>
              ) : (
                <p>
                  Lessons on this are on their way. Meanwhile, <a href={LESSONS_PATH}>browse all lessons</a>.
                </p>
              )}
            </section>
          );
        })}
      </div>
    </>
  );
}
