// Errors are values at the edges: decoding a link, importing a file or saving can fail for
// reasons the reader caused or the browser imposed, and the island shows the message.

/** A success with its value, or a failure with a reason a reader can act on. */
export type Result<T, E = string> = { ok: true; value: T } | { ok: false; error: E };

/** A failure a reader sees: a machine-readable kind and a sentence for the page. */
export interface ReadError<Kind extends string> {
  kind: Kind;
  message: string;
}

/** Wraps a value as a success. */
export const ok = <T>(value: T): { ok: true; value: T } => ({ ok: true, value });

/** Wraps an error as a failure. */
export const err = <E>(error: E): { ok: false; error: E } => ({ ok: false, error });
