import type { FrameworkTexts } from './structure';

/** Svenska. */
export const SV: FrameworkTexts = {
  title: 'Internationalisering av yrkesskolor',
  description:
    'En självvärdering av hur långt en yrkesskola har byggt in internationalisering i sin strategi, organisation, undervisning och gemenskap, som en gemensam utgångspunkt för att planera nästa steg.',
  areas: {
    'strategy-leadership': {
      title: 'Strategi och ledning',
      description: 'Hur internationaliseringen är förankrad i skolans uppdrag, planer och ledningens beslut.',
    },
    'international-office': {
      title: 'Internationella kontoret och resurser',
      description:
        'Hur skolan organiserar arbetet på sitt internationella kontor och ger det personal och resurser.',
    },
    'staff-competences': {
      title: 'Personalens kompetens',
      description:
        'Hur skolan utvecklar de färdigheter som personalen behöver för att arbeta internationellt.',
    },
    partnerships: {
      title: 'Partnerskap',
      description:
        'Hur skolan bygger upp och vårdar pålitliga partnerskap med skolor och företag i andra länder.',
    },
    'mobility-management': {
      title: 'Hantering av mobilitet',
      description: 'Hur skolan förbereder, stöttar och följer upp elevers och personals mobilitet.',
    },
    'curriculum-integration': {
      title: 'Integrering i läroplanen',
      description:
        'Hur internationellt och interkulturellt lärande blir en del av undervisningen för alla elever.',
    },
    recognition: {
      title: 'Erkännande av läranderesultat',
      description: 'Hur lärande som skett utomlands beskrivs, bedöms och tillgodoräknas i elevens examen.',
    },
    inclusion: {
      title: 'Inkludering och mångfald',
      description:
        'Hur skolan öppnar de internationella möjligheterna för alla elever, även för dem med begränsade möjligheter.',
    },
    'communication-dissemination': {
      title: 'Kommunikation och spridning',
      description:
        'Hur skolan berättar om sin internationella verksamhet och dess resultat inom och utanför skolan.',
    },
  },
  statements: {
    'strategy-leadership-1':
      'Vår skola har en skriftlig strategi för internationalisering som är beslutad av skolledningen.',
    'strategy-leadership-2':
      'Våra mål för internationalisering ingår i skolans övergripande utvecklingsplan.',
    'strategy-leadership-3':
      'Vår skolledning följer upp internationaliseringen minst en gång om året och justerar planen.',
    'strategy-leadership-4': 'Vi avsätter en egen budget och arbetstid för internationella aktiviteter.',
    'strategy-leadership-5':
      'Vi frågar personal, elever och partnerföretag när vi sätter våra internationella mål.',
    'international-office-1':
      'Vår skola har en utsedd person eller ett team med ansvar för internationella aktiviteter.',
    'international-office-2':
      'Vårt internationella kontor har tillräckligt med arbetstid för att utföra sina uppgifter.',
    'international-office-3':
      'Det internationella kontorets uppgifter är nedskrivna och kända för all personal.',
    'international-office-4':
      'Vi har skriftliga rutiner och mallar för återkommande internationella uppgifter.',
    'international-office-5':
      'Vi dokumenterar det internationella kontorets kunskap så att arbetet fortsätter när någon slutar.',
    'staff-competences-1':
      'Vår personal har möjlighet att utveckla sina språkkunskaper och sin interkulturella kompetens.',
    'staff-competences-2':
      'Våra lärare och handledare deltar i jobbskuggning eller undervisningsuppdrag utomlands.',
    'staff-competences-3':
      'Vi kartlägger vilken fortbildning personalen behöver för internationellt arbete och planerar den.',
    'staff-competences-4':
      'Personal som kommer hem från en period utomlands delar med sig av vad de lärt sig till sina kollegor.',
    'staff-competences-5':
      'Vår administrativa personal är utbildad för att sköta mobilitetens praktiska delar.',
    'partnerships-1': 'Vi har ett stabilt nätverk av partnerskolor och partnerföretag utomlands.',
    'partnerships-2': 'Våra partnerskap bygger på skriftliga avtal som anger varje parts ansvar.',
    'partnerships-3': 'Vi utvärderar kvaliteten på våra partnerskap tillsammans med våra partner.',
    'partnerships-4': 'Lokala företag och arbetsgivare deltar i våra internationella projekt.',
    'partnerships-5': 'Vi tar emot elever och personal från våra partnerorganisationer utomlands.',
    'mobility-management-1':
      'Vi väljer ut deltagare genom ett rättvist och öppet förfarande som offentliggörs i förväg.',
    'mobility-management-2':
      'Våra deltagare får språklig, kulturell och praktisk förberedelse innan de reser.',
    'mobility-management-3':
      'Vi håller kontakt med deltagarna medan de är utomlands och har en plan för nödsituationer.',
    'mobility-management-4':
      'Vi samlar in återkoppling från varje deltagare efter mobiliteten och agerar utifrån den.',
    'mobility-management-5':
      'Vi kommer överens om lärandeavtalet med den mottagande organisationen innan deltagaren reser.',
    'curriculum-integration-1':
      'Våra utbildningsprogram har en period av lärande utomlands som ett planerat alternativ.',
    'curriculum-integration-2':
      'Våra lärare tar in internationella och interkulturella teman i sin undervisning.',
    'curriculum-integration-3':
      'Även elever som inte reser får internationella erfarenheter i skolan, till exempel genom virtuella utbyten.',
    'curriculum-integration-4': 'Vi använder främmande språk i undervisningen i yrkesämnen.',
    'curriculum-integration-5': 'Våra scheman och bedömningsplaner ger utrymme för perioder utomlands.',
    'recognition-1': 'Våra lärandeavtal beskriver de förväntade läranderesultaten som delar av examen.',
    'recognition-2':
      'Läranderesultat som uppnåtts utomlands bedöms enligt kriterier som överenskommits med den mottagande organisationen.',
    'recognition-3': 'Vi tillgodoräknar lärande som skett utomlands som en del av elevens examen.',
    'recognition-4':
      'Våra deltagare får dokument, till exempel Europass Mobilitet, som visar vad de har lärt sig.',
    'recognition-5': 'Våra lärare vet hur man bedömer och erkänner läranderesultaten från en mobilitet.',
    'inclusion-1': 'Vi uppmuntrar aktivt elever med begränsade möjligheter att delta i mobilitet.',
    'inclusion-2':
      'Vi erbjuder extra stöd, till exempel medföljande personer eller kortare vistelser, till deltagare som behöver det.',
    'inclusion-3':
      'Våra urvalskriterier utesluter inte elever av ekonomiska, sociala eller hälsomässiga skäl.',
    'inclusion-4':
      'Vi följer upp vilka som deltar i internationella aktiviteter och agerar när grupper saknas.',
    'inclusion-5':
      'Vi använder internationella aktiviteter för att stärka respekten för mångfald i hela skolan.',
    'communication-dissemination-1':
      'Vi informerar elever och deras familjer om internationella möjligheter i god tid och på ett tydligt sätt.',
    'communication-dissemination-2':
      'Vi delar resultaten av våra internationella projekt med personalen i hela skolan.',
    'communication-dissemination-3':
      'Vi presenterar vår internationella verksamhet på vår webbplats och i sociala medier.',
    'communication-dissemination-4': 'Vi delar våra resultat med företag, kommuner och andra skolor.',
    'communication-dissemination-5':
      'Vi har en kommunikationsplan för vart och ett av våra internationella projekt.',
  },
};
