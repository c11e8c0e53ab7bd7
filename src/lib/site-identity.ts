// The site's identity for structured data, from the names in src/site.ts and the build's address.
import { SITE_DESCRIPTION, SITE_NAME } from '../site';
import type { SiteIdentity } from './structured-data';

/** Name, description, home URL and logo of the site at the given address. */
export function siteIdentity(site: URL | undefined): SiteIdentity {
  const home = new URL('/', site ?? 'http://localhost:4321');
  return { name: SITE_NAME, description: SITE_DESCRIPTION, url: home.href, logo: new URL('/favicon.svg', home).href };
}
