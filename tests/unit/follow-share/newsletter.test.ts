import { describe, expect, test } from 'vitest';
import { newsletterForm, type NewsletterConfig } from '../../../src/lib/newsletter';
import { calendarLinks } from '../../../src/lib/subscribe-links';

const config: NewsletterConfig = {
  endpoint: '',
  providerName: '',
  privacyUrl: '',
  fields: { email: 'EMAIL', name: '' },
  hiddenFields: {},
};

describe('newsletterForm', () => {
  test('shows no form when no endpoint is configured', () => {
    expect(newsletterForm(config)).toBeUndefined();
  });
  test('uses the configured endpoint, field names and hidden fields', () => {
    const form = newsletterForm({
      ...config,
      endpoint: 'https://lists.example/subscribe',
      hiddenFields: { list: 'md' },
    });
    expect(form).toMatchObject({
      action: 'https://lists.example/subscribe',
      emailField: 'EMAIL',
      hiddenFields: [['list', 'md']],
    });
  });
  test('a build-time endpoint overrides the config', () => {
    expect(newsletterForm(config, 'https://other.example/s')?.action).toBe('https://other.example/s');
  });
  test('an endpoint that is not https fails the build and names the setting', () => {
    expect(() => newsletterForm({ ...config, endpoint: 'http://lists.example/subscribe' })).toThrow(
      /NEWSLETTER\.endpoint/,
    );
    expect(() => newsletterForm({ ...config, endpoint: 'javascript:alert(1)' })).toThrow(/NEWSLETTER\.endpoint/);
  });
  test('a field name with spaces or quotes fails the build', () => {
    expect(() =>
      newsletterForm({ ...config, endpoint: 'https://l.example/', fields: { email: 'e"mail', name: '' } }),
    ).toThrow(/NEWSLETTER\.fields\.email/);
  });
});

describe('calendarLinks', () => {
  test('offers the webcal address, Google and Outlook.com subscriptions and the file', () => {
    const links = calendarLinks(new URL('https://md.test/episodes.ics'), 'Market Driven');
    expect(links.webcal).toBe('webcal://md.test/episodes.ics');
    expect(links.file).toBe('/episodes.ics');
    expect(new URL(links.google).searchParams.get('cid')).toBe('webcal://md.test/episodes.ics');
    expect(new URL(links.outlook).searchParams.get('url')).toBe('https://md.test/episodes.ics');
  });
});
