import type { TemplateSet } from './index';
import { roleName, type RoleNames } from './roles';

const ROLE: RoleNames = { learner: 'deltagare', trainer: 'utbildare', manager: 'ansvarig' };

export const sv: TemplateSet = {
  'verify-email': ({ name, link, expiresInHours }) => ({
    subject: 'Bekräfta din e-postadress för Campus',
    paragraphs: [
      `Hej ${name}!`,
      'Välkommen till Campus. Bekräfta din e-postadress för att slutföra ditt konto:',
      link,
      `Länken fungerar en gång och går ut om ${expiresInHours} timmar. Om du inte har registrerat dig kan du bortse från det här meddelandet.`,
    ],
  }),
  'password-reset': ({ name, link, expiresInMinutes }) => ({
    subject: 'Återställ ditt lösenord till Campus',
    paragraphs: [
      `Hej ${name}!`,
      'Någon har begärt att lösenordet till ditt Campus-konto ska återställas. Öppna länken för att välja ett nytt lösenord:',
      link,
      `Länken fungerar en gång och går ut om ${expiresInMinutes} minuter. Om det inte var du kan du bortse från det här meddelandet: ditt lösenord förblir oförändrat.`,
    ],
  }),
  invitation: ({ organisationName, inviterName, role, link, expiresInDays }) => ({
    subject: `Du är inbjuden till ${organisationName} på Campus`,
    paragraphs: [
      'Hej!',
      `${inviterName} bjuder in dig att gå med i ${organisationName} på Campus som ${roleName(ROLE, role)}.`,
      'Öppna länken och välj ditt lösenord för att tacka ja:',
      link,
      `Inbjudan går ut om ${expiresInDays} dagar.`,
    ],
  }),
  'password-changed': ({ name }) => ({
    subject: 'Ditt lösenord till Campus har ändrats',
    paragraphs: [
      `Hej ${name}!`,
      'Lösenordet till ditt Campus-konto har just ändrats, och du har loggats ut på dina andra enheter.',
      'Om det inte var du ska du genast återställa lösenordet och meddela din organisation.',
    ],
  }),
  'account-exists': ({ name, signInLink, resetLink }) => ({
    subject: 'Du har redan ett Campus-konto',
    paragraphs: [
      `Hej ${name}!`,
      'Någon försökte registrera ett nytt Campus-konto med den här e-postadressen, men du har redan ett. Logga in här:',
      signInLink,
      'Glömt lösenordet? Välj ett nytt här:',
      resetLink,
      'Om det inte var du kan du bortse från det här meddelandet: ingenting har ändrats.',
    ],
  }),
  'password-reset-no-account': ({ registerLink }) => ({
    subject: 'Begäran om nytt lösenord på Campus',
    paragraphs: [
      'Hej,',
      'någon har bett om att återställa lösenordet för ett Campus-konto med den här e-postadressen, men inget Campus-konto använder den. Om det var du kanske du registrerade dig med en annan adress, eller så kan du skapa ett konto här:',
      registerLink,
      'Om det inte var du kan du bortse från det här meddelandet.',
    ],
  }),
  'course-enrolled': ({ name, courseTitle, organisationName, link }) => ({
    subject: `Du är anmäld till kursen ”${courseTitle}”`,
    paragraphs: [
      `Hej ${name}!`,
      `${organisationName} har anmält dig till kursen ”${courseTitle}” på Campus. Du kan börja när du vill:`,
      link,
      'Du kan följa dina framsteg på Campus när som helst.',
    ],
  }),
  'attempt-graded': ({ name, quizTitle, courseTitle, link }) => ({
    subject: `Dina svar i ”${quizTitle}” har bedömts`,
    paragraphs: [
      `Hej ${name}!`,
      `En utbildare har bedömt dina svar i quizet ”${quizTitle}” i kursen ”${courseTitle}”. Se ditt resultat och utbildarens kommentarer här:`,
      link,
    ],
  }),
  'certificate-issued': ({ name, courseTitle, link, verifyLink }) => ({
    subject: `Ditt intyg för ”${courseTitle}”`,
    paragraphs: [
      `Hej ${name}!`,
      `Grattis: du har slutfört ”${courseTitle}” och ditt intyg är klart. Ladda ner PDF:en och det signerade intyget här:`,
      link,
      `Vem som helst kan kontrollera det på den här adressen:`,
      verifyLink,
    ],
  }),
  'certificate-export-ready': ({ name, count, link, days }) => ({
    subject: `Din ZIP med ${count} intyg är klar`,
    paragraphs: [
      `Hej ${name},`,
      `ZIP-filen med ${count} intyg som du begärde på Campus är klar. Ladda ner den från organisationens intygssida (inloggning krävs):`,
      link,
      `Den finns kvar i ${days} dagar.`,
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
    subject: `${participantName}s job shadowing hos ${hostName}: din mentorsida`,
    paragraphs: [
      `Hej ${mentorName}!`,
      `${sendingOrganisation} har utsett dig till handledare på plats för ${participantName}, hos ${hostName} från ${startDate} till ${endDate}. Du behöver inget konto: länken öppnar din mentorsida, där du bekräftar lärandeavtalet, läser och bekräftar den dagliga loggboken och till sist bedömer läranderesultaten:`,
      link,
      `Länken är personlig och gäller till ${expiresOn}. Vidarebefordra den inte.`,
    ],
  }),
  'mentor-digest': ({ mentorName, participantName, pendingCount, link }) => ({
    subject: `${participantName}s loggbok: ${pendingCount} ${pendingCount === 1 ? 'anteckning väntar' : 'anteckningar väntar'} på dig`,
    paragraphs: [
      `Hej ${mentorName}!`,
      `${participantName} har skrivit ${pendingCount} ${pendingCount === 1 ? 'anteckning' : 'anteckningar'} i loggboken som väntar på din bekräftelse eller kommentar. Öppna din mentorsida här:`,
      link,
      'Länken är personlig. Vidarebefordra den inte.',
    ],
  }),
  'logbook-reminder': ({ name, date, link }) => ({
    subject: `Din loggbok saknar en anteckning för ${date}`,
    paragraphs: [
      `Hej ${name}!`,
      `Loggboken för din mobilitet har ännu ingen anteckning för ${date}. Några rader räcker medan du minns dagen: vad du gjorde, hur många timmar och vad du lärde dig.`,
      link,
    ],
  }),
  'agreement-pending': ({ name, participantName, startDate, link }) => ({
    subject: `Lärandeavtalet för ${participantName} är inte överenskommet än`,
    paragraphs: [
      `Hej ${name}!`,
      `${participantName} reser ${startDate}, men lärandeavtalet har ännu inte bekräftats av deltagaren, den sändande skolan och handledaren på plats. Se vem som fortfarande behöver bekräfta det:`,
      link,
    ],
  }),
  'mobility-credential-issued': ({ name, hostName, link, verifyLink }) => ({
    subject: `Ditt mobilitetsintyg för ${hostName}`,
    paragraphs: [
      `Hej ${name}!`,
      `Din mobilitet hos ${hostName} har godkänts och ditt intyg är klart. Ladda ner det här:`,
      link,
      'Vem som helst kan kontrollera att det är äkta på den här adressen:',
      verifyLink,
    ],
  }),
  'assessment-invitation': ({ organisationName, roundTitle, link, closesOn }) => ({
    subject: `${organisationName} vill veta vad du tycker: ${roundTitle}`,
    paragraphs: [
      'Hej,',
      `${organisationName} (${roundTitle}) utvärderar sitt internationella arbete och vill höra din uppfattning. Det tar ungefär en kvart att svara. Svaren är anonyma: skolan ser bara summor för grupper som är så stora att ingen enskild person kan pekas ut.`,
      link,
      closesOn ? `Svara senast ${closesOn}.` : 'Svara medan omgången är öppen.',
      'Länken är personlig och fungerar en gång. Vidarebefordra den inte.',
    ],
  }),
  'roadmap-action-due': ({ name, actionTitle, objectiveTitle, roadmapTitle, dueOn, link }) => ({
    subject: `Förfaller ${dueOn}: ${actionTitle}`,
    paragraphs: [
      `Hej ${name},`,
      `Åtgärden "${actionTitle}" under målet "${objectiveTitle}" i ${roadmapTitle} är din och förfaller ${dueOn}. Uppdatera status eller anteckningar här:`,
      link,
    ],
  }),
};
