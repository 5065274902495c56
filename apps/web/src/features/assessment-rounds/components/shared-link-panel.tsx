import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DEFAULT_SHARED_LINK_MAX_RESPONSES, type RespondentGroup, type RoundView } from '@campus/contracts';
import { Alert, Button, Card, ConfirmDialog, TextField } from '@campus/web-ui';
import { ProblemAlert } from '../../../components/problem-alert';
import { useCreateRoundLink, useRevokeRoundLink } from '../hooks/use-rounds';

/**
 * A group's shareable link: create or replace it (the URL is shown this once, with a copy
 * button), or withdraw it.
 */
export function SharedLinkPanel({
  orgId,
  round,
  group,
}: {
  orgId: string;
  round: RoundView;
  group: RespondentGroup;
}) {
  const { t } = useTranslation('rounds');
  const groupName = t(`groups.${group}`);
  const create = useCreateRoundLink(orgId, round.id);
  const revoke = useRevokeRoundLink(orgId, round.id);
  const [maxResponses, setMaxResponses] = useState(String(DEFAULT_SHARED_LINK_MAX_RESPONSES));
  const [url, setUrl] = useState<string | null>(null);
  const [copy, setCopy] = useState<'copied' | 'failed' | null>(null);
  const [confirmRevoke, setConfirmRevoke] = useState(false);
  const active = round.links.find((l) => l.respondentGroup === group && l.state !== 'revoked');
  const max = Number(maxResponses);
  const maxValid = Number.isInteger(max) && max >= 1 && max <= 5000;

  const createLink = () =>
    create.mutate(
      { respondentGroup: group, maxResponses: max },
      {
        onSuccess: (created) => {
          setUrl(created.url);
          setCopy(null);
        },
      },
    );
  const copyUrl = async () => {
    try {
      await navigator.clipboard.writeText(url ?? '');
      setCopy('copied');
    } catch {
      setCopy('failed');
    }
  };

  return (
    <Card title={t('links.title', { group: groupName })} headingLevel={3}>
      <div className="ui-stack">
        <p className="ui-muted">{t('links.intro')}</p>
        {create.isError && <ProblemAlert error={create.error} />}
        {revoke.isError && <ProblemAlert error={revoke.error} />}
        {url && (
          <Alert tone="success" title={t('links.created')}>
            <div className="ui-row">
              <TextField
                label={t('links.url', { group: groupName })}
                value={url}
                readOnly
                onFocus={(e) => e.target.select()}
              />
              <Button type="button" variant="secondary" onClick={() => void copyUrl()}>
                {t('links.copy')}
              </Button>
            </div>
            <p role="status">
              {copy === 'copied' ? t('links.copied') : copy === 'failed' ? t('links.copyFailed') : ''}
            </p>
          </Alert>
        )}
        <div className="ui-row">
          <TextField
            label={t('links.maxResponses')}
            type="number"
            min={1}
            max={5000}
            value={maxResponses}
            onChange={(e) => setMaxResponses(e.target.value)}
            error={maxValid ? undefined : t('links.maxResponsesError')}
          />
        </div>
        <div className="ui-row">
          <Button type="button" onClick={createLink} loading={create.isPending} disabled={!maxValid}>
            {active ? t('links.rotate') : t('links.create')}
          </Button>
          {active && (
            <Button type="button" variant="danger" onClick={() => setConfirmRevoke(true)}>
              {t('links.revoke')}
            </Button>
          )}
        </div>
        {active && <p className="ui-hint">{t('links.rotateHint')}</p>}
      </div>
      <ConfirmDialog
        open={confirmRevoke}
        title={t('links.revokeConfirmTitle')}
        confirmLabel={t('links.revoke')}
        cancelLabel={t('round.cancel')}
        confirmVariant="danger"
        busy={revoke.isPending}
        onCancel={() => setConfirmRevoke(false)}
        onConfirm={() =>
          active &&
          revoke.mutate(active.id, {
            onSettled: () => setConfirmRevoke(false),
            onSuccess: () => setUrl(null),
          })
        }
      >
        <p>{t('links.revokeConfirmBody')}</p>
      </ConfirmDialog>
    </Card>
  );
}
