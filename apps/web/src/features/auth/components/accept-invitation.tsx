import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { Password, PersonName, type InvitationPreview } from '@campus/contracts';
import { Alert, Button, DescriptionList, Spinner, TextField } from '@campus/web-ui';
import { api, isApiError } from '../../../api';
import { ProblemAlert } from '../../../components/problem-alert';
import { useZodForm } from '../../../forms/use-zod-form';
import { authApi, isLoginResponse } from '../api/auth.api';
import { authKeys } from '../api/auth.keys';
import { useSignOut } from '../hooks/use-auth-mutations';
import { useSession } from '../hooks/use-session';
import { withPasswordConfirmation } from './password-schema';

const NewPersonForm = withPasswordConfirmation({ name: PersonName, password: Password });

/** Where the dashboard greets a person who just joined. */
export interface JoinedState {
  joinedOrganisation: string;
}

export function AcceptInvitation({ token }: { token: string | null }) {
  const { t } = useTranslation('auth');
  const preview = useQuery({
    queryKey: authKeys.invitation(token ?? ''),
    queryFn: () => authApi.previewInvitation(token ?? ''),
    enabled: !!token,
    retry: false,
    staleTime: Infinity,
  });
  const { status } = useSession();

  if (!token) return <Alert tone="error" title={t('invitation.missingToken')} />;
  if (preview.isPending || status === 'unknown') return <Spinner label={t('invitation.loading')} block />;
  if (preview.isError) {
    return isApiError(preview.error, 'INVALID_TOKEN') ? (
      <Alert tone="error" title={t('invitation.invalidTitle')}>
        <p>{t('invitation.invalidBody')}</p>
      </Alert>
    ) : (
      <ProblemAlert error={preview.error} />
    );
  }
  return (
    <div className="ui-stack">
      <InvitationSummary invitation={preview.data} />
      {preview.data.hasAccount ? (
        <ExistingAccount token={token} invitation={preview.data} />
      ) : (
        <NewPerson token={token} invitation={preview.data} />
      )}
    </div>
  );
}

function InvitationSummary({ invitation }: { invitation: InvitationPreview }) {
  const { t } = useTranslation('auth');
  const { t: tc } = useTranslation('common');
  return (
    <>
      <p>
        {t('invitation.intro', {
          organisation: invitation.organisationName,
          role: tc(`rolesInSentence.${invitation.role}`),
        })}
      </p>
      <DescriptionList
        items={[
          { key: 'org', term: t('invitation.organisation'), description: invitation.organisationName },
          { key: 'role', term: t('invitation.role'), description: tc(`roles.${invitation.role}`) },
          { key: 'email', term: t('fields.email'), description: invitation.email },
        ]}
      />
    </>
  );
}

function SignedInAsSomeoneElse({ invitation, email }: { invitation: InvitationPreview; email: string }) {
  const { t } = useTranslation('auth');
  const signOut = useSignOut();
  return (
    <Alert tone="warning" title={t('invitation.otherAccountTitle')}>
      <p>{t('invitation.otherAccountBody', { current: email, invited: invitation.email })}</p>
      <Button variant="secondary" size="small" loading={signOut.isPending} onClick={() => signOut.mutate()}>
        {t('invitation.signOut')}
      </Button>
    </Alert>
  );
}

function NewPerson({ token, invitation }: { token: string; invitation: InvitationPreview }) {
  const { t } = useTranslation('auth');
  const { user } = useSession();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const form = useZodForm(NewPersonForm, { name: '', password: '', confirmPassword: '' });
  const accept = useMutation({
    mutationFn: (body: { name: string; password: string }) => authApi.acceptInvitation({ token, ...body }),
    onSuccess: (result) => {
      if (isLoginResponse(result)) {
        queryClient.clear();
        api.setSession(result);
      }
      const state: JoinedState = { joinedOrganisation: invitation.organisationName };
      void navigate('/', { replace: true, state });
    },
  });

  if (user) return <SignedInAsSomeoneElse invitation={invitation} email={user.email} />;
  return (
    <form
      ref={form.formRef}
      className="ui-form"
      noValidate
      onSubmit={form.handleSubmit((v) =>
        accept.mutate({ name: v.name, password: v.password }, { onError: form.applyServerErrors }),
      )}
    >
      <p>{t('invitation.newPersonIntro')}</p>
      {accept.error && <ProblemAlert error={accept.error} />}
      <TextField label={t('fields.name')} autoComplete="name" required {...form.field('name')} />
      <TextField
        label={t('fields.newPassword')}
        type="password"
        autoComplete="new-password"
        required
        hint={t('fields.passwordHint', { count: 12 })}
        {...form.field('password')}
      />
      <TextField
        label={t('fields.confirmPassword')}
        type="password"
        autoComplete="new-password"
        required
        {...form.field('confirmPassword')}
      />
      <Button type="submit" block loading={accept.isPending}>
        {t('invitation.acceptAndCreate')}
      </Button>
    </form>
  );
}

function ExistingAccount({ token, invitation }: { token: string; invitation: InvitationPreview }) {
  const { t } = useTranslation('auth');
  const { user } = useSession();
  const navigate = useNavigate();
  const accept = useMutation({
    mutationFn: async () => {
      await authApi.acceptInvitation({ token });
      // The memberships changed: reload who I am.
      api.updateUser(await authApi.me());
    },
    onSuccess: () => {
      const state: JoinedState = { joinedOrganisation: invitation.organisationName };
      void navigate('/', { replace: true, state });
    },
  });

  if (!user) {
    const next = `/accept-invitation?token=${encodeURIComponent(token)}`;
    return (
      <Alert tone="info" title={t('invitation.signInTitle')}>
        <p>{t('invitation.signInBody', { email: invitation.email })}</p>
        <Link to={`/sign-in?email=${encodeURIComponent(invitation.email)}&next=${encodeURIComponent(next)}`}>
          {t('invitation.signInLink', { email: invitation.email })}
        </Link>
      </Alert>
    );
  }
  if (user.email.toLowerCase() !== invitation.email.toLowerCase())
    return <SignedInAsSomeoneElse invitation={invitation} email={user.email} />;
  return (
    <div className="ui-stack">
      {accept.error && <ProblemAlert error={accept.error} />}
      <Button block loading={accept.isPending} onClick={() => accept.mutate()}>
        {t('invitation.accept')}
      </Button>
    </div>
  );
}
