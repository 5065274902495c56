import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ACTION_STATUSES, type ActionStatus, type MyRoadmapActionView } from '@campus/contracts';
import { Badge, Button, Card, EmptyState, PageHeader, Select, TextArea } from '@campus/web-ui';
import { useDocumentTitle } from '../../../components/document-title';
import { ProblemAlert } from '../../../components/problem-alert';
import { QueryState } from '../../../components/query-state';
import { useRoadmapFormat } from '../hooks/use-roadmap-format';
import { useMyActions, useUpdateMyAction } from '../hooks/use-roadmaps';

/** The roadmap actions the signed-in member owns; they update the status and notes. */
export function MyActionsView() {
  const { t } = useTranslation('roadmaps');
  useDocumentTitle(t('mine.title'));
  const actions = useMyActions();
  return (
    <>
      <PageHeader title={t('mine.title')} description={t('mine.description')} />
      <QueryState
        query={actions}
        loadingLabel={t('mine.loading')}
        isEmpty={(a) => a.length === 0}
        empty={<EmptyState title={t('mine.emptyTitle')}>{t('mine.emptyBody')}</EmptyState>}
      >
        {(data) => (
          <div className="ui-stack">
            {data.map((a) => (
              <MyAction key={a.id} action={a} />
            ))}
          </div>
        )}
      </QueryState>
    </>
  );
}

function MyAction({ action }: { action: MyRoadmapActionView }) {
  const { t } = useTranslation('roadmaps');
  const fmt = useRoadmapFormat();
  const update = useUpdateMyAction();
  const [status, setStatus] = useState<ActionStatus>(action.status);
  const [notes, setNotes] = useState(action.notes);
  const [saved, setSaved] = useState(false);
  const changed = status !== action.status || notes !== action.notes;
  const submit = (e: FormEvent) => {
    e.preventDefault();
    setSaved(false);
    update.mutate({ actionId: action.id, body: { status, notes } }, { onSuccess: () => setSaved(true) });
  };
  return (
    <Card title={action.title} headingLevel={2}>
      <p className="ui-muted">
        {t('mine.context', {
          objective: action.objectiveTitle,
          roadmap: action.roadmap.title,
          school: action.roadmap.organisationName,
        })}
      </p>
      <p>
        {action.dueOn ? t('mine.due', { date: fmt.date(action.dueOn) }) : t('mine.noDue')}{' '}
        {action.overdue && <Badge tone="danger">{t('action.overdue')}</Badge>}
      </p>
      <form className="ui-stack" onSubmit={submit}>
        <Select
          label={t('action.status')}
          value={status}
          options={ACTION_STATUSES.map((s) => ({ value: s, label: t(`status.${s}`) }))}
          onChange={(e) => setStatus(e.target.value as ActionStatus)}
        />
        <TextArea
          label={t('action.notes')}
          value={notes}
          maxLength={5000}
          rows={3}
          onChange={(e) => setNotes(e.target.value)}
        />
        {update.error && <ProblemAlert error={update.error} />}
        <p role="status" aria-live="polite" className={saved ? undefined : 'ui-visually-hidden'}>
          {saved ? t('mine.saved') : ''}
        </p>
        <div>
          <Button type="submit" loading={update.isPending} disabled={!changed}>
            {t('mine.save')}
          </Button>
        </div>
      </form>
    </Card>
  );
}
