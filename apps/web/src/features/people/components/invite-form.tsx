import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { Email, PersonName, Role } from '@campus/contracts';
import { Alert, Button, Select, TextField } from '@campus/web-ui';
import { ProblemAlert } from '../../../components/problem-alert';
import { useZodForm } from '../../../forms/use-zod-form';
import { useInvite } from '../hooks/use-people';
import { roleOptions } from './role-options';

/** The name is optional: an empty field means none. */
const InviteForm = z.object({
  email: Email,
  role: Role,
  name: z.union([z.literal('').transform(() => undefined), PersonName]),
});

const EMPTY = { email: '', role: 'learner', name: '' };

export function InvitePersonForm({ orgId }: { orgId: string }) {
  const { t } = useTranslation('people');
  const { t: tc } = useTranslation('common');
  const form = useZodForm(InviteForm, EMPTY);
  const invite = useInvite(orgId);

  return (
    <form
      ref={form.formRef}
      className="ui-form"
      noValidate
      onSubmit={form.handleSubmit((body) => {
        invite.mutate(body, { onSuccess: () => form.reset(EMPTY), onError: form.applyServerErrors });
      })}
    >
      {invite.isSuccess && <Alert tone="success">{t('invite.sent', { email: invite.data.email })}</Alert>}
      {invite.error && (
        <ProblemAlert error={invite.error} messages={{ ALREADY_MEMBER: t('invite.alreadyMember') }} />
      )}
      <div className="ui-form-row">
        <TextField
          label={t('invite.email')}
          type="email"
          autoComplete="off"
          required
          {...form.field('email')}
        />
        <Select label={t('invite.role')} options={roleOptions(tc)} {...form.field('role')} />
        <TextField
          label={t('invite.name')}
          hint={t('invite.nameHint')}
          autoComplete="off"
          {...form.field('name')}
        />
      </div>
      <div>
        <Button type="submit" loading={invite.isPending}>
          {t('invite.submit')}
        </Button>
      </div>
    </form>
  );
}
