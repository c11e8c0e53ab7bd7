// The e-mail sign-up configuration, checked at build: a typo in the endpoint fails the build
// with the reason instead of shipping a form that silently goes nowhere.
import { z } from 'zod';

const fieldName = z.string().regex(/^[A-Za-z0-9_.[\]-]+$/, 'must be a form field name (letters, digits, _ . - [ ])');

/** The sign-up settings in src/site.ts. */
export const newsletterConfigSchema = z.object({
  /** Provider form-post URL; empty hides the form. */
  endpoint: z.union([z.literal(''), z.url({ protocol: /^https$/, error: 'must be an https:// URL' })]),
  providerName: z.string(),
  privacyUrl: z.union([z.literal(''), z.url({ protocol: /^https?$/ })]),
  fields: z.object({ email: fieldName, name: z.union([z.literal(''), fieldName]) }),
  hiddenFields: z.record(fieldName, z.string()),
});

export type NewsletterConfig = z.input<typeof newsletterConfigSchema>;

/** A sign-up form to render, or undefined when no endpoint is configured. */
export interface NewsletterForm {
  action: string;
  providerName: string;
  privacyUrl: string;
  emailField: string;
  nameField: string;
  hiddenFields: [string, string][];
}

/** The form to show, from the site config with an optional build-time endpoint override; throws with the field at fault. */
export function newsletterForm(
  config: NewsletterConfig,
  endpointOverride?: string | undefined,
): NewsletterForm | undefined {
  const parsed = newsletterConfigSchema.safeParse({ ...config, endpoint: endpointOverride?.trim() || config.endpoint });
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `NEWSLETTER.${issue.path.join('.')}: ${issue.message}`);
    throw new Error(`src/site.ts: the e-mail sign-up settings are invalid:\n${problems.join('\n')}`);
  }
  const value = parsed.data;
  if (!value.endpoint) return undefined;
  return {
    action: value.endpoint,
    providerName: value.providerName,
    privacyUrl: value.privacyUrl,
    emailField: value.fields.email,
    nameField: value.fields.name,
    hiddenFields: Object.entries(value.hiddenFields),
  };
}
