// Composes the positioning statement, headline, sub-headline and elevator pitch from a draft.
// Output is a list of segments, so a missing answer stays a visible gap (the island styles it,
// text export brackets it) instead of turning into an awkward sentence.
import { fieldText, type DraftFields, type FieldId } from './fields';

/** A piece of composed output: fixed wording, a user's answer, or a gap where an answer is missing. */
export type Segment =
  { kind: 'text'; text: string } | { kind: 'answer'; field: FieldId; text: string } | { kind: 'gap'; field: FieldId };

/** Everything the builder composes from one draft. */
export interface ComposedOutputs {
  positioning: Segment[];
  headline: Segment[];
  subheadline: Segment[];
  pitch: Segment[];
}

/** Words people often type that the sentence frame already supplies (e.g. "who" before the job). */
const FRAME_WORDS: Partial<Record<FieldId, readonly string[]>> = {
  primaryCustomer: ['for'],
  job: ['who'],
  pains: ['today,', 'today'],
  gains: ['so that', 'so'],
  category: ['is a', 'is an', 'a', 'an'],
  alternative: ['unlike'],
  benefit: ['that', 'which', 'it'],
  difference: ['it'],
};

/** Determiners that mean the category already has its own article. */
const DETERMINERS = new Set(['a', 'an', 'the', 'one', 'your', 'our', 'their', 'this', 'that', 'some', 'any']);

/** An answer ready to slot into a sentence: whitespace collapsed, frame words and end punctuation removed. */
export function slotText(fields: DraftFields, field: FieldId): string {
  let text = fieldText(fields, field).replace(/\s+/g, ' ');
  for (const word of FRAME_WORDS[field] ?? []) {
    const lead = `${word} `;
    if (text.toLowerCase().startsWith(lead) && text.length > lead.length) {
      text = text.slice(lead.length).trimStart();
      break;
    }
  }
  return text.replace(/[\s.,;:!?]+$/u, '');
}

/** "a" or "an" before a phrase, by its sound as far as spelling tells; "" when it has its own determiner. */
export function indefiniteArticle(phrase: string): string {
  const first = phrase.trim().split(/\s+/)[0]?.toLowerCase() ?? '';
  if (first === '' || DETERMINERS.has(first)) return '';
  if (/^(hour|honest|honou?r|heir)/.test(first)) return 'an';
  if (/^(uni|use|usu|uti|eu|one|once|ubiq)/.test(first)) return 'a';
  if (/^[A-Z]{2,}/.test(phrase.trim()) && /^[AEFHILMNORSX]/.test(phrase.trim())) return 'an';
  return /^[aeiou]/.test(first) ? 'an' : 'a';
}

/** Upper-cases the first letter when the first word is all lower case (so "iPhone" is left alone). */
export function capitalise(text: string): string {
  const firstWord = text.split(/\s/)[0] ?? '';
  if (firstWord !== firstWord.toLowerCase()) return text;
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** The positioning statement: "For … who …, … is a … that …. Unlike …, … …." */
export function composePositioning(fields: DraftFields): Segment[] {
  return build(fields, (s) => [
    s.text('For '),
    s.answer('primaryCustomer'),
    s.text(' who '),
    s.answer('job'),
    s.text(', '),
    s.answer('productName'),
    s.text(' is '),
    s.category(),
    s.text(' that '),
    s.answer('benefit'),
    s.text('. Unlike '),
    s.answer('alternative'),
    s.text(', '),
    s.answer('productName'),
    s.text(' '),
    s.answer('difference'),
    s.text('.'),
  ]);
}

/** The headline: the key benefit, as a customer would read it on a page. */
export function composeHeadline(fields: DraftFields): Segment[] {
  return build(fields, (s) => [s.answer('benefit', { start: true })]);
}

/** The sub-headline: what it is and who it is for, then the proof. */
export function composeSubheadline(fields: DraftFields): Segment[] {
  return build(fields, (s) => [
    s.answer('productName'),
    s.text(' is '),
    s.category(),
    s.text(' for '),
    s.answer('primaryCustomer'),
    s.text('. '),
    s.answer('proof', { start: true }),
    s.text('.'),
  ]);
}

/** The elevator pitch: the pain today, what it is, the benefit and gain, the difference, the proof. */
export function composePitch(fields: DraftFields): Segment[] {
  return build(fields, (s) => [
    s.text('Today, '),
    s.answer('pains'),
    s.text('. '),
    s.answer('productName'),
    s.text(' is '),
    s.category(),
    s.text(' for '),
    s.answer('primaryCustomer'),
    s.text(' who '),
    s.answer('job'),
    s.text('. It '),
    s.answer('benefit'),
    s.text(', so '),
    s.answer('gains'),
    s.text('. Unlike '),
    s.answer('alternative'),
    s.text(', it '),
    s.answer('difference'),
    s.text('. '),
    s.answer('proof', { start: true }),
    s.text('.'),
  ]);
}

/** All four outputs at once. */
export function composeOutputs(fields: DraftFields): ComposedOutputs {
  return {
    positioning: composePositioning(fields),
    headline: composeHeadline(fields),
    subheadline: composeSubheadline(fields),
    pitch: composePitch(fields),
  };
}

/** The segments as one string; each gap becomes `gapText(field)` (e.g. "[primary customer]"). */
export function segmentsToText(segments: readonly Segment[], gapText: (field: FieldId) => string): string {
  return segments.map((segment) => (segment.kind === 'gap' ? gapText(segment.field) : segment.text)).join('');
}

/** The fields still missing from these segments, each once, in order of appearance. */
export function gapFields(segments: readonly Segment[]): FieldId[] {
  return [...new Set(segments.flatMap((segment) => (segment.kind === 'gap' ? [segment.field] : [])))];
}

/** True when the segments have no gaps. */
export function isComplete(segments: readonly Segment[]): boolean {
  return segments.every((segment) => segment.kind !== 'gap');
}

interface SegmentBuilder {
  text(text: string): Segment;
  answer(field: FieldId, options?: { start?: boolean }): Segment;
  /** The category with its article, which depends on the answer. */
  category(): Segment[];
}

function build(fields: DraftFields, parts: (builder: SegmentBuilder) => (Segment | Segment[])[]): Segment[] {
  const builder: SegmentBuilder = {
    text: (text) => ({ kind: 'text', text }),
    answer: (field, options) => {
      const text = slotText(fields, field);
      if (text === '') return { kind: 'gap', field };
      return { kind: 'answer', field, text: options?.start ? capitalise(text) : text };
    },
    category: () => {
      const text = slotText(fields, 'category');
      if (text === '') return [{ kind: 'gap', field: 'category' }];
      const article = indefiniteArticle(text);
      return [{ kind: 'answer', field: 'category', text: article ? `${article} ${text}` : text }];
    },
  };
  return merge(parts(builder).flat());
}

// Adjacent fixed text is joined so consumers see "…. Unlike " as one piece.
function merge(segments: Segment[]): Segment[] {
  const merged: Segment[] = [];
  for (const segment of segments) {
    const last = merged.at(-1);
    if (segment.kind === 'text' && last?.kind === 'text') last.text += segment.text;
    else merged.push(segment.kind === 'text' ? { ...segment } : segment);
  }
  return merged;
}
