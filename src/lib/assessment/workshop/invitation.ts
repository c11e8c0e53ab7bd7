// The facilitator's invitation: a ready e-mail asking each person to take the assessment and send
// back the link their result page gives them. A mailto: link, so nothing goes through the site.
// Its words are in content/messages/workshop.yaml.
import { WORKSHOP_MESSAGES } from './messages';
import { fill } from '../../template';

const WORDS = WORKSHOP_MESSAGES.invitation;

/** What the invitation needs: where the assessment is and how long it takes. */
export interface InvitationDetails {
  assessmentUrl: string;
  minutes: number;
  statements: number;
}

/** The invitation's subject and body, plain text. */
export function invitationText({ assessmentUrl, minutes, statements }: InvitationDetails): {
  subject: string;
  body: string;
} {
  return {
    subject: fill(WORDS.subject, { minutes }),
    body: [
      WORDS.greeting,
      '',
      fill(WORDS.request, { statements, minutes }),
      assessmentUrl,
      '',
      WORDS.howToAnswer,
      '',
      WORDS.howToReply,
      '',
      WORDS.thanks,
    ].join('\n'),
  };
}

/** A mailto: link with the invitation filled in and no recipient, so the facilitator picks the team. */
export function invitationMailto(details: InvitationDetails): string {
  const { subject, body } = invitationText(details);
  return `mailto:?subject=${encodeURIComponent(subject)}&body=${encodeURIComponent(body)}`;
}
