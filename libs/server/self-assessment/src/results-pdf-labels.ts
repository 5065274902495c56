import type { Locale, RespondentGroup } from '@campus/contracts';

/**
 * The words of a round's results PDF and CSV in the eight languages. `{date}` and `{n}` are
 * replaced. The same formal register as the rest of each language's UI.
 */
export interface ResultsLabels {
  title: string;
  school: string;
  framework: string;
  closedOn: string;
  openSoFar: string;
  producedOn: string;
  respondents: string;
  total: string;
  hiddenFewer: string;
  chart: string;
  scale: string;
  area: string;
  statement: string;
  overall: string;
  spread: string;
  earlier: string;
  peerMedian: string;
  peersHidden: string;
  doesNotApply: string;
  customQuestions: string;
  customQuestion: string;
  groups: Record<RespondentGroup, string>;
}

export const RESULTS_LABELS: Record<Locale, ResultsLabels> = {
  en: {
    title: 'Self-assessment results',
    school: 'School',
    framework: 'Framework',
    closedOn: 'Round closed on {date}',
    openSoFar: 'Round still open: results so far, {date}',
    producedOn: 'Produced on {date}',
    respondents: 'Respondents',
    total: 'Total',
    hiddenFewer: 'hidden: fewer than {n}',
    chart: 'Scores by area',
    scale:
      'Scores are means from 1 (not at all true of our school) to 5 (fully true); "does not apply" answers are left out. A group shows once {n} of its members answered.',
    area: 'Area',
    statement: 'Statement',
    overall: 'Overall',
    spread: 'Spread between groups',
    earlier: 'Earlier round',
    peerMedian: 'Median of schools',
    peersHidden: 'The median of schools shows once {n} schools have closed a round.',
    doesNotApply: 'Does not apply',
    customQuestions: 'Our own questions',
    customQuestion: 'Own question',
    groups: {
      leaders: 'Leaders',
      teachers: 'Teachers',
      administrative_staff: 'Administrative staff',
      learners: 'Learners',
      company_trainers: 'Company trainers',
      partner_schools: 'Partner schools',
    },
  },
  it: {
    title: "Risultati dell'autovalutazione",
    school: 'Scuola',
    framework: 'Quadro di riferimento',
    closedOn: 'Rilevazione chiusa il {date}',
    openSoFar: 'Rilevazione ancora aperta: risultati al {date}',
    producedOn: 'Prodotto il {date}',
    respondents: 'Partecipanti',
    total: 'Totale',
    hiddenFewer: 'nascosto: meno di {n}',
    chart: 'Punteggi per area',
    scale:
      'I punteggi sono medie da 1 (per nulla vero per la nostra scuola) a 5 (del tutto vero); le risposte "non pertinente" sono escluse. Un gruppo compare quando almeno {n} dei suoi membri hanno risposto.',
    area: 'Area',
    statement: 'Affermazione',
    overall: 'Complessivo',
    spread: 'Differenza tra i gruppi',
    earlier: 'Rilevazione precedente',
    peerMedian: 'Mediana delle scuole',
    peersHidden: 'La mediana delle scuole compare quando {n} scuole hanno chiuso una rilevazione.',
    doesNotApply: 'Non pertinente',
    customQuestions: 'Le nostre domande',
    customQuestion: 'Domanda propria',
    groups: {
      leaders: 'Dirigenza',
      teachers: 'Docenti',
      administrative_staff: 'Personale amministrativo',
      learners: 'Studenti',
      company_trainers: 'Tutor aziendali',
      partner_schools: 'Scuole partner',
    },
  },
  fi: {
    title: 'Itsearvioinnin tulokset',
    school: 'Oppilaitos',
    framework: 'Arviointikehys',
    closedOn: 'Kierros suljettu {date}',
    openSoFar: 'Kierros on vielä auki: tulokset tähän mennessä, {date}',
    producedOn: 'Laadittu {date}',
    respondents: 'Vastaajat',
    total: 'Yhteensä',
    hiddenFewer: 'piilotettu: alle {n}',
    chart: 'Pisteet osa-alueittain',
    scale:
      'Pisteet ovat keskiarvoja asteikolla 1 (ei lainkaan totta oppilaitoksessamme) – 5 (täysin totta); vastauksia "ei koske meitä" ei lasketa. Ryhmä näytetään, kun vähintään {n} sen jäsentä on vastannut.',
    area: 'Osa-alue',
    statement: 'Väittämä',
    overall: 'Kaikki',
    spread: 'Ryhmien välinen ero',
    earlier: 'Aiempi kierros',
    peerMedian: 'Oppilaitosten mediaani',
    peersHidden: 'Oppilaitosten mediaani näytetään, kun {n} oppilaitosta on sulkenut kierroksen.',
    doesNotApply: 'Ei koske meitä',
    customQuestions: 'Omat kysymyksemme',
    customQuestion: 'Oma kysymys',
    groups: {
      leaders: 'Johto',
      teachers: 'Opettajat',
      administrative_staff: 'Hallintohenkilöstö',
      learners: 'Opiskelijat',
      company_trainers: 'Työpaikkaohjaajat',
      partner_schools: 'Kumppanioppilaitokset',
    },
  },
  pt: {
    title: 'Resultados da autoavaliação',
    school: 'Escola',
    framework: 'Referencial',
    closedOn: 'Ronda encerrada em {date}',
    openSoFar: 'Ronda ainda aberta: resultados até {date}',
    producedOn: 'Produzido em {date}',
    respondents: 'Respondentes',
    total: 'Total',
    hiddenFewer: 'oculto: menos de {n}',
    chart: 'Pontuações por área',
    scale:
      'As pontuações são médias de 1 (nada verdadeiro na nossa escola) a 5 (totalmente verdadeiro); as respostas "não se aplica" são excluídas. Um grupo é mostrado quando pelo menos {n} dos seus membros responderam.',
    area: 'Área',
    statement: 'Afirmação',
    overall: 'Global',
    spread: 'Diferença entre grupos',
    earlier: 'Ronda anterior',
    peerMedian: 'Mediana das escolas',
    peersHidden: 'A mediana das escolas é mostrada quando {n} escolas tiverem encerrado uma ronda.',
    doesNotApply: 'Não se aplica',
    customQuestions: 'As nossas perguntas',
    customQuestion: 'Pergunta própria',
    groups: {
      leaders: 'Direção',
      teachers: 'Professores',
      administrative_staff: 'Pessoal administrativo',
      learners: 'Alunos',
      company_trainers: 'Tutores de empresa',
      partner_schools: 'Escolas parceiras',
    },
  },
  el: {
    title: 'Αποτελέσματα αυτοαξιολόγησης',
    school: 'Σχολείο',
    framework: 'Πλαίσιο',
    closedOn: 'Ο γύρος έκλεισε στις {date}',
    openSoFar: 'Ο γύρος είναι ακόμη ανοιχτός: αποτελέσματα έως {date}',
    producedOn: 'Δημιουργήθηκε στις {date}',
    respondents: 'Συμμετέχοντες',
    total: 'Σύνολο',
    hiddenFewer: 'κρυφό: λιγότεροι από {n}',
    chart: 'Βαθμολογίες ανά τομέα',
    scale:
      'Οι βαθμολογίες είναι μέσοι όροι από 1 (καθόλου αληθές για το σχολείο μας) έως 5 (απολύτως αληθές)· οι απαντήσεις «δεν ισχύει» δεν υπολογίζονται. Μια ομάδα εμφανίζεται όταν απαντήσουν τουλάχιστον {n} μέλη της.',
    area: 'Τομέας',
    statement: 'Δήλωση',
    overall: 'Συνολικά',
    spread: 'Διαφορά μεταξύ ομάδων',
    earlier: 'Προηγούμενος γύρος',
    peerMedian: 'Διάμεσος σχολείων',
    peersHidden: 'Η διάμεσος των σχολείων εμφανίζεται όταν {n} σχολεία έχουν κλείσει έναν γύρο.',
    doesNotApply: 'Δεν ισχύει',
    customQuestions: 'Οι δικές μας ερωτήσεις',
    customQuestion: 'Δική μας ερώτηση',
    groups: {
      leaders: 'Διεύθυνση',
      teachers: 'Εκπαιδευτικοί',
      administrative_staff: 'Διοικητικό προσωπικό',
      learners: 'Εκπαιδευόμενοι',
      company_trainers: 'Εκπαιδευτές επιχειρήσεων',
      partner_schools: 'Συνεργαζόμενα σχολεία',
    },
  },
  de: {
    title: 'Ergebnisse der Selbstbewertung',
    school: 'Schule',
    framework: 'Rahmen',
    closedOn: 'Runde abgeschlossen am {date}',
    openSoFar: 'Runde noch offen: bisherige Ergebnisse, {date}',
    producedOn: 'Erstellt am {date}',
    respondents: 'Teilnehmende',
    total: 'Gesamt',
    hiddenFewer: 'ausgeblendet: weniger als {n}',
    chart: 'Werte nach Bereich',
    scale:
      'Die Werte sind Mittelwerte von 1 (trifft auf unsere Schule gar nicht zu) bis 5 (trifft voll zu); Antworten „trifft nicht zu“ werden nicht gezählt. Eine Gruppe wird angezeigt, sobald {n} ihrer Mitglieder geantwortet haben.',
    area: 'Bereich',
    statement: 'Aussage',
    overall: 'Insgesamt',
    spread: 'Unterschied zwischen Gruppen',
    earlier: 'Frühere Runde',
    peerMedian: 'Median der Schulen',
    peersHidden: 'Der Median der Schulen wird angezeigt, sobald {n} Schulen eine Runde abgeschlossen haben.',
    doesNotApply: 'Trifft nicht zu',
    customQuestions: 'Unsere eigenen Fragen',
    customQuestion: 'Eigene Frage',
    groups: {
      leaders: 'Schulleitung',
      teachers: 'Lehrkräfte',
      administrative_staff: 'Verwaltungspersonal',
      learners: 'Lernende',
      company_trainers: 'Betriebliche Ausbilder',
      partner_schools: 'Partnerschulen',
    },
  },
  es: {
    title: 'Resultados de la autoevaluación',
    school: 'Centro',
    framework: 'Marco',
    closedOn: 'Ronda cerrada el {date}',
    openSoFar: 'Ronda aún abierta: resultados hasta el {date}',
    producedOn: 'Elaborado el {date}',
    respondents: 'Participantes',
    total: 'Total',
    hiddenFewer: 'oculto: menos de {n}',
    chart: 'Puntuaciones por área',
    scale:
      'Las puntuaciones son medias de 1 (nada cierto en nuestro centro) a 5 (totalmente cierto); las respuestas «no procede» no se cuentan. Un grupo se muestra cuando han respondido al menos {n} de sus miembros.',
    area: 'Área',
    statement: 'Afirmación',
    overall: 'Global',
    spread: 'Diferencia entre grupos',
    earlier: 'Ronda anterior',
    peerMedian: 'Mediana de los centros',
    peersHidden: 'La mediana de los centros se muestra cuando {n} centros han cerrado una ronda.',
    doesNotApply: 'No procede',
    customQuestions: 'Nuestras propias preguntas',
    customQuestion: 'Pregunta propia',
    groups: {
      leaders: 'Equipo directivo',
      teachers: 'Profesorado',
      administrative_staff: 'Personal administrativo',
      learners: 'Alumnado',
      company_trainers: 'Tutores de empresa',
      partner_schools: 'Centros socios',
    },
  },
  sv: {
    title: 'Resultat av självvärderingen',
    school: 'Skola',
    framework: 'Ramverk',
    closedOn: 'Omgången stängdes {date}',
    openSoFar: 'Omgången är fortfarande öppen: resultat hittills, {date}',
    producedOn: 'Skapad {date}',
    respondents: 'Svarande',
    total: 'Totalt',
    hiddenFewer: 'dold: färre än {n}',
    chart: 'Poäng per område',
    scale:
      'Poängen är medelvärden från 1 (stämmer inte alls för vår skola) till 5 (stämmer helt); svar "gäller inte" räknas inte. En grupp visas när minst {n} av dess medlemmar har svarat.',
    area: 'Område',
    statement: 'Påstående',
    overall: 'Totalt',
    spread: 'Skillnad mellan grupper',
    earlier: 'Tidigare omgång',
    peerMedian: 'Skolornas median',
    peersHidden: 'Skolornas median visas när {n} skolor har stängt en omgång.',
    doesNotApply: 'Gäller inte',
    customQuestions: 'Våra egna frågor',
    customQuestion: 'Egen fråga',
    groups: {
      leaders: 'Skolledning',
      teachers: 'Lärare',
      administrative_staff: 'Administrativ personal',
      learners: 'Elever',
      company_trainers: 'Handledare på arbetsplatsen',
      partner_schools: 'Partnerskolor',
    },
  },
};

export function fill(text: string, values: Record<string, string | number>): string {
  return text.replace(/\{(\w+)\}/g, (m, k: string) => (k in values ? String(values[k]) : m));
}

/** A date as the reader's language writes it, in UTC like every stored time. */
export function longDate(iso: string | Date, locale: Locale): string {
  return new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(iso));
}

/** A score with the language's decimal mark and always 2 decimals, or a dash when hidden. */
export function scoreText(value: number | null | undefined, locale: Locale): string {
  if (value === null || value === undefined) return '–';
  return new Intl.NumberFormat(locale, { minimumFractionDigits: 2, maximumFractionDigits: 2 }).format(value);
}
