import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { FileVerification } from '@campus/contracts';
import { Alert, type AlertTone, Button, FileInput, TextArea } from '@campus/web-ui';
import { ProblemAlert } from '../../../components/problem-alert';
import { useDateFormat } from '../../../format/use-date-format';
import { useVerifyCredential } from '../hooks/use-certificates';

const ACCEPT = '.pdf,.jwt,.json,application/pdf,application/json';

const TONES: Record<FileVerification['result'], AlertTone> = {
  valid: 'success',
  revoked: 'error',
  tampered: 'error',
  wrong_key: 'error',
  not_a_credential: 'warning',
};

/** Checks a downloaded certificate (PDF, .jwt or .json) or a pasted VC-JWT against the published keys. */
export function FileCheck() {
  const { t } = useTranslation('certificates');
  const check = useVerifyCredential();
  const [file, setFile] = useState<File | null>(null);
  const [fileError, setFileError] = useState<string | undefined>();
  const [jwt, setJwt] = useState('');
  const [jwtError, setJwtError] = useState<string | undefined>();

  const pending = check.isPending && check.variables ? ('file' in check.variables ? 'file' : 'jwt') : null;

  const checkFile = (e: FormEvent) => {
    e.preventDefault();
    if (!file) return setFileError(t('file.fileRequired'));
    setFileError(undefined);
    check.mutate({ file });
  };
  const checkJwt = (e: FormEvent) => {
    e.preventDefault();
    if (jwt.trim() === '') return setJwtError(t('file.jwtRequired'));
    setJwtError(undefined);
    check.mutate({ jwt: jwt.trim() });
  };

  return (
    <section aria-labelledby="file-check-title" className="ui-stack">
      <h2 id="file-check-title" style={{ margin: 0 }}>
        {t('file.title')}
      </h2>
      <p style={{ margin: 0 }}>{t('file.description')}</p>
      <form onSubmit={checkFile} noValidate className="ui-stack">
        <FileInput
          label={t('file.fileLabel')}
          hint={t('file.fileHint')}
          accept={ACCEPT}
          error={fileError}
          onFileChange={(f) => {
            setFile(f);
            check.reset();
          }}
        />
        <div>
          <Button type="submit" variant="secondary" loading={pending === 'file'}>
            {t('file.checkFile')}
          </Button>
        </div>
      </form>
      <form onSubmit={checkJwt} noValidate className="ui-stack">
        <TextArea
          label={t('file.jwtLabel')}
          hint={t('file.jwtHint')}
          code
          rows={5}
          spellCheck={false}
          value={jwt}
          error={jwtError}
          onChange={(e) => setJwt(e.target.value)}
        />
        <div>
          <Button type="submit" variant="secondary" loading={pending === 'jwt'}>
            {t('file.checkJwt')}
          </Button>
        </div>
      </form>
      {check.error && <ProblemAlert error={check.error} />}
      {check.data && <FileVerificationResult result={check.data} />}
    </section>
  );
}

export function FileVerificationResult({ result }: { result: FileVerification }) {
  const { t } = useTranslation('certificates');
  const { date } = useDateFormat();
  const credential = result.credential;
  return (
    <Alert tone={TONES[result.result]} title={t(`file.result.${result.result}`)}>
      <p>{t(`file.explain.${result.result}`)}</p>
      {result.result === 'revoked' && result.revokedAt && (
        <p>{t('verify.status.revokedOn', { date: date(result.revokedAt) })}</p>
      )}
      {credential && (
        <dl className="ui-dl">
          <dt>{t('verify.holder')}</dt>
          <dd>{credential.holderName}</dd>
          <dt>{t('file.achievement')}</dt>
          <dd>{credential.achievement}</dd>
          <dt>{t('verify.issuer')}</dt>
          <dd>{credential.issuer}</dd>
          <dt>{t('file.validFrom')}</dt>
          <dd>{date(credential.validFrom)}</dd>
        </dl>
      )}
      {credential && credential.learningOutcomes.length > 0 && (
        <ul aria-label={t('verify.outcomes')}>
          {credential.learningOutcomes.map((outcome, i) => (
            <li key={i}>{outcome}</li>
          ))}
        </ul>
      )}
      {result.detail && <p className="ui-muted">{t('file.detail', { detail: result.detail })}</p>}
    </Alert>
  );
}
