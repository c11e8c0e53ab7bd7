// Paints the text of a share image from a glyph atlas instead of rasterising it anew per card.
// satori lays the card out without drawing its glyphs (`embedFont: false` gives each word's
// position); HarfBuzz, the shaper satori itself uses, places the glyphs inside each line; each
// glyph is rasterised by resvg once per font, size and subpixel offset, then blended into the
// card's pixels. The result matches satori + resvg within a pixel-tolerance test, at a fraction of
// the cost: resvg rasterising every card's glyph outlines was most of a cold build. Over 250
// lines: parsing satori's runs, shaping and painting are one mechanism, tested as one.
import { createRequire } from 'node:module';
import { Resvg } from '@resvg/resvg-js';
import { woffToSfnt } from './woff.ts';

/** A font as satori takes it (WOFF bytes), by family name and weight. */
export interface AtlasFont {
  name: string;
  weight: number;
  data: Buffer;
}

/** An RGB image the text is painted into, in place. */
export interface RgbImage {
  pixels: Buffer;
  width: number;
  height: number;
}

// harfbuzzjs is CommonJS and resolves to a promise of its API; satori depends on this version.
type HbFont = { glyphToPath(glyph: number): string; setScale(x: number, y: number): void };
type HbGlyph = { g: number; cl: number; ax: number; dx: number; dy: number };
type HbBuffer = { addText(text: string): void; guessSegmentProperties(): void; json(): HbGlyph[]; destroy(): void };
type HarfBuzz = {
  createBlob(data: Uint8Array): { destroy(): void };
  createFace(blob: unknown, index: number): { upem: number; destroy(): void };
  createFont(face: unknown): HbFont;
  createBuffer(): HbBuffer;
  shape(font: HbFont, buffer: HbBuffer, features?: string): void;
};
const harfBuzz: Promise<HarfBuzz> = createRequire(import.meta.url)('harfbuzzjs');

/** One `<text>` run of satori's output: a word (or space) at its laid-out baseline. */
interface TextRun {
  x: number;
  y: number;
  family: string;
  weight: number;
  size: number;
  letterSpacing: number;
  fill: string;
  text: string;
}

const WEIGHTS: Record<string, number> = { normal: 400, bold: 700 };
const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
const decode = (text: string) =>
  text.replace(/&(#x?[0-9a-f]+|\w+);/gi, (whole, name: string) =>
    name.startsWith('#')
      ? String.fromCodePoint(Number.parseInt(name.slice(name[1] === 'x' ? 2 : 1), name[1] === 'x' ? 16 : 10))
      : (ENTITIES[name] ?? whole),
  );

/** The text runs of an SVG satori drew with `embedFont: false`, in drawing order. */
export function textRuns(svg: string): TextRun[] {
  return Array.from(svg.matchAll(/<text ([^>]*)>([^<]*)<\/text>/g), ([, attributes = '', text = '']) => {
    const attr = Object.fromEntries(Array.from(attributes.matchAll(/([\w-]+)="([^"]*)"/g), ([, k, v]) => [k, v]));
    return {
      x: Number(attr['x']),
      y: Number(attr['y']),
      family: (attr['font-family'] ?? '').toLowerCase(),
      weight: WEIGHTS[attr['font-weight'] ?? 'normal'] ?? Number(attr['font-weight']),
      size: Number(attr['font-size']),
      letterSpacing: Number(attr['letter-spacing'] ?? 0),
      fill: attr['fill'] ?? '#000',
      text: decode(text),
    };
  });
}

// What satori counts as a space between words (its word separators).
const SEPARATORS = new Set([32, 160, 4961, 65792, 65793, 4153, 4241, 10].map((code) => String.fromCodePoint(code)));

/**
 * Runs joined as satori joins them before it shapes and draws: on one baseline in one font,
 * each word with what follows it up to and including the next space, from the first word's x.
 */
function joinWords(runs: TextRun[]): TextRun[] {
  const groups: TextRun[] = [];
  let open = false;
  for (const run of runs) {
    const last = groups.at(-1);
    const same = open && last && last.y === run.y && styleOf(last) === styleOf(run);
    if (same) last.text += run.text;
    else groups.push({ ...run });
    open = !SEPARATORS.has(run.text);
  }
  // satori draws each word of a text that wraps from a whole pixel (it rounds the offsets of
  // multi-line text when it embeds the glyphs, not when it only lays them out).
  const baselines = new Map<string, Set<number>>();
  for (const run of runs) baselines.set(styleOf(run), (baselines.get(styleOf(run)) ?? new Set()).add(run.y));
  return groups.map((group) =>
    (baselines.get(styleOf(group))?.size ?? 0) > 1 ? { ...group, x: Math.round(group.x) } : group,
  );
}

/** The runs of one text block share all of these (each block of a card has its own). */
const styleOf = (run: TextRun) => `${run.family} ${run.weight} ${run.size} ${run.letterSpacing} ${run.fill}`;

/** A glyph's coverage (0–255) and where its top-left pixel sits from the pen's whole pixel. */
interface GlyphBitmap {
  left: number;
  top: number;
  width: number;
  height: number;
  alpha: Uint8Array;
}

/** Shaped word groups kept for reuse (a few MB at most). */
const MAX_SHAPINGS = 20_000;

/** satori rounds every outline coordinate to a tenth of a pixel; the atlas keeps that grid. */
const SUBPIXEL = 10;
const round = (value: number) => Math.round(value * SUBPIXEL) / SUBPIXEL;

/** Draws text runs into RGB pixels with glyphs rasterised once each. */
export interface GlyphPainter {
  paint(svg: string, image: RgbImage): void;
  /** How many glyph bitmaps were rasterised so far (the atlas's size). */
  readonly rasterised: number;
}

/** A painter for these fonts; fonts of one family and weight are tried in order (subsets). */
export async function createGlyphPainter(fonts: readonly AtlasFont[]): Promise<GlyphPainter> {
  const hb = await harfBuzz;
  const faces = fonts.map((font) => {
    const blob = hb.createBlob(woffToSfnt(font.data));
    const face = hb.createFace(blob, 0);
    const hbFont = hb.createFont(face);
    const upem = face.upem;
    hbFont.setScale(upem, upem);
    return {
      family: font.name.toLowerCase(),
      weight: font.weight,
      font: hbFont,
      upem,
      covers: new Map<number, boolean>(),
    };
  });
  type Face = (typeof faces)[number];
  // Words recur from card to card (every eyebrow starts alike), so shapings are kept, up to a bound.
  const shapings = new Map<string, HbGlyph[]>();
  const shape = (face: Face, text: string, features?: string): HbGlyph[] => {
    const key = `${faces.indexOf(face)} ${features ?? ''} ${text}`;
    const known = shapings.get(key);
    if (known) return known;
    const buffer = hb.createBuffer();
    try {
      buffer.addText(text);
      buffer.guessSegmentProperties();
      hb.shape(face.font, buffer, features);
      const glyphs = buffer.json();
      if (shapings.size >= MAX_SHAPINGS) shapings.clear();
      shapings.set(key, glyphs);
      return glyphs;
    } finally {
      buffer.destroy();
    }
  };
  const covers = (face: Face, char: number): boolean => {
    let known = face.covers.get(char);
    if (known === undefined) {
      known = shape(face, String.fromCodePoint(char))[0]?.g !== 0;
      face.covers.set(char, known);
    }
    return known;
  };
  /** A line split into runs of one face each: the first face of the family that has the glyph. */
  const fontRuns = (line: TextRun): { face: Face; text: string }[] => {
    const candidates = faces.filter((face) => face.family === line.family && face.weight === line.weight);
    const runs: { face: Face; text: string }[] = [];
    for (const char of line.text) {
      const face = candidates.find((candidate) => covers(candidate, char.codePointAt(0)!)) ?? candidates[0];
      if (!face) continue;
      const last = runs.at(-1);
      if (last?.face === face) last.text += char;
      else runs.push({ face, text: char });
    }
    return runs;
  };

  const atlas = new Map<string, GlyphBitmap | null>();
  const rasterise = (face: Face, glyph: number, size: number, dx: number, dy: number): GlyphBitmap | null => {
    const scale = size / face.upem;
    const outline = face.font.glyphToPath(glyph);
    if (!outline) return null;
    // The outline placed as satori places it: pen at (dx, dy) within the pixel, y flipped.
    let [minX, minY, maxX, maxY] = [Infinity, Infinity, -Infinity, -Infinity];
    let isX = false;
    const path = outline.replace(/-?[\d.]+(?:e-?\d+)?/g, (number) => {
      isX = !isX;
      const placed = isX ? round(dx + Number(number) * scale) : round(dy - Number(number) * scale);
      if (isX) [minX, maxX] = [Math.min(minX, placed), Math.max(maxX, placed)];
      else [minY, maxY] = [Math.min(minY, placed), Math.max(maxY, placed)];
      return String(placed);
    });
    if (!Number.isFinite(minX)) return null;
    const [left, top] = [Math.floor(minX) - 1, Math.floor(minY) - 1];
    const [width, height] = [Math.ceil(maxX) + 1 - left, Math.ceil(maxY) + 1 - top];
    const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="${left} ${top} ${width} ${height}"><path d="${path}"/></svg>`;
    const rgba = new Resvg(svg, { font: { loadSystemFonts: false } }).render().pixels;
    const alpha = new Uint8Array(width * height);
    for (let i = 0; i < alpha.length; i++) alpha[i] = rgba[i * 4 + 3]!;
    return { left, top, width, height, alpha };
  };
  const bitmap = (face: Face, glyph: number, size: number, x: number, y: number) => {
    const [px, py] = [Math.round(x * SUBPIXEL), Math.round(y * SUBPIXEL)];
    const [fx, fy] = [px - Math.floor(px / SUBPIXEL) * SUBPIXEL, py - Math.floor(py / SUBPIXEL) * SUBPIXEL];
    const key = `${faces.indexOf(face)} ${size} ${glyph} ${fx} ${fy}`;
    let found = atlas.get(key);
    if (found === undefined) {
      found = rasterise(face, glyph, size, fx / SUBPIXEL, fy / SUBPIXEL);
      atlas.set(key, found);
    }
    return { found, originX: (px - fx) / SUBPIXEL, originY: (py - fy) / SUBPIXEL };
  };

  /** Source-over of the glyph's coverage in one colour, clipped to the image. */
  const blend = (image: RgbImage, glyph: GlyphBitmap, originX: number, originY: number, rgb: readonly number[]) => {
    const { pixels, width, height } = image;
    const [red = 0, green = 0, blue = 0] = rgb;
    const left = originX + glyph.left;
    const [first, last] = [Math.max(0, -left), Math.min(glyph.width, width - left)];
    for (let row = 0; row < glyph.height; row++) {
      const y = originY + glyph.top + row;
      if (y < 0 || y >= height) continue;
      const source = row * glyph.width;
      for (let column = first; column < last; column++) {
        const a = glyph.alpha[source + column]!;
        if (a === 0) continue;
        const at = (y * width + left + column) * 3;
        const r = pixels[at]!;
        const g = pixels[at + 1]!;
        const b = pixels[at + 2]!;
        pixels[at] = r + Math.round(((red - r) * a) / 255);
        pixels[at + 1] = g + Math.round(((green - g) * a) / 255);
        pixels[at + 2] = b + Math.round(((blue - b) * a) / 255);
      }
    }
  };

  return {
    get rasterised() {
      return atlas.size;
    },
    paint(svg, image) {
      for (const line of joinWords(textRuns(svg))) {
        const rgb = hexColor(line.fill);
        let pen = line.x;
        for (const { face, text } of fontRuns(line)) {
          // Letter spacing turns common ligatures off, in CSS and in satori.
          const glyphs = shape(face, text, line.letterSpacing ? '-liga,-clig' : undefined);
          const runScale = line.size / face.upem;
          glyphs.forEach((glyph, i) => {
            const { found, originX, originY } = bitmap(
              face,
              glyph.g,
              line.size,
              pen + glyph.dx * runScale,
              line.y + glyph.dy * runScale,
            );
            if (found) blend(image, found, originX, originY, rgb);
            // Letter spacing follows each cluster, as in satori.
            pen += glyph.ax * runScale + (glyphs[i + 1]?.cl !== glyph.cl ? line.letterSpacing : 0);
          });
        }
      }
    },
  };
}

/** `#rrggbb` (or `black`) to its three channels. */
function hexColor(color: string): [number, number, number] {
  const hex = color === 'black' ? '000000' : color.replace('#', '');
  return [0, 2, 4].map((at) => Number.parseInt(hex.slice(at, at + 2), 16)) as [number, number, number];
}
