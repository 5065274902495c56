import type { TemplateSet } from './index';
import { roleName, type RoleNames } from './roles';

const ROLE: RoleNames = { learner: 'discente', trainer: 'docente', manager: 'responsabile' };

export const it: TemplateSet = {
  'verify-email': ({ name, link, expiresInHours }) => ({
    subject: 'Confermi il suo indirizzo e-mail per Campus',
    paragraphs: [
      `Gentile ${name},`,
      'le diamo il benvenuto su Campus. Per completare la creazione dell’account, confermi il suo indirizzo e-mail:',
      link,
      `Il link può essere usato una sola volta e scade tra ${expiresInHours} ore. Se non ha effettuato la registrazione, ignori questo messaggio.`,
    ],
  }),
  'password-reset': ({ name, link, expiresInMinutes }) => ({
    subject: 'Reimpostazione della password di Campus',
    paragraphs: [
      `Gentile ${name},`,
      'è stata richiesta la reimpostazione della password del suo account Campus. Per scegliere una nuova password, apra:',
      link,
      `Il link può essere usato una sola volta e scade tra ${expiresInMinutes} minuti. Se la richiesta non è partita da lei, ignori questo messaggio: la password resta invariata.`,
    ],
  }),
  invitation: ({ organisationName, inviterName, role, link, expiresInDays }) => ({
    subject: `Invito a unirsi a ${organisationName} su Campus`,
    paragraphs: [
      'Buongiorno,',
      `${inviterName} la invita a unirsi a ${organisationName} su Campus come ${roleName(ROLE, role)}.`,
      'Per accettare, apra questo link e scelga la sua password:',
      link,
      `L’invito scade tra ${expiresInDays} giorni.`,
    ],
  }),
  'password-changed': ({ name }) => ({
    subject: 'La password di Campus è stata cambiata',
    paragraphs: [
      `Gentile ${name},`,
      'la password del suo account Campus è appena stata cambiata e le sessioni aperte sugli altri dispositivi sono state chiuse.',
      'Se la modifica non è partita da lei, reimposti subito la password e avvisi la sua organizzazione.',
    ],
  }),
  'account-exists': ({ name, signInLink, resetLink }) => ({
    subject: 'Ha già un account Campus',
    paragraphs: [
      `Gentile ${name},`,
      'qualcuno ha provato a registrare un nuovo account Campus con questo indirizzo e-mail, ma lei ha già un account. Può accedere qui:',
      signInLink,
      'Ha dimenticato la password? Ne scelga una nuova qui:',
      resetLink,
      'Se il tentativo non è partito da lei, ignori questo messaggio: non è cambiato nulla.',
    ],
  }),
  'password-reset-no-account': ({ registerLink }) => ({
    subject: 'Richiesta di reimpostazione della password su Campus',
    paragraphs: [
      'Buongiorno,',
      'qualcuno ha chiesto di reimpostare la password di un account Campus con questo indirizzo e-mail, ma nessun account Campus lo usa. Se è stato lei, forse si è registrato con un altro indirizzo, oppure può creare un account qui:',
      registerLink,
      'Se non è stato lei, ignori questo messaggio.',
    ],
  }),
  'course-enrolled': ({ name, courseTitle, organisationName, link }) => ({
    subject: `Iscrizione al corso «${courseTitle}»`,
    paragraphs: [
      `Gentile ${name},`,
      `${organisationName} ha effettuato la sua iscrizione al corso «${courseTitle}» su Campus. Può iniziare quando vuole:`,
      link,
      'Può seguire i suoi progressi su Campus in qualsiasi momento.',
    ],
  }),
  'attempt-graded': ({ name, quizTitle, courseTitle, link }) => ({
    subject: `Le tue risposte in "${quizTitle}" sono state valutate`,
    paragraphs: [
      `Ciao ${name},`,
      `Un formatore ha valutato le tue risposte al quiz "${quizTitle}" del corso "${courseTitle}". Qui trovi il risultato e i commenti del formatore:`,
      link,
    ],
  }),
  'certificate-issued': ({ name, courseTitle, link, verifyLink }) => ({
    subject: `Il tuo certificato per "${courseTitle}"`,
    paragraphs: [
      `Ciao ${name},`,
      `Complimenti: hai completato "${courseTitle}" e il tuo certificato è pronto. Scarica il PDF e la credenziale firmata qui:`,
      link,
      `Chiunque può verificarlo a questo indirizzo:`,
      verifyLink,
    ],
  }),
  'certificate-export-ready': ({ name, count, link, days }) => ({
    subject: `Il tuo ZIP di ${count} ${count === 1 ? 'certificato' : 'certificati'} è pronto`,
    paragraphs: [
      `Ciao ${name},`,
      `Lo ZIP di ${count} ${count === 1 ? 'certificato' : 'certificati'} che hai richiesto su Campus è pronto. Scaricalo dalla pagina dei certificati della tua organizzazione (è richiesto l'accesso):`,
      link,
      `Resta disponibile per ${days} giorni.`,
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
    subject: `Job shadowing di ${participantName} presso ${hostName}: la sua pagina di tutor`,
    paragraphs: [
      `Gentile ${mentorName},`,
      `${sendingOrganisation} l'ha indicata come tutor ospitante di ${participantName}, presso ${hostName} dal ${startDate} al ${endDate}. Non serve un account: questo link apre la sua pagina di tutor, dove può confermare il learning agreement, leggere e confermare il diario giornaliero e, alla fine, valutare i risultati di apprendimento:`,
      link,
      `Il link è personale e vale fino al ${expiresOn}. La preghiamo di non inoltrarlo.`,
    ],
  }),
  'mentor-digest': ({ mentorName, participantName, pendingCount, link }) => ({
    subject: `Diario di ${participantName}: ${pendingCount} ${pendingCount === 1 ? 'voce attende' : 'voci attendono'} la sua conferma`,
    paragraphs: [
      `Gentile ${mentorName},`,
      `${participantName} ha scritto ${pendingCount} ${pendingCount === 1 ? 'voce' : 'voci'} del diario in attesa della sua conferma o di un suo commento. Apra la sua pagina di tutor qui:`,
      link,
      'Il link è personale. La preghiamo di non inoltrarlo.',
    ],
  }),
  'logbook-reminder': ({ name, date, link }) => ({
    subject: `Nel suo diario manca la giornata del ${date}`,
    paragraphs: [
      `Gentile ${name},`,
      `Nel diario della sua mobilità non c'è ancora una voce per il ${date}. Bastano poche righe finché ricorda la giornata: che cosa ha fatto, per quante ore e che cosa ha imparato.`,
      link,
    ],
  }),
  'agreement-pending': ({ name, participantName, startDate, link }) => ({
    subject: `Learning agreement di ${participantName} non ancora concordato`,
    paragraphs: [
      `Gentile ${name},`,
      `${participantName} parte il ${startDate}, ma il learning agreement non è ancora stato confermato dal partecipante, dalla scuola di invio e dal tutor ospitante. Verifichi chi deve ancora confermarlo:`,
      link,
    ],
  }),
  'mobility-credential-issued': ({ name, hostName, link, verifyLink }) => ({
    subject: `La sua credenziale di mobilità presso ${hostName}`,
    paragraphs: [
      `Gentile ${name},`,
      `La sua mobilità presso ${hostName} è stata convalidata e la sua credenziale è pronta. Può scaricarla qui:`,
      link,
      'Chiunque può verificarne l’autenticità a questo indirizzo:',
      verifyLink,
    ],
  }),
  'assessment-invitation': ({ organisationName, roundTitle, link, closesOn }) => ({
    subject: `${organisationName} chiede il tuo parere: ${roundTitle}`,
    paragraphs: [
      'Buongiorno,',
      `${organisationName} (${roundTitle}) sta valutando il proprio lavoro a livello internazionale e chiede il tuo parere. Rispondere richiede circa quindici minuti. Le risposte sono anonime: la scuola vede solo i totali di gruppi abbastanza numerosi da non rivelare nessuno.`,
      link,
      closesOn
        ? `Ti chiediamo di rispondere entro il ${closesOn}.`
        : 'Ti chiediamo di rispondere finché la rilevazione è aperta.',
      'Il link è personale e vale una sola volta. Non inoltrarlo.',
    ],
  }),
  'roadmap-action-due': ({ name, actionTitle, objectiveTitle, roadmapTitle, dueOn, link }) => ({
    subject: `Scadenza ${dueOn}: ${actionTitle}`,
    paragraphs: [
      `Ciao ${name},`,
      `L'azione "${actionTitle}" dell'obiettivo "${objectiveTitle}" in ${roadmapTitle} è affidata a te e scade il ${dueOn}. Aggiorna qui stato o note:`,
      link,
    ],
  }),
};
