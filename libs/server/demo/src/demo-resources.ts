import type { Locale, ResourceAudience, ResourceKind, ResourceLicence } from '@campus/contracts';

/**
 * The demo library (issue 11): resources written for this demo, in the eight languages, by the
 * demo schools and published by the demo admin. Topics are the shipped framework's area topics,
 * so a roadmap's recommendations find them. Documents and templates carry their text as the
 * version's markdown body (the demo has no uploaded files).
 */
export interface DemoResource {
  organisationName: string;
  authorEmail: string;
  kind: ResourceKind;
  locale: Locale;
  licence: ResourceLicence;
  topics: string[];
  audiences: ResourceAudience[];
  /** A link's address. */
  url?: string;
  title: string;
  summary: string;
  body: string;
  /** Published this many days ago. */
  daysAgo: number;
  /**
   * The resource has an earlier version: the same text without its last `## ` section, published
   * `daysAgo` days ago and superseded by the current one, whose change note says what was added.
   */
  previous?: { daysAgo: number; changeNote: string };
}

const DEMO = 'Demo VET School';
const PARTNER = 'Partner VET School';

export const DEMO_RESOURCES: DemoResource[] = [
  {
    organisationName: DEMO,
    authorEmail: 'trainer@demo.campus',
    kind: 'template',
    locale: 'en',
    licence: 'CC-BY-4.0',
    topics: ['mobility', 'staff development'],
    audiences: ['international_coordinators', 'teachers', 'administrative_staff'],
    title: 'Learning agreement template for staff job shadowing',
    summary:
      'A ready-to-fill agreement between a staff member, the sending school and the host for a job-shadowing period abroad, with a section for sharing what was learned.',
    body: `Use this template when a teacher, trainer or staff member spends one to two weeks observing colleagues at a partner school or company. Fill it in together with the participant and send it to the host at least three weeks before departure. Each party keeps a signed copy.

## 1. The participant and the organisations
- Participant: name, role, subjects or department, languages spoken
- Sending school: name, address, contact person in the International Office
- Host organisation: name, address, department, mentor and the mentor's e-mail

## 2. Dates and format
- First and last day of activity, travel days
- Working hours and the days of the week on which the participant shadows

## 3. Why this job shadowing
Two or three sentences linking the visit to our school's internationalisation plan, for example: "to learn how the host assesses apprentices in the workplace".

## 4. Learning outcomes
List three to five outcomes, each starting with a verb: "describe how…", "use…", "compare…". For each, write how the mentor will confirm it (observation, a short talk, a product).

## 5. Programme
A day-by-day outline agreed with the host: lessons or workshops observed, meetings, a visit to a partner company.

## 6. Responsibilities
- The participant keeps a short daily log and respects the host's rules.
- The host names a mentor and gives access to lessons and meetings.
- The sending school arranges travel, insurance and the grant.

## 7. After the return
Within a month the participant presents what they learned to colleagues (a staff meeting, a short article or a workshop) and writes a one-page report for the International Office. Name the date and the audience here.`,
    daysAgo: 12,
    previous: {
      daysAgo: 80,
      changeNote: 'Added section 7: sharing what was learned after the return, with a date and audience.',
    },
  },
  {
    organisationName: DEMO,
    authorEmail: 'manager@demo.campus',
    kind: 'document',
    locale: 'en',
    licence: 'CC-BY-4.0',
    topics: ['international office', 'internationalisation strategy'],
    audiences: ['international_coordinators', 'school_leaders'],
    title: 'Checklist: the first 100 days of an International Office',
    summary:
      'What a newly appointed international coordinator can do in the first three months, from taking stock to a first plan approved by the school leadership.',
    body: `A new International Office often starts with one person, a few hours a week and a drawer of old project files. This checklist, based on our own first year, orders the work so that the essentials are in place by day 100.

## Days 1-30: take stock
- Collect every partnership agreement, running grant agreement and project report from the last five years.
- List who in the school already travels, hosts visitors or teaches in another language.
- Find out which deadlines are coming: reports, applications, mobility periods already promised.
- Agree with the principal how many hours you have and who stands in for you.

## Days 31-60: set up the basics
- Create one shared folder with a fixed structure: partners, projects, mobilities, templates.
- Write down the three procedures you will repeat most often: selecting participants, preparing departures, collecting evidence afterwards.
- Introduce yourself at a staff meeting and tell colleagues how to reach you.
- Contact your main partners; confirm who their contact person is now.

## Days 61-100: look ahead
- Run a short self-assessment with leaders, teachers and administrative staff to see where the school stands.
- Draft a one-page plan: two or three priorities for the coming year, each with one measurable target.
- Present the plan to the leadership and ask for its approval and a budget line.
- Put the dates of the next year's mobility periods in the school calendar.

## Keep it going
Book a monthly half hour with the principal to review progress, and keep a simple log of decisions so the next coordinator does not start from an empty drawer.`,
    daysAgo: 30,
    previous: {
      daysAgo: 150,
      changeNote: 'Added "Keep it going": a monthly review with the principal and a decision log.',
    },
  },
  {
    organisationName: DEMO,
    authorEmail: 'manager@demo.campus',
    kind: 'tutorial',
    locale: 'en',
    licence: 'CC-BY-SA-4.0',
    topics: ['internationalisation strategy'],
    audiences: ['school_leaders', 'international_coordinators'],
    title: 'Writing an internationalisation strategy your staff will actually use',
    summary:
      'A short method for turning self-assessment results into a strategy of two pages that teachers recognise and leaders can follow up.',
    body: `Many schools own a long internationalisation strategy that nobody reads. A useful strategy is short, built on evidence and owned by the people who carry it out.

## Start from evidence
Run a self-assessment round with leaders, teachers, administrative staff and learners. Look at the two or three weakest areas and at the areas where the groups disagree most: a large gap between leaders and teachers is a message in itself.

## Write the why in one paragraph
Explain what internationalisation should change for your learners, in the language of your programmes: better placements, stronger language skills, skills that local employers ask for. Avoid general phrases about "global citizens".

## Choose few objectives
Pick at most three objectives for the next three years. For each one, write:
- the indicator (for example the area score in the next round, or the share of learners with a period abroad),
- the baseline today and the target,
- who is responsible.

## Turn objectives into actions
Each objective gets two to four concrete actions with an owner and a date. "Train staff" is not an action; "two teachers per department attend the assessment workshop in March" is.

## Make it visible
Present the strategy at a staff meeting, publish a one-page summary on the school website and review progress every term. Repeat the self-assessment after one or two years and adjust.`,
    daysAgo: 45,
  },
  {
    organisationName: DEMO,
    authorEmail: 'trainer@demo.campus',
    kind: 'tutorial',
    locale: 'en',
    licence: 'CC-BY-4.0',
    topics: ['curriculum', 'inclusion'],
    audiences: ['teachers'],
    title: 'Running a virtual exchange with a partner class',
    summary:
      'How two vocational classes in different countries can work on a shared task online over four to six weeks, so that learners who do not travel also gain international experience.',
    body: `A virtual exchange brings the partner school into your classroom. It costs little, includes every learner and prepares the ground for later mobility.

## Pick a shared vocational task
Choose something both classes already have in their programme: planning a menu for a guest from the other country, comparing safety rules in a workshop, designing a simple product. The task should need input from both sides.

## Agree the frame with the partner teacher
- Four to six weeks, one or two lessons a week.
- A common language (often English) and how much support learners get with it.
- One tool for video calls and one shared space for documents.
- Mixed teams of three to five learners, with members from both schools.

## Plan three meetings
1. **Get to know each other**: short videos of the learners' school and workplace.
2. **Work together**: teams divide the task and exchange drafts.
3. **Present the result**: each team shows its product; learners from the other school give feedback.

## Assess and recognise
Agree two or three learning outcomes in advance, for example "explains a work procedure to a foreign colleague". Assess them with a simple rubric shared by both teachers and record the exchange in the learner's portfolio.

## Reflect
End with a short reflection: what surprised the learners, what they would do differently, and who would like to go on a mobility next year.`,
    daysAgo: 20,
  },
  {
    organisationName: DEMO,
    authorEmail: 'manager@demo.campus',
    kind: 'link',
    locale: 'en',
    licence: 'CC-BY-4.0',
    topics: ['mobility', 'partnerships', 'internationalisation strategy'],
    audiences: ['international_coordinators', 'school_leaders'],
    url: 'https://erasmus-plus.ec.europa.eu/programme-guide',
    title: 'Erasmus+ Programme Guide (European Commission)',
    summary:
      "The European Commission's official guide to Erasmus+: who can apply, the actions for vocational education, funding rules and deadlines.",
    body: `The Programme Guide is the reference document for every Erasmus+ application and report. It is updated each year, so always check that you read the edition for the call you are applying to.

## Where to start as a VET school
- **Part A** explains the programme's priorities, including inclusion and diversity, digital transformation and environmental sustainability.
- **Part B** describes the actions. For vocational schools the most relevant are the learning mobility projects in vocational education and training, the Erasmus accreditation and the cooperation partnerships.
- **Part C** covers the practical side: how to apply, deadlines and the rules on funding.

## How we use it
Before writing an application we read the section on our action together with the award criteria, and we note the budget categories we will need (organisational support, travel, individual support, inclusion support). When a colleague asks "is this allowed?", the answer is usually in Part B or in the annexes.

## Tips
- Download the PDF of the current year and keep it in the project folder, so the whole team works from the same edition.
- The national agency of your country publishes its own guidance and runs information days: combine both sources.`,
    daysAgo: 60,
  },
  {
    organisationName: DEMO,
    authorEmail: 'trainer@demo.campus',
    kind: 'link',
    locale: 'en',
    licence: 'CC-BY-4.0',
    topics: ['recognition', 'mobility'],
    audiences: ['learners', 'teachers', 'international_coordinators'],
    url: 'https://europass.europa.eu',
    title: 'Europass: describe and document skills across Europe',
    summary:
      "The European Union's Europass portal, where learners build a CV and a skills profile and where schools find the Europass Mobility document.",
    body: `Europass is a free set of online tools from the European Union that helps people present their skills and qualifications in a way that is understood across Europe.

## For learners
- Create a Europass profile and CV in any EU language and keep it up to date after each mobility.
- Store certificates and the Europass Mobility document in the personal library.
- Search for learning and job opportunities in other countries.

## For the International Office
The Europass Mobility document records the knowledge and skills a learner or staff member gained during a period abroad. The sending school and the host fill it in together, ideally using the learning outcomes of the learning agreement, so that the document matches what was assessed.

## How we use it at our school
At the preparation meeting every participant opens a Europass profile. After the mobility, the class teacher helps them add the experience to their CV and upload the Europass Mobility document. Employers at our placement companies tell us that a concrete description of tasks done abroad is more useful than a general certificate of attendance.

## Good to know
Europass also describes qualifications through certificate supplements and offers digital credentials that can be checked online.`,
    daysAgo: 55,
  },
  {
    organisationName: DEMO,
    authorEmail: 'trainer@demo.campus',
    kind: 'tutorial',
    locale: 'en',
    licence: 'CC-BY-4.0',
    topics: ['mobility', 'inclusion'],
    audiences: ['teachers', 'learners', 'international_coordinators'],
    title: 'Pre-departure session for learners: a one-hour plan',
    summary:
      'A tested outline for the last preparation meeting before a group of learners leaves for a placement abroad, covering practical matters, safety and learning goals.',
    body: `The last meeting before departure decides how calm the first days abroad will be. This plan fits into one hour; invite parents of minors to the second half.

## 0-10 minutes: the journey
Walk through the travel plan step by step: meeting point, tickets, luggage rules, who travels with the group and what to do if a connection is missed. Hand out a printed card with addresses and phone numbers.

## 10-25 minutes: the placement
Show photos of the host company and the accommodation. Explain working hours, clothing, safety equipment and how to address the mentor. Remind learners that they are guests and colleagues at the same time.

## 25-40 minutes: learning goals
Go back to each learner's learning agreement. Ask them to name, in their own words, the two outcomes they most want to reach, and show them how to keep the short daily log their mentor will confirm.

## 40-50 minutes: health, money and safety
- European Health Insurance Card, travel insurance, medicines.
- How the grant is paid and a simple weekly budget.
- The emergency plan: who to call, day and night, and when.

## 50-60 minutes: questions
Leave time for questions from learners and parents. Note the questions you could not answer and reply in writing within two days.`,
    daysAgo: 8,
  },
  {
    organisationName: DEMO,
    authorEmail: 'manager@demo.campus',
    kind: 'tutorial',
    locale: 'it',
    licence: 'CC-BY-4.0',
    topics: ['internationalisation strategy', 'mobility'],
    audiences: ['international_coordinators', 'school_leaders'],
    title: "Preparare la candidatura per l'accreditamento Erasmus: una guida passo per passo",
    summary:
      "Come una scuola professionale può organizzare il lavoro sulla candidatura all'accreditamento Erasmus, dal gruppo di lavoro al Piano Erasmus.",
    body: `L'accreditamento Erasmus permette a una scuola di ottenere finanziamenti per la mobilità ogni anno senza ripresentare un progetto completo. In cambio chiede una visione chiara e un piano credibile. Questa è la sequenza di lavoro che abbiamo seguito.

## 1. Formare il gruppo di lavoro
Servono almeno tre persone: chi coordina le relazioni internazionali, un membro della dirigenza e un docente di indirizzo. Fissate un calendario di incontri settimanali per due mesi.

## 2. Partire dall'autovalutazione
Raccogliete i dati sulle mobilità degli ultimi anni e svolgete un'autovalutazione con dirigenti, docenti, personale amministrativo e studenti. Le aree più deboli diventano i candidati naturali per gli obiettivi.

## 3. Scrivere gli obiettivi del Piano Erasmus
Ogni obiettivo deve rispondere a un bisogno concreto della scuola ed essere misurabile. Per esempio: "entro tre anni, il 15% degli studenti del quarto anno svolge un tirocinio all'estero con risultati riconosciuti nella qualifica".

## 4. Stimare le attività
Indicate, anno per anno, quanti studenti e membri del personale partiranno e per quali attività: tirocini brevi e lunghi, job shadowing, corsi di formazione.

## 5. Descrivere la gestione
Spiegate chi fa cosa, come selezionate i partecipanti in modo equo, come li preparate e come riconoscete l'apprendimento. Citate le procedure già scritte.

## 6. Rileggere con occhi esterni
Chiedete a un collega che non ha partecipato di leggere la candidatura: se non capisce perché la scuola fa queste scelte, non le capirà neppure il valutatore.`,
    daysAgo: 25,
  },
  {
    organisationName: PARTNER,
    authorEmail: 'manager@partner.campus',
    kind: 'document',
    locale: 'fi',
    licence: 'CC-BY-4.0',
    topics: ['partnerships', 'international office'],
    audiences: ['international_coordinators', 'teachers', 'administrative_staff'],
    title: 'Opas vierailevan henkilöstön vastaanottamiseen',
    summary:
      'Käytännön opas siihen, miten oppilaitos valmistautuu ulkomaisten kollegoiden työvarjostusvierailuun ja tekee siitä hyödyllisen molemmille osapuolille.',
    body: `Kumppanioppilaitoksista saapuvat opettajat ja kouluttajat tuovat mukanaan uusia ideoita. Hyvin järjestetty vierailu vahvistaa kumppanuutta ja antaa myös omalle henkilöstöllemme mahdollisuuden kansainväliseen kokemukseen ilman matkustamista.

## Ennen vierailua
- Sovi vierailijan kanssa tavoitteet ja päivät vähintään kuukautta etukäteen.
- Nimeä jokaiselle vierailijalle oma yhdyshenkilö, joka puhuu yhteistä kieltä.
- Laadi viikko-ohjelma: oppitunteja, työpajoja ja vierailu työpaikalla, jossa opiskelijamme ovat työssäoppimassa.
- Kerro henkilöstölle vierailusta ja kysy, kuka haluaa ottaa vieraan tunneilleen.

## Vierailun aikana
- Ensimmäisenä päivänä: esittely oppilaitoksesta, turvallisuusohjeet, kulkuluvat ja verkkoyhteydet.
- Varaa joka päivä lyhyt hetki keskustelulle: mitä vierailija on nähnyt ja mitä hän haluaisi vielä nähdä.
- Pyydä vierailijaa pitämään yksi oppitunti tai lyhyt esitys omasta oppilaitoksestaan.

## Vierailun jälkeen
- Allekirjoita vierailijan läsnäolotodistus ja tarvittaessa Europass-liikkuvuustodistus.
- Kerää palaute sekä vierailijalta että omalta henkilöstöltä.
- Kirjaa sovitut jatkotoimet, esimerkiksi yhteinen virtuaalivaihto tai opiskelijaliikkuvuus seuraavana vuonna.

## Muistilista
Vierailijalle kannattaa antaa kirjallinen tietopaketti: osoitteet, yhteyshenkilöiden puhelinnumerot, ruokailu, julkinen liikenne ja toimintaohjeet hätätilanteessa.`,
    daysAgo: 33,
  },
  {
    organisationName: DEMO,
    authorEmail: 'manager@demo.campus',
    kind: 'template',
    locale: 'pt',
    licence: 'CC-BY-4.0',
    topics: ['partnerships'],
    audiences: ['international_coordinators', 'school_leaders'],
    title: 'Modelo de memorando de entendimento para parcerias internacionais',
    summary:
      'Um modelo de memorando de entendimento entre duas escolas profissionais que querem organizar mobilidades em conjunto, com as secções essenciais e exemplos de redação.',
    body: `Um memorando de entendimento não é um contrato de financiamento: é um acordo escrito entre parceiros que diz o que cada um faz e como se reconhecem os resultados. Adaptem as secções abaixo à vossa parceria e revejam-nas em conjunto a cada dois anos.

## 1. As partes
Nome, morada, número de identificação e pessoa de contacto de cada escola ou empresa.

## 2. Objetivo da parceria
Uma ou duas frases. Exemplo: "Organizar estágios de aprendizagem de duas a quatro semanas para alunos dos cursos de restauração e mecatrónica."

## 3. Atividades previstas
- Mobilidade de alunos (número aproximado por ano e duração)
- Job shadowing e missões de ensino do pessoal
- Projetos comuns, incluindo intercâmbios virtuais

## 4. Responsabilidades da escola de envio
Seleção e preparação dos participantes, seguros, viagens, acompanhamento à distância.

## 5. Responsabilidades da organização de acolhimento
Tutor designado, programa de trabalho, avaliação dos resultados de aprendizagem acordados, apoio em caso de emergência.

## 6. Resultados de aprendizagem e reconhecimento
Os parceiros descrevem os resultados esperados em unidades da qualificação, avaliam-nos com critérios comuns e a escola de envio reconhece-os no percurso do aluno.

## 7. Qualidade e inclusão
Compromisso com a igualdade de oportunidades e com apoio adicional a participantes com menos oportunidades.

## 8. Duração, revisão e assinaturas
Data de início, duração (por exemplo três anos), forma de cessação e assinaturas dos representantes legais.`,
    daysAgo: 40,
  },
  {
    organisationName: DEMO,
    authorEmail: 'trainer@demo.campus',
    kind: 'tutorial',
    locale: 'el',
    licence: 'CC-BY-4.0',
    topics: ['recognition'],
    audiences: ['teachers', 'international_coordinators'],
    title: 'Αναγνώριση μαθησιακών αποτελεσμάτων με ενότητες τύπου ECVET',
    summary:
      'Πώς μια επαγγελματική σχολή περιγράφει την κινητικότητα σε ενότητες μαθησιακών αποτελεσμάτων, ώστε όσα μαθαίνει ο εκπαιδευόμενος στο εξωτερικό να αναγνωρίζονται στον τίτλο σπουδών του.',
    body: `Η κινητικότητα έχει αξία για τον εκπαιδευόμενο όταν όσα μαθαίνει στο εξωτερικό προσμετρώνται στις σπουδές του. Η λογική των ενοτήτων, όπως την εισήγαγε το ECVET, βοηθά σε αυτό.

## Βήμα 1: Επιλέξτε μια ενότητα
Από το πρόγραμμα σπουδών επιλέξτε μια ενότητα που μπορεί να διδαχθεί και να αξιολογηθεί στον φορέα υποδοχής, για παράδειγμα «Προετοιμασία κρύων πιάτων» σε ένα πρόγραμμα μαγειρικής.

## Βήμα 2: Γράψτε τα μαθησιακά αποτελέσματα
Περιγράψτε γνώσεις, δεξιότητες και βαθμό αυτονομίας με ρήματα που παρατηρούνται: «οργανώνει», «εφαρμόζει», «ελέγχει». Αποφύγετε γενικές διατυπώσεις όπως «γνωρίζει».

## Βήμα 3: Συμφωνήστε με τον εταίρο
Στη συμφωνία μάθησης αναφέρονται η ενότητα, τα αποτελέσματα, οι δραστηριότητες στον χώρο εργασίας και ο τρόπος αξιολόγησης. Ο μέντορας του φορέα υποδοχής πρέπει να κατανοεί τα κριτήρια.

## Βήμα 4: Αξιολόγηση στο εξωτερικό
Ο μέντορας αξιολογεί με βάση τα συμφωνημένα κριτήρια και καταγράφει τα αποτελέσματα, ιδανικά με σύντομα σχόλια για κάθε αποτέλεσμα.

## Βήμα 5: Επικύρωση και αναγνώριση
Με την επιστροφή, ο υπεύθυνος εκπαιδευτικός εξετάζει την αξιολόγηση, την επικυρώνει και καταχωρίζει την ενότητα ως ολοκληρωμένη. Το Europass Κινητικότητας συμπληρώνει την εικόνα για μελλοντικούς εργοδότες.

## Συχνό λάθος
Μην ζητάτε από τον εκπαιδευόμενο να επαναλάβει την ίδια ενότητα μετά την επιστροφή του: αυτό ακυρώνει την αξία της κινητικότητας και αποθαρρύνει τους επόμενους.`,
    daysAgo: 18,
  },
  {
    organisationName: DEMO,
    authorEmail: 'trainer@demo.campus',
    kind: 'template',
    locale: 'de',
    licence: 'CC-BY-4.0',
    topics: ['dissemination'],
    audiences: ['international_coordinators', 'teachers'],
    title: 'Vorlage: Verbreitungsplan für ein Erasmus-Projekt',
    summary:
      'Eine Vorlage, mit der eine berufsbildende Schule plant, wem sie die Ergebnisse ihrer Auslandsaufenthalte wann und auf welchem Weg zeigt.',
    body: `Verbreitung heißt: Die Ergebnisse eines Projekts erreichen Menschen, die davon profitieren können, auch über das Projektteam hinaus. Füllen Sie die Vorlage zu Beginn des Projekts aus und überprüfen Sie sie jedes Halbjahr.

## 1. Was wollen wir zeigen?
Die zwei bis drei wichtigsten Ergebnisse, zum Beispiel neue Lernmaterialien, anerkannte Lernergebnisse der Teilnehmenden oder eine neue Partnerschaft mit einem Betrieb im Ausland.

## 2. Zielgruppen
| Zielgruppe | Was sie wissen sollen | Kanal | Wer | Wann |
|---|---|---|---|---|
| Lernende und Eltern | Wie man teilnimmt | Elternabend, Website | Klassenleitung | Oktober |
| Kollegium | Was die Teilnehmenden gelernt haben | Konferenz, Kurzbericht | Rückkehrende | nach jeder Mobilität |
| Ausbildungsbetriebe | Nutzen für die Ausbildung | Betriebsbesuch, Newsletter | International Office | zweimal im Jahr |
| Schulträger und Kommune | Wirkung für die Region | Pressemitteilung | Schulleitung | Projektende |

## 3. Botschaften
Formulieren Sie für jede Zielgruppe einen Satz in einfacher Sprache. Beispiel: "Drei Wochen in einer Werkstatt in Valencia haben unseren Auszubildenden gezeigt, wie man im Team in einer Fremdsprache arbeitet."

## 4. Materialien
Fotos (mit Einverständniserklärung), kurze Erfahrungsberichte der Teilnehmenden, eine Präsentation für Konferenzen.

## 5. Erfolg messen
Legen Sie pro Kanal eine einfache Zahl fest: Teilnehmende am Elternabend, Aufrufe des Beitrags, Anfragen von Betrieben.`,
    daysAgo: 15,
    previous: {
      daysAgo: 90,
      changeNote: 'Abschnitt 5 ergänzt: pro Kanal eine Kennzahl, um den Erfolg der Verbreitung zu messen.',
    },
  },
  {
    organisationName: DEMO,
    authorEmail: 'manager@demo.campus',
    kind: 'document',
    locale: 'es',
    licence: 'CC-BY-4.0',
    topics: ['mobility'],
    audiences: ['learners', 'international_coordinators', 'teachers'],
    title: 'Guía de viaje sostenible para las movilidades',
    summary:
      'Consejos prácticos para que alumnado y personal viajen a sus prácticas en el extranjero con menos emisiones, y cómo tenerlo en cuenta en el presupuesto.',
    body: `Los viajes suelen ser la mayor fuente de emisiones de un proyecto de movilidad. Con algo de planificación, muchos trayectos dentro de Europa pueden hacerse en tren o autobús sin perder días de aprendizaje.

## Antes de reservar
- Compara siempre la opción en tren o autobús con el avión, teniendo en cuenta el tiempo total de puerta a puerta.
- Para trayectos de menos de 700 km, el tren suele ser igual de rápido.
- Consulta si el programa ofrece una ayuda mayor para el viaje sostenible y días adicionales de viaje.

## Durante el viaje
- Viaja en grupo: es más barato, más seguro y convierte el trayecto en parte de la experiencia.
- Lleva una botella reutilizable y comida preparada para evitar envases.
- Aprovecha las horas de tren para preparar el diario de aprendizaje o repasar vocabulario.

## En el destino
- Usa el transporte público o la bicicleta para ir al lugar de prácticas.
- Pregunta a la empresa de acogida por sus medidas ambientales: es también una forma de aprender.

## Para el centro
- Incluye la opción de viaje sostenible en la convocatoria y en la reunión de preparación.
- Registra el medio de transporte de cada participante para conocer la huella del centro y reducirla cada año.
- Reconoce a los grupos que eligen el tren en la difusión del proyecto.`,
    daysAgo: 22,
  },
  {
    organisationName: PARTNER,
    authorEmail: 'manager@partner.campus',
    kind: 'document',
    locale: 'sv',
    licence: 'CC-BY-4.0',
    topics: ['inclusion', 'mobility'],
    audiences: ['international_coordinators', 'teachers', 'school_leaders'],
    title: 'Stöd till deltagare med begränsade möjligheter',
    summary:
      'En kort promemoria om hur skolan kan göra utlandsvistelser möjliga för elever som annars inte skulle söka, och vilket stöd som fungerar.',
    body: `Elever med funktionsnedsättning, ekonomiska svårigheter, en annan bakgrund eller låg självkänsla söker sällan en praktikperiod utomlands av sig själva. Det är inte brist på intresse utan på trygghet. Skolan kan ändra det.

## Nå eleverna
- Berätta om möjligheten i klassrummet, inte bara via e-post och webbplatsen.
- Låt tidigare deltagare med liknande bakgrund berätta om sina erfarenheter.
- Ta kontakt med elevhälsan och studie- och yrkesvägledaren, som känner eleverna.

## Anpassa formatet
- Kortare perioder, två veckor i stället för fyra, är ett bra första steg.
- En medföljande lärare eller handledare under hela eller delar av vistelsen skapar trygghet.
- Resa i grupp och bo tillsammans med andra deltagare.

## Ekonomiskt stöd
Programmet ger extra stöd för deltagare med begränsade möjligheter, till exempel för medföljande personer eller särskilda behov. Planera detta redan i ansökan och förklara för eleven och familjen att resan inte ska kosta dem något.

## Förberedelse och uppföljning
Ge mer tid åt förberedelserna: besök arbetsplatsen på bild eller video, öva vardagliga situationer och gör en personlig plan för vem eleven kontaktar om något känns svårt. Efter hemkomsten: uppmärksamma elevens prestation inför klassen och i betyget.`,
    daysAgo: 27,
  },
];
