// The value-proposition builder's content: every file valid, every lesson it names real and
// publishable, and a build that refuses bad content with the file, the field and the reason.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { parse } from 'yaml';
import { checkValuePropContent } from '../../src/lib/value-prop/content-check';
import { FIELD_IDS } from '../../src/lib/value-prop/fields';
import { RULE_IDS } from '../../src/lib/value-prop/language-check';
import { valuePropFileSchema } from '../../src/schemas/value-prop';
import { readLessons } from '../support/content-files';
import { buildSite, prepareFixture, rewrite } from '../support/fixture-build';
import { readValuePropEntries } from '../unit/value-prop/content';

const lessons = readLessons();
const entries = readValuePropEntries();

describe('content/value-prop', () => {
  test('every file matches the schema', () => {
    expect(entries.map((entry) => entry.data.kind).sort()).toEqual(['builder', 'example', 'example', 'example', 'language-check']);
  });

  test('has no cross-file problems against the real lessons', () => {
    expect(checkValuePropContent(entries, lessons.map((lesson) => lesson.id))).toEqual([]);
  });

  test('links each step to its golden-rule lesson, and every lesson it names can be published', () => {
    const builder = entries.find((entry) => entry.data.kind === 'builder')!.data;
    if (builder.kind !== 'builder') throw new Error('no builder');
    for (const step of builder.steps) {
      const lesson = lessons.find((candidate) => candidate.id === step.lesson)!;
      expect(lesson.data.series, `step ${step.id}`).toBe('golden-rules');
      expect(lesson.data.episode, `step ${step.id}`).toBe(step.rule);
    }
    const check = entries.find((entry) => entry.data.kind === 'language-check')!.data;
    if (check.kind !== 'language-check') throw new Error('no language check');
    const named = [...builder.steps.map((step) => step.lesson), ...RULE_IDS.map((rule) => check.rules[rule].lesson)];
    for (const slug of named) expect(lessons.find((lesson) => lesson.id === slug)?.data.draft, slug).toBe(false);
  });

  test('has the three worked examples the brief asks for, each filling every field', () => {
    const examples = entries.flatMap((entry) => (entry.data.kind === 'example' ? [entry.data] : [])).sort((a, b) => a.order - b.order);
    expect(examples.map((example) => example.title).join(' | ')).toMatch(/broadband.*pottery.*start-up/i);
    for (const example of examples) expect(Object.keys(example.fields).sort()).toEqual([...FIELD_IDS].sort());
  });

  test('the fixture content is valid against the fixture lessons', () => {
    const fixtureLessons = readLessons('tests/fixtures/content');
    const fixture = readValuePropEntries('tests/fixtures/content');
    expect(checkValuePropContent(fixture, fixtureLessons.map((lesson) => lesson.id))).toEqual([]);
  });

  test('the schema names the field and reason for a bad file', () => {
    const raw = parse(readFileSync(join('content', 'value-prop', 'builder.yaml'), 'utf8'));
    delete raw.steps[0].fields[0].good;
    const result = valuePropFileSchema.safeParse(raw);
    expect(result.success).toBe(false);
    expect(JSON.stringify(result.error?.issues)).toContain('"path":["steps",0,"fields",0,"good"]');
  });
});

describe('a build with bad value-proposition content fails and names the file, the field and the reason', () => {
  test('a dangling lesson slug', () => {
    const build = buildSite(
      prepareFixture((dir) => rewrite(dir, 'value-prop/builder.yaml', (text) => text.replace('lesson: first-mini', 'lesson: no-such-lesson'))),
    );
    expect(build.status, build.output).not.toBe(0);
    expect(build.output).toMatch(/value-prop\/builder\.yaml: steps\[0\]\.lesson: no lesson with slug "no-such-lesson"/);
  });

  test('a schema error', () => {
    const build = buildSite(
      prepareFixture((dir) => rewrite(dir, 'value-prop/language-check.yaml', (text) => text.replace(/^ratingBands:/m, 'ratingBands: []\nunused:'))),
    );
    expect(build.status, build.output).not.toBe(0);
    expect(build.output).toMatch(/language-check/);
    expect(build.output).toMatch(/ratingBands/);
  });

  test('a fixture build with valid content has the builder page', () => {
    const build = buildSite(prepareFixture());
    expect(build.status, build.output).toBe(0);
    expect(existsSync(join(build.outDir, 'value-proposition', 'index.html'))).toBe(true);
  });
});
