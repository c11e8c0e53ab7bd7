// The workshop page's words (content/messages/workshop.yaml): the site's own, the same whichever
// lessons a build holds, so imported rather than read per content folder. Checked against their
// schema by the tests (tests/unit/template.test.ts), not here: zod would add about 20 KB to the page.
import workshop from '../../../../content/messages/workshop.yaml';
import type { WorkshopMessages } from '../../../schemas/messages';

export const WORKSHOP_MESSAGES = workshop as WorkshopMessages;
