import type { DateRange, MobilityStatus, TransportMeans } from '@campus/contracts';
import { csvWords, type CsvValue } from '@campus/server-csv';
import { durationDays, fundedTravelDays } from './mobility-rules';

/**
 * The Erasmus+ Beneficiary Module CSV: one row per mobility, its columns in the order of the
 * Beneficiary Module's mobility import. Headers and words are in the reader's language like every
 * other export; codes (activity type, country, distance band, OID, project number) stay as the
 * Beneficiary Module writes them. Health or special-needs data is never stored, so never written.
 */
export const BM_COLUMNS = [
  'mobilityId',
  'activityType',
  'firstName',
  'lastName',
  'email',
  'sendingOrganisation',
  'sendingCountry',
  'receivingOrganisation',
  'receivingOid',
  'receivingCountry',
  'receivingCity',
  'startDate',
  'endDate',
  'durationDays',
  'travelDays',
  'fundedTravelDays',
  'distanceBand',
  'greenTravel',
  'transport',
  'projectNumber',
  'status',
] as const;
export type BmColumn = (typeof BM_COLUMNS)[number];

interface BmWords {
  headers: Record<BmColumn, string>;
  transport: Record<TransportMeans, string>;
  status: Record<MobilityStatus, string>;
}

const BM_WORDS: Record<string, BmWords> = {
  en: {
    headers: {
      mobilityId: 'Mobility ID',
      activityType: 'Activity type',
      firstName: 'Participant first name',
      lastName: 'Participant last name',
      email: 'Participant e-mail',
      sendingOrganisation: 'Sending organisation',
      sendingCountry: 'Sending country',
      receivingOrganisation: 'Receiving organisation',
      receivingOid: 'Receiving organisation OID',
      receivingCountry: 'Receiving country',
      receivingCity: 'Receiving city',
      startDate: 'Start date',
      endDate: 'End date',
      durationDays: 'Duration (days)',
      travelDays: 'Travel days',
      fundedTravelDays: 'Funded travel days',
      distanceBand: 'Distance band (km)',
      greenTravel: 'Green travel',
      transport: 'Means of transport',
      projectNumber: 'Project number',
      status: 'Status',
    },
    transport: {
      train: 'Train',
      bus: 'Bus',
      car: 'Car',
      car_sharing: 'Car sharing',
      plane: 'Plane',
      boat: 'Boat',
      bicycle: 'Bicycle',
      other: 'Other',
    },
    status: {
      draft: 'Draft',
      agreed: 'Agreed',
      in_progress: 'In progress',
      completed: 'Completed',
      validated: 'Validated',
      cancelled: 'Cancelled',
    },
  },
  it: {
    headers: {
      mobilityId: 'ID mobilità',
      activityType: 'Tipo di attività',
      firstName: 'Nome del partecipante',
      lastName: 'Cognome del partecipante',
      email: 'E-mail del partecipante',
      sendingOrganisation: 'Organizzazione di invio',
      sendingCountry: 'Paese di invio',
      receivingOrganisation: 'Organizzazione ospitante',
      receivingOid: 'OID dell’organizzazione ospitante',
      receivingCountry: 'Paese ospitante',
      receivingCity: 'Città ospitante',
      startDate: 'Data di inizio',
      endDate: 'Data di fine',
      durationDays: 'Durata (giorni)',
      travelDays: 'Giorni di viaggio',
      fundedTravelDays: 'Giorni di viaggio finanziati',
      distanceBand: 'Fascia di distanza (km)',
      greenTravel: 'Viaggio green',
      transport: 'Mezzo di trasporto',
      projectNumber: 'Numero di progetto',
      status: 'Stato',
    },
    transport: {
      train: 'Treno',
      bus: 'Autobus',
      car: 'Auto',
      car_sharing: 'Auto condivisa',
      plane: 'Aereo',
      boat: 'Nave',
      bicycle: 'Bicicletta',
      other: 'Altro',
    },
    status: {
      draft: 'Bozza',
      agreed: 'Concordata',
      in_progress: 'In corso',
      completed: 'Conclusa',
      validated: 'Convalidata',
      cancelled: 'Annullata',
    },
  },
  fi: {
    headers: {
      mobilityId: 'Liikkuvuuden tunnus',
      activityType: 'Toiminnon tyyppi',
      firstName: 'Osallistujan etunimi',
      lastName: 'Osallistujan sukunimi',
      email: 'Osallistujan sähköposti',
      sendingOrganisation: 'Lähettävä organisaatio',
      sendingCountry: 'Lähettävä maa',
      receivingOrganisation: 'Vastaanottava organisaatio',
      receivingOid: 'Vastaanottavan organisaation OID',
      receivingCountry: 'Vastaanottava maa',
      receivingCity: 'Vastaanottava kaupunki',
      startDate: 'Alkamispäivä',
      endDate: 'Päättymispäivä',
      durationDays: 'Kesto (päivää)',
      travelDays: 'Matkapäivät',
      fundedTravelDays: 'Rahoitetut matkapäivät',
      distanceBand: 'Etäisyysluokka (km)',
      greenTravel: 'Vihreä matkustaminen',
      transport: 'Kulkuneuvo',
      projectNumber: 'Hankenumero',
      status: 'Tila',
    },
    transport: {
      train: 'Juna',
      bus: 'Linja-auto',
      car: 'Auto',
      car_sharing: 'Kimppakyyti',
      plane: 'Lentokone',
      boat: 'Laiva',
      bicycle: 'Polkupyörä',
      other: 'Muu',
    },
    status: {
      draft: 'Luonnos',
      agreed: 'Sovittu',
      in_progress: 'Käynnissä',
      completed: 'Päättynyt',
      validated: 'Hyväksytty',
      cancelled: 'Peruttu',
    },
  },
  pt: {
    headers: {
      mobilityId: 'ID da mobilidade',
      activityType: 'Tipo de atividade',
      firstName: 'Nome próprio do participante',
      lastName: 'Apelido do participante',
      email: 'E-mail do participante',
      sendingOrganisation: 'Organização de envio',
      sendingCountry: 'País de envio',
      receivingOrganisation: 'Organização de acolhimento',
      receivingOid: 'OID da organização de acolhimento',
      receivingCountry: 'País de acolhimento',
      receivingCity: 'Cidade de acolhimento',
      startDate: 'Data de início',
      endDate: 'Data de fim',
      durationDays: 'Duração (dias)',
      travelDays: 'Dias de viagem',
      fundedTravelDays: 'Dias de viagem financiados',
      distanceBand: 'Escalão de distância (km)',
      greenTravel: 'Viagem ecológica',
      transport: 'Meio de transporte',
      projectNumber: 'Número do projeto',
      status: 'Estado',
    },
    transport: {
      train: 'Comboio',
      bus: 'Autocarro',
      car: 'Automóvel',
      car_sharing: 'Partilha de automóvel',
      plane: 'Avião',
      boat: 'Barco',
      bicycle: 'Bicicleta',
      other: 'Outro',
    },
    status: {
      draft: 'Rascunho',
      agreed: 'Acordada',
      in_progress: 'Em curso',
      completed: 'Concluída',
      validated: 'Validada',
      cancelled: 'Cancelada',
    },
  },
  el: {
    headers: {
      mobilityId: 'Αναγνωριστικό κινητικότητας',
      activityType: 'Τύπος δραστηριότητας',
      firstName: 'Όνομα συμμετέχοντα',
      lastName: 'Επώνυμο συμμετέχοντα',
      email: 'Email συμμετέχοντα',
      sendingOrganisation: 'Οργανισμός αποστολής',
      sendingCountry: 'Χώρα αποστολής',
      receivingOrganisation: 'Οργανισμός υποδοχής',
      receivingOid: 'OID οργανισμού υποδοχής',
      receivingCountry: 'Χώρα υποδοχής',
      receivingCity: 'Πόλη υποδοχής',
      startDate: 'Ημερομηνία έναρξης',
      endDate: 'Ημερομηνία λήξης',
      durationDays: 'Διάρκεια (ημέρες)',
      travelDays: 'Ημέρες ταξιδιού',
      fundedTravelDays: 'Χρηματοδοτούμενες ημέρες ταξιδιού',
      distanceBand: 'Κλίμακα απόστασης (km)',
      greenTravel: 'Πράσινο ταξίδι',
      transport: 'Μέσο μεταφοράς',
      projectNumber: 'Αριθμός έργου',
      status: 'Κατάσταση',
    },
    transport: {
      train: 'Τρένο',
      bus: 'Λεωφορείο',
      car: 'Αυτοκίνητο',
      car_sharing: 'Κοινή χρήση αυτοκινήτου',
      plane: 'Αεροπλάνο',
      boat: 'Πλοίο',
      bicycle: 'Ποδήλατο',
      other: 'Άλλο',
    },
    status: {
      draft: 'Πρόχειρο',
      agreed: 'Συμφωνημένη',
      in_progress: 'Σε εξέλιξη',
      completed: 'Ολοκληρωμένη',
      validated: 'Επικυρωμένη',
      cancelled: 'Ακυρωμένη',
    },
  },
  de: {
    headers: {
      mobilityId: 'Mobilitäts-ID',
      activityType: 'Aktivitätsart',
      firstName: 'Vorname der teilnehmenden Person',
      lastName: 'Nachname der teilnehmenden Person',
      email: 'E-Mail der teilnehmenden Person',
      sendingOrganisation: 'Entsendende Einrichtung',
      sendingCountry: 'Entsendeland',
      receivingOrganisation: 'Aufnehmende Einrichtung',
      receivingOid: 'OID der aufnehmenden Einrichtung',
      receivingCountry: 'Aufnahmeland',
      receivingCity: 'Aufnahmeort',
      startDate: 'Beginn',
      endDate: 'Ende',
      durationDays: 'Dauer (Tage)',
      travelDays: 'Reisetage',
      fundedTravelDays: 'Geförderte Reisetage',
      distanceBand: 'Entfernungsband (km)',
      greenTravel: 'Umweltfreundliches Reisen',
      transport: 'Verkehrsmittel',
      projectNumber: 'Projektnummer',
      status: 'Status',
    },
    transport: {
      train: 'Zug',
      bus: 'Bus',
      car: 'Auto',
      car_sharing: 'Fahrgemeinschaft',
      plane: 'Flugzeug',
      boat: 'Schiff',
      bicycle: 'Fahrrad',
      other: 'Anderes',
    },
    status: {
      draft: 'Entwurf',
      agreed: 'Vereinbart',
      in_progress: 'Laufend',
      completed: 'Abgeschlossen',
      validated: 'Bestätigt',
      cancelled: 'Storniert',
    },
  },
  es: {
    headers: {
      mobilityId: 'ID de la movilidad',
      activityType: 'Tipo de actividad',
      firstName: 'Nombre del participante',
      lastName: 'Apellidos del participante',
      email: 'Correo electrónico del participante',
      sendingOrganisation: 'Organización de envío',
      sendingCountry: 'País de envío',
      receivingOrganisation: 'Organización de acogida',
      receivingOid: 'OID de la organización de acogida',
      receivingCountry: 'País de acogida',
      receivingCity: 'Ciudad de acogida',
      startDate: 'Fecha de inicio',
      endDate: 'Fecha de fin',
      durationDays: 'Duración (días)',
      travelDays: 'Días de viaje',
      fundedTravelDays: 'Días de viaje financiados',
      distanceBand: 'Franja de distancia (km)',
      greenTravel: 'Viaje sostenible',
      transport: 'Medio de transporte',
      projectNumber: 'Número de proyecto',
      status: 'Estado',
    },
    transport: {
      train: 'Tren',
      bus: 'Autobús',
      car: 'Coche',
      car_sharing: 'Coche compartido',
      plane: 'Avión',
      boat: 'Barco',
      bicycle: 'Bicicleta',
      other: 'Otro',
    },
    status: {
      draft: 'Borrador',
      agreed: 'Acordada',
      in_progress: 'En curso',
      completed: 'Finalizada',
      validated: 'Validada',
      cancelled: 'Cancelada',
    },
  },
  sv: {
    headers: {
      mobilityId: 'Mobilitets-ID',
      activityType: 'Aktivitetstyp',
      firstName: 'Deltagarens förnamn',
      lastName: 'Deltagarens efternamn',
      email: 'Deltagarens e-post',
      sendingOrganisation: 'Sändande organisation',
      sendingCountry: 'Sändande land',
      receivingOrganisation: 'Mottagande organisation',
      receivingOid: 'Mottagande organisations OID',
      receivingCountry: 'Mottagande land',
      receivingCity: 'Mottagande stad',
      startDate: 'Startdatum',
      endDate: 'Slutdatum',
      durationDays: 'Längd (dagar)',
      travelDays: 'Resdagar',
      fundedTravelDays: 'Finansierade resdagar',
      distanceBand: 'Avståndsintervall (km)',
      greenTravel: 'Grönt resande',
      transport: 'Färdmedel',
      projectNumber: 'Projektnummer',
      status: 'Status',
    },
    transport: {
      train: 'Tåg',
      bus: 'Buss',
      car: 'Bil',
      car_sharing: 'Samåkning',
      plane: 'Flyg',
      boat: 'Båt',
      bicycle: 'Cykel',
      other: 'Annat',
    },
    status: {
      draft: 'Utkast',
      agreed: 'Överenskommen',
      in_progress: 'Pågår',
      completed: 'Avslutad',
      validated: 'Godkänd',
      cancelled: 'Inställd',
    },
  },
};

function bmWords(locale: string): BmWords {
  return BM_WORDS[locale.toLowerCase().split(/[-_]/)[0] ?? 'en'] ?? BM_WORDS.en;
}

export function bmHeader(locale: string): string[] {
  const words = bmWords(locale);
  return BM_COLUMNS.map((c) => words.headers[c]);
}

/**
 * First and last name from the single name a user has: the last word is the last name, the words
 * before it the first names ("Maria Grazia Rossi" → "Maria Grazia" + "Rossi"). A one-word name is
 * a last name with no first name. Compound surnames ("van der Berg", "García López") cannot be told
 * apart from middle names without asking the person; the manager corrects those in the Beneficiary
 * Module.
 */
export function splitName(name: string): { firstName: string; lastName: string } {
  const words = name.trim().split(/\s+/).filter(Boolean);
  if (words.length === 0) return { firstName: '', lastName: '' };
  return { firstName: words.slice(0, -1).join(' '), lastName: words[words.length - 1] };
}

/** A mobility as the Beneficiary Module query reads it: raw columns, light enough to stream. */
export interface BmSourceRow {
  id: string;
  mobility_code: string;
  activity_type: string;
  participant_name: string;
  participant_email: string;
  sending_name: string;
  sending_country: string;
  host_name: string;
  host_oid: string | null;
  host_country: string;
  host_city: string;
  start_date: string;
  end_date: string;
  interruptions: DateRange[];
  travel_days_before: number;
  travel_days_after: number;
  distance_band: string;
  green_travel: boolean;
  transport: TransportMeans;
  project_number: string;
  status: MobilityStatus;
}

export function bmRow(r: BmSourceRow, locale: string): CsvValue[] {
  const words = bmWords(locale);
  const yesNo = csvWords(locale);
  const { firstName, lastName } = splitName(r.participant_name);
  const travel = {
    travelDaysBefore: r.travel_days_before,
    travelDaysAfter: r.travel_days_after,
    greenTravel: r.green_travel,
  };
  const cells: Record<BmColumn, CsvValue> = {
    mobilityId: r.mobility_code,
    activityType: r.activity_type,
    firstName,
    lastName,
    email: r.participant_email,
    sendingOrganisation: r.sending_name,
    sendingCountry: r.sending_country,
    receivingOrganisation: r.host_name,
    receivingOid: r.host_oid,
    receivingCountry: r.host_country,
    receivingCity: r.host_city,
    startDate: r.start_date,
    endDate: r.end_date,
    durationDays: durationDays({
      startDate: r.start_date,
      endDate: r.end_date,
      interruptions: r.interruptions,
    }),
    travelDays: r.travel_days_before + r.travel_days_after,
    fundedTravelDays: fundedTravelDays(travel),
    distanceBand: r.distance_band,
    greenTravel: r.green_travel ? yesNo.yes : yesNo.no,
    transport: words.transport[r.transport] ?? r.transport,
    projectNumber: r.project_number,
    status: words.status[r.status] ?? r.status,
  };
  return BM_COLUMNS.map((c) => cells[c]);
}
