import type { TemplateSet } from './index';
import { roleName, type RoleNames } from './roles';

const ROLE: RoleNames = { learner: 'εκπαιδευόμενος', trainer: 'εκπαιδευτής', manager: 'υπεύθυνος' };

export const el: TemplateSet = {
  'verify-email': ({ name, link, expiresInHours }) => ({
    subject: 'Επιβεβαιώστε τη διεύθυνση email σας για το Campus',
    paragraphs: [
      `Γεια σας ${name},`,
      'Καλώς ορίσατε στο Campus. Επιβεβαιώστε τη διεύθυνση email σας για να ολοκληρωθεί η δημιουργία του λογαριασμού σας:',
      link,
      `Ο σύνδεσμος λειτουργεί μία φορά και λήγει σε ${expiresInHours} ώρες. Αν δεν κάνατε εσείς την εγγραφή, αγνοήστε αυτό το μήνυμα.`,
    ],
  }),
  'password-reset': ({ name, link, expiresInMinutes }) => ({
    subject: 'Επαναφορά του κωδικού πρόσβασής σας στο Campus',
    paragraphs: [
      `Γεια σας ${name},`,
      'Ζητήθηκε επαναφορά του κωδικού πρόσβασης του λογαριασμού σας στο Campus. Για να ορίσετε νέο κωδικό, ανοίξτε:',
      link,
      `Ο σύνδεσμος λειτουργεί μία φορά και λήγει σε ${expiresInMinutes} λεπτά. Αν δεν το ζητήσατε εσείς, αγνοήστε αυτό το μήνυμα: ο κωδικός σας παραμένει ως έχει.`,
    ],
  }),
  invitation: ({ organisationName, inviterName, role, link, expiresInDays }) => ({
    subject: `Πρόσκληση για τον οργανισμό ${organisationName} στο Campus`,
    paragraphs: [
      'Γεια σας,',
      `Λάβατε πρόσκληση από ${inviterName} να γίνετε μέλος του οργανισμού ${organisationName} στο Campus ως ${roleName(ROLE, role)}.`,
      'Για να την αποδεχτείτε, ανοίξτε αυτόν τον σύνδεσμο και ορίστε τον κωδικό πρόσβασής σας:',
      link,
      `Η πρόσκληση λήγει σε ${expiresInDays} ημέρες.`,
    ],
  }),
  'password-changed': ({ name }) => ({
    subject: 'Ο κωδικός πρόσβασής σας στο Campus άλλαξε',
    paragraphs: [
      `Γεια σας ${name},`,
      'Ο κωδικός πρόσβασης του λογαριασμού σας στο Campus μόλις άλλαξε και αποσυνδεθήκατε από τις άλλες συσκευές σας.',
      'Αν δεν το κάνατε εσείς, επαναφέρετε αμέσως τον κωδικό σας και ενημερώστε τον οργανισμό σας.',
    ],
  }),
  'account-exists': ({ name, signInLink, resetLink }) => ({
    subject: 'Έχετε ήδη λογαριασμό στο Campus',
    paragraphs: [
      `Γεια σας ${name},`,
      'Κάποιος προσπάθησε να δημιουργήσει νέο λογαριασμό στο Campus με αυτή τη διεύθυνση email, αλλά έχετε ήδη λογαριασμό. Συνδεθείτε εδώ:',
      signInLink,
      'Ξεχάσατε τον κωδικό σας; Ορίστε νέο εδώ:',
      resetLink,
      'Αν δεν ήσασταν εσείς, αγνοήστε αυτό το μήνυμα: δεν άλλαξε τίποτα.',
    ],
  }),
  'password-reset-no-account': ({ registerLink }) => ({
    subject: 'Αίτημα επαναφοράς κωδικού στο Campus',
    paragraphs: [
      'Γεια σας,',
      'κάποιος ζήτησε επαναφορά του κωδικού ενός λογαριασμού Campus με αυτή τη διεύθυνση e-mail, αλλά κανένας λογαριασμός Campus δεν τη χρησιμοποιεί. Αν ήσασταν εσείς, ίσως εγγραφήκατε με άλλη διεύθυνση, ή μπορείτε να δημιουργήσετε λογαριασμό εδώ:',
      registerLink,
      'Αν δεν ήσασταν εσείς, αγνοήστε αυτό το μήνυμα.',
    ],
  }),
  'course-enrolled': ({ name, courseTitle, organisationName, link }) => ({
    subject: `Εγγραφή στο μάθημα «${courseTitle}»`,
    paragraphs: [
      `Γεια σας ${name},`,
      `Ο οργανισμός ${organisationName} σας ενέγραψε στο μάθημα «${courseTitle}» στο Campus. Μπορείτε να ξεκινήσετε όποτε θέλετε:`,
      link,
      'Μπορείτε να παρακολουθείτε την πρόοδό σας στο Campus ανά πάσα στιγμή.',
    ],
  }),
  'attempt-graded': ({ name, quizTitle, courseTitle, link }) => ({
    subject: `Οι απαντήσεις σας στο «${quizTitle}» βαθμολογήθηκαν`,
    paragraphs: [
      `Γεια σας ${name},`,
      `Ένας εκπαιδευτής βαθμολόγησε τις απαντήσεις σας στο κουίζ «${quizTitle}» του μαθήματος «${courseTitle}». Δείτε το αποτέλεσμα και τα σχόλια του εκπαιδευτή εδώ:`,
      link,
    ],
  }),
  'certificate-issued': ({ name, courseTitle, link, verifyLink }) => ({
    subject: `Το πιστοποιητικό σας για το «${courseTitle}»`,
    paragraphs: [
      `Γεια σας ${name},`,
      `Συγχαρητήρια: ολοκληρώσατε το «${courseTitle}» και το πιστοποιητικό σας είναι έτοιμο. Κατεβάστε το PDF και το υπογεγραμμένο διαπιστευτήριο εδώ:`,
      link,
      `Οποιοσδήποτε μπορεί να το επαληθεύσει σε αυτή τη διεύθυνση:`,
      verifyLink,
    ],
  }),
  'certificate-export-ready': ({ name, count, link, days }) => ({
    subject: `Το ZIP με ${count} ${count === 1 ? 'πιστοποιητικό' : 'πιστοποιητικά'} είναι έτοιμο`,
    paragraphs: [
      `Γεια σας ${name},`,
      `Το ZIP με ${count} ${count === 1 ? 'πιστοποιητικό' : 'πιστοποιητικά'} που ζητήσατε στο Campus είναι έτοιμο. Κατεβάστε το από τη σελίδα πιστοποιητικών του οργανισμού σας (απαιτείται σύνδεση):`,
      link,
      `Θα είναι διαθέσιμο για ${days} ημέρες.`,
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
    subject: `Job shadowing του/της ${participantName} στο ${hostName}: η σελίδα σας ως μέντορα`,
    paragraphs: [
      `Γεια σας ${mentorName},`,
      `Ο οργανισμός ${sendingOrganisation} σας όρισε μέντορα υποδοχής του/της ${participantName}, στο ${hostName} από ${startDate} έως ${endDate}. Δεν χρειάζεστε λογαριασμό: αυτός ο σύνδεσμος ανοίγει τη σελίδα σας ως μέντορα, όπου επιβεβαιώνετε τη συμφωνία μάθησης, διαβάζετε και επιβεβαιώνετε το ημερολόγιο και, στο τέλος, αξιολογείτε τα μαθησιακά αποτελέσματα:`,
      link,
      `Ο σύνδεσμος είναι προσωπικός και ισχύει έως ${expiresOn}. Παρακαλούμε μην τον προωθήσετε.`,
    ],
  }),
  'mentor-digest': ({ mentorName, participantName, pendingCount, link }) => ({
    subject: `Ημερολόγιο του/της ${participantName}: ${pendingCount} ${pendingCount === 1 ? 'καταχώριση περιμένει' : 'καταχωρίσεις περιμένουν'} εσάς`,
    paragraphs: [
      `Γεια σας ${mentorName},`,
      `Ο/Η ${participantName} έγραψε ${pendingCount} ${pendingCount === 1 ? 'καταχώριση' : 'καταχωρίσεις'} στο ημερολόγιο που ${pendingCount === 1 ? 'περιμένει' : 'περιμένουν'} την επιβεβαίωση ή το σχόλιό σας. Ανοίξτε τη σελίδα σας εδώ:`,
      link,
      'Ο σύνδεσμος είναι προσωπικός. Παρακαλούμε μην τον προωθήσετε.',
    ],
  }),
  'logbook-reminder': ({ name, date, link }) => ({
    subject: `Λείπει η καταχώριση της ${date} από το ημερολόγιό σας`,
    paragraphs: [
      `Γεια σας ${name},`,
      `Το ημερολόγιο της κινητικότητάς σας δεν έχει ακόμη καταχώριση για την ${date}. Αρκούν λίγες γραμμές όσο θυμάστε ακόμη τη μέρα: τι κάνατε, πόσες ώρες και τι μάθατε.`,
      link,
    ],
  }),
  'agreement-pending': ({ name, participantName, startDate, link }) => ({
    subject: `Η συμφωνία μάθησης του/της ${participantName} δεν έχει ακόμη συμφωνηθεί`,
    paragraphs: [
      `Γεια σας ${name},`,
      `Ο/Η ${participantName} αναχωρεί στις ${startDate}, αλλά η συμφωνία μάθησης δεν έχει ακόμη επιβεβαιωθεί από τον συμμετέχοντα, το σχολείο αποστολής και τον μέντορα υποδοχής. Δείτε ποιος πρέπει ακόμη να την επιβεβαιώσει:`,
      link,
    ],
  }),
  'mobility-credential-issued': ({ name, hostName, link, verifyLink }) => ({
    subject: `Το πιστοποιητικό κινητικότητάς σας στο ${hostName}`,
    paragraphs: [
      `Γεια σας ${name},`,
      `Η κινητικότητά σας στο ${hostName} επικυρώθηκε και το πιστοποιητικό σας είναι έτοιμο. Κατεβάστε το εδώ:`,
      link,
      'Οποιοσδήποτε μπορεί να ελέγξει ότι είναι γνήσιο σε αυτή τη διεύθυνση:',
      verifyLink,
    ],
  }),
  'assessment-invitation': ({ organisationName, roundTitle, link, closesOn }) => ({
    subject: `${organisationName} ζητά τη γνώμη σας: ${roundTitle}`,
    paragraphs: [
      'Γεια σας,',
      `${organisationName} (${roundTitle}) αξιολογεί τη διεθνή της δράση και ζητά τη γνώμη σας. Η συμπλήρωση διαρκεί περίπου δεκαπέντε λεπτά. Οι απαντήσεις είναι ανώνυμες: το σχολείο βλέπει μόνο σύνολα ομάδων αρκετά μεγάλων ώστε να μη φαίνεται κανένα πρόσωπο.`,
      link,
      closesOn
        ? `Παρακαλούμε απαντήστε έως ${closesOn}.`
        : 'Παρακαλούμε απαντήστε όσο ο γύρος είναι ανοιχτός.',
      'Ο σύνδεσμος είναι προσωπικός και λειτουργεί μία φορά. Μην τον προωθήσετε.',
    ],
  }),
  'roadmap-action-due': ({ name, actionTitle, objectiveTitle, roadmapTitle, dueOn, link }) => ({
    subject: `Προθεσμία ${dueOn}: ${actionTitle}`,
    paragraphs: [
      `Γεια σας ${name},`,
      `Η δράση «${actionTitle}» του στόχου «${objectiveTitle}» στο ${roadmapTitle} είναι δική σας και λήγει στις ${dueOn}. Ενημερώστε εδώ την κατάσταση ή τις σημειώσεις:`,
      link,
    ],
  }),
};
