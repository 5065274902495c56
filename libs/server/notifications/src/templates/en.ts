import type { TemplateSet } from './index';

export const en: TemplateSet = {
  'verify-email': ({ name, link, expiresInHours }) => ({
    subject: 'Confirm your e-mail address for Campus',
    paragraphs: [
      `Hello ${name},`,
      'Welcome to Campus. Please confirm your e-mail address to finish creating your account:',
      link,
      `The link works once and expires in ${expiresInHours} hours. If you did not register, ignore this message.`,
    ],
  }),
  'password-reset': ({ name, link, expiresInMinutes }) => ({
    subject: 'Reset your Campus password',
    paragraphs: [
      `Hello ${name},`,
      'Someone asked to reset the password of your Campus account. To choose a new password, open:',
      link,
      `The link works once and expires in ${expiresInMinutes} minutes. If it was not you, ignore this message: your password stays as it is.`,
    ],
  }),
  invitation: ({ organisationName, inviterName, role, link, expiresInDays }) => ({
    subject: `You are invited to join ${organisationName} on Campus`,
    paragraphs: [
      'Hello,',
      `${inviterName} invites you to join ${organisationName} on Campus as a ${role}.`,
      'To accept, open this link and set your password:',
      link,
      `The invitation expires in ${expiresInDays} days.`,
    ],
  }),
  'password-changed': ({ name }) => ({
    subject: 'Your Campus password was changed',
    paragraphs: [
      `Hello ${name},`,
      'The password of your Campus account was just changed, and you were signed out on your other devices.',
      'If this was not you, reset your password at once and tell your organisation.',
    ],
  }),
  'account-exists': ({ name, signInLink, resetLink }) => ({
    subject: 'You already have a Campus account',
    paragraphs: [
      `Hello ${name},`,
      'Someone tried to register a new Campus account with this e-mail address, but you already have one. Sign in here:',
      signInLink,
      'Forgot your password? Choose a new one here:',
      resetLink,
      'If it was not you, ignore this message: nothing has changed.',
    ],
  }),
  'password-reset-no-account': ({ registerLink }) => ({
    subject: 'Password reset requested on Campus',
    paragraphs: [
      'Hello,',
      'Someone asked to reset the password of a Campus account with this e-mail address, but no Campus account uses it. If it was you, you may have signed up with another address, or you can create an account here:',
      registerLink,
      'If it was not you, ignore this message.',
    ],
  }),
  'course-enrolled': ({ name, courseTitle, organisationName, link }) => ({
    subject: `You are enrolled in "${courseTitle}"`,
    paragraphs: [
      `Hello ${name},`,
      `${organisationName} has enrolled you in the course "${courseTitle}" on Campus. Start whenever you are ready:`,
      link,
      'You can follow your progress on Campus at any time.',
    ],
  }),
  'attempt-graded': ({ name, quizTitle, courseTitle, link }) => ({
    subject: `Your answers in "${quizTitle}" have been graded`,
    paragraphs: [
      `Hello ${name},`,
      `A trainer has graded your answers in the quiz "${quizTitle}" of the course "${courseTitle}". See your result and the trainer's comments here:`,
      link,
    ],
  }),
  'certificate-issued': ({ name, courseTitle, link, verifyLink }) => ({
    subject: `Your certificate for "${courseTitle}"`,
    paragraphs: [
      `Hello ${name},`,
      `Congratulations: you have completed "${courseTitle}" and your certificate is ready. Download the PDF and the signed credential here:`,
      link,
      `Anyone can check it at this address:`,
      verifyLink,
    ],
  }),
  'certificate-export-ready': ({ name, count, link, days }) => ({
    subject: `Your ZIP of ${count} ${count === 1 ? 'certificate' : 'certificates'} is ready`,
    paragraphs: [
      `Hello ${name},`,
      `The ZIP of ${count} ${count === 1 ? 'certificate' : 'certificates'} you asked for on Campus is ready. Download it from your organisation's certificates page (sign-in required):`,
      link,
      `It stays available for ${days} days.`,
    ],
  }),
  'mentor-link': ({
    mentorName,
    participantName,
    sendingOrganisation,
    hostName,
    startDate,
    endDate,
    link,
    expiresOn,
  }) => ({
    subject: `${participantName}'s job shadowing at ${hostName}: your mentor page`,
    paragraphs: [
      `Hello ${mentorName},`,
      `${sendingOrganisation} has named you the host mentor of ${participantName}, who is at ${hostName} from ${startDate} to ${endDate}. No account is needed: this link opens your mentor page, where you confirm the learning agreement, read and confirm the daily logbook and, at the end, assess the learning outcomes:`,
      link,
      `The link is personal and works until ${expiresOn}. Please do not forward it.`,
    ],
  }),
  'mentor-digest': ({ mentorName, participantName, pendingCount, link }) => ({
    subject: `${participantName}'s logbook: ${pendingCount} ${pendingCount === 1 ? 'entry waits' : 'entries wait'} for you`,
    paragraphs: [
      `Hello ${mentorName},`,
      `${participantName} has written ${pendingCount} logbook ${pendingCount === 1 ? 'entry' : 'entries'} that ${pendingCount === 1 ? 'waits' : 'wait'} for your confirmation or comment. Open your mentor page here:`,
      link,
      'The link is personal. Please do not forward it.',
    ],
  }),
  'logbook-reminder': ({ name, date, link }) => ({
    subject: `Your logbook has no entry for ${date}`,
    paragraphs: [
      `Hello ${name},`,
      `Your mobility logbook has no entry for ${date} yet. A few lines while you still remember the day are enough: what you did, how many hours, and what you learned.`,
      link,
    ],
  }),
  'agreement-pending': ({ name, participantName, startDate, link }) => ({
    subject: `Learning agreement of ${participantName} not yet agreed`,
    paragraphs: [
      `Hello ${name},`,
      `${participantName} leaves on ${startDate}, but the learning agreement has not yet been confirmed by the participant, the sending school and the host mentor. Check who still has to confirm it:`,
      link,
    ],
  }),
  'mobility-credential-issued': ({ name, hostName, link, verifyLink }) => ({
    subject: `Your mobility credential for ${hostName}`,
    paragraphs: [
      `Hello ${name},`,
      `Your mobility at ${hostName} has been validated, and your credential is ready. Download it here:`,
      link,
      'Anyone can check that it is genuine at this address:',
      verifyLink,
    ],
  }),
  'assessment-invitation': ({ organisationName, roundTitle, link, closesOn }) => ({
    subject: `${organisationName} asks for your view: ${roundTitle}`,
    paragraphs: [
      'Hello,',
      `${organisationName} (${roundTitle}) is assessing how well it works internationally and asks for your view. Answering takes about fifteen minutes. Your answers are anonymous: the school sees only totals of groups large enough to hide any one person.`,
      link,
      closesOn ? `Please answer by ${closesOn}.` : 'Please answer while the round is open.',
      'The link is personal and works once. Please do not forward it.',
    ],
  }),
  'roadmap-action-due': ({ name, actionTitle, objectiveTitle, roadmapTitle, dueOn, link }) => ({
    subject: `Due on ${dueOn}: ${actionTitle}`,
    paragraphs: [
      `Hello ${name},`,
      `The action "${actionTitle}" of the objective "${objectiveTitle}" in ${roadmapTitle} is yours and due on ${dueOn}. Update its status or notes here:`,
      link,
    ],
  }),
};
