import type { TemplateSet } from './index';
import { roleName, type RoleNames } from './roles';

const ROLE: RoleNames = { learner: 'Lernende', trainer: 'Lehrende', manager: 'Verwaltung' };

export const de: TemplateSet = {
  'verify-email': ({ name, link, expiresInHours }) => ({
    subject: 'Bestätigen Sie Ihre E-Mail-Adresse für Campus',
    paragraphs: [
      `Guten Tag ${name},`,
      'willkommen bei Campus. Bitte bestätigen Sie Ihre E-Mail-Adresse, um die Erstellung Ihres Kontos abzuschließen:',
      link,
      `Der Link funktioniert einmal und läuft in ${expiresInHours} Stunden ab. Wenn Sie sich nicht registriert haben, ignorieren Sie diese Nachricht.`,
    ],
  }),
  'password-reset': ({ name, link, expiresInMinutes }) => ({
    subject: 'Ihr Campus-Passwort zurücksetzen',
    paragraphs: [
      `Guten Tag ${name},`,
      'jemand hat angefordert, das Passwort Ihres Campus-Kontos zurückzusetzen. Um ein neues Passwort festzulegen, öffnen Sie:',
      link,
      `Der Link funktioniert einmal und läuft in ${expiresInMinutes} Minuten ab. Wenn Sie das nicht waren, ignorieren Sie diese Nachricht: Ihr Passwort bleibt unverändert.`,
    ],
  }),
  invitation: ({ organisationName, inviterName, role, link, expiresInDays }) => ({
    subject: `Einladung zu ${organisationName} auf Campus`,
    paragraphs: [
      'Guten Tag,',
      `${inviterName} lädt Sie ein, ${organisationName} auf Campus beizutreten (Rolle: ${roleName(ROLE, role)}).`,
      'Um die Einladung anzunehmen, öffnen Sie diesen Link und legen Sie Ihr Passwort fest:',
      link,
      `Die Einladung läuft in ${expiresInDays} Tagen ab.`,
    ],
  }),
  'password-changed': ({ name }) => ({
    subject: 'Ihr Campus-Passwort wurde geändert',
    paragraphs: [
      `Guten Tag ${name},`,
      'das Passwort Ihres Campus-Kontos wurde soeben geändert, und Sie wurden auf Ihren anderen Geräten abgemeldet.',
      'Wenn Sie das nicht waren, setzen Sie Ihr Passwort sofort zurück und informieren Sie Ihre Organisation.',
    ],
  }),
  'account-exists': ({ name, signInLink, resetLink }) => ({
    subject: 'Sie haben bereits ein Campus-Konto',
    paragraphs: [
      `Guten Tag ${name},`,
      'jemand hat versucht, mit dieser E-Mail-Adresse ein neues Campus-Konto zu registrieren, aber Sie haben bereits eines. Melden Sie sich hier an:',
      signInLink,
      'Passwort vergessen? Legen Sie hier ein neues fest:',
      resetLink,
      'Wenn Sie das nicht waren, ignorieren Sie diese Nachricht: Es wurde nichts geändert.',
    ],
  }),
  'password-reset-no-account': ({ registerLink }) => ({
    subject: 'Passwort-Zurücksetzung bei Campus angefordert',
    paragraphs: [
      'Guten Tag,',
      'jemand hat angefordert, das Passwort eines Campus-Kontos mit dieser E-Mail-Adresse zurückzusetzen, aber kein Campus-Konto verwendet diese Adresse. Wenn Sie das waren, haben Sie sich vielleicht mit einer anderen Adresse registriert, oder Sie können hier ein Konto anlegen:',
      registerLink,
      'Wenn Sie das nicht waren, ignorieren Sie diese Nachricht.',
    ],
  }),
  'course-enrolled': ({ name, courseTitle, organisationName, link }) => ({
    subject: `Anmeldung zum Kurs „${courseTitle}“`,
    paragraphs: [
      `Guten Tag ${name},`,
      `${organisationName} hat Sie auf Campus für den Kurs „${courseTitle}“ angemeldet. Sie können beginnen, wann Sie möchten:`,
      link,
      'Ihren Fortschritt sehen Sie jederzeit auf Campus.',
    ],
  }),
  'attempt-graded': ({ name, quizTitle, courseTitle, link }) => ({
    subject: `Ihre Antworten in „${quizTitle}“ wurden bewertet`,
    paragraphs: [
      `Hallo ${name},`,
      `Eine Lehrkraft hat Ihre Antworten im Quiz „${quizTitle}“ des Kurses „${courseTitle}“ bewertet. Ihr Ergebnis und die Kommentare finden Sie hier:`,
      link,
    ],
  }),
  'certificate-issued': ({ name, courseTitle, link, verifyLink }) => ({
    subject: `Ihr Zertifikat für „${courseTitle}“`,
    paragraphs: [
      `Hallo ${name},`,
      `Herzlichen Glückwunsch: Sie haben „${courseTitle}“ abgeschlossen, und Ihr Zertifikat ist bereit. PDF und signierten Nachweis finden Sie hier:`,
      link,
      `Jede Person kann es unter dieser Adresse prüfen:`,
      verifyLink,
    ],
  }),
  'certificate-export-ready': ({ name, count, link, days }) => ({
    subject: `Ihr ZIP mit ${count} ${count === 1 ? 'Zertifikat' : 'Zertifikaten'} ist fertig`,
    paragraphs: [
      `Hallo ${name},`,
      `Das ZIP mit ${count} ${count === 1 ? 'Zertifikat' : 'Zertifikaten'}, das Sie auf Campus angefordert haben, ist fertig. Laden Sie es auf der Zertifikatsseite Ihrer Organisation herunter (Anmeldung erforderlich):`,
      link,
      `Es bleibt ${days} Tage lang verfügbar.`,
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
    subject: `Job Shadowing von ${participantName} bei ${hostName}: Ihre Mentorenseite`,
    paragraphs: [
      `Guten Tag ${mentorName},`,
      `${sendingOrganisation} hat Sie als Mentorin oder Mentor von ${participantName} benannt, vom ${startDate} bis ${endDate} bei ${hostName}. Sie brauchen kein Konto: Dieser Link öffnet Ihre Mentorenseite. Dort bestätigen Sie die Lernvereinbarung, lesen und bestätigen das tägliche Lerntagebuch und bewerten am Ende die Lernergebnisse:`,
      link,
      `Der Link ist persönlich und gilt bis ${expiresOn}. Bitte leiten Sie ihn nicht weiter.`,
    ],
  }),
  'mentor-digest': ({ mentorName, participantName, pendingCount, link }) => ({
    subject: `Lerntagebuch von ${participantName}: ${pendingCount} ${pendingCount === 1 ? 'Eintrag wartet' : 'Einträge warten'} auf Sie`,
    paragraphs: [
      `Guten Tag ${mentorName},`,
      `${participantName} hat ${pendingCount} ${pendingCount === 1 ? 'Eintrag' : 'Einträge'} im Lerntagebuch geschrieben, ${pendingCount === 1 ? 'der' : 'die'} auf Ihre Bestätigung oder Ihren Kommentar ${pendingCount === 1 ? 'wartet' : 'warten'}. Öffnen Sie Ihre Mentorenseite hier:`,
      link,
      'Der Link ist persönlich. Bitte leiten Sie ihn nicht weiter.',
    ],
  }),
  'logbook-reminder': ({ name, date, link }) => ({
    subject: `In Ihrem Lerntagebuch fehlt der ${date}`,
    paragraphs: [
      `Guten Tag ${name},`,
      `Ihr Lerntagebuch hat noch keinen Eintrag für den ${date}. Ein paar Zeilen genügen, solange Sie sich an den Tag erinnern: was Sie getan haben, wie viele Stunden und was Sie gelernt haben.`,
      link,
    ],
  }),
  'agreement-pending': ({ name, participantName, startDate, link }) => ({
    subject: `Lernvereinbarung von ${participantName} noch nicht vereinbart`,
    paragraphs: [
      `Guten Tag ${name},`,
      `${participantName} reist am ${startDate} ab, aber die Lernvereinbarung ist noch nicht von Teilnehmenden, entsendender Schule und Mentor der Gasteinrichtung bestätigt. Sehen Sie nach, wer noch bestätigen muss:`,
      link,
    ],
  }),
  'mobility-credential-issued': ({ name, hostName, link, verifyLink }) => ({
    subject: `Ihr Mobilitätsnachweis für ${hostName}`,
    paragraphs: [
      `Guten Tag ${name},`,
      `Ihre Mobilität bei ${hostName} wurde bestätigt, und Ihr Nachweis ist fertig. Sie können ihn hier herunterladen:`,
      link,
      'Jede Person kann seine Echtheit unter dieser Adresse prüfen:',
      verifyLink,
    ],
  }),
  'assessment-invitation': ({ organisationName, roundTitle, link, closesOn }) => ({
    subject: `${organisationName} bittet um Ihre Einschätzung: ${roundTitle}`,
    paragraphs: [
      'Guten Tag,',
      `${organisationName} (${roundTitle}) bewertet die eigene internationale Arbeit und bittet um Ihre Einschätzung. Das Ausfüllen dauert etwa fünfzehn Minuten. Ihre Antworten sind anonym: Die Schule sieht nur Summen von Gruppen, die groß genug sind, um niemanden erkennbar zu machen.`,
      link,
      closesOn
        ? `Bitte antworten Sie bis zum ${closesOn}.`
        : 'Bitte antworten Sie, solange die Runde offen ist.',
      'Der Link ist persönlich und funktioniert einmal. Bitte leiten Sie ihn nicht weiter.',
    ],
  }),
  'roadmap-action-due': ({ name, actionTitle, objectiveTitle, roadmapTitle, dueOn, link }) => ({
    subject: `Fällig am ${dueOn}: ${actionTitle}`,
    paragraphs: [
      `Hallo ${name},`,
      `Die Maßnahme „${actionTitle}“ des Ziels „${objectiveTitle}“ in ${roadmapTitle} liegt bei Ihnen und ist am ${dueOn} fällig. Status oder Notizen aktualisieren Sie hier:`,
      link,
    ],
  }),
};
