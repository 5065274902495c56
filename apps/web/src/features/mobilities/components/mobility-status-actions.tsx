import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { MobilityView } from '@campus/contracts';
import { Button, Card, ConfirmDialog, TextArea } from '@campus/web-ui';
import { ProblemAlert } from '../../../components/problem-alert';
import { useChangeMobilityStatus } from '../hooks/use-mobilities';
import { nextStatuses, type MobilityStatusTarget } from '../lib/mobility-status';

/**
 * Moves the record along its lifecycle with an optional note for the history. Cancelling is final,
 * so it asks first.
 */
export function MobilityStatusActions({ orgId, mobility }: { orgId: string; mobility: MobilityView }) {
  const { t } = useTranslation('mobilities');
  const change = useChangeMobilityStatus(orgId, mobility.id);
  const [note, setNote] = useState('');
  const [confirmCancel, setConfirmCancel] = useState(false);
  // Exists before its text changes, so that the change is announced.
  const [announcement, setAnnouncement] = useState('');
  const next = nextStatuses(mobility.status);

  const move = (to: MobilityStatusTarget) => {
    setAnnouncement('');
    change.mutate(
      { to, note: note.trim() || undefined },
      {
        onSuccess: (saved) => {
          setNote('');
          setConfirmCancel(false);
          setAnnouncement(t('statusChange.done', { status: t(`status.${saved.status}`) }));
        },
        onError: () => setConfirmCancel(false),
      },
    );
  };

  return (
    <Card title={t('statusChange.title')}>
      <div className="ui-stack">
        <p role="status" aria-live="polite" className={announcement ? undefined : 'ui-visually-hidden'}>
          {announcement}
        </p>
        {change.error != null && <ProblemAlert error={change.error} />}
        {next.length === 0 ? (
          <p className="ui-muted" style={{ margin: 0 }}>
            {t('statusChange.final')}
          </p>
        ) : (
          <>
            <TextArea
              label={t('statusChange.note')}
              rows={2}
              maxLength={1000}
              value={note}
              onChange={(e) => setNote(e.target.value)}
            />
            <div className="ui-row">
              {next.map((to) =>
                to === 'cancelled' ? (
                  <Button key={to} variant="danger" onClick={() => setConfirmCancel(true)}>
                    {t('statusChange.to.cancelled')}
                  </Button>
                ) : (
                  <Button
                    key={to}
                    loading={change.isPending && change.variables.to === to}
                    disabled={change.isPending}
                    onClick={() => move(to)}
                  >
                    {t(`statusChange.to.${to}`)}
                  </Button>
                ),
              )}
            </div>
          </>
        )}
      </div>
      <ConfirmDialog
        open={confirmCancel}
        title={t('statusChange.cancelTitle')}
        confirmLabel={t('statusChange.to.cancelled')}
        cancelLabel={t('statusChange.keep')}
        busy={change.isPending}
        onConfirm={() => move('cancelled')}
        onCancel={() => setConfirmCancel(false)}
      >
        <p>{t('statusChange.cancelBody')}</p>
        {note.trim() && <p className="ui-muted ui-prewrap">{note.trim()}</p>}
      </ConfirmDialog>
    </Card>
  );
}
