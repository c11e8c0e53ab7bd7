import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import type { Answers } from '../../../../src/lib/assessment/answers';
import { encodeShareCode } from '../../../../src/lib/assessment/share-code';
import {
  MAX_LISTED_PROBLEMS,
  MAX_PASTE_CHARS,
  MAX_PASTE_LINES,
  MAX_WORKSHOP_RESPONDENTS,
  codesOnLine,
  readPaste,
} from '../../../../src/lib/assessment/workshop/paste';
import { firstEdition, realDefinition } from '../support';

const current = realDefinition();
const old = firstEdition();
const editions = [current, old];
// Distinct answers for each seed: the seed's base-5 digits, then a fixed filler.
const answersFor = (seed: number): Answers =>
  Object.fromEntries(
    current.questions.map((question, index) => [question.id, ((Math.floor(seed / 5 ** index) % 5) + 1) as 1]),
  );
const codeFor = (seed: number) => encodeShareCode(current, answersFor(seed));
const link = (code: string) => `https://market-driven.example/assessment/#r=${code}`;

describe('codesOnLine', () => {
  test('finds a code in a link, one after a compare link’s &r= and a bare code', () => {
    const [a, b, c] = [codeFor(1), codeFor(2), codeFor(3)];
    expect(codesOnLine(`Mine: ${link(a)} and theirs /assessment/compare/#r=${b}&r=${c}`)).toEqual([a, b, c]);
    expect(codesOnLine(`  ${a}\t`)).toEqual([a]);
  });
  test('leaves off the full stop that ends a sentence', () => {
    expect(codesOnLine(`Here it is: ${link(codeFor(1))}.`)).toEqual([codeFor(1)]);
  });
  test('does not take version numbers or dates for codes', () => {
    expect(codesOnLine('Chrome 1.2.3 on 2026.12.02, see docs.example/page#intro')).toEqual([]);
  });
});

describe('readPaste', () => {
  test('loads every result in a thread with the line it was on', () => {
    const text = ['From: Ana', link(codeFor(1)), '', `> quoted: nothing`, `Bo says ${link(codeFor(2))}`].join('\n');
    const reading = readPaste(editions, text);
    expect(reading.results.map((result) => [result.line, result.code])).toEqual([
      [2, codeFor(1)],
      [5, codeFor(2)],
    ]);
    expect(reading.problems).toEqual([]);
    expect(reading.results[0]!.answers).toEqual(answersFor(1));
  });

  test('counts the same result twice once and says which line it repeats', () => {
    const reading = readPaste(editions, [link(codeFor(1)), link(codeFor(1))].join('\n'));
    expect(reading.results).toHaveLength(1);
    expect(reading.problems).toEqual([
      expect.objectContaining({ line: 2, kind: 'duplicate', message: expect.stringContaining('line 1') }),
    ]);
  });

  test('lists a tampered code with the decoder’s reason and still loads the rest', () => {
    const tampered = codeFor(2).slice(0, -3);
    const reading = readPaste(editions, [link(codeFor(1)), link(tampered), link(codeFor(3))].join('\n'));
    expect(reading.results).toHaveLength(2);
    expect(reading.problems).toEqual([
      expect.objectContaining({ line: 2, kind: 'unreadable', message: expect.stringMatching(/incomplete/) }),
    ]);
  });

  test('names a value-proposition draft link as the wrong kind of link', () => {
    const reading = readPaste(editions, 'https://market-driven.example/value-proposition/#d=1.abcdef');
    expect(reading.results).toEqual([]);
    expect(reading.problems[0]).toMatchObject({ line: 1, kind: 'builder-draft' });
  });

  test('loads an edition-1 link with edition 1', () => {
    const oldCode = encodeShareCode(old, Object.fromEntries(old.questions.map((question) => [question.id, 4])));
    const reading = readPaste(editions, link(oldCode));
    expect(reading.results[0]!.edition).toBe(old);
  });

  test(`loads at most ${MAX_WORKSHOP_RESPONDENTS} people and lists the rest as over the limit`, () => {
    const text = Array.from({ length: MAX_WORKSHOP_RESPONDENTS + 2 }, (_, index) => link(codeFor(index))).join('\n');
    const reading = readPaste(editions, text);
    expect(reading.results).toHaveLength(MAX_WORKSHOP_RESPONDENTS);
    expect(reading.problems.filter((problem) => problem.kind === 'over-limit')).toHaveLength(2);
  });

  test(`lists at most ${MAX_LISTED_PROBLEMS} problems and counts the others`, () => {
    const text = Array.from({ length: MAX_LISTED_PROBLEMS + 5 }, (_, index) => `#r=2.zz.${index}`).join('\n');
    const reading = readPaste(editions, text);
    expect(reading.problems).toHaveLength(MAX_LISTED_PROBLEMS);
    expect(reading.unlistedProblems).toBe(5);
  });

  test('refuses a paste over the size limit at once, with its size', () => {
    const reading = readPaste(editions, 'x'.repeat(MAX_PASTE_CHARS + 1));
    expect(reading.refusal).toMatch(/million characters/);
    expect(reading.results).toEqual([]);
  });

  test('refuses a paste with more lines than the limit', () => {
    expect(readPaste(editions, '\n'.repeat(MAX_PASTE_LINES)).refusal).toMatch(/lines/);
  });

  test('reads 10,000 lines of chat with results among them', () => {
    const lines = Array.from({ length: 10_000 }, (_, index) =>
      index % 500 === 0 ? link(codeFor(index)) : 'ok, see you then',
    );
    const reading = readPaste(editions, lines.join('\n'));
    expect(reading.results).toHaveLength(20);
    expect(reading.refusal).toBeNull();
  });

  test('says so when the text holds no result link', () => {
    expect(readPaste(editions, 'hello there').refusal).toMatch(/No result links/);
    expect(readPaste(editions, '  ').refusal).toMatch(/Paste/);
  });

  test('never throws on any text', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 400 }), (text) => {
        const reading = readPaste(editions, `${text}#r=${text}\n${text}`);
        expect(reading.results.length + reading.problems.length + reading.unlistedProblems).toBeGreaterThanOrEqual(0);
      }),
    );
  });
});
