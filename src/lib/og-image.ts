// Draws a share image (1200x630 PNG) in the site's palette and typefaces. satori lays the card
// out, resvg draws the frame (background, logo, footer) once per build, the card's text is
// painted from a glyph atlas (og-glyphs.ts) and sharp encodes the PNG. Over 250 lines: the card's
// design, its drawing and its cache are one mechanism, kept together.
import { createHash, randomUUID } from 'node:crypto';
import { access, appendFile, mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { renderAsync } from '@resvg/resvg-js';
import satori from 'satori';
import sharp from 'sharp';
import { IN_USE_FILE, PARTIAL_SUFFIX } from './og-cache.ts';
import { createGlyphPainter, type GlyphPainter } from './og-glyphs.ts';
import { layoutOgCard, OG_HEIGHT, OG_WIDTH, type OgCard } from './og-card.ts';

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

// The card's fixed frame. Header and footer have set heights so the text sits at the same place
// whether the frame is drawn with it or not: the frame is drawn once and only the text per card.
const BAR_WIDTH = 24;
const PADDING = { top: 64, right: 80, bottom: 56, left: 72 };
const HEADER_HEIGHT = 56;
/** The footer's 2 px rule, 22 px padding and one 24 px line (a test checks it still adds up). */
const FOOTER_HEIGHT = 53;

/** The eyebrow, title and subtitle, stacked and centred in the text area. */
function textNodes(card: OgCard): Node[] {
  const layout = layoutOgCard(card);
  return [
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
  ].filter((child): child is Node => child !== null);
}

/**
 * The whole card. With `frame: false` the header and footer are empty boxes of the same size
 * and nothing has a background, so the text lands exactly where it does on the whole card.
 */
function cardTree(text: Node[], host: string, frame = true): Node {
  const fill = (color: string) => (frame ? color : 'transparent');
  return node(
    'div',
    { width: '100%', height: '100%', display: 'flex', background: fill(COLORS.bg), fontFamily: 'Inter' },
    [
      node('div', { width: BAR_WIDTH, height: '100%', background: fill(COLORS.accent) }),
      node(
        'div',
        {
          flex: 1,
          display: 'flex',
          flexDirection: 'column',
          padding: `${PADDING.top}px ${PADDING.right}px ${PADDING.bottom}px ${PADDING.left}px`,
        },
        [
          frame
            ? node('div', { display: 'flex', alignItems: 'center', gap: 20, height: HEADER_HEIGHT }, [
                node('img', { width: 56, height: 56 }, undefined, { src: LOGO, width: 56, height: 56 }),
                node('div', { fontSize: 30, fontWeight: 600, color: COLORS.ink }, 'Market Driven'),
              ])
            : node('div', { height: HEADER_HEIGHT }),
          node('div', { display: 'flex', flexDirection: 'column', flex: 1, justifyContent: 'center' }, text),
          frame
            ? node(
                'div',
                {
                  display: 'flex',
                  justifyContent: 'space-between',
                  borderTop: `2px solid ${COLORS.line}`,
                  paddingTop: 22,
                  fontSize: 24,
                  color: COLORS.muted,
                },
                [
                  node('div', {}, host),
                  node('div', { color: COLORS.accent, fontWeight: 600 }, 'A lesson every Sunday'),
                ],
              )
            : node('div', { height: FOOTER_HEIGHT }),
        ],
      ),
    ],
  );
}

/** The PNG bytes of a share image for the card; `host` is printed in the footer. */
export async function renderOgImage(card: OgCard, host: string): Promise<Uint8Array> {
  return draw(card, host);
}

/** The whole card drawn by satori and resvg in one pass: the look the glyph atlas must match. */
export async function renderOgImageWhole(card: OgCard, host: string): Promise<Uint8Array> {
  const image = await rasterize(await toSvg(cardTree(textNodes(card), host), OG_WIDTH, OG_HEIGHT));
  return encode(image.pixels, 4);
}

/** satori's layout as SVG; without `embedFont` each word is a positioned `<text>`, not drawn. */
async function toSvg(tree: Node, width: number, height: number, embedFont = true): Promise<string> {
  // satori's types want a ReactNode; our plain object has exactly that shape.
  return satori(tree as unknown as Parameters<typeof satori>[0], {
    width,
    height,
    fonts: await loadFonts(),
    embedFont,
  });
}

/** resvg on libuv's thread pool; satori draws text as paths, so no system fonts are needed. */
async function rasterize(svg: string): Promise<{ pixels: Buffer; width: number }> {
  const image = await renderAsync(svg, { font: { loadSystemFonts: false } });
  return { pixels: image.pixels, width: image.width };
}

// The frame (background, bar, logo, name, footer) as RGB pixels, drawn once per host.
const frames = new Map<string, Promise<Buffer>>();
function framePixels(host: string): Promise<Buffer> {
  let frame = frames.get(host);
  if (!frame) {
    frame = toSvg(cardTree([], host), OG_WIDTH, OG_HEIGHT)
      .then(rasterize)
      .then(({ pixels }) =>
        sharp(pixels, { raw: { width: OG_WIDTH, height: OG_HEIGHT, channels: 4 } })
          .removeAlpha()
          .raw()
          .toBuffer(),
      );
    frames.set(host, frame);
  }
  return frame;
}

let painter: Promise<GlyphPainter> | undefined;

/** The card's text, laid out by satori and painted from the glyph atlas over a copy of the frame. */
async function draw(card: OgCard, host: string): Promise<Uint8Array> {
  painter ??= loadFonts().then(createGlyphPainter);
  const [frame, svg, glyphs] = await Promise.all([
    framePixels(host),
    toSvg(cardTree(textNodes(card), host, false), OG_WIDTH, OG_HEIGHT, false),
    painter,
  ]);
  const pixels = Buffer.from(frame);
  glyphs.paint(svg, { pixels, width: OG_WIDTH, height: OG_HEIGHT });
  return encode(pixels, 3);
}

/**
 * RGB(A) pixels to an RGB PNG with libvips, on its own thread. Level 3 is twice as fast as level
 * 6 and only 15% larger (about 40 KB a card, far under what link previews accept).
 */
function encode(pixels: Buffer, channels: 3 | 4): Promise<Buffer> {
  return sharp(pixels, { raw: { width: OG_WIDTH, height: OG_HEIGHT, channels } })
    .removeAlpha()
    .png({ compressionLevel: 3 })
    .toBuffer();
}

/** Names how the pixels are made, so a change of renderer draws every cached image anew. */
const RENDERER = 'glyph-atlas-1';

/** The cache file name of a card: the whole drawing (text, layout, colours), fonts and renderer. */
async function cacheName(card: OgCard, host: string): Promise<string> {
  const tree = cardTree(textNodes(card), host);
  const fontKey = (await loadFonts()).map((font) => `${font.name}:${font.weight}:${font.data.length}`).join(',');
  return `${createHash('sha256').update(JSON.stringify(tree)).update(fontKey).update(RENDERER).digest('hex')}.png`;
}

/** Draws the card into the cache unless it is there; the bytes, or undefined when they are on disk. */
export async function ensureCached(card: OgCard, host: string, file: string): Promise<Uint8Array | undefined> {
  try {
    await access(file);
    return undefined;
  } catch {
    // Once on disk the bytes are read back when the page needs them, not held in memory.
    const { png, written } = await drawIntoCache(card, host, file);
    return written ? undefined : png;
  }
}

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

/** True when the bytes are a whole PNG: its signature first and its IEND chunk last. */
function isWholePng(bytes: Uint8Array): boolean {
  const lastChunk = Buffer.from(bytes.subarray(bytes.length - 8, bytes.length - 4)).toString('latin1');
  return bytes.length > 20 && PNG_SIGNATURE.every((byte, index) => bytes[index] === byte) && lastChunk === 'IEND';
}

/** Draws the card and writes it to the cache; `written` is false when the cache is not writable. */
async function drawIntoCache(card: OgCard, host: string, file: string): Promise<{ png: Uint8Array; written: boolean }> {
  const png = await draw(card, host);
  // Written aside and renamed into place, so a file under its final name is always whole: a
  // page reading the cache while the same card is being written never gets a truncated image.
  const partial = `${file}.${process.pid}.${randomUUID()}${PARTIAL_SUFFIX}`;
  // A cache that cannot be written (read-only disk) only costs speed.
  const written = await mkdir(dirname(file), { recursive: true })
    .then(() => writeFile(partial, png))
    .then(() => rename(partial, file))
    .then(
      () => true,
      () => false,
    );
  return { png, written };
}

// Images the build started drawing ahead of their page, by cache file.
const ahead = new Map<string, Promise<Uint8Array | undefined>>();

/**
 * renderOgImage with a disk cache, so a build of thousands of episodes redraws only new or
 * changed images. The key is the whole drawing (text, layout, colours) plus the font sizes,
 * so any change to the design or the text invalidates it without a version to remember.
 */
export async function renderOgImageCached(card: OgCard, host: string, cacheDir: string): Promise<Uint8Array> {
  const name = await cacheName(card, host);
  const file = join(cacheDir, name);
  const pending = ahead.get(file);
  ahead.delete(file);
  const drawn = await (pending ?? ensureCached(card, host, file));
  const cached = drawn ?? (await readFile(file).catch(() => undefined));
  // A file cut short (a disk that filled up, a build killed before the cache wrote whole files)
  // is drawn and written again rather than served as a broken preview.
  const png = cached && isWholePng(cached) ? cached : (await drawIntoCache(card, host, file)).png;
  // Lists the image as in use: the production build prunes the images it did not list.
  await appendFile(join(cacheDir, IN_USE_FILE), `${name}\n`).catch(() => undefined);
  return png;
}

/** How many images each worker draws at once: one encodes on libvips' thread while the next is laid out. */
const WORKER_IN_FLIGHT = 2;
/**
 * How many workers draw. Two on two cores: the main thread renders HTML beside them, and once the
 * HTML is done it mostly waits for images, so one worker alone left a core idle for the second
 * half of a cold build (measured at 2,000 lessons: see bench/NOTES.md).
 */
const WORKERS = Math.max(1, Math.min(2, availableParallelism()));

type DrawAnswer = { id: number; png?: Uint8Array; error?: string };

/**
 * A worker thread for drawing ahead, or undefined where none can start (then the main thread
 * draws). Referenced only while it has work, so it never holds the build open.
 */
function startWorker(): Worker | undefined {
  try {
    const worker = new Worker(join(process.cwd(), 'src', 'lib', 'og-draw-worker.ts'));
    worker.unref();
    return worker;
  } catch {
    return undefined;
  }
}

/** One worker thread and the images it is drawing; the main thread draws if it cannot start or stops. */
function drawer(host: string): (card: OgCard, file: string) => Promise<Uint8Array | undefined> {
  // Started on the first card that is not cached: a weekly rebuild that draws nothing starts none.
  let worker: Worker | undefined | null = null;
  const waiting = new Map<number, (answer: DrawAnswer) => void>();
  let nextId = 0;
  const onWorker = (running: Worker, card: OgCard, file: string) =>
    new Promise<Uint8Array | undefined>((resolve) => {
      const id = nextId++;
      if (waiting.size === 0) running.ref();
      waiting.set(id, (answer) => {
        waiting.delete(id);
        if (waiting.size === 0) running.unref();
        resolve(answer.error === undefined ? answer.png : ensureCached(card, host, file));
      });
      running.postMessage({ id, card, host, file });
    });
  return (card, file) => {
    if (worker === null) {
      worker = startWorker();
      worker?.on('message', (answer: DrawAnswer) => waiting.get(answer.id)?.(answer));
      // A worker that fails or stops leaves its cards, and every later one, to the main thread.
      const fail = (error?: unknown) => {
        if (worker) console.warn(`Share-image worker stopped (${String(error)}): drawing on the main thread.`);
        worker = undefined;
        waiting.forEach((settle, id) => settle({ id, error: 'worker stopped' }));
      };
      worker?.on('error', fail);
      worker?.on('exit', fail);
    }
    return worker ? onWorker(worker, card, file) : ensureCached(card, host, file);
  };
}

/**
 * Starts drawing every card that is not cached yet, in the background, while Astro renders the
 * HTML pages (they come first): on worker threads that take cards from one queue, so the layout
 * and painting use the second core instead of the main thread between pages. Each image's page
 * then only waits for its drawing, or reads it from the cache.
 */
export function drawAhead(cards: readonly OgCard[], host: string, cacheDir: string): void {
  const queue = [...cards];
  const next = async (draw: ReturnType<typeof drawer>): Promise<void> => {
    const card = queue.shift();
    if (!card) return;
    const file = join(cacheDir, await cacheName(card, host));
    if (!ahead.has(file)) {
      const cached = await access(file).then(
        () => true,
        () => false,
      );
      // A cached card's page reads the file without asking the disk again.
      const job = cached ? Promise.resolve(undefined) : draw(card, file);
      ahead.set(file, job);
      await job.catch(() => undefined);
    }
    return next(draw);
  };
  for (let w = 0; w < WORKERS; w++) {
    const draw = drawer(host);
    for (let i = 0; i < WORKER_IN_FLIGHT; i++) void next(draw);
  }
}
