import type { FrameworkTexts } from './structure';

/** Suomi. */
export const FI: FrameworkTexts = {
  title: 'Ammatillisten oppilaitosten kansainvälistyminen',
  description:
    'Itsearviointi siitä, kuinka pitkälle ammatillinen oppilaitos on tuonut kansainvälisyyden strategiaansa, organisaatioonsa, opetukseensa ja yhteisöönsä. Se on yhteinen lähtökohta seuraavien askelten suunnittelulle.',
  areas: {
    'strategy-leadership': {
      title: 'Strategia ja johtaminen',
      description:
        'Miten kansainvälisyys on kirjattu oppilaitoksen toiminta-ajatukseen, suunnitelmiin ja johdon päätöksiin.',
    },
    'international-office': {
      title: 'Kansainvälisten asioiden toimisto ja resurssit',
      description:
        'Miten oppilaitos järjestää kansainvälisten asioiden toimiston työn ja antaa sille henkilöstön ja välineet.',
    },
    'staff-competences': {
      title: 'Henkilöstön osaaminen',
      description: 'Miten oppilaitos kehittää taitoja, joita henkilöstö tarvitsee kansainvälisessä työssä.',
    },
    partnerships: {
      title: 'Kumppanuudet',
      description:
        'Miten oppilaitos rakentaa ja ylläpitää luotettavia kumppanuuksia ulkomaisten oppilaitosten ja yritysten kanssa.',
    },
    'mobility-management': {
      title: 'Liikkuvuuden hallinta',
      description:
        'Miten oppilaitos valmistelee, tukee ja seuraa opiskelijoiden ja henkilöstön liikkuvuutta.',
    },
    'curriculum-integration': {
      title: 'Kansainvälisyys opetussuunnitelmassa',
      description:
        'Miten kansainvälinen ja kulttuurienvälinen oppiminen on osa kaikkien opiskelijoiden opetusta.',
    },
    recognition: {
      title: 'Osaamisen tunnustaminen',
      description:
        'Miten ulkomailla hankittu osaaminen kuvataan, arvioidaan ja luetaan hyväksi opiskelijan tutkintoon.',
    },
    inclusion: {
      title: 'Osallisuus ja monimuotoisuus',
      description:
        'Miten oppilaitos avaa kansainväliset mahdollisuudet kaikille opiskelijoille, myös niille, joilla on vähemmän mahdollisuuksia.',
    },
    'communication-dissemination': {
      title: 'Viestintä ja tulosten levittäminen',
      description:
        'Miten oppilaitos kertoo kansainvälisestä toiminnastaan ja sen tuloksista oppilaitoksen sisällä ja sen ulkopuolella.',
    },
  },
  statements: {
    'strategy-leadership-1':
      'Oppilaitoksellamme on kirjallinen kansainvälistymisstrategia, jonka johto on hyväksynyt.',
    'strategy-leadership-2':
      'Kansainvälistymisen tavoitteemme ovat osa oppilaitoksen kokonaisvaltaista kehittämissuunnitelmaa.',
    'strategy-leadership-3':
      'Johtomme arvioi kansainvälistymisen edistymistä vähintään kerran vuodessa ja päivittää suunnitelmaa.',
    'strategy-leadership-4': 'Varaamme kansainväliseen toimintaan omaa budjettia ja työaikaa.',
    'strategy-leadership-5':
      'Kuulemme henkilöstöä, opiskelijoita ja kumppaniyrityksiä, kun asetamme kansainvälisiä tavoitteitamme.',
    'international-office-1':
      'Oppilaitoksessamme on nimetty henkilö tai tiimi, joka vastaa kansainvälisestä toiminnasta.',
    'international-office-2':
      'Kansainvälisten asioiden toimistollamme on riittävästi työaikaa tehtäviensä hoitamiseen.',
    'international-office-3':
      'Kansainvälisten asioiden toimistomme tehtävät on kirjattu ja koko henkilöstön tiedossa.',
    'international-office-4':
      'Meillä on kirjalliset toimintaohjeet ja mallipohjat toistuviin kansainvälisiin tehtäviin.',
    'international-office-5':
      'Dokumentoimme kansainvälisten asioiden toimiston tietotaidon, jotta työ jatkuu, vaikka joku lähtee.',
    'staff-competences-1':
      'Henkilöstöllämme on mahdollisuuksia kehittää kieli- ja kulttuurienvälisiä taitojaan.',
    'staff-competences-2':
      'Opettajamme ja kouluttajamme osallistuvat työvarjostukseen tai opetustehtäviin ulkomailla.',
    'staff-competences-3':
      'Tunnistamme, mitä koulutusta henkilöstö tarvitsee kansainväliseen työhön, ja suunnittelemme sen.',
    'staff-competences-4': 'Ulkomailta palaava henkilöstö jakaa oppimansa kollegoilleen.',
    'staff-competences-5': 'Hallintohenkilöstömme on koulutettu hoitamaan liikkuvuuden käytännön asiat.',
    'partnerships-1': 'Meillä on vakiintunut verkosto ulkomaisia kumppanioppilaitoksia ja -yrityksiä.',
    'partnerships-2':
      'Kumppanuutemme perustuvat kirjallisiin sopimuksiin, joissa kunkin kumppanin vastuut on määritelty.',
    'partnerships-3': 'Arvioimme kumppanuuksiemme laatua yhdessä kumppaneidemme kanssa.',
    'partnerships-4': 'Paikalliset yritykset ja työnantajat osallistuvat kansainvälisiin hankkeisiimme.',
    'partnerships-5': 'Otamme vastaan opiskelijoita ja henkilöstöä ulkomaisista kumppaniorganisaatioistamme.',
    'mobility-management-1':
      'Valitsemme osallistujat oikeudenmukaisella ja läpinäkyvällä menettelyllä, joka julkaistaan etukäteen.',
    'mobility-management-2':
      'Osallistujamme saavat kielellisen, kulttuurisen ja käytännön valmennuksen ennen lähtöä.',
    'mobility-management-3':
      'Pidämme yhteyttä osallistujiin heidän ollessaan ulkomailla, ja meillä on suunnitelma hätätilanteita varten.',
    'mobility-management-4':
      'Keräämme palautteen jokaiselta osallistujalta liikkuvuusjakson jälkeen ja toimimme sen pohjalta.',
    'mobility-management-5':
      'Sovimme oppimissopimuksen vastaanottavan organisaation kanssa ennen osallistujan lähtöä.',
    'curriculum-integration-1':
      'Opintopolkuihimme kuuluu ulkomailla suoritettava oppimisjakso suunniteltuna vaihtoehtona.',
    'curriculum-integration-2':
      'Opettajamme tuovat kansainvälisiä ja kulttuurienvälisiä teemoja opetukseensa.',
    'curriculum-integration-3':
      'Myös ne opiskelijat, jotka eivät matkusta, saavat kansainvälisiä kokemuksia oppilaitoksessa, esimerkiksi virtuaalivaihtojen kautta.',
    'curriculum-integration-4': 'Käytämme vieraita kieliä ammatillisten aineiden opetuksessa.',
    'curriculum-integration-5':
      'Lukujärjestyksemme ja arviointisuunnitelmamme jättävät tilaa ulkomaanjaksoille.',
    'recognition-1': 'Oppimissopimuksissamme odotetut oppimistulokset kuvataan tutkinnon osien mukaisesti.',
    'recognition-2':
      'Ulkomailla saavutetut oppimistulokset arvioidaan vastaanottavan organisaation kanssa sovituin kriteerein.',
    'recognition-3': 'Tunnustamme ulkomailla hankitun osaamisen osaksi opiskelijan tutkintoa.',
    'recognition-4':
      'Osallistujamme saavat asiakirjoja, kuten Europass-liikkuvuustodistuksen, joihin heidän osaamisensa on kirjattu.',
    'recognition-5': 'Opettajamme osaavat arvioida ja tunnustaa liikkuvuusjakson oppimistulokset.',
    'inclusion-1':
      'Kannustamme aktiivisesti opiskelijoita, joilla on vähemmän mahdollisuuksia, osallistumaan liikkuvuuteen.',
    'inclusion-2':
      'Tarjoamme lisätukea, kuten saattajia tai lyhyempiä jaksoja, sitä tarvitseville osallistujille.',
    'inclusion-3':
      'Valintaperusteemme eivät sulje opiskelijoita pois taloudellisista, sosiaalisista tai terveydellisistä syistä.',
    'inclusion-4':
      'Seuraamme, ketkä osallistuvat kansainväliseen toimintaan, ja toimimme, jos jokin ryhmä puuttuu.',
    'inclusion-5':
      'Käytämme kansainvälistä toimintaa monimuotoisuuden kunnioittamisen vahvistamiseen koko oppilaitoksessa.',
    'communication-dissemination-1':
      'Kerromme opiskelijoille ja heidän perheilleen kansainvälisistä mahdollisuuksista ajoissa ja selkeästi.',
    'communication-dissemination-2':
      'Jaamme kansainvälisten hankkeidemme tulokset koko oppilaitoksen henkilöstölle.',
    'communication-dissemination-3':
      'Esittelemme kansainvälistä toimintaamme verkkosivuillamme ja sosiaalisessa mediassa.',
    'communication-dissemination-4':
      'Jaamme tuloksemme yritysten, paikallisviranomaisten ja muiden oppilaitosten kanssa.',
    'communication-dissemination-5':
      'Meillä on viestintäsuunnitelma jokaiselle kansainväliselle hankkeellemme.',
  },
};
