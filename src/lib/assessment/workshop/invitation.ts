// The facilitator's invitation: a ready e-mail asking each person to take the assessment and send
// back the link their result page gives them. A mailto: link, so nothing goes through the site.

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
    subject: `Before our workshop: a ${minutes}-minute self-assessment`,
    body: [
      'Hi all,',
      '',
      `Before our workshop, please take this short self-assessment (${statements} statements, about ${minutes} minutes):`,
      assessmentUrl,
      '',
      'Answer for the team as it is today, not as it should be. Choose “doesn’t apply / don’t know” whenever you cannot say.',
      '',
      'When you reach your result, press “Copy link to this result” and reply to this e-mail with the link. Your answers live only in that link: nothing is stored on a server, and I will bring the whole team’s results together without names.',
      '',
      'Thank you!',
    ].join('\n'),
  };
}

/** A mailto: link with the invitation filled in and no recipient, so the facilitator picks the team. */
export function invitationMailto(details: InvitationDetails): string {
  const { subject, body } = invitationText(details);
  return `mailto:?subject=${encodeURIComponent(subject)}&body=${encodeURIComponent(body)}`;
}
