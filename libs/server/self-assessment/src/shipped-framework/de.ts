import type { FrameworkTexts } from './structure';

/** Deutsch. */
export const DE: FrameworkTexts = {
  title: 'Internationalisierung berufsbildender Schulen',
  description:
    'Eine Selbstbewertung, wie weit eine berufsbildende Schule die Internationalisierung in ihre Strategie, Organisation, Lehre und Schulgemeinschaft eingebunden hat, als gemeinsamer Ausgangspunkt für die Planung der nächsten Schritte.',
  areas: {
    'strategy-leadership': {
      title: 'Strategie und Leitung',
      description:
        'Wie die Internationalisierung im Leitbild, in den Plänen und in den Entscheidungen der Schulleitung verankert ist.',
    },
    'international-office': {
      title: 'International Office und Ressourcen',
      description:
        'Wie die Schule die Arbeit ihres International Office organisiert und mit Personal und Mitteln ausstattet.',
    },
    'staff-competences': {
      title: 'Kompetenzen des Personals',
      description:
        'Wie die Schule die Fähigkeiten entwickelt, die ihr Personal für die internationale Arbeit braucht.',
    },
    partnerships: {
      title: 'Partnerschaften',
      description:
        'Wie die Schule verlässliche Partnerschaften mit Schulen und Unternehmen im Ausland aufbaut und pflegt.',
    },
    'mobility-management': {
      title: 'Mobilitätsmanagement',
      description:
        'Wie die Schule die Mobilität von Lernenden und Personal vorbereitet, begleitet und nachbereitet.',
    },
    'curriculum-integration': {
      title: 'Verankerung im Lehrplan',
      description:
        'Wie internationales und interkulturelles Lernen Teil des Unterrichts für alle Lernenden wird.',
    },
    recognition: {
      title: 'Anerkennung von Lernergebnissen',
      description:
        'Wie im Ausland Gelerntes beschrieben, bewertet und auf die Qualifikation der Lernenden angerechnet wird.',
    },
    inclusion: {
      title: 'Inklusion und Vielfalt',
      description:
        'Wie die Schule internationale Angebote allen Lernenden öffnet, auch denen mit geringeren Chancen.',
    },
    'communication-dissemination': {
      title: 'Kommunikation und Verbreitung',
      description:
        'Wie die Schule ihre internationalen Aktivitäten und deren Ergebnisse innerhalb und außerhalb der Schule bekannt macht.',
    },
  },
  statements: {
    'strategy-leadership-1':
      'Unsere Schule hat eine schriftliche Internationalisierungsstrategie, die von der Schulleitung verabschiedet wurde.',
    'strategy-leadership-2':
      'Unsere Internationalisierungsziele sind Teil des gesamten Schulentwicklungsplans.',
    'strategy-leadership-3':
      'Unsere Schulleitung überprüft mindestens einmal im Jahr den Fortschritt der Internationalisierung und passt den Plan an.',
    'strategy-leadership-4':
      'Wir stellen ein eigenes Budget und Arbeitszeit für internationale Aktivitäten bereit.',
    'strategy-leadership-5':
      'Wir beziehen Personal, Lernende und Partnerbetriebe ein, wenn wir unsere internationalen Ziele festlegen.',
    'international-office-1':
      'Unsere Schule hat eine benannte Person oder ein Team mit der Verantwortung für internationale Aktivitäten.',
    'international-office-2':
      'Unser International Office hat genügend Arbeitszeit, um seine Aufgaben zu erfüllen.',
    'international-office-3':
      'Die Aufgaben unseres International Office sind schriftlich festgehalten und dem gesamten Personal bekannt.',
    'international-office-4':
      'Wir haben schriftliche Abläufe und Vorlagen für wiederkehrende internationale Aufgaben.',
    'international-office-5':
      'Wir dokumentieren das Wissen des International Office, damit die Arbeit weitergeht, wenn jemand die Schule verlässt.',
    'staff-competences-1':
      'Unser Personal hat Gelegenheit, sich in Sprachen und interkulturellen Kompetenzen fortzubilden.',
    'staff-competences-2':
      'Unsere Lehrkräfte und Ausbilder nehmen an Job Shadowing oder Lehraufenthalten im Ausland teil.',
    'staff-competences-3':
      'Wir ermitteln, welche Fortbildung unser Personal für die internationale Arbeit braucht, und planen sie.',
    'staff-competences-4':
      'Wer aus einem Auslandsaufenthalt zurückkehrt, teilt das Gelernte mit den Kolleginnen und Kollegen.',
    'staff-competences-5':
      'Unser Verwaltungspersonal ist darin geschult, die praktischen Fragen der Mobilität zu bearbeiten.',
    'partnerships-1': 'Wir haben ein stabiles Netzwerk von Partnerschulen und Partnerbetrieben im Ausland.',
    'partnerships-2':
      'Unsere Partnerschaften beruhen auf schriftlichen Vereinbarungen, die die Verantwortung jedes Partners festlegen.',
    'partnerships-3': 'Wir bewerten die Qualität unserer Partnerschaften gemeinsam mit unseren Partnern.',
    'partnerships-4':
      'Betriebe und Arbeitgeber aus der Region wirken an unseren internationalen Projekten mit.',
    'partnerships-5': 'Wir nehmen Lernende und Personal unserer Partnereinrichtungen aus dem Ausland auf.',
    'mobility-management-1':
      'Wir wählen die Teilnehmenden in einem fairen und transparenten Verfahren aus, das vorab veröffentlicht wird.',
    'mobility-management-2':
      'Unsere Teilnehmenden werden vor der Abreise sprachlich, kulturell und praktisch vorbereitet.',
    'mobility-management-3':
      'Wir halten während des Auslandsaufenthalts Kontakt zu den Teilnehmenden und haben einen Notfallplan.',
    'mobility-management-4':
      'Wir holen nach der Mobilität von allen Teilnehmenden Rückmeldungen ein und handeln danach.',
    'mobility-management-5':
      'Wir stimmen die Lernvereinbarung vor der Abreise mit der aufnehmenden Einrichtung ab.',
    'curriculum-integration-1':
      'Unsere Bildungsgänge sehen einen Lernaufenthalt im Ausland als geplante Option vor.',
    'curriculum-integration-2':
      'Unsere Lehrkräfte greifen internationale und interkulturelle Themen im Unterricht auf.',
    'curriculum-integration-3':
      'Auch Lernende, die nicht ins Ausland gehen, sammeln an der Schule internationale Erfahrungen, zum Beispiel durch virtuellen Austausch.',
    'curriculum-integration-4': 'Wir setzen Fremdsprachen im berufsbezogenen Unterricht ein.',
    'curriculum-integration-5': 'Unsere Stundenpläne und Prüfungspläne lassen Raum für Auslandsaufenthalte.',
    'recognition-1':
      'Unsere Lernvereinbarungen beschreiben die erwarteten Lernergebnisse als Einheiten der Qualifikation.',
    'recognition-2':
      'Im Ausland erzielte Lernergebnisse werden nach Kriterien bewertet, die mit der aufnehmenden Einrichtung vereinbart sind.',
    'recognition-3': 'Wir rechnen im Ausland Gelerntes als Teil der Qualifikation der Lernenden an.',
    'recognition-4':
      'Unsere Teilnehmenden erhalten Nachweise wie den Europass Mobilität, die festhalten, was sie gelernt haben.',
    'recognition-5':
      'Unsere Lehrkräfte wissen, wie sie die Lernergebnisse einer Mobilität bewerten und anerkennen.',
    'inclusion-1': 'Wir ermutigen Lernende mit geringeren Chancen aktiv, an Mobilitäten teilzunehmen.',
    'inclusion-2':
      'Wir bieten Teilnehmenden, die es brauchen, zusätzliche Unterstützung, etwa Begleitpersonen oder kürzere Aufenthalte.',
    'inclusion-3':
      'Unsere Auswahlkriterien schließen niemanden aus finanziellen, sozialen oder gesundheitlichen Gründen aus.',
    'inclusion-4':
      'Wir beobachten, wer an internationalen Aktivitäten teilnimmt, und handeln, wenn Gruppen fehlen.',
    'inclusion-5':
      'Wir nutzen internationale Aktivitäten, um in der ganzen Schule den Respekt vor Vielfalt zu stärken.',
    'communication-dissemination-1':
      'Wir informieren Lernende und ihre Familien früh und verständlich über internationale Angebote.',
    'communication-dissemination-2':
      'Wir teilen die Ergebnisse unserer internationalen Projekte mit dem Personal der ganzen Schule.',
    'communication-dissemination-3':
      'Wir stellen unsere internationalen Aktivitäten auf unserer Website und in sozialen Medien vor.',
    'communication-dissemination-4':
      'Wir teilen unsere Ergebnisse mit Betrieben, Kommunen und anderen Schulen.',
    'communication-dissemination-5':
      'Wir haben für jedes unserer internationalen Projekte einen Kommunikationsplan.',
  },
};
