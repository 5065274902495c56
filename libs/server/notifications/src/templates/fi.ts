import type { TemplateSet } from './index';
import { roleName, type RoleNames } from './roles';

/** Translative case: "kutsuu sinut … opiskelijaksi" (to become a learner of …). */
const ROLE: RoleNames = { learner: 'opiskelijaksi', trainer: 'kouluttajaksi', manager: 'pääkäyttäjäksi' };

export const fi: TemplateSet = {
  'verify-email': ({ name, link, expiresInHours }) => ({
    subject: 'Vahvista sähköpostiosoitteesi Campus-palveluun',
    paragraphs: [
      `Hei ${name},`,
      'Tervetuloa Campus-palveluun. Viimeistele tilisi luominen vahvistamalla sähköpostiosoitteesi:',
      link,
      `Linkki toimii kerran ja vanhenee ${expiresInHours} tunnin kuluttua. Jos et rekisteröitynyt, voit jättää tämän viestin huomiotta.`,
    ],
  }),
  'password-reset': ({ name, link, expiresInMinutes }) => ({
    subject: 'Vaihda Campus-salasanasi',
    paragraphs: [
      `Hei ${name},`,
      'Joku pyysi Campus-tilisi salasanan vaihtamista. Voit valita uuden salasanan avaamalla linkin:',
      link,
      `Linkki toimii kerran ja vanhenee ${expiresInMinutes} minuutin kuluttua. Jos pyyntö ei ollut sinun, jätä tämä viesti huomiotta: salasanasi pysyy ennallaan.`,
    ],
  }),
  invitation: ({ organisationName, inviterName, role, link, expiresInDays }) => ({
    subject: `Kutsu Campus-palveluun: ${organisationName}`,
    paragraphs: [
      'Hei,',
      `${inviterName} kutsuu sinut Campus-palveluun organisaation ${organisationName} ${roleName(ROLE, role)}.`,
      'Hyväksy kutsu avaamalla tämä linkki ja asettamalla salasana:',
      link,
      `Kutsu vanhenee ${expiresInDays} päivän kuluttua.`,
    ],
  }),
  'password-changed': ({ name }) => ({
    subject: 'Campus-salasanasi on vaihdettu',
    paragraphs: [
      `Hei ${name},`,
      'Campus-tilisi salasana vaihdettiin juuri, ja sinut kirjattiin ulos muilla laitteillasi.',
      'Jos et tehnyt tätä itse, vaihda salasanasi heti ja ilmoita asiasta organisaatiollesi.',
    ],
  }),
  'account-exists': ({ name, signInLink, resetLink }) => ({
    subject: 'Sinulla on jo Campus-tili',
    paragraphs: [
      `Hei ${name},`,
      'Joku yritti rekisteröidä uuden Campus-tilin tällä sähköpostiosoitteella, mutta sinulla on jo tili. Kirjaudu sisään tästä:',
      signInLink,
      'Unohditko salasanasi? Valitse uusi tästä:',
      resetLink,
      'Jos et tehnyt tätä itse, jätä tämä viesti huomiotta: mitään ei ole muutettu.',
    ],
  }),
  'password-reset-no-account': ({ registerLink }) => ({
    subject: 'Campus-salasanan vaihtopyyntö',
    paragraphs: [
      'Hei,',
      'joku pyysi vaihtamaan tämän sähköpostiosoitteen Campus-tilin salasanan, mutta mikään Campus-tili ei käytä tätä osoitetta. Jos se olit sinä, olet ehkä rekisteröitynyt toisella osoitteella, tai voit luoda tilin täällä:',
      registerLink,
      'Jos se et ollut sinä, voit jättää tämän viestin huomiotta.',
    ],
  }),
  'course-enrolled': ({ name, courseTitle, organisationName, link }) => ({
    subject: `Sinut on ilmoitettu kurssille ”${courseTitle}”`,
    paragraphs: [
      `Hei ${name},`,
      `${organisationName} on ilmoittanut sinut Campusin kurssille ”${courseTitle}”. Voit aloittaa milloin haluat:`,
      link,
      'Voit seurata edistymistäsi Campusissa milloin tahansa.',
    ],
  }),
  'attempt-graded': ({ name, quizTitle, courseTitle, link }) => ({
    subject: `Vastauksesi tenttiin "${quizTitle}" on arvioitu`,
    paragraphs: [
      `Hei ${name},`,
      `Kouluttaja on arvioinut vastauksesi tenttiin "${quizTitle}" kurssilla "${courseTitle}". Näet tuloksesi ja kouluttajan kommentit täällä:`,
      link,
    ],
  }),
  'certificate-issued': ({ name, courseTitle, link, verifyLink }) => ({
    subject: `Todistuksesi kurssista "${courseTitle}"`,
    paragraphs: [
      `Hei ${name},`,
      `Onnittelut: olet suorittanut kurssin "${courseTitle}" ja todistuksesi on valmis. Lataa PDF ja allekirjoitettu tunniste täältä:`,
      link,
      `Kuka tahansa voi tarkistaa sen tästä osoitteesta:`,
      verifyLink,
    ],
  }),
  'certificate-export-ready': ({ name, count, link, days }) => ({
    subject: `${count} todistuksen ZIP-tiedostosi on valmis`,
    paragraphs: [
      `Hei ${name},`,
      `Campusista pyytämäsi ${count} todistuksen ZIP-tiedosto on valmis. Lataa se organisaatiosi todistussivulta (kirjautuminen vaaditaan):`,
      link,
      `Se on saatavilla ${days} päivää.`,
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
    subject: `${participantName} työelämäjaksolla (job shadowing) – ${hostName}: ohjaajan sivusi`,
    paragraphs: [
      `Hei ${mentorName},`,
      `${sendingOrganisation} on nimennyt sinut henkilön ${participantName} ohjaajaksi vastaanottavassa organisaatiossa ${hostName} ajalle ${startDate}–${endDate}. Käyttäjätiliä ei tarvita: tämä linkki avaa ohjaajan sivusi, jolla vahvistat oppimissopimuksen, luet ja vahvistat päivittäisen lokikirjan sekä lopuksi arvioit oppimistulokset:`,
      link,
      `Linkki on henkilökohtainen ja voimassa ${expiresOn} asti. Älä välitä sitä eteenpäin.`,
    ],
  }),
  'mentor-digest': ({ mentorName, participantName, pendingCount, link }) => ({
    subject: `${participantName}: ${pendingCount} ${pendingCount === 1 ? 'lokikirjamerkintä odottaa' : 'lokikirjamerkintää odottaa'} sinua`,
    paragraphs: [
      `Hei ${mentorName},`,
      `${participantName} on kirjoittanut ${pendingCount} ${pendingCount === 1 ? 'lokikirjamerkinnän, joka odottaa' : 'lokikirjamerkintää, jotka odottavat'} vahvistustasi tai kommenttiasi. Avaa ohjaajan sivusi tästä:`,
      link,
      'Linkki on henkilökohtainen. Älä välitä sitä eteenpäin.',
    ],
  }),
  'logbook-reminder': ({ name, date, link }) => ({
    subject: `Lokikirjastasi puuttuu merkintä päivältä ${date}`,
    paragraphs: [
      `Hei ${name},`,
      `Liikkuvuusjaksosi lokikirjassa ei ole vielä merkintää päivältä ${date}. Muutama rivi riittää, kun päivä on vielä muistissa: mitä teit, montako tuntia ja mitä opit.`,
      link,
    ],
  }),
  'agreement-pending': ({ name, participantName, startDate, link }) => ({
    subject: `Oppimissopimusta (${participantName}) ei ole vielä hyväksytty`,
    paragraphs: [
      `Hei ${name},`,
      `${participantName} lähtee ${startDate}, mutta osallistuja, lähettävä oppilaitos ja vastaanottava ohjaaja eivät ole vielä kaikki vahvistaneet oppimissopimusta. Tarkista, kenen vahvistus vielä puuttuu:`,
      link,
    ],
  }),
  'mobility-credential-issued': ({ name, hostName, link, verifyLink }) => ({
    subject: `Liikkuvuustodistuksesi: ${hostName}`,
    paragraphs: [
      `Hei ${name},`,
      `Liikkuvuusjaksosi (${hostName}) on hyväksytty, ja todistuksesi on valmis. Lataa se tästä:`,
      link,
      'Kuka tahansa voi tarkistaa sen aitouden tästä osoitteesta:',
      verifyLink,
    ],
  }),
  'assessment-invitation': ({ organisationName, roundTitle, link, closesOn }) => ({
    subject: `${organisationName} pyytää näkemystäsi: ${roundTitle}`,
    paragraphs: [
      'Hei,',
      `${organisationName} (${roundTitle}) arvioi kansainvälistä toimintaansa ja pyytää sinun näkemystäsi. Vastaaminen vie noin viisitoista minuuttia. Vastauksesi ovat nimettömiä: oppilaitos näkee vain niin suurten ryhmien yhteenvedot, ettei kenenkään vastauksia voi tunnistaa.`,
      link,
      closesOn ? `Vastaathan viimeistään ${closesOn}.` : 'Vastaathan kyselyn ollessa auki.',
      'Linkki on henkilökohtainen ja toimii kerran. Älä välitä sitä eteenpäin.',
    ],
  }),
  'roadmap-action-due': ({ name, actionTitle, objectiveTitle, roadmapTitle, dueOn, link }) => ({
    subject: `Erääntyy ${dueOn}: ${actionTitle}`,
    paragraphs: [
      `Hei ${name},`,
      `Toimenpide "${actionTitle}" (tavoite "${objectiveTitle}", ${roadmapTitle}) on vastuullasi ja erääntyy ${dueOn}. Päivitä sen tila tai muistiinpanot täällä:`,
      link,
    ],
  }),
};
