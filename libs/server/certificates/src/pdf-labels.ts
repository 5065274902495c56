import type { CertificateLabels } from '@campus/server-credentials';

interface PdfTexts extends CertificateLabels {
  date: string;
  workload: string;
  /** `{hours}` is replaced. */
  hours: string;
  eqfLevel: string;
  meanScore: string;
}

/** The certificate's printed words in the eight UI languages (the holder's language is used). */
export const PDF_TEXTS: Record<string, PdfTexts> = {
  en: {
    title: 'Certificate of completion',
    awardedTo: 'This certifies that',
    completed: 'has successfully completed',
    learningOutcomes: 'Learning outcomes',
    moreOutcomes: '… and {count} more',
    verificationCode: 'Verification code',
    verifyHint:
      'Scan the QR code or open the address to check this certificate. The signed credential is attached to this PDF.',
    date: 'Date',
    workload: 'Workload',
    hours: '{hours} hours',
    eqfLevel: 'EQF level',
    meanScore: 'Mean quiz score',
  },
  it: {
    title: 'Attestato di completamento',
    awardedTo: 'Si attesta che',
    completed: 'ha completato con successo',
    learningOutcomes: 'Risultati di apprendimento',
    moreOutcomes: '… e altri {count}',
    verificationCode: 'Codice di verifica',
    verifyHint:
      "Inquadra il codice QR o apri l'indirizzo per verificare questo attestato. La credenziale firmata è allegata a questo PDF.",
    date: 'Data',
    workload: 'Impegno',
    hours: '{hours} ore',
    eqfLevel: 'Livello EQF',
    meanScore: 'Punteggio medio nei quiz',
  },
  fi: {
    title: 'Suoritustodistus',
    awardedTo: 'Todistamme, että',
    completed: 'on suorittanut hyväksytysti kurssin',
    learningOutcomes: 'Osaamistavoitteet',
    moreOutcomes: '… ja {count} muuta',
    verificationCode: 'Tarkistuskoodi',
    verifyHint:
      'Skannaa QR-koodi tai avaa osoite tarkistaaksesi todistuksen. Allekirjoitettu tunniste on liitetty tähän PDF-tiedostoon.',
    date: 'Päivämäärä',
    workload: 'Työmäärä',
    hours: '{hours} tuntia',
    eqfLevel: 'EQF-taso',
    meanScore: 'Tenttien keskiarvo',
  },
  pt: {
    title: 'Certificado de conclusão',
    awardedTo: 'Certifica-se que',
    completed: 'concluiu com êxito',
    learningOutcomes: 'Resultados de aprendizagem',
    moreOutcomes: '… e mais {count}',
    verificationCode: 'Código de verificação',
    verifyHint:
      'Leia o código QR ou abra o endereço para verificar este certificado. A credencial assinada está anexada a este PDF.',
    date: 'Data',
    workload: 'Carga horária',
    hours: '{hours} horas',
    eqfLevel: 'Nível QEQ',
    meanScore: 'Média nos questionários',
  },
  el: {
    title: 'Πιστοποιητικό ολοκλήρωσης',
    awardedTo: 'Πιστοποιείται ότι ο/η',
    completed: 'ολοκλήρωσε με επιτυχία το μάθημα',
    learningOutcomes: 'Μαθησιακά αποτελέσματα',
    moreOutcomes: '… και {count} ακόμη',
    verificationCode: 'Κωδικός επαλήθευσης',
    verifyHint:
      'Σαρώστε τον κωδικό QR ή ανοίξτε τη διεύθυνση για να ελέγξετε αυτό το πιστοποιητικό. Το υπογεγραμμένο διαπιστευτήριο επισυνάπτεται σε αυτό το PDF.',
    date: 'Ημερομηνία',
    workload: 'Φόρτος εργασίας',
    hours: '{hours} ώρες',
    eqfLevel: 'Επίπεδο ΕΠΕΠ',
    meanScore: 'Μέσος όρος κουίζ',
  },
  de: {
    title: 'Teilnahmezertifikat',
    awardedTo: 'Hiermit wird bestätigt, dass',
    completed: 'erfolgreich abgeschlossen hat',
    learningOutcomes: 'Lernergebnisse',
    moreOutcomes: '… und {count} weitere',
    verificationCode: 'Prüfcode',
    verifyHint:
      'Scannen Sie den QR-Code oder öffnen Sie die Adresse, um dieses Zertifikat zu prüfen. Der signierte Nachweis ist diesem PDF angehängt.',
    date: 'Datum',
    workload: 'Arbeitsaufwand',
    hours: '{hours} Stunden',
    eqfLevel: 'EQR-Niveau',
    meanScore: 'Durchschnitt der Quiz',
  },
  es: {
    title: 'Certificado de finalización',
    awardedTo: 'Se certifica que',
    completed: 'ha completado con éxito',
    learningOutcomes: 'Resultados de aprendizaje',
    moreOutcomes: '… y {count} más',
    verificationCode: 'Código de verificación',
    verifyHint:
      'Escanee el código QR o abra la dirección para comprobar este certificado. La credencial firmada va adjunta a este PDF.',
    date: 'Fecha',
    workload: 'Carga de trabajo',
    hours: '{hours} horas',
    eqfLevel: 'Nivel MEC',
    meanScore: 'Media de los cuestionarios',
  },
  sv: {
    title: 'Kursintyg',
    awardedTo: 'Härmed intygas att',
    completed: 'har genomfört kursen',
    learningOutcomes: 'Lärandemål',
    moreOutcomes: '… och {count} till',
    verificationCode: 'Kontrollkod',
    verifyHint:
      'Skanna QR-koden eller öppna adressen för att kontrollera intyget. Det signerade intyget är bifogat i denna PDF.',
    date: 'Datum',
    workload: 'Arbetsbelastning',
    hours: '{hours} timmar',
    eqfLevel: 'EQF-nivå',
    meanScore: 'Medelresultat i quiz',
  },
};

export function pdfTexts(locale: string): PdfTexts {
  return PDF_TEXTS[locale] ?? PDF_TEXTS['en'];
}
