// node bench/og-cpu.ts: CPU time per share image, for the drawing kept and the one it replaced,
// measured in one process with process.cpuUsage over the real lesson titles plus long made-up
// ones (40 cards). The machine is shared, so compare the rows of one run with each other.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { renderOgImage, renderOgImageWhole } from '../src/lib/og-image.ts';
import type { OgCard } from '../src/lib/og-card.ts';

const COUNT = 40;
const lessons = join(import.meta.dirname, '..', 'content', 'lessons');
const titles = readdirSync(lessons)
  .map((file) => /^title: "?(.*?)"?$/m.exec(readFileSync(join(lessons, file), 'utf8'))?.[1])
  .filter((title): title is string => Boolean(title));
const longer = (i: number) =>
  `${titles[i % titles.length]}, and what ${titles[(i * 7 + 3) % titles.length]?.toLowerCase()} teaches about it`;
const cards: OgCard[] = Array.from({ length: COUNT }, (_, i) => ({
  eyebrow: `Market Driven Weekly · Episode ${i + 1}`,
  title: i < titles.length ? titles[i]! : longer(i),
}));

async function perImage(label: string, draw: (card: OgCard) => Promise<Uint8Array>): Promise<void> {
  const start = process.cpuUsage();
  const wall = performance.now();
  let bytes = 0;
  for (const card of cards) bytes += (await draw(card)).length;
  const { user, system } = process.cpuUsage(start);
  const ms = (value: number) => `${value.toFixed(1)} ms`;
  console.log(
    `${label.padEnd(58)} ${ms((user + system) / 1000 / COUNT)} CPU, ${ms((performance.now() - wall) / COUNT)} wall, ${Math.round(bytes / COUNT / 1024)} KB`,
  );
}

const host = 'market-driven.example';
await perImage('satori + resvg, whole card (before)', (card) => renderOgImageWhole(card, host));
await perImage('glyph atlas, first 40 cards (atlas filling)', (card) => renderOgImage(card, host));
await perImage('glyph atlas, atlas filled (the rest of a build)', (card) => renderOgImage(card, host));
