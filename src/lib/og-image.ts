// Draws a share image (1200x630 PNG) with satori (layout → SVG), resvg (SVG → pixels) and
// sharp (pixels → PNG), in the site's palette and typefaces. Fonts are read once per build.
import { createHash } from 'node:crypto';
import { appendFile, mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { renderAsync } from '@resvg/resvg-js';
import satori from 'satori';
import sharp from 'sharp';
import { IN_USE_FILE } from './og-cache';
import { layoutOgCard, OG_HEIGHT, OG_WIDTH, type OgCard } from './og-card';

type Weight = 400 | 600 | 700;
type Font = { name: string; data: Buffer; weight: Weight; style: 'normal' };

// Light palette of src/styles/global.css: previews sit on white and dark chat themes alike.
const COLORS = { bg: '#fbf8f3', ink: '#1f1c18', muted: '#5a534a', accent: '#0b6656', mark: '#a63d1a', line: '#ddd5c7' };

// satori reads WOFF and TTF, not WOFF2; @fontsource ships WOFF next to WOFF2.
const FONT_FILES: readonly { name: string; pkg: string; file: string; weight: Weight }[] = [
  { name: 'Source Serif', pkg: 'source-serif-4', file: 'source-serif-4', weight: 700 },
  { name: 'Inter', pkg: 'inter', file: 'inter', weight: 400 },
  { name: 'Inter', pkg: 'inter', file: 'inter', weight: 600 },
];

// Every image is encoded once: libvips' operation cache would only hold pixel buffers. The
// build encodes several images at a time, so one thread each beats splitting every small image
// across threads (measured: a cold 1,000-lesson build 12% faster).
sharp.cache(false);
sharp.concurrency(1);

let fonts: Promise<Font[]> | undefined;

function loadFonts(): Promise<Font[]> {
  // Resolved from the project root: the build's bundled chunks do not sit next to node_modules.
  const dir = join(process.cwd(), 'node_modules', '@fontsource');
  fonts ??= Promise.all(
    FONT_FILES.flatMap(({ name, pkg, file, weight }) =>
      ['latin', 'latin-ext'].map(async (subset) => ({
        name,
        weight,
        style: 'normal' as const,
        data: await readFile(join(dir, pkg, 'files', `${file}-${subset}-${weight}-normal.woff`)),
      })),
    ),
  );
  return fonts;
}

/** A satori node; satori takes React-element-shaped objects, so no JSX runtime is needed. */
type Node = { type: string; props: Record<string, unknown> & { style?: Record<string, unknown> } };
const node = (
  type: string,
  style: Record<string, unknown>,
  children?: unknown,
  props: Record<string, unknown> = {},
): Node => ({
  type,
  props: { ...props, style, children },
});

const LOGO = `data:image/svg+xml;base64,${Buffer.from(
  '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32"><rect width="32" height="32" rx="8" fill="#0b6656"/><path d="M8 22V10l8 7 8-7v12" fill="none" stroke="#fbf8f3" stroke-width="3" stroke-linecap="round" stroke-linejoin="round"/></svg>',
).toString('base64')}`;

function cardTree(card: OgCard, host: string): Node {
  const layout = layoutOgCard(card);
  return node('div', { width: '100%', height: '100%', display: 'flex', background: COLORS.bg, fontFamily: 'Inter' }, [
    node('div', { width: 24, height: '100%', background: COLORS.accent }),
    node('div', { flex: 1, display: 'flex', flexDirection: 'column', padding: '64px 80px 56px 72px' }, [
      node('div', { display: 'flex', alignItems: 'center', gap: 20 }, [
        node('img', { width: 56, height: 56 }, undefined, { src: LOGO, width: 56, height: 56 }),
        node('div', { fontSize: 30, fontWeight: 600, color: COLORS.ink }, 'Market Driven'),
      ]),
      node(
        'div',
        { display: 'flex', flexDirection: 'column', flex: 1, justifyContent: 'center' },
        [
          layout.eyebrow
            ? node(
                'div',
                {
                  fontSize: 26,
                  fontWeight: 600,
                  letterSpacing: 2,
                  textTransform: 'uppercase',
                  color: COLORS.mark,
                  marginBottom: 18,
                },
                layout.eyebrow,
              )
            : null,
          node(
            'div',
            {
              fontFamily: 'Source Serif',
              fontWeight: 700,
              fontSize: layout.titleSize,
              lineHeight: 1.12,
              color: COLORS.ink,
              letterSpacing: -0.5,
            },
            layout.title,
          ),
          layout.subtitle
            ? node('div', { fontSize: 28, color: COLORS.muted, marginTop: 22, lineHeight: 1.35 }, layout.subtitle)
            : null,
        ].filter(Boolean),
      ),
      node(
        'div',
        {
          display: 'flex',
          justifyContent: 'space-between',
          borderTop: `2px solid ${COLORS.line}`,
          paddingTop: 22,
          fontSize: 24,
          color: COLORS.muted,
        },
        [node('div', {}, host), node('div', { color: COLORS.accent, fontWeight: 600 }, 'A lesson every Sunday')],
      ),
    ]),
  ]);
}

/** The PNG bytes of a share image for the card; `host` is printed in the footer. */
export async function renderOgImage(card: OgCard, host: string): Promise<Uint8Array> {
  return draw(cardTree(card, host));
}

async function draw(tree: Node): Promise<Uint8Array> {
  // satori's types want a ReactNode; our plain object has exactly that shape.
  const svg = await satori(tree as unknown as Parameters<typeof satori>[0], {
    width: OG_WIDTH,
    height: OG_HEIGHT,
    fonts: await loadFonts(),
  });
  // Both steps run off the main thread (libuv's pool and libvips'), so with the build rendering
  // pages concurrently they use every core. resvg's own PNG encoder takes four times as long
  // as libvips' and writes a file half again as large, so sharp encodes.
  const image = await renderAsync(svg, { fitTo: { mode: 'width', value: OG_WIDTH } });
  return sharp(image.pixels, { raw: { width: image.width, height: image.height, channels: 4 } })
    .removeAlpha()
    .png({ compressionLevel: 6 })
    .toBuffer();
}

/**
 * renderOgImage with a disk cache, so a build of thousands of episodes redraws only new or
 * changed images. The key is the whole drawing (text, layout, colours) plus the font sizes,
 * so any change to the design or the text invalidates it without a version to remember.
 */
export async function renderOgImageCached(card: OgCard, host: string, cacheDir: string): Promise<Uint8Array> {
  const tree = cardTree(card, host);
  const fontKey = (await loadFonts()).map((font) => `${font.name}:${font.weight}:${font.data.length}`).join(',');
  const key = createHash('sha256').update(JSON.stringify(tree)).update(fontKey).digest('hex');
  const name = `${key}.png`;
  const file = join(cacheDir, name);
  // Lists the image as in use: the production build prunes the images it did not list.
  const markInUse = () => appendFile(join(cacheDir, IN_USE_FILE), `${name}\n`).catch(() => undefined);
  try {
    const png = await readFile(file);
    await markInUse();
    return png;
  } catch {
    const png = await draw(tree);
    // A cache that cannot be written (read-only disk) only costs speed.
    await mkdir(cacheDir, { recursive: true })
      .then(() => writeFile(file, png))
      .then(markInUse)
      .catch(() => undefined);
    return png;
  }
}
