// One codec for state carried in a URL fragment (`#r=…`, `#d=…`): never sent to a server, always
// versioned, size-capped and validated. Each tool configures it with its versions; every way a code
// can be wrong is an error value with a message for the page, never an exception.
import links from '../../content/messages/links.yaml';
import type { LinkMessages } from '../schemas/messages';
import { err, ok, type ReadError, type Result } from './result';

/** Which tool's links a message talks about (the schema of content/messages/links.yaml names them). */
export type FragmentLinkKind = keyof LinkMessages;
/** Every way a code in a link can fail to open. */
export type FragmentErrorKind = keyof LinkMessages[FragmentLinkKind];
/** A code that did not open: its kind and the sentence the page shows. */
export type FragmentError = ReadError<FragmentErrorKind>;

/** The one table of messages for links that do not open, per kind of link (content/messages/links.yaml). */
// Checked against its schema by the tests, not here: zod would add about 20 KB to the tool pages.
export const FRAGMENT_ERRORS = links as LinkMessages;

/** The value of one parameter in a location hash (`#r=…`), or undefined when it is absent. */
export function fragmentParam(hash: string, param: string): string | undefined {
  const fragment = hash.startsWith('#') ? hash.slice(1) : hash;
  if (!fragment) return undefined;
  try {
    return new URLSearchParams(fragment).get(param) ?? undefined;
  } catch {
    return undefined;
  }
}

/**
 * How one tool's codes are read: where the version is, what each published version means. A reader
 * answers with a kind from the shared table, or with an error of its own (`Extra`) whose message
 * it writes itself, such as which person in a team link did not open.
 */
export interface FragmentCodecConfig<T, Extra extends string = never> {
  /** Whose messages to show. */
  link: FragmentLinkKind;
  /** The fragment parameter that holds a code. */
  param: string;
  /** The version this build writes; a higher one came from a newer build. */
  currentVersion: number;
  /** Longest code accepted, so a crafted link is refused before any work. */
  maxLength: number;
  /** Splits a code into its version and body; undefined when the code has no readable version. */
  splitVersion: (code: string) => { version: number; body: string } | undefined;
  /** One reader per published version (each validates with zod); every published version stays here. */
  versions: Record<number, (body: string) => Result<T, FragmentErrorKind | ReadError<Extra>>>;
}

/** A configured codec: decodes a code or a location hash, never throwing. */
export interface FragmentCodec<T, Extra extends string = never> {
  /** Decodes a code into its value, or an error with the page's message. */
  decode: (code: unknown) => Result<T, ReadError<FragmentErrorKind | Extra>>;
  /** The code in a location hash, or undefined when the hash holds none. */
  codeFromHash: (hash: string) => string | undefined;
  /** The error value of a kind, with this tool's message. */
  error: (kind: FragmentErrorKind) => FragmentError;
}

/** Builds the codec for one tool's links from its versions. */
export function defineFragmentCodec<T, Extra extends string = never>(
  config: FragmentCodecConfig<T, Extra>,
): FragmentCodec<T, Extra> {
  const error = (kind: FragmentErrorKind): FragmentError => ({ kind, message: FRAGMENT_ERRORS[config.link][kind] });
  const decode = (code: unknown): Result<T, ReadError<FragmentErrorKind | Extra>> => {
    if (typeof code !== 'string' || code.trim() === '') return err(error('empty'));
    const trimmed = code.trim();
    if (trimmed.length > config.maxLength) return err(error('oversized'));
    const split = config.splitVersion(trimmed);
    if (!split) return err(error('malformed'));
    const read = config.versions[split.version];
    // A version this build has no reader for can only come from a newer (or foreign) build.
    if (!read || split.version > config.currentVersion) return err(error('future-version'));
    try {
      const result = read(split.body);
      if (result.ok) return ok(result.value);
      return err(typeof result.error === 'string' ? error(result.error) : result.error);
    } catch {
      // A reader that throws on some input is a bug, but the reader of a link still gets a message.
      return err(error('malformed'));
    }
  };
  return { decode, error, codeFromHash: (hash) => fragmentParam(hash, config.param) };
}
