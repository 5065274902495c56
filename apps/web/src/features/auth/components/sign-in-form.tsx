import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { LoginRequest } from '@campus/contracts';
import { Alert, Button, TextField } from '@campus/web-ui';
import { isApiError } from '../../../api';
import { ProblemAlert } from '../../../components/problem-alert';
import { useZodForm } from '../../../forms/use-zod-form';
import { useCountdown } from '../../../hooks/use-countdown';
import { usePublicSettings, useResendVerification, useSignIn } from '../hooks/use-auth-mutations';

export interface SignInFormProps {
  defaultEmail?: string;
  /** Called after a successful sign-in (the session is already set). */
  onSignedIn?: () => void;
}

export function SignInForm({ defaultEmail = '', onSignedIn }: SignInFormProps) {
  const { t } = useTranslation('auth');
  const form = useZodForm(LoginRequest, { email: defaultEmail, password: '' });
  const signIn = useSignIn();
  const resend = useResendVerification();
  const settings = usePublicSettings();
  const wait = useCountdown();
  const [submittedEmail, setSubmittedEmail] = useState('');

  const submit = form.handleSubmit((body) => {
    resend.reset();
    setSubmittedEmail(body.email);
    signIn.mutate(body, {
      onSuccess: () => onSignedIn?.(),
      onError: (err) => {
        form.applyServerErrors(err);
        if (isApiError(err) && err.status === 429) wait.start(err.retryAfter ?? 60);
      },
    });
  });

  const error = signIn.error;
  return (
    <form
      ref={form.formRef}
      className="ui-form"
      onSubmit={submit}
      noValidate
      aria-describedby={error ? 'sign-in-problem' : undefined}
    >
      {error && (
        <div id="sign-in-problem">
          {isApiError(error, 'EMAIL_NOT_VERIFIED') ? (
            <Alert tone="warning" title={t('signIn.errors.emailNotVerified')}>
              {resend.isSuccess ? (
                <p>{t('signIn.resent')}</p>
              ) : (
                <Button
                  variant="secondary"
                  size="small"
                  loading={resend.isPending}
                  onClick={() => resend.mutate(submittedEmail)}
                >
                  {t('signIn.resend')}
                </Button>
              )}
              {resend.isError && <p className="ui-error">{t('signIn.resendFailed')}</p>}
            </Alert>
          ) : isApiError(error) && error.status === 429 ? (
            <Alert tone="error" title={t('signIn.errors.slowedDown', { count: error.retryAfter ?? 60 })}>
              {wait.secondsLeft > 0 && <p>{t('signIn.waitHint')}</p>}
            </Alert>
          ) : (
            <ProblemAlert
              error={error}
              messages={{
                INVALID_CREDENTIALS: t('signIn.errors.invalidCredentials'),
                ACCOUNT_DISABLED: t('signIn.errors.accountDisabled'),
              }}
            />
          )}
        </div>
      )}
      <TextField
        label={t('fields.email')}
        type="email"
        autoComplete="username"
        required
        {...form.field('email')}
      />
      <TextField
        label={t('fields.password')}
        type="password"
        autoComplete="current-password"
        required
        {...form.field('password')}
      />
      <Button type="submit" block loading={signIn.isPending} disabled={wait.secondsLeft > 0}>
        {wait.secondsLeft > 0 ? t('signIn.submitWait', { count: wait.secondsLeft }) : t('signIn.submit')}
      </Button>
      <div className="ui-stack" style={{ gap: '0.5rem' }}>
        <Link to="/forgot-password">{t('signIn.forgotPassword')}</Link>
        {settings.data?.registrationEnabled && (
          <span>
            {t('signIn.noAccount')} <Link to="/register">{t('signIn.registerLink')}</Link>
          </span>
        )}
      </div>
    </form>
  );
}
