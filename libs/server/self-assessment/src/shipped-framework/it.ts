import type { FrameworkTexts } from './structure';

/** Italiano. */
export const IT: FrameworkTexts = {
  title: 'Internazionalizzazione delle scuole di istruzione e formazione professionale',
  description:
    "Un'autovalutazione di quanto una scuola professionale abbia integrato l'internazionalizzazione nella sua strategia, organizzazione, didattica e comunità, come punto di partenza condiviso per pianificare i prossimi passi.",
  areas: {
    'strategy-leadership': {
      title: 'Strategia e leadership',
      description:
        "Come l'internazionalizzazione è radicata nella missione, nei piani e nelle decisioni della dirigenza della scuola.",
    },
    'international-office': {
      title: 'Ufficio relazioni internazionali e risorse',
      description:
        'Come la scuola organizza il lavoro del suo Ufficio relazioni internazionali e lo dota di personale e di mezzi.',
    },
    'staff-competences': {
      title: 'Competenze del personale',
      description:
        'Come la scuola sviluppa le competenze di cui il personale ha bisogno per lavorare in ambito internazionale.',
    },
    partnerships: {
      title: 'Partenariati',
      description:
        "Come la scuola costruisce e mantiene partenariati affidabili con scuole e aziende all'estero.",
    },
    'mobility-management': {
      title: 'Gestione della mobilità',
      description: 'Come la scuola prepara, accompagna e segue la mobilità di studenti e personale.',
    },
    'curriculum-integration': {
      title: 'Integrazione nel curricolo',
      description:
        "Come l'apprendimento internazionale e interculturale entra nella didattica per tutti gli studenti.",
    },
    recognition: {
      title: 'Riconoscimento dei risultati di apprendimento',
      description:
        "Come l'apprendimento acquisito all'estero viene descritto, valutato e riconosciuto ai fini della qualifica.",
    },
    inclusion: {
      title: 'Inclusione e diversità',
      description:
        'Come la scuola apre le opportunità internazionali a tutti gli studenti, compresi quelli con minori opportunità.',
    },
    'communication-dissemination': {
      title: 'Comunicazione e disseminazione',
      description:
        'Come la scuola fa conoscere le sue attività internazionali e i loro risultati dentro e fuori la scuola.',
    },
  },
  statements: {
    'strategy-leadership-1':
      'La nostra scuola ha una strategia di internazionalizzazione scritta e approvata dalla dirigenza.',
    'strategy-leadership-2':
      'I nostri obiettivi di internazionalizzazione fanno parte del piano di sviluppo complessivo della scuola.',
    'strategy-leadership-3':
      "La nostra dirigenza verifica almeno una volta all'anno i progressi dell'internazionalizzazione e adegua il piano.",
    'strategy-leadership-4': 'Destiniamo un nostro budget e ore di lavoro alle attività internazionali.',
    'strategy-leadership-5':
      'Consultiamo personale, studenti e aziende partner quando fissiamo i nostri obiettivi internazionali.',
    'international-office-1':
      'La nostra scuola ha una persona o un gruppo designato come responsabile delle attività internazionali.',
    'international-office-2':
      'Il nostro Ufficio relazioni internazionali dispone di ore di lavoro sufficienti per svolgere i suoi compiti.',
    'international-office-3':
      'I compiti del nostro Ufficio relazioni internazionali sono messi per iscritto e noti a tutto il personale.',
    'international-office-4':
      'Abbiamo procedure scritte e modelli per le attività internazionali ricorrenti.',
    'international-office-5':
      "Documentiamo le conoscenze dell'Ufficio relazioni internazionali, così il lavoro continua anche quando qualcuno se ne va.",
    'staff-competences-1': 'Il nostro personale ha occasioni di formazione linguistica e interculturale.',
    'staff-competences-2':
      "I nostri docenti e formatori partecipano a job shadowing o a incarichi di insegnamento all'estero.",
    'staff-competences-3':
      'Individuiamo e pianifichiamo la formazione di cui il personale ha bisogno per il lavoro internazionale.',
    'staff-competences-4':
      "Il personale che rientra da un periodo all'estero condivide con i colleghi ciò che ha imparato.",
    'staff-competences-5':
      'Il nostro personale amministrativo è formato per gestire gli aspetti pratici della mobilità.',
    'partnerships-1': "Abbiamo una rete stabile di scuole e aziende partner all'estero.",
    'partnerships-2':
      'I nostri partenariati si basano su accordi scritti che stabiliscono le responsabilità di ciascun partner.',
    'partnerships-3': 'Valutiamo la qualità dei nostri partenariati insieme ai partner.',
    'partnerships-4':
      'Le aziende e i datori di lavoro del territorio partecipano ai nostri progetti internazionali.',
    'partnerships-5': "Ospitiamo studenti e personale delle nostre organizzazioni partner all'estero.",
    'mobility-management-1':
      'Selezioniamo i partecipanti con una procedura equa e trasparente, pubblicata in anticipo.',
    'mobility-management-2':
      'I nostri partecipanti ricevono una preparazione linguistica, culturale e pratica prima della partenza.',
    'mobility-management-3':
      "Restiamo in contatto con i partecipanti durante il periodo all'estero e abbiamo un piano per le emergenze.",
    'mobility-management-4':
      'Raccogliamo il feedback di ogni partecipante dopo la mobilità e ne teniamo conto.',
    'mobility-management-5':
      "Concordiamo l'accordo di apprendimento con l'organizzazione ospitante prima della partenza.",
    'curriculum-integration-1':
      "I nostri percorsi di studio prevedono un periodo di apprendimento all'estero come opzione pianificata.",
    'curriculum-integration-2':
      'I nostri docenti portano temi internazionali e interculturali nelle loro lezioni.',
    'curriculum-integration-3':
      'Anche gli studenti che non partono fanno esperienze internazionali a scuola, ad esempio con scambi virtuali.',
    'curriculum-integration-4': "Usiamo le lingue straniere nell'insegnamento delle materie professionali.",
    'curriculum-integration-5':
      "I nostri orari e piani di valutazione lasciano spazio ai periodi all'estero.",
    'recognition-1':
      'I nostri accordi di apprendimento descrivono i risultati attesi come unità della qualifica.',
    'recognition-2':
      "I risultati di apprendimento raggiunti all'estero sono valutati con criteri concordati con l'organizzazione ospitante.",
    'recognition-3':
      "Riconosciamo l'apprendimento acquisito all'estero come parte della qualifica dello studente.",
    'recognition-4':
      'I nostri partecipanti ricevono documenti, come Europass Mobilità, che attestano ciò che hanno imparato.',
    'recognition-5':
      'I nostri docenti sanno come valutare e riconoscere i risultati di apprendimento di una mobilità.',
    'inclusion-1':
      'Incoraggiamo attivamente gli studenti con minori opportunità a partecipare alla mobilità.',
    'inclusion-2':
      'Offriamo un sostegno aggiuntivo, come accompagnatori o soggiorni più brevi, ai partecipanti che ne hanno bisogno.',
    'inclusion-3':
      'I nostri criteri di selezione non escludono studenti per motivi economici, sociali o di salute.',
    'inclusion-4':
      'Monitoriamo chi partecipa alle attività internazionali e interveniamo quando mancano alcuni gruppi.',
    'inclusion-5':
      'Usiamo le attività internazionali per promuovere il rispetto della diversità in tutta la scuola.',
    'communication-dissemination-1':
      'Informiamo studenti e famiglie sulle opportunità internazionali per tempo e in modo chiaro.',
    'communication-dissemination-2':
      'Condividiamo i risultati dei nostri progetti internazionali con il personale di tutta la scuola.',
    'communication-dissemination-3':
      'Presentiamo le nostre attività internazionali sul sito web e sui social media.',
    'communication-dissemination-4':
      'Condividiamo i nostri risultati con aziende, enti locali e altre scuole.',
    'communication-dissemination-5':
      'Abbiamo un piano di comunicazione per ciascuno dei nostri progetti internazionali.',
  },
};
