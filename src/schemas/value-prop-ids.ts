// The builder's field and rule ids: the contract between content and code, defined in the schema
// layer (which imports nothing of ours) and free of zod, so the islands can import them cheaply.

/** Every field of a draft, in the order the four golden rules ask for them. */
export const FIELD_IDS = [
  'primaryCustomer',
  'secondaryCustomers',
  'productName',
  'job',
  'pains',
  'gains',
  'category',
  'alternative',
  'benefit',
  'proof',
  'difference',
] as const;

/** Longest answer a field accepts: two or three sentences, enough for any single slot. */
export const FIELD_MAX_CHARS = 400;

/** Every rule the check applies; content gives each a title, an explanation and a lesson. */
export const RULE_IDS = [
  'company-centric',
  'jargon',
  'superlative',
  'unproven-claim',
  'long-sentence',
  'everyone',
  'feature-not-benefit',
  'no-alternative',
  'difference-without-proof',
] as const;

// The value-proposition builder's content (content/value-prop/*.yaml): the guided steps,
// the language check's word lists, and the worked examples. One collection, one `kind` per file.
