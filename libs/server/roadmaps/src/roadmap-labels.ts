import type { ActionStatus, Locale } from '@campus/contracts';

/**
 * Texts the server writes in a roadmap's language: the PDF's labels and the texts of objectives and
 * actions seeded from a round. `{name}` placeholders are filled by `fill`. Formal address in every
 * language, as in the e-mails.
 */
export interface RoadmapLabels {
  document: string;
  school: string;
  period: string;
  openEnded: string;
  objectives: string;
  explanation: string;
  timing: string;
  indicator: string;
  baseline: string;
  target: string;
  current: string;
  actions: string;
  owner: string;
  noOwner: string;
  dueOn: string;
  status: string;
  noActions: string;
  activityEstimates: string;
  year: string;
  activityType: string;
  participants: string;
  /** `{date}` */
  exportedOn: string;
  statuses: Record<ActionStatus, string>;
  /** The indicator of an objective seeded from a round. */
  areaIndicator: string;
  /** `{round}`, `{score}`, `{statements}` */
  seedExplanation: string;
  /** `{round}`: the area had too few answers for a score. */
  seedExplanationNoScore: string;
  /** `{area}` */
  discussAction: string;
  trainAction: string;
}

export const ROADMAP_LABELS: Record<Locale, RoadmapLabels> = {
  en: {
    document: 'Internationalisation roadmap',
    school: 'School',
    period: 'Period',
    openEnded: 'not set',
    objectives: 'Objectives',
    explanation: 'Explanation',
    timing: 'Timing',
    indicator: 'Indicator',
    baseline: 'Baseline',
    target: 'Target',
    current: 'Current',
    actions: 'Actions',
    owner: 'Owner',
    noOwner: 'No owner yet',
    dueOn: 'Due',
    status: 'Status',
    noActions: 'No actions yet.',
    activityEstimates: 'Activity estimates',
    year: 'Year',
    activityType: 'Activity',
    participants: 'Participants',
    exportedOn: 'Exported on {date}',
    statuses: { planned: 'Planned', in_progress: 'In progress', done: 'Done', cancelled: 'Cancelled' },
    areaIndicator: "The area's mean score in the school's next self-assessment round (1-5)",
    seedExplanation:
      'Chosen from the self-assessment "{round}", where this area scored {score} of 5. Weakest statements: {statements}.',
    seedExplanationNoScore:
      'Chosen from the self-assessment "{round}"; too few people had answered for a score of this area.',
    discussAction: 'Discuss the results for {area} with the staff and agree on priorities',
    trainAction: 'Enrol staff in a recommended course for this area',
  },
  it: {
    document: 'Piano di internazionalizzazione',
    school: 'Scuola',
    period: 'Periodo',
    openEnded: 'non definito',
    objectives: 'Obiettivi',
    explanation: 'Spiegazione',
    timing: 'Tempi',
    indicator: 'Indicatore',
    baseline: 'Valore di partenza',
    target: 'Obiettivo',
    current: 'Valore attuale',
    actions: 'Azioni',
    owner: 'Responsabile',
    noOwner: 'Nessun responsabile',
    dueOn: 'Scadenza',
    status: 'Stato',
    noActions: 'Ancora nessuna azione.',
    activityEstimates: 'Stime delle attività',
    year: 'Anno',
    activityType: 'Attività',
    participants: 'Partecipanti',
    exportedOn: 'Esportato il {date}',
    statuses: { planned: 'Pianificata', in_progress: 'In corso', done: 'Completata', cancelled: 'Annullata' },
    areaIndicator: "Punteggio medio dell'area nella prossima autovalutazione della scuola (1-5)",
    seedExplanation:
      'Scelto dall\'autovalutazione "{round}", in cui quest\'area ha ottenuto {score} su 5. Affermazioni più deboli: {statements}.',
    seedExplanationNoScore:
      'Scelto dall\'autovalutazione "{round}"; troppe poche risposte per un punteggio di quest\'area.',
    discussAction: 'Discutere i risultati per {area} con il personale e concordare le priorità',
    trainAction: 'Iscrivere il personale a un corso consigliato per questa area',
  },
  fi: {
    document: 'Kansainvälistymisen tiekartta',
    school: 'Oppilaitos',
    period: 'Ajanjakso',
    openEnded: 'ei asetettu',
    objectives: 'Tavoitteet',
    explanation: 'Perustelu',
    timing: 'Aikataulu',
    indicator: 'Mittari',
    baseline: 'Lähtötaso',
    target: 'Tavoitetaso',
    current: 'Nykyinen',
    actions: 'Toimenpiteet',
    owner: 'Vastuuhenkilö',
    noOwner: 'Ei vielä vastuuhenkilöä',
    dueOn: 'Määräpäivä',
    status: 'Tila',
    noActions: 'Ei vielä toimenpiteitä.',
    activityEstimates: 'Arvio toiminnoista',
    year: 'Vuosi',
    activityType: 'Toiminto',
    participants: 'Osallistujat',
    exportedOn: 'Viety {date}',
    statuses: { planned: 'Suunniteltu', in_progress: 'Käynnissä', done: 'Valmis', cancelled: 'Peruttu' },
    areaIndicator: 'Osa-alueen keskiarvo oppilaitoksen seuraavassa itsearvioinnissa (1-5)',
    seedExplanation:
      'Valittu itsearvioinnista "{round}", jossa osa-alueen pistemäärä oli {score}/5. Heikoimmat väittämät: {statements}.',
    seedExplanationNoScore:
      'Valittu itsearvioinnista "{round}"; vastauksia oli liian vähän osa-alueen pistemäärään.',
    discussAction: 'Käykää osa-alueen {area} tulokset läpi henkilöstön kanssa ja sopikaa painopisteistä',
    trainAction: 'Ilmoittakaa henkilöstö tälle osa-alueelle suositeltuun kurssiin',
  },
  pt: {
    document: 'Roteiro de internacionalização',
    school: 'Escola',
    period: 'Período',
    openEnded: 'não definido',
    objectives: 'Objetivos',
    explanation: 'Explicação',
    timing: 'Calendário',
    indicator: 'Indicador',
    baseline: 'Valor de partida',
    target: 'Meta',
    current: 'Valor atual',
    actions: 'Ações',
    owner: 'Responsável',
    noOwner: 'Ainda sem responsável',
    dueOn: 'Prazo',
    status: 'Estado',
    noActions: 'Ainda sem ações.',
    activityEstimates: 'Estimativas de atividades',
    year: 'Ano',
    activityType: 'Atividade',
    participants: 'Participantes',
    exportedOn: 'Exportado em {date}',
    statuses: { planned: 'Planeada', in_progress: 'Em curso', done: 'Concluída', cancelled: 'Cancelada' },
    areaIndicator: 'Pontuação média da área na próxima autoavaliação da escola (1-5)',
    seedExplanation:
      'Escolhido a partir da autoavaliação "{round}", em que esta área obteve {score} em 5. Afirmações mais fracas: {statements}.',
    seedExplanationNoScore:
      'Escolhido a partir da autoavaliação "{round}"; houve poucas respostas para pontuar esta área.',
    discussAction: 'Analisar os resultados de {area} com o pessoal e acordar prioridades',
    trainAction: 'Inscrever o pessoal num curso recomendado para esta área',
  },
  el: {
    document: 'Χάρτης πορείας διεθνοποίησης',
    school: 'Σχολείο',
    period: 'Περίοδος',
    openEnded: 'δεν ορίστηκε',
    objectives: 'Στόχοι',
    explanation: 'Αιτιολόγηση',
    timing: 'Χρονοδιάγραμμα',
    indicator: 'Δείκτης',
    baseline: 'Αρχική τιμή',
    target: 'Τιμή-στόχος',
    current: 'Τρέχουσα τιμή',
    actions: 'Δράσεις',
    owner: 'Υπεύθυνος',
    noOwner: 'Χωρίς υπεύθυνο ακόμη',
    dueOn: 'Προθεσμία',
    status: 'Κατάσταση',
    noActions: 'Δεν υπάρχουν ακόμη δράσεις.',
    activityEstimates: 'Εκτιμήσεις δραστηριοτήτων',
    year: 'Έτος',
    activityType: 'Δραστηριότητα',
    participants: 'Συμμετέχοντες',
    exportedOn: 'Εξαγωγή στις {date}',
    statuses: {
      planned: 'Προγραμματισμένη',
      in_progress: 'Σε εξέλιξη',
      done: 'Ολοκληρώθηκε',
      cancelled: 'Ακυρώθηκε',
    },
    areaIndicator: 'Μέση βαθμολογία του τομέα στην επόμενη αυτοαξιολόγηση του σχολείου (1-5)',
    seedExplanation:
      'Επιλέχθηκε από την αυτοαξιολόγηση «{round}», όπου ο τομέας βαθμολογήθηκε με {score} στα 5. Πιο αδύναμες δηλώσεις: {statements}.',
    seedExplanationNoScore:
      'Επιλέχθηκε από την αυτοαξιολόγηση «{round}»· οι απαντήσεις ήταν πολύ λίγες για βαθμολογία του τομέα.',
    discussAction:
      'Συζητήστε τα αποτελέσματα για τον τομέα {area} με το προσωπικό και συμφωνήστε προτεραιότητες',
    trainAction: 'Εγγράψτε το προσωπικό σε ένα προτεινόμενο μάθημα για αυτόν τον τομέα',
  },
  de: {
    document: 'Internationalisierungs-Fahrplan',
    school: 'Schule',
    period: 'Zeitraum',
    openEnded: 'nicht festgelegt',
    objectives: 'Ziele',
    explanation: 'Begründung',
    timing: 'Zeitplan',
    indicator: 'Indikator',
    baseline: 'Ausgangswert',
    target: 'Zielwert',
    current: 'Aktueller Wert',
    actions: 'Maßnahmen',
    owner: 'Verantwortlich',
    noOwner: 'Noch niemand verantwortlich',
    dueOn: 'Fällig',
    status: 'Status',
    noActions: 'Noch keine Maßnahmen.',
    activityEstimates: 'Geschätzte Aktivitäten',
    year: 'Jahr',
    activityType: 'Aktivität',
    participants: 'Teilnehmende',
    exportedOn: 'Exportiert am {date}',
    statuses: { planned: 'Geplant', in_progress: 'In Arbeit', done: 'Erledigt', cancelled: 'Abgebrochen' },
    areaIndicator: 'Mittlere Bewertung des Bereichs in der nächsten Selbstevaluation der Schule (1-5)',
    seedExplanation:
      'Ausgewählt aus der Selbstevaluation „{round}“, in der dieser Bereich {score} von 5 erreichte. Schwächste Aussagen: {statements}.',
    seedExplanationNoScore:
      'Ausgewählt aus der Selbstevaluation „{round}“; für eine Bewertung dieses Bereichs gab es zu wenige Antworten.',
    discussAction: 'Die Ergebnisse für {area} mit dem Kollegium besprechen und Prioritäten vereinbaren',
    trainAction: 'Mitarbeitende in einen empfohlenen Kurs für diesen Bereich einschreiben',
  },
  es: {
    document: 'Hoja de ruta de internacionalización',
    school: 'Centro',
    period: 'Periodo',
    openEnded: 'sin definir',
    objectives: 'Objetivos',
    explanation: 'Explicación',
    timing: 'Calendario',
    indicator: 'Indicador',
    baseline: 'Valor inicial',
    target: 'Meta',
    current: 'Valor actual',
    actions: 'Acciones',
    owner: 'Responsable',
    noOwner: 'Aún sin responsable',
    dueOn: 'Fecha límite',
    status: 'Estado',
    noActions: 'Aún no hay acciones.',
    activityEstimates: 'Estimación de actividades',
    year: 'Año',
    activityType: 'Actividad',
    participants: 'Participantes',
    exportedOn: 'Exportado el {date}',
    statuses: { planned: 'Prevista', in_progress: 'En curso', done: 'Hecha', cancelled: 'Cancelada' },
    areaIndicator: 'Puntuación media del área en la próxima autoevaluación del centro (1-5)',
    seedExplanation:
      'Elegido a partir de la autoevaluación «{round}», en la que esta área obtuvo {score} de 5. Afirmaciones más débiles: {statements}.',
    seedExplanationNoScore:
      'Elegido a partir de la autoevaluación «{round}»; hubo muy pocas respuestas para puntuar esta área.',
    discussAction: 'Comentar los resultados de {area} con el personal y acordar prioridades',
    trainAction: 'Inscribir al personal en un curso recomendado para esta área',
  },
  sv: {
    document: 'Färdplan för internationalisering',
    school: 'Skola',
    period: 'Period',
    openEnded: 'inte angiven',
    objectives: 'Mål',
    explanation: 'Motivering',
    timing: 'Tidsplan',
    indicator: 'Indikator',
    baseline: 'Utgångsvärde',
    target: 'Målvärde',
    current: 'Nuvarande värde',
    actions: 'Åtgärder',
    owner: 'Ansvarig',
    noOwner: 'Ingen ansvarig ännu',
    dueOn: 'Förfallodag',
    status: 'Status',
    noActions: 'Inga åtgärder ännu.',
    activityEstimates: 'Beräknade aktiviteter',
    year: 'År',
    activityType: 'Aktivitet',
    participants: 'Deltagare',
    exportedOn: 'Exporterad {date}',
    statuses: { planned: 'Planerad', in_progress: 'Pågår', done: 'Klar', cancelled: 'Inställd' },
    areaIndicator: 'Områdets medelvärde i skolans nästa självvärdering (1-5)',
    seedExplanation:
      'Valt utifrån självvärderingen ”{round}”, där området fick {score} av 5. Svagaste påståenden: {statements}.',
    seedExplanationNoScore:
      'Valt utifrån självvärderingen ”{round}”; för få hade svarat för att området skulle få ett värde.',
    discussAction: 'Gå igenom resultaten för {area} med personalen och kom överens om prioriteringar',
    trainAction: 'Anmäl personal till en rekommenderad kurs för det här området',
  },
};

/** Replaces each `{name}` in `template` with its value. */
export function fill(template: string, values: Record<string, string>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => values[name] ?? whole);
}
