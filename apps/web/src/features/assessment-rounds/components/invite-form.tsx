import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { MAX_INVITATIONS_PER_REQUEST, type RespondentGroup, type RoundView } from '@campus/contracts';
import { Alert, Button, Card, Select, TextArea } from '@campus/web-ui';
import { ProblemAlert } from '../../../components/problem-alert';
import { useInviteRespondents } from '../hooks/use-rounds';
import { parseEmailList } from '../lib/round-form';

/** Personal single-use links by e-mail, for one group at a time. */
export function InviteForm({ orgId, round }: { orgId: string; round: RoundView }) {
  const { t } = useTranslation('rounds');
  const invite = useInviteRespondents(orgId, round.id);
  const [group, setGroup] = useState<RespondentGroup>(round.respondentGroups[0]);
  const [text, setText] = useState('');
  const [error, setError] = useState<string | undefined>();

  const submit = (e: FormEvent) => {
    e.preventDefault();
    const { emails, invalid } = parseEmailList(text);
    if (invalid.length > 0) return setError(t('invite.invalid', { list: invalid.join(', ') }));
    if (emails.length === 0) return setError(t('invite.empty'));
    if (emails.length > MAX_INVITATIONS_PER_REQUEST) {
      return setError(t('invite.tooMany', { max: MAX_INVITATIONS_PER_REQUEST }));
    }
    setError(undefined);
    invite.mutate({ respondentGroup: group, emails }, { onSuccess: () => setText('') });
  };

  return (
    <Card title={t('invite.title')} headingLevel={3}>
      <form className="ui-stack" onSubmit={submit} noValidate>
        {invite.isError && <ProblemAlert error={invite.error} />}
        {invite.isSuccess && (
          <Alert tone="success">
            <p>{t('invite.result', { count: invite.data.invited })}</p>
            {invite.data.alreadyInvited > 0 && (
              <p>{t('invite.already', { count: invite.data.alreadyInvited })}</p>
            )}
          </Alert>
        )}
        <Select
          label={t('invite.group')}
          options={round.respondentGroups.map((g) => ({ value: g, label: t(`groups.${g}`) }))}
          value={group}
          onChange={(e) => setGroup(e.target.value as RespondentGroup)}
        />
        <TextArea
          label={t('invite.emails')}
          hint={t('invite.emailsHint')}
          rows={6}
          value={text}
          onChange={(e) => {
            setText(e.target.value);
            setError(undefined);
          }}
          error={error}
        />
        <div>
          <Button type="submit" loading={invite.isPending}>
            {t('invite.submit')}
          </Button>
        </div>
      </form>
    </Card>
  );
}
