// The links the workshop makes to the compare page.
import { ASSESSMENT_COMPARE_PATH } from '../../routes';
import { SHARE_PARAM } from '../share-code';

/** The compare page's link with every code filled in (it takes two to six). */
export function compareLinkPath(codes: readonly string[], base = ASSESSMENT_COMPARE_PATH): string {
  return `${base}#${codes.map((code) => `${SHARE_PARAM}=${code}`).join('&')}`;
}
