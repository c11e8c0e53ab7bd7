// Share links: a draft's name and answers in the URL fragment (never sent to a server),
// as versioned, deflate-compressed, base64url JSON. Decoding never throws: anything tampered,
// truncated, oversized or from an unknown version is an error value with a message to show.
import { deflateSync, inflateSync } from 'fflate';
import * as z from 'zod/mini';
import { fromBase64Url, toBase64Url } from './bytes';
import { draftFieldsSchema, draftNameSchema } from './draft';
import { FIELD_IDS, type DraftFields } from './fields';
import { defineFragmentCodec, type FragmentError, type FragmentErrorKind } from '../fragment-codec';
import { err, ok, type Result } from '../result';
import { SHARE_PARAM } from './share-param';

export { readShareCode } from './share-param';
/** Current share format; bump when the payload changes shape and keep decoding the old ones. */
export const SHARE_VERSION = 1;
/** Longest code accepted; a full draft compresses to a few kilobytes. */
export const MAX_SHARE_CODE_CHARS = 16_000;
/** Most bytes a code may inflate to, so a crafted link cannot exhaust memory. */
export const MAX_SHARE_JSON_BYTES = 64_000;

/** What a share link carries. */
export interface SharedDraft {
  name: string;
  fields: DraftFields;
}

const payloadSchema = z.object({ v: z.literal(SHARE_VERSION), n: draftNameSchema, f: draftFieldsSchema });

/** Encodes a draft's name and answers as a share code (`v1.<base64url>`). */
export function encodeShareCode(draft: SharedDraft): string {
  const fields: DraftFields = {};
  for (const id of FIELD_IDS) {
    const value = draft.fields[id];
    if (value) fields[id] = value;
  }
  const json = JSON.stringify({ v: SHARE_VERSION, n: draft.name, f: fields });
  return `v${SHARE_VERSION}.${toBase64Url(deflateSync(new TextEncoder().encode(json), { level: 9 }))}`;
}

/** Reads a version-1 body: base64url deflate of the JSON payload, validated by its schema. */
function readVersion1(body: string): Result<SharedDraft, FragmentErrorKind> {
  const bytes = fromBase64Url(body);
  if (!bytes || bytes.length === 0) return err('malformed');
  let json: string;
  try {
    // One byte more than allowed: if it fills up, the payload was too big.
    const inflated = inflateSync(bytes, { out: new Uint8Array(MAX_SHARE_JSON_BYTES + 1) });
    if (inflated.length > MAX_SHARE_JSON_BYTES) return err('oversized');
    json = new TextDecoder('utf-8', { fatal: true }).decode(inflated);
  } catch {
    return err('malformed');
  }
  let raw: unknown;
  try {
    raw = JSON.parse(json);
  } catch {
    return err('malformed');
  }
  if (isObject(raw) && raw['v'] !== SHARE_VERSION && typeof raw['v'] === 'number') return err('future-version');
  const parsed = payloadSchema.safeParse(raw);
  if (!parsed.success) return err('malformed');
  return ok({ name: parsed.data.n, fields: parsed.data.f });
}

const draftCodec = defineFragmentCodec<SharedDraft>({
  link: 'value-prop-draft',
  param: SHARE_PARAM,
  currentVersion: SHARE_VERSION,
  maxLength: MAX_SHARE_CODE_CHARS,
  splitVersion: (code) => {
    const match = /^v(\d{1,4})\.(.*)$/s.exec(code);
    if (!match) return undefined;
    const digits = match[1] ?? '';
    // "v01" is not how any build wrote version 1, so it reads as an unknown version.
    return { version: String(Number(digits)) === digits ? Number(digits) : -1, body: match[2] ?? '' };
  },
  versions: { 1: readVersion1 },
});

/** Decodes a share code; never throws. */
export function decodeShareCode(code: string): Result<SharedDraft, FragmentError> {
  return draftCodec.decode(code);
}

/** The fragment (`#d=<code>`) that shares a draft. */
export function shareFragment(draft: SharedDraft): string {
  return `#${SHARE_PARAM}=${encodeShareCode(draft)}`;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
