/**
 * The words of CSV exports in the eight UI languages. One table for every export, so the same
 * column has the same header everywhere (sentence case, the words the web app uses). `{quiz}` and
 * `{reason}` are replaced.
 */
export interface CsvWords {
  name: string;
  email: string;
  role: string;
  course: string;
  status: string;
  progressPercent: string;
  enrolledAt: string;
  lastActivityAt: string;
  completedAt: string;
  code: string;
  issuedAt: string;
  verifyUrl: string;
  file: string;
  question: string;
  version: string;
  questionType: string;
  answered: string;
  facility: string;
  discrimination: string;
  quizPercent: string;
  quizPassed: string;
  // values
  completed: string;
  in_progress: string;
  not_started: string;
  valid: string;
  revoked: string;
  revokedBecause: string;
  yes: string;
  no: string;
}

export type CsvColumn = Exclude<
  keyof CsvWords,
  'completed' | 'in_progress' | 'not_started' | 'valid' | 'revoked' | 'revokedBecause' | 'yes' | 'no'
>;

export const CSV_WORDS: Record<string, CsvWords> = {
  en: {
    name: 'Name',
    email: 'E-mail',
    role: 'Role',
    course: 'Course',
    status: 'Status',
    progressPercent: 'Progress (%)',
    enrolledAt: 'Enrolled on',
    lastActivityAt: 'Last activity',
    completedAt: 'Completed on',
    code: 'Verification code',
    issuedAt: 'Issued on',
    verifyUrl: 'Verification link',
    file: 'File',
    question: 'Question',
    version: 'Version',
    questionType: 'Question type',
    answered: 'Answered',
    facility: 'Facility',
    discrimination: 'Discrimination',
    quizPercent: '{quiz} (%)',
    quizPassed: '{quiz}: passed',
    completed: 'Completed',
    in_progress: 'In progress',
    not_started: 'Not started',
    valid: 'Valid',
    revoked: 'Revoked',
    revokedBecause: 'Revoked: {reason}',
    yes: 'Yes',
    no: 'No',
  },
  it: {
    name: 'Nome',
    email: 'E-mail',
    role: 'Ruolo',
    course: 'Corso',
    status: 'Stato',
    progressPercent: 'Avanzamento (%)',
    enrolledAt: 'Iscrizione il',
    lastActivityAt: 'Ultima attività',
    completedAt: 'Completato il',
    code: 'Codice di verifica',
    issuedAt: 'Rilasciato il',
    verifyUrl: 'Link di verifica',
    file: 'File',
    question: 'Domanda',
    version: 'Versione',
    questionType: 'Tipo di domanda',
    answered: 'Risposte',
    facility: 'Facilità',
    discrimination: 'Discriminazione',
    quizPercent: '{quiz} (%)',
    quizPassed: '{quiz}: superato',
    completed: 'Completato',
    in_progress: 'In corso',
    not_started: 'Non iniziato',
    valid: 'Valido',
    revoked: 'Revocato',
    revokedBecause: 'Revocato: {reason}',
    yes: 'Sì',
    no: 'No',
  },
  fi: {
    name: 'Nimi',
    email: 'Sähköposti',
    role: 'Rooli',
    course: 'Kurssi',
    status: 'Tila',
    progressPercent: 'Edistyminen (%)',
    enrolledAt: 'Ilmoittautunut',
    lastActivityAt: 'Viimeisin toiminta',
    completedAt: 'Suoritettu',
    code: 'Tarkistuskoodi',
    issuedAt: 'Myönnetty',
    verifyUrl: 'Tarkistuslinkki',
    file: 'Tiedosto',
    question: 'Kysymys',
    version: 'Versio',
    questionType: 'Kysymystyyppi',
    answered: 'Vastanneita',
    facility: 'Helppous',
    discrimination: 'Erottelukyky',
    quizPercent: '{quiz} (%)',
    quizPassed: '{quiz}: hyväksytty',
    completed: 'Suoritettu',
    in_progress: 'Kesken',
    not_started: 'Ei aloitettu',
    valid: 'Voimassa',
    revoked: 'Peruttu',
    revokedBecause: 'Peruttu: {reason}',
    yes: 'Kyllä',
    no: 'Ei',
  },
  pt: {
    name: 'Nome',
    email: 'E-mail',
    role: 'Função',
    course: 'Curso',
    status: 'Estado',
    progressPercent: 'Progresso (%)',
    enrolledAt: 'Inscrição em',
    lastActivityAt: 'Última atividade',
    completedAt: 'Concluído em',
    code: 'Código de verificação',
    issuedAt: 'Emitido em',
    verifyUrl: 'Ligação de verificação',
    file: 'Ficheiro',
    question: 'Pergunta',
    version: 'Versão',
    questionType: 'Tipo de pergunta',
    answered: 'Respostas',
    facility: 'Facilidade',
    discrimination: 'Discriminação',
    quizPercent: '{quiz} (%)',
    quizPassed: '{quiz}: aprovado',
    completed: 'Concluído',
    in_progress: 'Em curso',
    not_started: 'Não iniciado',
    valid: 'Válido',
    revoked: 'Revogado',
    revokedBecause: 'Revogado: {reason}',
    yes: 'Sim',
    no: 'Não',
  },
  el: {
    name: 'Όνομα',
    email: 'Email',
    role: 'Ρόλος',
    course: 'Μάθημα',
    status: 'Κατάσταση',
    progressPercent: 'Πρόοδος (%)',
    enrolledAt: 'Ημερομηνία εγγραφής',
    lastActivityAt: 'Τελευταία δραστηριότητα',
    completedAt: 'Ημερομηνία ολοκλήρωσης',
    code: 'Κωδικός επαλήθευσης',
    issuedAt: 'Ημερομηνία έκδοσης',
    verifyUrl: 'Σύνδεσμος επαλήθευσης',
    file: 'Αρχείο',
    question: 'Ερώτηση',
    version: 'Έκδοση',
    questionType: 'Τύπος ερώτησης',
    answered: 'Απαντήσεις',
    facility: 'Ευκολία',
    discrimination: 'Διακριτική ικανότητα',
    quizPercent: '{quiz} (%)',
    quizPassed: '{quiz}: επιτυχία',
    completed: 'Ολοκληρώθηκε',
    in_progress: 'Σε εξέλιξη',
    not_started: 'Δεν ξεκίνησε',
    valid: 'Έγκυρο',
    revoked: 'Ανακλήθηκε',
    revokedBecause: 'Ανακλήθηκε: {reason}',
    yes: 'Ναι',
    no: 'Όχι',
  },
  de: {
    name: 'Name',
    email: 'E-Mail',
    role: 'Rolle',
    course: 'Kurs',
    status: 'Status',
    progressPercent: 'Fortschritt (%)',
    enrolledAt: 'Eingeschrieben am',
    lastActivityAt: 'Letzte Aktivität',
    completedAt: 'Abgeschlossen am',
    code: 'Prüfcode',
    issuedAt: 'Ausgestellt am',
    verifyUrl: 'Prüflink',
    file: 'Datei',
    question: 'Frage',
    version: 'Version',
    questionType: 'Fragetyp',
    answered: 'Beantwortet',
    facility: 'Lösungsquote',
    discrimination: 'Trennschärfe',
    quizPercent: '{quiz} (%)',
    quizPassed: '{quiz}: bestanden',
    completed: 'Abgeschlossen',
    in_progress: 'In Bearbeitung',
    not_started: 'Nicht begonnen',
    valid: 'Gültig',
    revoked: 'Widerrufen',
    revokedBecause: 'Widerrufen: {reason}',
    yes: 'Ja',
    no: 'Nein',
  },
  es: {
    name: 'Nombre',
    email: 'Correo electrónico',
    role: 'Rol',
    course: 'Curso',
    status: 'Estado',
    progressPercent: 'Progreso (%)',
    enrolledAt: 'Inscripción el',
    lastActivityAt: 'Última actividad',
    completedAt: 'Completado el',
    code: 'Código de verificación',
    issuedAt: 'Emitido el',
    verifyUrl: 'Enlace de verificación',
    file: 'Archivo',
    question: 'Pregunta',
    version: 'Versión',
    questionType: 'Tipo de pregunta',
    answered: 'Respuestas',
    facility: 'Facilidad',
    discrimination: 'Discriminación',
    quizPercent: '{quiz} (%)',
    quizPassed: '{quiz}: aprobado',
    completed: 'Completado',
    in_progress: 'En curso',
    not_started: 'Sin empezar',
    valid: 'Válido',
    revoked: 'Revocado',
    revokedBecause: 'Revocado: {reason}',
    yes: 'Sí',
    no: 'No',
  },
  sv: {
    name: 'Namn',
    email: 'E-post',
    role: 'Roll',
    course: 'Kurs',
    status: 'Status',
    progressPercent: 'Framsteg (%)',
    enrolledAt: 'Registrerad',
    lastActivityAt: 'Senaste aktivitet',
    completedAt: 'Slutförd',
    code: 'Kontrollkod',
    issuedAt: 'Utfärdad',
    verifyUrl: 'Kontrollänk',
    file: 'Fil',
    question: 'Fråga',
    version: 'Version',
    questionType: 'Frågetyp',
    answered: 'Besvarade',
    facility: 'Lösningsgrad',
    discrimination: 'Diskrimineringsförmåga',
    quizPercent: '{quiz} (%)',
    quizPassed: '{quiz}: godkänd',
    completed: 'Slutförd',
    in_progress: 'Pågår',
    not_started: 'Ej påbörjad',
    valid: 'Giltigt',
    revoked: 'Återkallat',
    revokedBecause: 'Återkallat: {reason}',
    yes: 'Ja',
    no: 'Nej',
  },
};

/** The words for a locale (`de-AT` → German), English for any other language. */
export function csvWords(locale: string): CsvWords {
  return CSV_WORDS[locale.toLowerCase().split(/[-_]/)[0] ?? 'en'] ?? CSV_WORDS.en;
}

/** A header row in the locale's words. */
export function csvHeader(locale: string, columns: readonly CsvColumn[]): string[] {
  const words = csvWords(locale);
  return columns.map((c) => words[c]);
}

/** Replaces `{name}` placeholders. */
export function fillIn(template: string, values: Record<string, string>): string {
  return template.replace(/\{(\w+)\}/g, (m, k: string) => values[k] ?? m);
}
