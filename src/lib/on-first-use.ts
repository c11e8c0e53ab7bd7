// Deferring costly set-up (locale data, compiled patterns) from a module's import to its first use.

/** A function that calls `make` on its first call and returns that value ever after. */
export function onFirstUse<T>(make: () => T): () => T {
  let made: { value: T } | undefined;
  return () => (made ??= { value: make() }).value;
}
