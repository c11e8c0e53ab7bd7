// Scaffolds the next episode of a series as a draft with valid frontmatter.
//   npm run new:lesson -- "The title of the episode" [--series weekly]
// The episode number follows the series' last episode; the date is the Sunday after it
// (or next Sunday when the series is behind). Node 24 runs this file directly.
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { parse as parseYaml } from 'yaml';
import { buildEnv } from '../src/lib/env.ts';

const LESSONS_DIR = join(buildEnv.contentDir, 'lessons');
const DAY_MS = 86_400_000;
const SUNDAY = 0;

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { series: { type: 'string', default: 'weekly' } },
});
const title = positionals.join(' ').trim();
if (!title) {
  console.error('Usage: npm run new:lesson -- "Episode title" [--series weekly]');
  process.exit(1);
}
const series = values.series ?? 'weekly';

const slug = title
  .toLowerCase()
  .normalize('NFKD')
  .replace(/[^a-z0-9]+/g, '-')
  .replace(/^-|-$/g, '');
const file = join(LESSONS_DIR, `${slug}.mdx`);
if (!slug) {
  console.error('The title needs at least one letter or digit to make a URL slug.');
  process.exit(1);
}
if (existsSync(file)) {
  console.error(`${file} already exists: choose another title.`);
  process.exit(1);
}

// Read every lesson's series, episode and date from its frontmatter.
const episodes = readdirSync(LESSONS_DIR)
  .filter((name) => name.endsWith('.mdx'))
  .map((name) => {
    const match = /^---\r?\n([\s\S]*?)\r?\n---/.exec(readFileSync(join(LESSONS_DIR, name), 'utf8'));
    const data = (match ? parseYaml(match[1] ?? '') : {}) as {
      series?: string;
      episode?: number;
      publishDate?: string | Date;
    };
    return data;
  })
  .filter((data) => data.series === series);

const lastEpisode = Math.max(0, ...episodes.map((data) => data.episode ?? 0));
const lastDate = Math.max(0, ...episodes.map((data) => new Date(data.publishDate ?? 0).getTime()));
const publishDate = nextSunday(new Date(Math.max(lastDate + DAY_MS, Date.now())));

writeFileSync(
  file,
  `---
title: ${JSON.stringify(title)}
episode: ${lastEpisode + 1}
series: ${series}
publishDate: ${publishDate}
# Drafts never publish. Set to false when the episode is ready; it goes live on publishDate.
draft: true
summary: One line for lists and link previews, at most 160 characters.
bossBrief: One or two sentences a reader can paste into an e-mail to a boss, making sense on their own.
takeaways:
  - The first thing a reader should remember.
  - The second thing a reader should remember.
  - The third thing a reader should remember.
discussion:
  - A question a team can answer about its own work in a meeting.
  - A second question that leads to a decision.
topics:
  - listening
dimensions:
  - listening
related: []
# illustrative (a made-up example, labelled so) or documented (then name its source's title)
example:
  kind: illustrative
sources:
  - title: The article, book or talk the idea comes from
    author: Its author
---

Open with a concrete scene: a company, a customer, a decision. Aim for 450 to 1,000 words.

## A heading a skimmer can use

Short paragraphs, plain words, one idea. End with something the reader can do this week.
`,
);
console.log(`Created ${file}: ${series} episode ${lastEpisode + 1}, publishing ${publishDate} (draft).`);
console.log('Preview it with `npm run dev`; drafts and scheduled episodes show there, marked.');

/** The first Sunday on or after the given day, as YYYY-MM-DD. */
function nextSunday(from: Date): string {
  const day = new Date(Date.UTC(from.getUTCFullYear(), from.getUTCMonth(), from.getUTCDate()));
  while (day.getUTCDay() !== SUNDAY) day.setUTCDate(day.getUTCDate() + 1);
  return day.toISOString().slice(0, 10);
}
