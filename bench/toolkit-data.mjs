// What `npm run bench:toolkit` seeds, apart from the SQL: the framework's shape (used only when the
// migrate step did not insert the shipped one), and the words the 20,000 library resources are
// written with in the eight languages, so that text search meets common and rare words alike.

/** The shipped framework's areas (shared-context of issue 11); statement keys are `<area>-<n>`. */
export const FRAMEWORK_SLUG = 'vet-internationalisation';
export const FRAMEWORK_AREAS = [
  ['strategy-leadership', 'internationalisation strategy', 'Strategy and leadership'],
  ['international-office', 'international office', 'The International Office'],
  ['staff-competences', 'staff development', 'Staff competences'],
  ['partnerships', 'partnerships', 'Partnerships'],
  ['mobility-management', 'mobility', 'Mobility management'],
  ['curriculum-integration', 'curriculum', 'Curriculum integration'],
  ['recognition', 'recognition', 'Recognition of learning outcomes'],
  ['inclusion', 'inclusion', 'Inclusion'],
  ['communication-dissemination', 'dissemination', 'Communication and dissemination'],
];
export const STATEMENTS_PER_AREA = 5;

/** Content of a framework version with the shipped one's structure, in English only. */
export function benchFrameworkContent() {
  return {
    sourceLocale: 'en',
    title: { en: 'Internationalisation of VET schools (benchmark copy)' },
    description: { en: 'The shipped framework was missing; this copy has its areas and statement keys.' },
    areas: FRAMEWORK_AREAS.map(([key, topic, title]) => ({
      key,
      title: { en: title },
      description: {},
      topic,
      statements: Array.from({ length: STATEMENTS_PER_AREA }, (_, i) => ({
        key: `${key}-${i + 1}`,
        text: { en: `${title}: statement ${i + 1} holds for our school.` },
      })),
    })),
  };
}

/** Course topics of the framework's areas: the library's topics. */
export const TOPICS = FRAMEWORK_AREAS.map(([, topic]) => topic);

/**
 * Each language's words, most frequent first (texts draw them with Zipf weights, so the first few
 * are in most of that language's resources and the last ones in few).
 */
export const WORDS = {
  en: `international office mobility partnership erasmus school vocational training learning agreement
    recognition outcomes staff teachers learners internship company placement strategy quality inclusion
    dissemination curriculum host partner europe application budget report guide template checklist
    planning evaluation language preparation certificate europass accreditation competences exchange
    networking mentor`,
  it: `internazionale ufficio mobilità partenariato erasmus scuola formazione professionale apprendimento
    accordo riconoscimento risultati personale docenti studenti tirocinio azienda strategia qualità
    inclusione disseminazione curricolo ospitante partner europa candidatura budget relazione guida
    modello pianificazione valutazione lingua preparazione certificato accreditamento competenze scambio
    tutor`,
  fi: `kansainvälinen toimisto liikkuvuus kumppanuus erasmus oppilaitos ammatillinen koulutus oppiminen
    sopimus tunnustaminen osaaminen henkilöstö opettajat opiskelijat harjoittelu yritys strategia laatu
    osallisuus levittäminen opetussuunnitelma vastaanottava kumppani eurooppa hakemus budjetti raportti
    opas malli suunnittelu arviointi kieli valmistautuminen todistus akkreditointi vaihto ohjaaja`,
  pt: `internacional gabinete mobilidade parceria erasmus escola profissional formação aprendizagem acordo
    reconhecimento resultados pessoal professores alunos estágio empresa estratégia qualidade inclusão
    disseminação currículo acolhimento parceiro europa candidatura orçamento relatório guia modelo
    planeamento avaliação língua preparação certificado acreditação competências intercâmbio tutor`,
  el: `διεθνές γραφείο κινητικότητα σύμπραξη erasmus σχολή επαγγελματική κατάρτιση μάθηση συμφωνία
    αναγνώριση αποτελέσματα προσωπικό εκπαιδευτικοί μαθητές πρακτική επιχείρηση στρατηγική ποιότητα
    ένταξη διάχυση πρόγραμμα υποδοχή εταίρος ευρώπη αίτηση προϋπολογισμός έκθεση οδηγός πρότυπο
    σχεδιασμός αξιολόγηση γλώσσα προετοιμασία πιστοποιητικό διαπίστευση δεξιότητες ανταλλαγή μέντορας`,
  de: `internationales büro mobilität partnerschaft erasmus berufsschule ausbildung berufliche lernen
    vereinbarung anerkennung lernergebnisse personal lehrkräfte auszubildende praktikum betrieb strategie
    qualität inklusion verbreitung lehrplan gastschule partner europa antrag budget bericht leitfaden
    vorlage planung bewertung sprache vorbereitung zertifikat akkreditierung kompetenzen austausch mentor`,
  es: `internacional oficina movilidad asociación erasmus centro formación profesional aprendizaje acuerdo
    reconocimiento resultados personal profesorado alumnado prácticas empresa estrategia calidad inclusión
    difusión currículo acogida socio europa solicitud presupuesto informe guía plantilla planificación
    evaluación idioma preparación certificado acreditación competencias intercambio tutor`,
  sv: `internationellt kontor mobilitet partnerskap erasmus yrkesskola utbildning yrkesutbildning lärande
    avtal erkännande läranderesultat personal lärare elever praktik företag strategi kvalitet inkludering
    spridning läroplan värdskola partner europa ansökan budget rapport guide mall planering utvärdering
    språk förberedelse intyg ackreditering kompetenser utbyte handledare`,
};
for (const locale of Object.keys(WORDS)) WORDS[locale] = WORDS[locale].split(/\s+/).filter(Boolean);

/** Host cities: one or two per resource, so a city name is a rare word across all languages. */
export const CITIES = `tampere valencia porto thessaloniki bologna stuttgart uppsala lisboa helsinki sevilla
  graz lyon gdansk brno tartu cork utrecht ghent ljubljana zagreb malmö oulu braga patras bilbao
  freiburg torino aarhus riga vilnius`.split(/\s+/);

/**
 * The library searches measured, a mix of what visitors type: common and rare words in several
 * languages, two-word phrases, word beginnings, and filters alone or with a text.
 */
export const SEARCHES = [
  { q: 'mobility' },
  { q: 'learning agreement' },
  { q: 'erasmus' },
  { q: 'erasmus', topic: 'mobility' },
  { q: 'tirocinio', locale: 'it' },
  { q: 'harjoittelu' },
  { q: 'reconocimiento', kind: 'template' },
  { q: 'valencia' },
  { q: 'qualität', locale: 'de' },
  { q: 'εκπαιδευτικοί' },
  { q: 'mall', locale: 'sv', kind: 'template' },
  { q: 'inclusion', audience: 'learners' },
  { q: 'partner' },
  { q: 'accred' },
  { q: 'estágio empresa' },
  { q: 'tampere', locale: 'fi' },
  { q: 'certificate europass' },
  { q: 'guide', kind: 'tutorial' },
  { topic: 'partnerships', audience: 'teachers' },
  { locale: 'pt' },
  { topic: 'recognition' },
  { kind: 'link', locale: 'en' },
  { q: 'budget', topic: 'international office' },
  { q: 'mentor', audience: 'company_trainers' },
];
