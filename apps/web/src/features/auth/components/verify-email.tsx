import { useMutation } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { EmailRequest } from '@campus/contracts';
import { Alert, Button, Spinner, TextField } from '@campus/web-ui';
import { isApiError } from '../../../api';
import { ProblemAlert } from '../../../components/problem-alert';
import { useZodForm } from '../../../forms/use-zod-form';
import { authApi } from '../api/auth.api';
import { useResendVerification } from '../hooks/use-auth-mutations';
import { useSession } from '../hooks/use-session';

/** Confirms the address as soon as the link is opened; the token works once. */
export function VerifyEmail({ token }: { token: string | null }) {
  const { t } = useTranslation('auth');
  const { status } = useSession();
  const verify = useMutation({ mutationFn: (tok: string) => authApi.verifyEmail(tok) });
  // StrictMode runs effects twice; a second POST of a single-use token would fail.
  const sent = useRef(false);
  useEffect(() => {
    if (token && !sent.current) {
      sent.current = true;
      verify.mutate(token);
    }
  }, [token, verify]);

  if (!token) {
    return (
      <>
        <Alert tone="error" title={t('verify.missingToken')} />
        <ResendForm />
      </>
    );
  }
  if (verify.isIdle || verify.isPending) return <Spinner label={t('verify.checking')} showLabel block />;
  if (verify.isError) {
    return (
      <>
        {isApiError(verify.error, 'INVALID_TOKEN') ? (
          <Alert tone="error" title={t('verify.invalidTitle')}>
            <p>{t('verify.invalidBody')}</p>
          </Alert>
        ) : (
          <ProblemAlert error={verify.error} />
        )}
        <ResendForm />
      </>
    );
  }
  return (
    <>
      <Alert tone="success" title={t('verify.successTitle')}>
        <p>{t('verify.successBody')}</p>
      </Alert>
      {status === 'signed-in' ? (
        <Link to="/">{t('verify.continue')}</Link>
      ) : (
        <Link to="/sign-in">{t('verify.signIn')}</Link>
      )}
    </>
  );
}

function ResendForm() {
  const { t } = useTranslation('auth');
  const form = useZodForm(EmailRequest, { email: '' });
  const resend = useResendVerification();
  const [done, setDone] = useState(false);
  if (done) return <Alert tone="info">{t('register.resent')}</Alert>;
  return (
    <form
      ref={form.formRef}
      className="ui-form"
      noValidate
      onSubmit={form.handleSubmit(({ email }) => resend.mutate(email, { onSuccess: () => setDone(true) }))}
    >
      <p>{t('verify.resendIntro')}</p>
      {resend.error && <ProblemAlert error={resend.error} />}
      <TextField
        label={t('fields.email')}
        type="email"
        autoComplete="email"
        required
        {...form.field('email')}
      />
      <Button type="submit" variant="secondary" loading={resend.isPending}>
        {t('register.resend')}
      </Button>
    </form>
  );
}
