// Where the workshop lives and the links it makes to the single-result and compare pages.
import { SHARE_PARAM } from '../share-code';

/** The workshop page; the result and compare pages link here. */
export const WORKSHOP_PATH = '/assessment/workshop/';

/** The compare page's link with every code filled in (it takes two to six). */
export function compareLinkPath(codes: readonly string[], base = '/assessment/compare/'): string {
  return `${base}#${codes.map((code) => `${SHARE_PARAM}=${code}`).join('&')}`;
}
