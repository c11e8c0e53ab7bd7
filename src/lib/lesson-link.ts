// How the tools link a lesson, one shape for both: its title always, a link once it is published.

/** A lesson as a tool shows it: a link when published, else its title alone. */
export interface LessonLink {
  title: string;
  href?: string | undefined;
}

/** A published lesson as a result links it, with the summary shown beside it. */
export interface PublishedLessonLink extends LessonLink {
  slug: string;
  summary: string;
  href: string;
}
