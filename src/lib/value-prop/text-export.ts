// A draft as Markdown (to keep or paste into docs) and as plain text (for chat or e-mail).
// Gaps stay visible as [bracketed labels] so an unfinished draft reads as unfinished.
import { composeOutputs, type Segment } from './compose';
import { displayName, type Draft } from './draft';
import { fieldText, type FieldId } from './fields';
import type { Finding } from './language-check';
import type { Rating } from './rating';

/** What the exports need to know about the steps: titles and field labels, from content. */
export interface ExportGuide {
  steps: readonly { rule: number; title: string; fields: readonly { id: FieldId; label: string; gap?: string }[] }[];
}

/** The language check's result, when the export should include it. */
export interface ExportCheck {
  rating: Rating;
  findings: readonly Finding[];
  ruleTitle: (rule: Finding['rule']) => string;
}

/** The draft as a Markdown document. */
export function draftToMarkdown(draft: Draft, guide: ExportGuide, check?: ExportCheck): string {
  const label = fieldLabeller(guide);
  const outputs = composeOutputs(draft.fields);
  const md = (segments: readonly Segment[]) => segmentsToMarkdown(segments, gapLabeller(guide));
  const lines = [
    `# ${escapeMarkdown(displayName(draft))}`,
    '',
    '## Positioning statement',
    '',
    md(outputs.positioning),
    '',
    '## Value proposition',
    '',
    `**${md(outputs.headline)}**`,
    '',
    md(outputs.subheadline),
    '',
    '## Elevator pitch',
    '',
    md(outputs.pitch),
    '',
    '## The four golden rules',
  ];
  for (const step of guide.steps) {
    lines.push('', `### ${step.rule}. ${escapeMarkdown(step.title)}`, '');
    for (const field of step.fields) {
      const value = fieldText(draft.fields, field.id);
      lines.push(
        `- **${escapeMarkdown(field.label)}:** ${value ? escapeMarkdown(oneLine(value)) : '_not answered yet_'}`,
      );
    }
  }
  if (check) {
    lines.push('', "## Customer's-eye check", '', ratingLine(check.rating));
    if (check.findings.length > 0) lines.push('');
    for (const finding of check.findings) {
      lines.push(
        `- **${escapeMarkdown(label(finding.field))}** (${escapeMarkdown(check.ruleTitle(finding.rule))}): ${escapeMarkdown(finding.message)} ${escapeMarkdown(finding.fix)}`,
      );
    }
  }
  lines.push('', '---', '', '_Made with the Market Driven value-proposition builder._', '');
  return lines.join('\n');
}

/** The draft's outputs as plain text for a chat message or an e-mail. */
export function draftToPlainText(draft: Draft, guide: ExportGuide): string {
  const label = gapLabeller(guide);
  const outputs = composeOutputs(draft.fields);
  const text = (segments: readonly Segment[]) => segmentsToPlain(segments, label);
  return [
    displayName(draft),
    '',
    'Positioning statement',
    text(outputs.positioning),
    '',
    `Headline: ${text(outputs.headline)}`,
    `Sub-headline: ${text(outputs.subheadline)}`,
    '',
    'Elevator pitch',
    text(outputs.pitch),
    '',
  ].join('\n');
}

/** Plain text of segments, gaps as [label]. */
export function segmentsToPlain(segments: readonly Segment[], label: (field: FieldId) => string): string {
  return segments.map((segment) => (segment.kind === 'gap' ? `[${label(segment.field)}]` : segment.text)).join('');
}

/** Backslash-escapes the characters Markdown would treat as markup, so user text stays text. */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/[\\`*_[\]{}<>#|~!]/g, '\\$&')
    .replace(/^(\s*)([-+])(\s)/gm, '$1\\$2$3')
    .replace(/^(\s*\d+)\.(\s)/gm, '$1\\.$2');
}

function segmentsToMarkdown(segments: readonly Segment[], label: (field: FieldId) => string): string {
  return segments
    .map((segment) => {
      if (segment.kind === 'gap') return `\\[${escapeMarkdown(label(segment.field))}\\]`;
      return segment.kind === 'answer' ? escapeMarkdown(segment.text) : segment.text;
    })
    .join('');
}

/** A field's label, as on the form. */
/** Each field's label from the guide, e.g. "Primary customer". */
export function fieldLabeller(guide: ExportGuide): (field: FieldId) => string {
  const labels = new Map(guide.steps.flatMap((step) => step.fields.map((field) => [field.id, field.label] as const)));
  return (field) => labels.get(field) ?? field;
}

/** The short words that stand in a gap: the field's `gap`, else its label in lower case. */
export function gapLabeller(guide: {
  steps: readonly { fields: readonly { id: FieldId; label: string; gap?: string }[] }[];
}): (field: FieldId) => string {
  const labels = new Map(
    guide.steps.flatMap((step) =>
      step.fields.map((field) => [field.id, field.gap ?? field.label.toLowerCase()] as const),
    ),
  );
  return (field) => labels.get(field) ?? field;
}

function ratingLine(rating: Rating): string {
  return rating.status === 'rated'
    ? `Rating: ${rating.score}/100, ${escapeMarkdown(rating.band.label)}.`
    : `Not rated yet: answer at least ${rating.needed} questions (${rating.filled} so far).`;
}

function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}
