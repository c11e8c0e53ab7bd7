// The build is the last line of defence: bad content must fail it with the file, the field
// and the reason, and a good build must publish exactly what the publishing rules allow.
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { buildSite, prepareFixture, rewrite, type FixtureBuild } from '../support/fixture-build';

describe('a build of valid fixture content', () => {
  let build: FixtureBuild;
  beforeAll(() => {
    build = buildSite(
      prepareFixture((dir) =>
        rewrite(dir, 'lessons/first-mini.mdx', (text) =>
          text.replace(
            /^related: \[\]$/m,
            'related: []\nvideo:\n  provider: youtube\n  id: dQw4w9WgXcQ\n  captionsUrl: https://example.org/captions',
          ),
        ),
      ),
    );
  });

  test('succeeds', () => {
    expect(build.status, build.output).toBe(0);
  });

  test('publishes past episodes as pages', () => {
    expect(existsSync(join(build.outDir, 'lessons/first-weekly/index.html'))).toBe(true);
    expect(existsSync(join(build.outDir, 'lessons/first-mini/index.html'))).toBe(true);
  });

  test('gives scheduled and draft episodes no page, feed item or sitemap entry', () => {
    expect(existsSync(join(build.outDir, 'lessons/far-future-weekly'))).toBe(false);
    expect(existsSync(join(build.outDir, 'lessons/draft-weekly'))).toBe(false);
    const feed = readFileSync(join(build.outDir, 'rss.xml'), 'utf8');
    const sitemap = readFileSync(join(build.outDir, 'sitemap-0.xml'), 'utf8');
    const archive = readFileSync(join(build.outDir, 'lessons/index.html'), 'utf8');
    for (const text of [feed, sitemap, archive]) {
      expect(text).not.toContain('far-future-weekly');
      expect(text).not.toContain('Quokka');
      expect(text).not.toContain('draft-weekly');
    }
    expect(sitemap).toContain('/lessons/first-weekly/');
  });

  test('shows the scheduled episode as "coming next" with its title and date only', () => {
    const home = readFileSync(join(build.outDir, 'index.html'), 'utf8');
    expect(home).toContain('Zanzibar scheduled fixture');
    expect(home).toContain('January 4');
    expect(home).not.toContain('/lessons/far-future-weekly/');
    expect(home).not.toContain('Quokka');
  });

  test('a hosted video is a click-to-load facade: no player and no third-party request until play', () => {
    const html = readFileSync(join(build.outDir, 'lessons/first-mini/index.html'), 'utf8');
    expect(html).toMatch(/<button[^>]*class="play"/);
    expect(html).toContain('Play the video version');
    expect(html).toContain('data-embed="https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ?autoplay=1"');
    expect(html).not.toMatch(/<iframe|<img[^>]+(youtube|ytimg)/);
    expect(html).toMatch(/<a href="https:\/\/example.org\/captions"[^>]*>Captions and transcript<\/a>/);
  });

  test('reports a lesson outside the 2–5 minute format during the build', () => {
    const short = buildSite(
      prepareFixture((dir) => rewrite(dir, 'lessons/first-mini.mdx', (text) => text.replace(/## A heading[\s\S]*$/, 'Too short.\n'))),
    );
    expect(short.status, short.output).toBe(0);
    expect(short.output).toMatch(/first-mini\.mdx: body: outside the 2–5 minute format/);
  });
});

describe('a build of bad content fails and names the file, the field and the reason', () => {
  const cases: { name: string; file: string; change: (text: string) => string; expected: RegExp[] }[] = [
    {
      name: 'a missing required field',
      file: 'lessons/second-weekly.mdx',
      change: (text) => text.replace(/^bossBrief:.*\n/m, ''),
      expected: [/second-weekly/, /bossBrief/],
    },
    {
      name: 'a wrong-typed field',
      file: 'lessons/second-weekly.mdx',
      change: (text) => text.replace(/^episode: 2$/m, 'episode: two'),
      expected: [/second-weekly/, /episode/, /number/i],
    },
    {
      name: 'a duplicate episode number in a series',
      file: 'lessons/second-weekly.mdx',
      change: (text) => text.replace(/^episode: 2$/m, 'episode: 1'),
      expected: [/second-weekly\.mdx: episode: episode 1 of series "weekly" is already used by .*first-weekly\.mdx/],
    },
    {
      name: 'an unknown topic',
      file: 'lessons/second-weekly.mdx',
      change: (text) => text.replace(/topics:\n {2}- listening/, 'topics:\n  - astrology'),
      expected: [/second-weekly\.mdx: topics\[0\]: unknown topic "astrology"/],
    },
    {
      name: 'an unknown series',
      file: 'lessons/second-weekly.mdx',
      change: (text) => text.replace(/^series: weekly$/m, 'series: monthly'),
      expected: [/second-weekly\.mdx: series: unknown series "monthly"/],
    },
    {
      name: 'invalid YAML in the frontmatter',
      file: 'lessons/second-weekly.mdx',
      change: (text) => text.replace(/^summary: .*$/m, 'summary: [unclosed'),
      expected: [/second-weekly\.mdx/],
    },
    {
      name: 'an MDX syntax error in the body',
      file: 'lessons/second-weekly.mdx',
      change: (text) => text.replace('## A heading', '## A heading\n\n<Broken {'),
      expected: [/second-weekly\.mdx: MDX: line \d+, column \d+: Unexpected character/],
    },
    {
      name: 'a lesson that imports a component',
      file: 'lessons/second-weekly.mdx',
      change: (text) => text.replace('## A heading', "import Chart from '../chart.astro';\n\n## A heading"),
      expected: [/second-weekly\.mdx: MDX: lessons cannot import components/],
    },
    {
      name: 'invalid YAML in a series file',
      file: 'series/mini.yaml',
      change: (text) => `${text}\ncadence: [weekly`,
      expected: [/mini\.yaml/],
    },
    {
      name: 'a start-here path naming a lesson that does not exist',
      file: 'series/weekly.yaml',
      change: (text) => `${text}\nstartHere: [second-weekly, no-such-lesson]\n`,
      expected: [/weekly\.yaml: startHere\[1\]: no lesson with slug "no-such-lesson"/],
    },
    {
      name: 'a dangling related lesson',
      file: 'lessons/second-weekly.mdx',
      change: (text) => text.replace(/^related: \[\]$/m, 'related: [no-such-lesson]'),
      expected: [/second-weekly\.mdx: related\[0\]: no lesson with slug "no-such-lesson"/],
    },
  ];

  test.each(cases)('$name', ({ file, change, expected }) => {
    const build = buildSite(prepareFixture((dir) => rewrite(dir, file, change)));
    expect(build.status, build.output).not.toBe(0);
    for (const pattern of expected) expect(build.output).toMatch(pattern);
  });
});

describe('a build with nothing scheduled', () => {
  let build: FixtureBuild;
  // After the fixture's last scheduled episode (2099-01-04): everything not a draft is out.
  beforeAll(() => {
    build = buildSite(prepareFixture(), { env: { MARKET_DRIVEN_NOW: '2099-06-01T12:00:00Z' } });
  });

  test('the home page says the next episode is being written and offers a way to hear of it', () => {
    expect(build.status, build.output).toBe(0);
    const home = readFileSync(join(build.outDir, 'index.html'), 'utf8');
    expect(home).toMatch(/Coming next/);
    expect(home).toMatch(/The next episode is being written\.\s*<a href="\/subscribe\/"[^>]*>Subscribe<\/a> to get it the moment it is out\./);
    expect(home).not.toContain('Arrives');
    // The once-scheduled episode is now the latest one.
    expect(home).toContain('Zanzibar scheduled fixture');
    expect(home).toContain('href="/lessons/far-future-weekly/"');
  });

  test('/subscribe/ lists no coming episodes and /build.json records an empty schedule', () => {
    const subscribe = readFileSync(join(build.outDir, 'subscribe/index.html'), 'utf8');
    expect(subscribe).not.toContain('Coming up');
    expect(JSON.parse(readFileSync(join(build.outDir, 'build.json'), 'utf8')).scheduled).toEqual([]);
  });
});

describe('the production build script', () => {
  test('keeps the share images it drew or reused in the cache and prunes the rest', () => {
    const contentDir = prepareFixture();
    const cacheImages = join(contentDir, '..', 'cache', 'og-images');
    mkdirSync(cacheImages, { recursive: true });
    const stale = join(cacheImages, 'stale-design.png');
    writeFileSync(stale, 'an image from an older design');

    const first = buildSite(contentDir, { productionScript: true });
    expect(first.status, first.output).toBe(0);
    expect(existsSync(stale)).toBe(false);
    const drawn = readdirSync(cacheImages)
      .filter((name) => name.endsWith('.png'))
      .sort();
    // Home, the three tools and the published lessons of the fixture.
    expect(drawn.length).toBeGreaterThan(4);

    const second = buildSite(contentDir, { productionScript: true });
    expect(second.status, second.output).toBe(0);
    expect(
      readdirSync(cacheImages)
        .filter((name) => name.endsWith('.png'))
        .sort(),
    ).toEqual(drawn);
  });

  test('reports what is scheduled and until when', () => {
    const build = buildSite(prepareFixture(), { productionScript: true });
    expect(build.status, build.output).toBe(0);
    expect(build.output).toContain('Editorial runway: 1 episode scheduled, on 2099-01-04');
    expect(build.output).not.toContain('::warning');
    expect(JSON.parse(readFileSync(join(build.outDir, 'build.json'), 'utf8'))).toEqual({
      now: '2024-06-01T12:00:00.000Z',
      scheduled: ['2099-01-04'],
    });
  });

  test('on GitHub Actions, less than two weeks of scheduled episodes is a warning annotation', () => {
    const build = buildSite(prepareFixture(), {
      productionScript: true,
      env: { GITHUB_ACTIONS: 'true', MARKET_DRIVEN_NOW: '2098-12-25T06:15:00Z' },
    });
    expect(build.status, build.output).toBe(0);
    expect(build.output).toContain(
      '::warning title=Editorial runway::1 episode scheduled, on 2099-01-04: less than 14 days of episodes scheduled.',
    );
  });

  test('leaves the previous complete site in place when a build fails', () => {
    const contentDir = prepareFixture();
    const good = buildSite(contentDir, { productionScript: true });
    expect(good.status, good.output).toBe(0);
    expect(existsSync(join(good.outDir, 'pagefind', 'pagefind.js'))).toBe(true);
    const before = readFileSync(join(good.outDir, 'index.html'), 'utf8');

    rewrite(contentDir, 'lessons/second-weekly.mdx', (text) => text.replace(/^episode: 2$/m, 'episode: 1'));
    const bad = buildSite(contentDir, { productionScript: true });
    expect(bad.status).not.toBe(0);
    expect(bad.output).toMatch(/previous site .* was left untouched/);
    expect(readFileSync(join(good.outDir, 'index.html'), 'utf8')).toBe(before);
    expect(readdirSync(join(good.outDir, '..')).filter((name) => name.startsWith('dist.'))).toEqual([]);
  });
});
