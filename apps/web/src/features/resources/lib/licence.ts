import type { ResourceLicence } from '@campus/contracts';

/**
 * Translation keys of the licences: their ids hold dots ("CC-BY-4.0"), which i18next would read
 * as nested keys.
 */
export const LICENCE_KEYS = {
  'CC-BY-4.0': 'licences.ccBy',
  'CC-BY-SA-4.0': 'licences.ccBySa',
  'CC-BY-NC-4.0': 'licences.ccByNc',
  'CC-BY-NC-SA-4.0': 'licences.ccByNcSa',
  'CC0-1.0': 'licences.cc0',
  'all-rights-reserved': 'licences.allRightsReserved',
} as const satisfies Record<ResourceLicence, string>;
