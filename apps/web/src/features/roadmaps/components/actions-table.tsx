import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import {
  ACTION_STATUSES,
  type ActionStatus,
  type MemberView,
  type RoadmapActionView,
  type UpdateActionRequest,
} from '@campus/contracts';
import { Badge, Button, Select, Table, TextField } from '@campus/web-ui';

/**
 * An objective's actions, edited in place: each change of owner, due date, status or notes is
 * saved at once. Overdue actions carry a badge beside their title.
 */
export function ActionsTable({
  caption,
  actions,
  members,
  onUpdate,
  onRemove,
  onAdd,
  adding,
}: {
  caption: string;
  actions: RoadmapActionView[];
  members: MemberView[];
  onUpdate: (actionId: string, body: UpdateActionRequest) => void;
  onRemove: (actionId: string) => void;
  onAdd: (title: string) => void;
  adding: boolean;
}) {
  const { t } = useTranslation('roadmaps');
  const [title, setTitle] = useState('');
  const owners = [
    { value: '', label: t('action.noOwner') },
    ...members.filter((m) => m.active).map((m) => ({ value: m.userId, label: m.name })),
  ];
  const add = (e: FormEvent) => {
    e.preventDefault();
    if (!title.trim()) return;
    onAdd(title.trim());
    setTitle('');
  };
  return (
    <div className="ui-stack">
      {actions.length > 0 && (
        <Table
          caption={caption}
          rows={actions}
          rowKey={(a) => a.id}
          columns={[
            {
              key: 'title',
              header: t('action.title'),
              cell: (a) => (
                <>
                  {a.title} {a.overdue && <Badge tone="danger">{t('action.overdue')}</Badge>}
                </>
              ),
            },
            {
              key: 'owner',
              header: t('action.owner'),
              cell: (a) => (
                <Select
                  label={t('action.ownerOf', { action: a.title })}
                  hideLabel
                  value={a.owner?.id ?? ''}
                  options={
                    a.owner && !owners.some((o) => o.value === a.owner!.id)
                      ? [...owners, { value: a.owner.id, label: a.owner.name }]
                      : owners
                  }
                  onChange={(e) => onUpdate(a.id, { ownerId: e.target.value || null })}
                />
              ),
            },
            {
              key: 'due',
              header: t('action.dueOn'),
              cell: (a) => (
                <input
                  key={a.dueOn ?? ''}
                  type="date"
                  className="ui-input"
                  aria-label={t('action.dueOf', { action: a.title })}
                  defaultValue={a.dueOn ?? ''}
                  onBlur={(e) =>
                    e.target.value !== (a.dueOn ?? '') && onUpdate(a.id, { dueOn: e.target.value || null })
                  }
                />
              ),
            },
            {
              key: 'status',
              header: t('action.status'),
              cell: (a) => (
                <Select
                  label={t('action.statusOf', { action: a.title })}
                  hideLabel
                  value={a.status}
                  options={ACTION_STATUSES.map((s) => ({ value: s, label: t(`status.${s}`) }))}
                  onChange={(e) => onUpdate(a.id, { status: e.target.value as ActionStatus })}
                />
              ),
            },
            {
              key: 'notes',
              header: t('action.notes'),
              cell: (a) => (
                <input
                  key={a.notes}
                  className="ui-input"
                  aria-label={t('action.notesOf', { action: a.title })}
                  defaultValue={a.notes}
                  maxLength={5000}
                  onBlur={(e) => e.target.value !== a.notes && onUpdate(a.id, { notes: e.target.value })}
                />
              ),
            },
            {
              key: 'remove',
              header: t('action.remove'),
              hideHeader: true,
              cell: (a) => (
                <Button
                  variant="ghost"
                  size="small"
                  aria-label={t('action.removeOf', { action: a.title })}
                  onClick={() => onRemove(a.id)}
                >
                  {t('action.remove')}
                </Button>
              ),
            },
          ]}
        />
      )}
      <form
        className="ui-row"
        style={{ gap: '0.5rem', alignItems: 'flex-end', flexWrap: 'wrap' }}
        onSubmit={add}
      >
        <TextField
          label={t('action.new')}
          value={title}
          maxLength={300}
          onChange={(e) => setTitle(e.target.value)}
        />
        <Button type="submit" variant="secondary" loading={adding} disabled={!title.trim()}>
          {t('action.add')}
        </Button>
      </form>
    </div>
  );
}
