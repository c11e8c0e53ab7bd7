// Errors at the edges are values: decoding a link, importing a file or saving can fail for
// reasons the user caused or the browser imposed, and the island shows the message.

/** Success with a value, or failure with a message a user can act on. */
export type Result<T, E = string> = { ok: true; value: T } | { ok: false; error: E };

/** A successful result. */
export const ok = <T>(value: T): { ok: true; value: T } => ({ ok: true, value });

/** A failed result. */
export const err = <E>(error: E): { ok: false; error: E } => ({ ok: false, error });
