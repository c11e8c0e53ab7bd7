import { describe, expect, test } from 'vitest';
import { renderMdxBody } from '../../src/loaders/rendered-mdx';

describe('renderMdxBody', () => {
  test('renders Markdown with smart punctuation and heading ids, and counts the words', async () => {
    const { html, metadata } = await renderMdxBody(
      `## Why "listen" first\n\nIt's the customer's call -- not ours...\n\n- one\n- two\n`,
    );
    expect(html).toContain('<h2 id="why-listen-first">Why “listen” first</h2>');
    expect(html).toContain('It’s the customer’s call – not ours…');
    expect(html).toContain('<ul>\n<li>one</li>');
    expect(metadata.headings).toEqual([{ depth: 2, slug: 'why-listen-first', text: 'Why “listen” first' }]);
    expect(metadata.words).toBe(11);
  });

  test('renders GitHub-flavoured tables and links', async () => {
    const { html } = await renderMdxBody('| Ask | Answer |\n| --- | --- |\n| Who? | [Them](/lessons/) |\n');
    expect(html).toContain('<table>');
    expect(html).toContain('<td><a href="/lessons/">Them</a></td>');
  });

  test('renders MDX: JSX elements and expressions', async () => {
    const { html } = await renderMdxBody('<aside className="note">Two is {1 + 1}.</aside>\n');
    expect(html).toBe('<aside class="note">Two is 2.</aside>');
  });

  test('escapes text, so a lesson cannot smuggle markup through an expression', async () => {
    const { html } = await renderMdxBody("{'<script>alert(1)</script>'}\n");
    expect(html).not.toContain('<script>');
    // `<` is what opens markup; Preact's renderer leaves `>` as is in text, which HTML allows.
    expect(html).toBe('&lt;script>alert(1)&lt;/script>');
  });

  test('a syntax error is thrown with its line and column', async () => {
    await expect(renderMdxBody('Fine.\n\n<Broken {\n')).rejects.toThrow(/^3:1: Unexpected character/);
  });

  test('a component that does not exist is named, with the reason', async () => {
    await expect(renderMdxBody('Hi\n\n<Chart />\n')).rejects.toThrow(
      'Expected component `Chart` to be defined: lessons use HTML elements only, and cannot import components',
    );
  });

  test('prose that starts a line with "import" is prose', async () => {
    const { html } = await renderMdxBody('Our customers pay\nimport duties on every order.\n');
    expect(html).toBe('<p>Our customers pay\nimport duties on every order.</p>');
  });

  test('a component import is refused with a reason an editor understands', async () => {
    await expect(renderMdxBody("import Chart from './chart.astro';\n\n<Chart />\n")).rejects.toThrow(
      /lessons cannot import components/,
    );
    // Even one that nothing uses: it would otherwise vanish without a word.
    await expect(renderMdxBody("Intro.\n\nimport data from './data.json'\n\nMore.\n")).rejects.toThrow(
      /lessons cannot import components/,
    );
  });
});
