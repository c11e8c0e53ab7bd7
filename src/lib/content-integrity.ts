// Cross-file checks that a per-file schema cannot make: unique episode numbers and
// references that must resolve. Pure, so tests run it on fixtures and the build on real content.

/** The lesson fields the checks read, with the file it came from. */
export interface CheckedLesson {
  id: string;
  file: string;
  data: {
    episode: number;
    series: string;
    topics: readonly string[];
    related: readonly string[];
    dimensions: readonly string[];
  };
}

/** What the checks know exists besides lessons. */
export interface KnownIds {
  series: readonly string[];
  topics: readonly string[];
  /** Assessment dimension ids; when undefined, lesson dimensions are not checked. */
  dimensions?: readonly string[];
}

/** One problem, naming the file, the field and the reason. */
export interface ContentProblem {
  file: string;
  field: string;
  reason: string;
}

/** Every cross-file problem in the lessons, in file order. */
export function checkLessonReferences(lessons: readonly CheckedLesson[], known: KnownIds): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const lessonIds = new Set(lessons.map((lesson) => lesson.id));
  const series = new Set(known.series);
  const topics = new Set(known.topics);
  const dimensions = known.dimensions ? new Set(known.dimensions) : undefined;
  const episodeOwner = new Map<string, CheckedLesson>();

  for (const lesson of [...lessons].sort((a, b) => a.file.localeCompare(b.file))) {
    const { file, data } = lesson;
    if (!series.has(data.series)) {
      problems.push({
        file,
        field: 'series',
        reason: `unknown series "${data.series}" (known: ${list(known.series)})`,
      });
    }
    const key = `${data.series}#${data.episode}`;
    const owner = episodeOwner.get(key);
    if (owner) {
      problems.push({
        file,
        field: 'episode',
        reason: `episode ${data.episode} of series "${data.series}" is already used by ${owner.file}`,
      });
    } else {
      episodeOwner.set(key, lesson);
    }
    data.topics.forEach((topic, index) => {
      if (!topics.has(topic)) {
        problems.push({
          file,
          field: `topics[${index}]`,
          reason: `unknown topic "${topic}" (known: ${list(known.topics)})`,
        });
      }
    });
    data.related.forEach((related, index) => {
      if (related === lesson.id) {
        problems.push({ file, field: `related[${index}]`, reason: 'a lesson cannot be related to itself' });
      } else if (!lessonIds.has(related)) {
        problems.push({ file, field: `related[${index}]`, reason: `no lesson with slug "${related}"` });
      }
    });
    if (dimensions) {
      data.dimensions.forEach((dimension, index) => {
        if (!dimensions.has(dimension)) {
          problems.push({
            file,
            field: `dimensions[${index}]`,
            reason: `unknown assessment dimension "${dimension}" (known: ${list(known.dimensions ?? [])})`,
          });
        }
      });
    }
  }
  return problems;
}

/** One line per problem, for a build error or a test message. */
export function formatProblems(problems: readonly ContentProblem[]): string {
  return problems.map(({ file, field, reason }) => `${file}: ${field}: ${reason}`).join('\n');
}

function list(ids: readonly string[]): string {
  return ids.length ? ids.join(', ') : 'none';
}
