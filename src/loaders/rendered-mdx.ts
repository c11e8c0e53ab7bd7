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
import type { ContentEntryType } from 'astro';
import type { Loader, LoaderContext } from 'astro/loaders';
import { glob } from 'astro/loaders';
import { h, type ComponentType } from 'preact';
import * as jsxRuntime from 'preact/jsx-runtime';
import { renderToStaticMarkup } from 'preact-render-to-string';
import { evaluate, mdxToMdast } from 'satteri';
import { countWords } from '../lib/reading-time';

// Stored HTML is reused while a file's digest is unchanged; a new renderer must not reuse it.
// Bump this when the render options below change.
const RENDERER = 'satteri evaluate + preact static markup; gfm, smart punctuation, heading ids; v3';

type MarkdownHeading = { depth: number; slug: string; text: string };
// glob() receives the integrations' file types with its context; the public type omits them.
type GlobContext = LoaderContext & { entryTypes: Map<string, ContentEntryType> };

/**
 * The HTML, headings and word count of one MDX body, with Astro's defaults: GFM, smart quotes,
 * heading ids.
 */
export async function renderMdxBody(
  body: string,
): Promise<{ html: string; metadata: { headings: MarkdownHeading[]; words: number } }> {
  const data = {
    astro: {
      headings: [] as MarkdownHeading[],
      frontmatter: {},
      localImagePaths: new Set<string>(),
      remoteImagePaths: new Set<string>(),
    },
  };
  // evaluate() would drop an import silently and fail later on the missing component.
  if (importsModules(body)) {
    throw new Error('lessons cannot import components; write the lesson in Markdown and HTML elements');
  }
  const exports = await evaluate(body, {
    // The runtime's signatures are narrower than satteri's `unknown`s; the calls match.
    Fragment: jsxRuntime.Fragment,
    jsx: jsxRuntime.jsx as (type: unknown, props: unknown, key?: unknown) => unknown,
    jsxs: jsxRuntime.jsxs as (type: unknown, props: unknown, key?: unknown) => unknown,
    features: { gfm: true, smartPunctuation: true },
    hastPlugins: [satteriHeadingIdsPlugin()],
    data,
  });
  const Content = exports['default'] as ComponentType;
  return {
    html: renderStatic(Content),
    metadata: { headings: data.astro.headings, words: countWords(body) },
  };
}

function renderStatic(Content: ComponentType): string {
  try {
    return renderToStaticMarkup(h(Content, {}));
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    if (!reason.startsWith('Expected component')) throw error;
    throw new Error(`${reason.split(':')[0]}: lessons use HTML elements only, and cannot import components`, {
      cause: error,
    });
  }
}

/** Whether the body has an ESM import (a top-level block, unlike a line of prose starting "import"). */
function importsModules(body: string): boolean {
  const tree = mdxToMdast(body) as { children: { type: string; value?: string }[] };
  return tree.children.some((node) => node.type === 'mdxjsEsm' && /^\s*import\b/m.test(node.value ?? ''));
}

export function renderedMdx(options: { pattern: string; base: string }): Loader {
  // The body is not kept: the store is inlined into the build's bundle, and at thousands of
  // lessons a second copy of every text costs a quarter of the build's peak memory. Its word
  // count (for reading time) is kept with the rendered HTML instead.
  const files = glob({ ...options, retainBody: false });
  return {
    name: 'rendered-mdx',
    async load(context) {
      const { entryTypes } = context as GlobContext;
      const mdx = entryTypes.get('.mdx');
      if (!mdx) throw new Error('renderedMdx needs the @astrojs/mdx integration, which reads MDX frontmatter');
      if (context.meta.get('renderer') !== RENDERER) {
        context.store.clear();
        context.meta.set('renderer', RENDERER);
      }
      // A file that failed stays failed until it changes: drop it so this sync renders (and
      // reports) it again instead of reusing the stored error.
      for (const entry of context.store.values()) {
        if (entry.rendered?.metadata?.['mdxError']) context.store.delete(entry.id);
      }
      const failures: string[] = [];
      // Without contentModuleTypes, glob() stores the rendered HTML instead of deferring to a module.
      const { contentModuleTypes: _module, handlePropagation: _propagation, ...entryInfo } = mdx;
      const renderedType: ContentEntryType = {
        ...entryInfo,
        getRenderFunction:
          async () =>
          async ({ body = '', filePath = '' }) => {
            try {
              return await renderMdxBody(body);
            } catch (error) {
              const reason = atFileLine(error instanceof Error ? error.message : String(error), filePath, body);
              failures.push(`${filePath}: MDX: ${reason}`);
              if (context.watcher) context.logger.error(`${filePath}: MDX: ${reason}`);
              // In dev the page shows the problem; a build stops below.
              return {
                html: `<p role="alert"><strong>This lesson's MDX does not compile:</strong> ${escapeHtml(reason)}</p>`,
                metadata: { mdxError: reason },
              };
            }
          },
      };
      const globContext: GlobContext = { ...context, entryTypes: new Map([...entryTypes, ['.mdx', renderedType]]) };
      await files.load(globContext);
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
