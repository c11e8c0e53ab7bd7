// Share links: a draft's name and answers in the URL fragment (never sent to a server),
// as versioned, deflate-compressed, base64url JSON. Decoding never throws: anything tampered,
// truncated, oversized or from an unknown version is an error value with a message to show.
import { deflateSync, inflateSync } from 'fflate';
import * as z from 'zod/mini';
import { fromBase64Url, toBase64Url } from './bytes';
import { draftFieldsSchema, draftNameSchema } from './draft';
import { FIELD_IDS, type DraftFields } from './fields';
import { err, ok, type Result } from '../result';

/** The fragment key: `/value-proposition/#d=<code>`. */
export const SHARE_PARAM = 'd';
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

/** Messages for each way a link can be bad, as the recipient should read them. */
export const SHARE_ERRORS = {
  empty: 'This share link has no draft in it. Ask the sender to copy the link again.',
  tooLong: 'This share link is too long to be one of ours, so it was not opened.',
  version: 'This share link was made by a newer or unknown version of the builder, so it cannot be opened here.',
  damaged: 'This share link is damaged or incomplete (perhaps it was cut off when pasted), so it could not be opened.',
} as const;

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

/** Decodes a share code; never throws. */
export function decodeShareCode(code: string): Result<SharedDraft> {
  const trimmed = code.trim();
  if (trimmed === '') return err(SHARE_ERRORS.empty);
  if (trimmed.length > MAX_SHARE_CODE_CHARS) return err(SHARE_ERRORS.tooLong);
  const dot = trimmed.indexOf('.');
  if (dot < 0) return err(SHARE_ERRORS.damaged);
  if (trimmed.slice(0, dot) !== `v${SHARE_VERSION}`) {
    return /^v\d{1,4}$/.test(trimmed.slice(0, dot)) ? err(SHARE_ERRORS.version) : err(SHARE_ERRORS.damaged);
  }
  const bytes = fromBase64Url(trimmed.slice(dot + 1));
  if (!bytes || bytes.length === 0) return err(SHARE_ERRORS.damaged);
  let json: string;
  try {
    // One byte more than allowed: if it fills up, the payload was too big.
    const inflated = inflateSync(bytes, { out: new Uint8Array(MAX_SHARE_JSON_BYTES + 1) });
    if (inflated.length > MAX_SHARE_JSON_BYTES) return err(SHARE_ERRORS.tooLong);
    json = new TextDecoder('utf-8', { fatal: true }).decode(inflated);
  } catch {
    return err(SHARE_ERRORS.damaged);
  }
  let raw: unknown;
  try {
    raw = JSON.parse(json);
  } catch {
    return err(SHARE_ERRORS.damaged);
  }
  if (isObject(raw) && raw['v'] !== SHARE_VERSION && typeof raw['v'] === 'number') return err(SHARE_ERRORS.version);
  const parsed = payloadSchema.safeParse(raw);
  if (!parsed.success) return err(SHARE_ERRORS.damaged);
  return ok({ name: parsed.data.n, fields: parsed.data.f });
}

/** The fragment (`#d=<code>`) that shares a draft. */
export function shareFragment(draft: SharedDraft): string {
  return `#${SHARE_PARAM}=${encodeShareCode(draft)}`;
}

/** The share code in a location hash, or undefined when the hash is not a share link. */
export function readShareCode(hash: string): string | undefined {
  const params = new URLSearchParams(hash.replace(/^#/, ''));
  return params.get(SHARE_PARAM) ?? undefined;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
