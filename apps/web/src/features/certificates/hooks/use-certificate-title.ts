import { useTranslation } from 'react-i18next';
import type { MobilityCredentialTitle } from '@campus/contracts';

/**
 * How a list names a certificate: its course's title, or, for a mobility credential (which has no
 * course), its activity, host and city in the reader's language.
 */
export function useCertificateTitle(): (certificate: {
  courseTitle: string;
  mobility?: MobilityCredentialTitle | null;
}) => string {
  const { t } = useTranslation('certificates');
  return ({ courseTitle, mobility }) =>
    mobility
      ? t('mobility.title', {
          activity: mobility.activityType
            ? t(`mobility.activityType.${mobility.activityType}`)
            : t('mobility.otherActivity'),
          host: mobility.hostName,
          city: mobility.hostCity,
        })
      : courseTitle;
}
