// A glob() loader for MDX lessons that renders each file to HTML while content syncs, the way
// Astro treats .md, instead of bundling every .mdx file as its own module. At thousands of
// episodes the bundle is what costs bare Astro + MDX most of its build time and memory; the
// rendered HTML lives in the content store, keyed by a digest of the file, so a rebuild only
// re-renders lessons that changed. `render(entry)` and `entry.rendered.html` work as for .md.
//
// Lessons are self-contained MDX: Markdown with JSX elements and expressions, rendered to static
// HTML. Importing components is not supported (nothing on a lesson page needs one), and a file
// that tries gets a clear build error.
import { readFileSync } from 'node:fs';
import { satteriHeadingIdsPlugin } from '@astrojs/markdown-satteri';
import type { Loader, LoaderContext } from 'astro/loaders';
import { glob } from 'astro/loaders';
import { createElement, type ComponentType } from 'react';
import * as jsxRuntime from 'react/jsx-runtime';
import { renderToStaticMarkup } from 'react-dom/server';
import { evaluate } from 'satteri';

// Stored HTML is reused while a file's digest is unchanged; a new renderer must not reuse it.
// Bump this when the render options below change.
const RENDERER = 'satteri evaluate + react static markup; gfm, smart punctuation, heading ids; v1';

type EntryType = LoaderContext extends { entryTypes: Map<string, infer T> } ? T : never;
type MarkdownHeading = { depth: number; slug: string; text: string };

/** The HTML and headings of one MDX body, with Astro's defaults: GFM, smart quotes, heading ids. */
export async function renderMdxBody(
  body: string,
): Promise<{ html: string; metadata: { headings: MarkdownHeading[] } }> {
  const data = { astro: { headings: [] as MarkdownHeading[], frontmatter: {} } };
  if (/^\s*import\s/m.test(body)) {
    throw new Error('lessons cannot import components; write the lesson in Markdown and HTML elements');
  }
  const exports = await evaluate(body, {
    Fragment: jsxRuntime.Fragment,
    jsx: jsxRuntime.jsx,
    jsxs: jsxRuntime.jsxs,
    features: { gfm: true, smartPunctuation: true },
    hastPlugins: [satteriHeadingIdsPlugin()],
    data,
  });
  const Content = exports['default'] as ComponentType;
  return { html: renderToStaticMarkup(createElement(Content)), metadata: { headings: data.astro.headings } };
}

export function renderedMdx(options: { pattern: string; base: string }): Loader {
  const files = glob(options);
  return {
    name: 'rendered-mdx',
    async load(context) {
      const { entryTypes } = context as LoaderContext & { entryTypes: Map<string, EntryType> };
      const mdx = entryTypes.get('.mdx');
      if (!mdx) throw new Error('renderedMdx needs the @astrojs/mdx integration, which reads MDX frontmatter');
      if (context.meta.get('renderer') !== RENDERER) {
        context.store.clear();
        context.meta.set('renderer', RENDERER);
      }
      const failures: string[] = [];
      // Without contentModuleTypes, glob() stores the rendered HTML instead of deferring to a module.
      const { contentModuleTypes: _module, handlePropagation: _propagation, ...entryInfo } = mdx;
      const renderedType: EntryType = {
        ...entryInfo,
        getRenderFunction:
          async () =>
          async ({ body, filePath }) => {
            try {
              return await renderMdxBody(body);
            } catch (error) {
              const reason = atFileLine(error instanceof Error ? error.message : String(error), filePath, body);
              failures.push(`${filePath}: MDX: ${reason}`);
              if (context.watcher) context.logger.error(`${filePath}: MDX: ${reason}`);
              // In dev the page shows the problem; a build stops below.
              return {
                html: `<p role="alert"><strong>This lesson's MDX does not compile:</strong> ${escapeHtml(reason)}</p>`,
              };
            }
          },
      };
      await files.load({ ...context, entryTypes: new Map([...entryTypes, ['.mdx', renderedType]]) } as LoaderContext);
      if (failures.length && !context.watcher) throw new Error(failures.join('\n'));
    },
  };
}

/** The compiler counts lines from the start of the body; an editor wants the file's line. */
function atFileLine(reason: string, filePath: string, body: string): string {
  const position = /^(\d+):(\d+): /.exec(reason);
  if (!position) return reason;
  const contents = readFileSync(filePath, 'utf8');
  const frontmatterLines = contents.slice(0, Math.max(0, contents.indexOf(body))).split('\n').length - 1;
  return `line ${Number(position[1]) + frontmatterLines}, column ${position[2]}: ${reason.slice(position[0].length)}`;
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"]/g, (c) => `&#${c.charCodeAt(0)};`);
}
