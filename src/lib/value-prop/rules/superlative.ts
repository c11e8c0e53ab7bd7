// Empty superlatives ("world-class", "innovative"): claims any company can make. Not on the product
// name, which is a name rather than prose.
import { wordListRule } from '../check-rule';

export const rule = wordListRule('superlative', 2, 'superlatives');
