import { useTranslation } from 'react-i18next';
import type { CertificateVerification } from '@campus/contracts';
import { Alert, DescriptionList } from '@campus/web-ui';
import { countryName } from '../../../format/countries';
import { useDateFormat } from '../../../format/use-date-format';
import { MobilityFacts } from './mobility-facts';

type Certificate = NonNullable<CertificateVerification['certificate']>;

/** The public answer for a code: a status first (what a verifier came for), then what was certified. */
export function VerificationResult({ verification }: { verification: CertificateVerification }) {
  const { t } = useTranslation('certificates');
  const { date } = useDateFormat();
  const { status, certificate } = verification;
  return (
    <div className="ui-stack">
      {status === 'valid' && (
        <Alert tone="success" title={t('verify.status.valid')}>
          <p>{t('verify.status.validBody')}</p>
        </Alert>
      )}
      {status === 'revoked' && (
        <Alert tone="error" title={t('verify.status.revoked')}>
          {certificate?.revokedAt && (
            <p>{t('verify.status.revokedOn', { date: date(certificate.revokedAt) })}</p>
          )}
          <p>
            {certificate?.revokedReason
              ? t('verify.status.revokedReason', { reason: certificate.revokedReason })
              : t('verify.status.noReason')}
          </p>
        </Alert>
      )}
      {status === 'unknown' && (
        <Alert tone="warning" title={t('verify.status.unknown')}>
          <p>{t('verify.status.unknownBody')}</p>
        </Alert>
      )}
      {certificate && <CertificateDetails certificate={certificate} />}
    </div>
  );
}

function CertificateDetails({ certificate }: { certificate: Certificate }) {
  const { t, i18n } = useTranslation('certificates');
  const { date } = useDateFormat();
  const { achievement, issuer, mobility } = certificate;
  return (
    <section aria-labelledby="certificate-details" className="ui-stack">
      <h2 id="certificate-details" style={{ margin: 0 }}>
        {t('verify.details')}
      </h2>
      <DescriptionList
        items={[
          {
            key: 'holder',
            term: t('verify.holder'),
            description: certificate.holderName ?? <em>{t('verify.nameWithheld')}</em>,
          },
          {
            key: 'achievement',
            term: achievement.kind === 'mobility' ? t('verify.mobility') : t('verify.course'),
            description: achievement.title,
          },
          { key: 'issuer', term: t('verify.issuer'), description: issuer.name },
          {
            key: 'country',
            term: t('verify.country'),
            description: countryName(issuer.country, i18n.resolvedLanguage ?? 'en'),
          },
          { key: 'issued', term: t('verify.issuedAt'), description: date(certificate.issuedAt) },
          // A mobility states its hours logged and has no EQF level: its facts follow below.
          ...(mobility
            ? []
            : [
                {
                  key: 'workload',
                  term: t('verify.workload'),
                  description: t('verify.hours', { count: achievement.workloadHours }),
                },
                {
                  key: 'eqf',
                  term: t('verify.eqfLevel'),
                  description: achievement.eqfLevel ?? t('verify.noLevel'),
                },
              ]),
          { key: 'code', term: t('verify.code'), description: <code>{certificate.code}</code> },
        ]}
      />
      {mobility && <MobilityFacts mobility={mobility} />}
      {!mobility && achievement.learningOutcomes.length > 0 && (
        <>
          <h3 style={{ margin: 0 }}>{t('verify.outcomes')}</h3>
          <ul>
            {achievement.learningOutcomes.map((outcome, i) => (
              <li key={i}>{outcome}</li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
