import { spawnSync } from 'node:child_process';
import { describe, expect, test } from 'vitest';
import { readLessons } from '../support/content-files';
import { prepareFixture } from '../support/fixture-build';

describe('npm run new:lesson', () => {
  test('scaffolds the next weekly episode as a draft that passes the lesson schema', () => {
    const contentDir = prepareFixture();
    const result = spawnSync('node', ['scripts/new-lesson.ts', 'Ask before you advertise'], {
      encoding: 'utf8',
      env: { ...process.env, MARKET_DRIVEN_CONTENT: contentDir },
    });
    expect(result.status, result.stderr).toBe(0);
    const created = readLessons(contentDir).find((lesson) => lesson.id === 'ask-before-you-advertise');
    expect(created?.data).toMatchObject({ series: 'weekly', episode: 5, draft: true, title: 'Ask before you advertise' });
    expect(created?.data.publishDate.getUTCDay()).toBe(0);
  });

  test('refuses to overwrite an existing lesson', () => {
    const contentDir = prepareFixture();
    const result = spawnSync('node', ['scripts/new-lesson.ts', 'First weekly'], {
      encoding: 'utf8',
      env: { ...process.env, MARKET_DRIVEN_CONTENT: contentDir },
    });
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('already exists');
  });
});
