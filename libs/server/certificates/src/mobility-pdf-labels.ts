import type { MobilityActivityType, OutcomeRating } from '@campus/contracts';

/** Every word printed on a mobility record (and the localised parts of its credential). */
export interface MobilityRecordLabels {
  title: string;
  intro: string;
  /** Section headings, numbered as in Europass Mobility (5a: skills and competences acquired). */
  holder: string;
  sending: string;
  host: string;
  mobility: string;
  objectives: string;
  skills: string;
  mentor: string;
  name: string;
  organisation: string;
  address: string;
  city: string;
  country: string;
  website: string;
  activityType: string;
  dates: string;
  duration: string;
  /** `{days}` is replaced. */
  days: string;
  hoursLogged: string;
  outcomes: string;
  ratings: Record<OutcomeRating, string>;
  statement: string;
  role: string;
  verificationCode: string;
  verifyHint: string;
  /** `{date}` and `{issuer}` are replaced. */
  issued: string;
  activityTypes: Record<MobilityActivityType, string>;
}

export const MOBILITY_RECORD_TEXTS: Record<string, MobilityRecordLabels> = {
  en: {
    title: 'Mobility record',
    intro:
      'This record describes a period of learning abroad and the skills and competences acquired, as confirmed by the host organisation.',
    holder: '1. Holder',
    sending: '2. Sending organisation',
    host: '3. Host organisation',
    mobility: '4. The mobility',
    objectives: '5. Objectives',
    skills: '5a. Skills and competences acquired',
    mentor: '6. Host mentor',
    name: 'Name',
    organisation: 'Organisation',
    address: 'Address',
    city: 'City',
    country: 'Country',
    website: 'Website',
    activityType: 'Activity',
    dates: 'Dates',
    duration: 'Duration',
    days: '{days} days',
    hoursLogged: 'Hours logged',
    outcomes: 'Learning outcomes',
    ratings: { achieved: 'Achieved', partly: 'Partly achieved', not_achieved: 'Not achieved' },
    statement: 'Statement of the host mentor',
    role: 'Role',
    verificationCode: 'Verification code',
    verifyHint:
      'Scan the QR code or open the address to check this record. The signed credential is attached to this PDF.',
    issued: 'Issued on {date} by {issuer}.',
    activityTypes: {
      'SM-JOB-SHDW': 'Job shadowing',
      'SM-TTA': 'Teaching or training assignment',
      'SM-COUR-TRAIN': 'Structured course or training',
      'LM-SHORT-VET': 'Short-term VET learner mobility',
      'LM-LONG-VET': 'Long-term VET learner mobility (ErasmusPro)',
    },
  },
  it: {
    title: 'Attestato di mobilità',
    intro:
      "Questo attestato descrive un periodo di apprendimento all'estero e le abilità e competenze acquisite, come confermato dall'organizzazione ospitante.",
    holder: '1. Titolare',
    sending: '2. Organizzazione di invio',
    host: '3. Organizzazione ospitante',
    mobility: '4. La mobilità',
    objectives: '5. Obiettivi',
    skills: '5a. Abilità e competenze acquisite',
    mentor: "6. Tutor dell'organizzazione ospitante",
    name: 'Nome',
    organisation: 'Organizzazione',
    address: 'Indirizzo',
    city: 'Città',
    country: 'Paese',
    website: 'Sito web',
    activityType: 'Attività',
    dates: 'Date',
    duration: 'Durata',
    days: '{days} giorni',
    hoursLogged: 'Ore registrate',
    outcomes: 'Risultati di apprendimento',
    ratings: { achieved: 'Raggiunto', partly: 'Raggiunto in parte', not_achieved: 'Non raggiunto' },
    statement: 'Dichiarazione del tutor ospitante',
    role: 'Ruolo',
    verificationCode: 'Codice di verifica',
    verifyHint:
      "Inquadra il codice QR o apri l'indirizzo per verificare questo attestato. La credenziale firmata è allegata a questo PDF.",
    issued: 'Rilasciato il {date} da {issuer}.',
    activityTypes: {
      'SM-JOB-SHDW': 'Job shadowing (osservazione sul lavoro)',
      'SM-TTA': 'Incarico di insegnamento o formazione',
      'SM-COUR-TRAIN': 'Corso strutturato o formazione',
      'LM-SHORT-VET': 'Mobilità di breve durata di discenti IFP',
      'LM-LONG-VET': 'Mobilità di lunga durata di discenti IFP (ErasmusPro)',
    },
  },
  fi: {
    title: 'Liikkuvuustodistus',
    intro:
      'Tämä todistus kuvaa ulkomailla suoritetun oppimisjakson sekä sen aikana hankitut taidot ja osaamisen vastaanottavan organisaation vahvistamina.',
    holder: '1. Haltija',
    sending: '2. Lähettävä organisaatio',
    host: '3. Vastaanottava organisaatio',
    mobility: '4. Liikkuvuusjakso',
    objectives: '5. Tavoitteet',
    skills: '5a. Hankitut taidot ja osaaminen',
    mentor: '6. Vastaanottavan organisaation mentori',
    name: 'Nimi',
    organisation: 'Organisaatio',
    address: 'Osoite',
    city: 'Kaupunki',
    country: 'Maa',
    website: 'Verkkosivusto',
    activityType: 'Toiminto',
    dates: 'Ajankohta',
    duration: 'Kesto',
    days: '{days} päivää',
    hoursLogged: 'Kirjatut tunnit',
    outcomes: 'Oppimistulokset',
    ratings: { achieved: 'Saavutettu', partly: 'Osittain saavutettu', not_achieved: 'Ei saavutettu' },
    statement: 'Mentorin lausunto',
    role: 'Tehtävä',
    verificationCode: 'Tarkistuskoodi',
    verifyHint:
      'Skannaa QR-koodi tai avaa osoite tarkistaaksesi tämän todistuksen. Allekirjoitettu tunniste on liitetty tähän PDF-tiedostoon.',
    issued: 'Myöntäjä {issuer}, {date}.',
    activityTypes: {
      'SM-JOB-SHDW': 'Job shadowing (työhön tutustuminen)',
      'SM-TTA': 'Opetus- tai koulutustehtävä',
      'SM-COUR-TRAIN': 'Kurssi tai koulutus',
      'LM-SHORT-VET': 'Ammatillisen koulutuksen opiskelijan lyhytkestoinen liikkuvuus',
      'LM-LONG-VET': 'Ammatillisen koulutuksen opiskelijan pitkäkestoinen liikkuvuus (ErasmusPro)',
    },
  },
  pt: {
    title: 'Registo de mobilidade',
    intro:
      'Este registo descreve um período de aprendizagem no estrangeiro e as aptidões e competências adquiridas, conforme confirmado pela organização de acolhimento.',
    holder: '1. Titular',
    sending: '2. Organização de envio',
    host: '3. Organização de acolhimento',
    mobility: '4. A mobilidade',
    objectives: '5. Objetivos',
    skills: '5a. Aptidões e competências adquiridas',
    mentor: '6. Mentor da organização de acolhimento',
    name: 'Nome',
    organisation: 'Organização',
    address: 'Morada',
    city: 'Localidade',
    country: 'País',
    website: 'Sítio web',
    activityType: 'Atividade',
    dates: 'Datas',
    duration: 'Duração',
    days: '{days} dias',
    hoursLogged: 'Horas registadas',
    outcomes: 'Resultados de aprendizagem',
    ratings: { achieved: 'Alcançado', partly: 'Parcialmente alcançado', not_achieved: 'Não alcançado' },
    statement: 'Declaração do mentor',
    role: 'Função',
    verificationCode: 'Código de verificação',
    verifyHint:
      'Leia o código QR ou abra o endereço para verificar este registo. A credencial assinada está anexada a este PDF.',
    issued: 'Emitido em {date} por {issuer}.',
    activityTypes: {
      'SM-JOB-SHDW': 'Job shadowing (observação em contexto de trabalho)',
      'SM-TTA': 'Missão de ensino ou formação',
      'SM-COUR-TRAIN': 'Curso estruturado ou formação',
      'LM-SHORT-VET': 'Mobilidade de curta duração de aprendentes do EFP',
      'LM-LONG-VET': 'Mobilidade de longa duração de aprendentes do EFP (ErasmusPro)',
    },
  },
  el: {
    title: 'Βεβαίωση κινητικότητας',
    intro:
      'Η παρούσα βεβαίωση περιγράφει μια περίοδο μάθησης στο εξωτερικό και τις δεξιότητες και ικανότητες που αποκτήθηκαν, όπως τις επιβεβαιώνει ο οργανισμός υποδοχής.',
    holder: '1. Κάτοχος',
    sending: '2. Οργανισμός αποστολής',
    host: '3. Οργανισμός υποδοχής',
    mobility: '4. Η κινητικότητα',
    objectives: '5. Στόχοι',
    skills: '5α. Δεξιότητες και ικανότητες που αποκτήθηκαν',
    mentor: '6. Μέντορας του οργανισμού υποδοχής',
    name: 'Όνομα',
    organisation: 'Οργανισμός',
    address: 'Διεύθυνση',
    city: 'Πόλη',
    country: 'Χώρα',
    website: 'Ιστότοπος',
    activityType: 'Δραστηριότητα',
    dates: 'Ημερομηνίες',
    duration: 'Διάρκεια',
    days: '{days} ημέρες',
    hoursLogged: 'Καταγεγραμμένες ώρες',
    outcomes: 'Μαθησιακά αποτελέσματα',
    ratings: { achieved: 'Επιτεύχθηκε', partly: 'Επιτεύχθηκε εν μέρει', not_achieved: 'Δεν επιτεύχθηκε' },
    statement: 'Δήλωση του μέντορα',
    role: 'Ρόλος',
    verificationCode: 'Κωδικός επαλήθευσης',
    verifyHint:
      'Σαρώστε τον κωδικό QR ή ανοίξτε τη διεύθυνση για να ελέγξετε αυτή τη βεβαίωση. Το υπογεγραμμένο διαπιστευτήριο επισυνάπτεται σε αυτό το PDF.',
    issued: 'Εκδόθηκε στις {date} από {issuer}.',
    activityTypes: {
      'SM-JOB-SHDW': 'Job shadowing (παρακολούθηση εργασίας)',
      'SM-TTA': 'Αποστολή διδασκαλίας ή κατάρτισης',
      'SM-COUR-TRAIN': 'Δομημένο σεμινάριο ή κατάρτιση',
      'LM-SHORT-VET': 'Βραχυχρόνια κινητικότητα εκπαιδευομένων ΕΕΚ',
      'LM-LONG-VET': 'Μακροχρόνια κινητικότητα εκπαιδευομένων ΕΕΚ (ErasmusPro)',
    },
  },
  de: {
    title: 'Mobilitätsnachweis',
    intro:
      'Dieser Nachweis beschreibt einen Lernaufenthalt im Ausland und die dabei erworbenen Fähigkeiten und Kompetenzen, wie von der aufnehmenden Einrichtung bestätigt.',
    holder: '1. Inhaberin oder Inhaber',
    sending: '2. Entsendende Einrichtung',
    host: '3. Aufnehmende Einrichtung',
    mobility: '4. Der Mobilitätsaufenthalt',
    objectives: '5. Ziele',
    skills: '5a. Erworbene Fähigkeiten und Kompetenzen',
    mentor: '6. Mentorin oder Mentor der aufnehmenden Einrichtung',
    name: 'Name',
    organisation: 'Einrichtung',
    address: 'Adresse',
    city: 'Ort',
    country: 'Land',
    website: 'Website',
    activityType: 'Aktivität',
    dates: 'Zeitraum',
    duration: 'Dauer',
    days: '{days} Tage',
    hoursLogged: 'Erfasste Stunden',
    outcomes: 'Lernergebnisse',
    ratings: { achieved: 'Erreicht', partly: 'Teilweise erreicht', not_achieved: 'Nicht erreicht' },
    statement: 'Stellungnahme der Mentorin oder des Mentors',
    role: 'Funktion',
    verificationCode: 'Prüfcode',
    verifyHint:
      'Scannen Sie den QR-Code oder öffnen Sie die Adresse, um diesen Nachweis zu prüfen. Der signierte digitale Nachweis ist diesem PDF angehängt.',
    issued: 'Ausgestellt am {date} von {issuer}.',
    activityTypes: {
      'SM-JOB-SHDW': 'Job Shadowing (Hospitation)',
      'SM-TTA': 'Lehr- oder Fortbildungsauftrag',
      'SM-COUR-TRAIN': 'Strukturierter Kurs oder Fortbildung',
      'LM-SHORT-VET': 'Kurzzeitmobilität von Lernenden in der Berufsbildung',
      'LM-LONG-VET': 'Langzeitmobilität von Lernenden in der Berufsbildung (ErasmusPro)',
    },
  },
  es: {
    title: 'Registro de movilidad',
    intro:
      'Este registro describe un periodo de aprendizaje en el extranjero y las capacidades y competencias adquiridas, según lo confirmado por la organización de acogida.',
    holder: '1. Titular',
    sending: '2. Organización de envío',
    host: '3. Organización de acogida',
    mobility: '4. La movilidad',
    objectives: '5. Objetivos',
    skills: '5a. Capacidades y competencias adquiridas',
    mentor: '6. Mentor de la organización de acogida',
    name: 'Nombre',
    organisation: 'Organización',
    address: 'Dirección',
    city: 'Localidad',
    country: 'País',
    website: 'Sitio web',
    activityType: 'Actividad',
    dates: 'Fechas',
    duration: 'Duración',
    days: '{days} días',
    hoursLogged: 'Horas registradas',
    outcomes: 'Resultados de aprendizaje',
    ratings: { achieved: 'Alcanzado', partly: 'Alcanzado en parte', not_achieved: 'No alcanzado' },
    statement: 'Declaración del mentor',
    role: 'Cargo',
    verificationCode: 'Código de verificación',
    verifyHint:
      'Escanee el código QR o abra la dirección para comprobar este registro. La credencial firmada va adjunta a este PDF.',
    issued: 'Expedido el {date} por {issuer}.',
    activityTypes: {
      'SM-JOB-SHDW': 'Job shadowing (aprendizaje por observación)',
      'SM-TTA': 'Misión de docencia o formación',
      'SM-COUR-TRAIN': 'Curso estructurado o formación',
      'LM-SHORT-VET': 'Movilidad de corta duración de estudiantes de FP',
      'LM-LONG-VET': 'Movilidad de larga duración de estudiantes de FP (ErasmusPro)',
    },
  },
  sv: {
    title: 'Mobilitetsintyg',
    intro:
      'Detta intyg beskriver en period av lärande utomlands och de färdigheter och kompetenser som förvärvats, bekräftade av den mottagande organisationen.',
    holder: '1. Innehavare',
    sending: '2. Sändande organisation',
    host: '3. Mottagande organisation',
    mobility: '4. Mobiliteten',
    objectives: '5. Mål',
    skills: '5a. Förvärvade färdigheter och kompetenser',
    mentor: '6. Handledare vid den mottagande organisationen',
    name: 'Namn',
    organisation: 'Organisation',
    address: 'Adress',
    city: 'Ort',
    country: 'Land',
    website: 'Webbplats',
    activityType: 'Aktivitet',
    dates: 'Datum',
    duration: 'Längd',
    days: '{days} dagar',
    hoursLogged: 'Loggade timmar',
    outcomes: 'Läranderesultat',
    ratings: { achieved: 'Uppnått', partly: 'Delvis uppnått', not_achieved: 'Inte uppnått' },
    statement: 'Handledarens utlåtande',
    role: 'Roll',
    verificationCode: 'Kontrollkod',
    verifyHint:
      'Skanna QR-koden eller öppna adressen för att kontrollera intyget. Det signerade intyget är bifogat i denna PDF.',
    issued: 'Utfärdat {date} av {issuer}.',
    activityTypes: {
      'SM-JOB-SHDW': 'Job shadowing (arbetsskuggning)',
      'SM-TTA': 'Undervisnings- eller utbildningsuppdrag',
      'SM-COUR-TRAIN': 'Strukturerad kurs eller utbildning',
      'LM-SHORT-VET': 'Kortvarig mobilitet för yrkeselever',
      'LM-LONG-VET': 'Långvarig mobilitet för yrkeselever (ErasmusPro)',
    },
  },
};

export function mobilityRecordTexts(locale: string): MobilityRecordLabels {
  return MOBILITY_RECORD_TEXTS[locale] ?? MOBILITY_RECORD_TEXTS['en'];
}

/** The credential's name, e.g. "Job shadowing — Tampere Vocational College, Tampere". */
export function mobilityTitle(
  labels: MobilityRecordLabels,
  activityType: MobilityActivityType,
  host: { name: string; city: string },
): string {
  return `${labels.activityTypes[activityType]} — ${host.name}, ${host.city}`;
}
