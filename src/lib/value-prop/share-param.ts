// Where a share link keeps its code, apart from the codec: reading the hash needs none of the
// codec's compressor, so the builder loads that only when there is a code to open or make.
import { fragmentParam } from '../fragment-codec';

/** The fragment key: `/value-proposition/#d=<code>`. */
export const SHARE_PARAM = 'd';

/** The share code in a location hash, or undefined when the hash is not a share link. */
export const readShareCode = (hash: string): string | undefined => fragmentParam(hash, SHARE_PARAM);
