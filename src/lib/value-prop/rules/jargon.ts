// Jargon ("solution", "leverage"): insider words a customer would not use. Not on the product name.
import { wordListRule } from '../check-rule';

export const rule = wordListRule('jargon', 3, 'jargon');
