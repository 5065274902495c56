import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { Button, PageHeader, TextField } from '@campus/web-ui';
import { useDocumentTitle } from '../../../components/document-title';
import { QueryState } from '../../../components/query-state';
import { useVerification } from '../hooks/use-certificates';
import { FileCheck } from './file-check';
import { VerificationResult } from './verification-result';

/** `/verify/:code`, the link printed on every certificate: anyone may open it, signed in or not. */
export function VerifyView({ code }: { code: string }) {
  const { t } = useTranslation('certificates');
  useDocumentTitle(t('verify.title'));
  const verification = useVerification(code);
  return (
    <div className="ui-stack" style={{ gap: '2rem' }}>
      <PageHeader title={t('verify.title')} description={t('verify.codeIs', { code })} />
      <QueryState query={verification} loadingLabel={t('verify.loading')}>
        {(v) => <VerificationResult verification={v} />}
      </QueryState>
      <FileCheck />
    </div>
  );
}

/** `/verify`: type the code printed on a certificate, or check the file itself. */
export function VerifyCodeView() {
  const { t } = useTranslation('certificates');
  useDocumentTitle(t('verify.title'));
  const navigate = useNavigate();
  const [code, setCode] = useState('');
  const [error, setError] = useState<string | undefined>();
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (code === '') return setError(t('verify.codeRequired'));
    // The API reads the code as printed (case, dashes); the page only carries it over.
    void navigate(`/verify/${encodeURIComponent(code)}`);
  };
  return (
    <div className="ui-stack" style={{ gap: '2rem' }}>
      <PageHeader title={t('verify.title')} description={t('verify.intro')} />
      <form onSubmit={submit} noValidate className="ui-stack" aria-labelledby="verify-code-title">
        <h2 id="verify-code-title" style={{ margin: 0 }}>
          {t('verify.byCode')}
        </h2>
        <TextField
          label={t('verify.codeLabel')}
          hint={t('verify.codeHint')}
          autoComplete="off"
          spellCheck={false}
          required
          value={code}
          error={error}
          onChange={(e) => setCode(e.target.value)}
        />
        <div>
          <Button type="submit">{t('verify.submit')}</Button>
        </div>
      </form>
      <FileCheck />
    </div>
  );
}
