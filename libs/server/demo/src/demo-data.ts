import type { Role } from '@campus/contracts';

export const DEMO_PASSWORD = 'campus-demo-pass';

export interface DemoOrganisation {
  name: string;
  country: string;
  city: string;
  people: {
    email: string;
    name: string;
    role: Role;
    locale: string;
    timeZone: string;
    isPlatformAdmin?: boolean;
  }[];
}

/** The demo organisations and people, as documented in README. */
export const DEMO_ORGANISATIONS: DemoOrganisation[] = [
  {
    name: 'Demo VET School',
    country: 'IT',
    city: 'Bologna',
    people: [
      {
        email: 'learner@demo.campus',
        name: 'Lucia Bianchi',
        role: 'learner',
        locale: 'en',
        timeZone: 'Europe/Rome',
      },
      {
        // Has completed the English demo course and holds its certificate (see seedDemoGraduate).
        email: 'graduate@demo.campus',
        name: 'Sofia Esposito',
        role: 'learner',
        locale: 'en',
        timeZone: 'Europe/Rome',
      },
      {
        email: 'trainer@demo.campus',
        name: 'Marco Rossi',
        role: 'trainer',
        locale: 'en',
        timeZone: 'Europe/Rome',
      },
      {
        email: 'manager@demo.campus',
        name: 'Giulia Romano',
        role: 'manager',
        locale: 'en',
        timeZone: 'Europe/Rome',
      },
      {
        email: 'admin@demo.campus',
        name: 'Campus Admin',
        role: 'manager',
        locale: 'en',
        timeZone: 'Europe/Rome',
        isPlatformAdmin: true,
      },
    ],
  },
  {
    name: 'Partner VET School',
    country: 'FI',
    city: 'Tampere',
    people: [
      {
        email: 'manager@partner.campus',
        name: 'Aino Virtanen',
        role: 'manager',
        locale: 'en',
        timeZone: 'Europe/Helsinki',
      },
      {
        email: 'learner@partner.campus',
        name: 'Eero Mäkinen',
        role: 'learner',
        locale: 'en',
        timeZone: 'Europe/Helsinki',
      },
    ],
  },
];
