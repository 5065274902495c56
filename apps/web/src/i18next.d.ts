import 'i18next';
import type { resources } from './i18n';

// Type-checks every t('key') against the English bundles.
declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'common';
    resources: (typeof resources)['en'];
  }
}
