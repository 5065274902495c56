import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ResourceReviewItem } from '@campus/contracts';
import { Alert, Badge, Button, Card, EmptyState, PageHeader, Table, TextArea } from '@campus/web-ui';
import { ProblemAlert } from '../../../components/problem-alert';
import { QueryState } from '../../../components/query-state';
import { useDocumentTitle } from '../../../components/document-title';
import { usePublishVersion, useRejectVersion, useResourceReviews } from '../hooks/use-resources';
import { versionChanges } from '../lib/version-diff';
import { VersionContent } from './resource-detail';

/** `/admin/resource-reviews`: submitted versions, oldest first, each with what it changes. */
export function ResourceReviews() {
  const { t } = useTranslation('library');
  useDocumentTitle(t('reviews.title'));
  const queue = useResourceReviews();
  const [done, setDone] = useState<string | null>(null);
  return (
    <>
      <PageHeader title={t('reviews.title')} description={t('reviews.description')} />
      <div aria-live="polite">{done && <Alert tone="success" title={done} />}</div>
      <QueryState
        query={queue}
        loadingLabel={t('reviews.loading')}
        isEmpty={(items) => items.length === 0}
        empty={<EmptyState title={t('reviews.empty')} />}
      >
        {(items) => (
          <div className="ui-stack">
            {items.map((item) => (
              <ReviewCard key={item.version.id} item={item} onDone={setDone} />
            ))}
          </div>
        )}
      </QueryState>
    </>
  );
}

export function ReviewCard({
  item,
  onDone,
}: {
  item: ResourceReviewItem;
  onDone: (message: string) => void;
}) {
  const { t, i18n } = useTranslation('library');
  const { version, previous, resource } = item;
  const publish = usePublishVersion();
  const reject = useRejectVersion();
  const [rejecting, setRejecting] = useState(false);
  const [note, setNote] = useState('');
  const [noteError, setNoteError] = useState<string>();
  const changes = versionChanges(previous, version);
  const error = publish.error ?? reject.error;
  const busy = publish.isPending || reject.isPending;
  return (
    <Card title={version.title}>
      <div className="ui-stack" style={{ gap: '0.75rem' }}>
        <div className="ui-row" style={{ gap: '0.35rem' }}>
          <Badge tone="info">{t(`kinds.${resource.kind}`)}</Badge>
          <Badge>v{version.version}</Badge>
          <Badge>{version.locale.toUpperCase()}</Badge>
        </div>
        <p className="ui-muted" style={{ margin: 0 }}>
          {t('reviews.submittedBy', {
            name: item.submittedBy ?? '—',
            organisation: resource.organisation.name,
            date: version.submittedAt
              ? new Date(version.submittedAt).toLocaleDateString(i18n.resolvedLanguage)
              : '',
          })}
        </p>
        {previous ? (
          changes.length ? (
            <Table
              caption={t('reviews.changes', { version: previous.version })}
              rows={changes}
              rowKey={(c) => c.field}
              rowHeader
              columns={[
                { key: 'field', header: t('reviews.field'), cell: (c) => t(`reviews.fields.${c.field}`) },
                {
                  key: 'before',
                  header: t('reviews.before'),
                  cell: (c) => <span className="ui-prewrap">{c.before}</span>,
                },
                {
                  key: 'after',
                  header: t('reviews.after'),
                  cell: (c) => <span className="ui-prewrap">{c.after}</span>,
                },
              ]}
            />
          ) : (
            <p style={{ margin: 0 }}>{t('reviews.noChanges')}</p>
          )
        ) : (
          <>
            <p style={{ margin: 0 }}>{t('reviews.newResource')}</p>
            <div lang={version.locale} className="ui-stack">
              {version.summary && <p style={{ margin: 0 }}>{version.summary}</p>}
              <VersionContent version={version} kind={resource.kind} />
            </div>
          </>
        )}
        {error != null && <ProblemAlert error={error} />}
        {rejecting && (
          <TextArea
            label={t('reviews.note')}
            rows={3}
            maxLength={2000}
            value={note}
            error={noteError}
            onChange={(e) => {
              setNote(e.target.value);
              setNoteError(undefined);
            }}
          />
        )}
        <div className="ui-row">
          {!rejecting && (
            <Button
              variant="primary"
              disabled={busy}
              onClick={() =>
                publish.mutate(version.id, {
                  onSuccess: () => onDone(t('reviews.published', { title: version.title })),
                })
              }
            >
              {t('reviews.publish')}
              <span className="ui-visually-hidden"> {version.title}</span>
            </Button>
          )}
          <Button
            variant={rejecting ? 'primary' : 'secondary'}
            disabled={busy}
            onClick={() => {
              if (!rejecting) return setRejecting(true);
              if (!note.trim()) return setNoteError(t('reviews.noteRequired'));
              reject.mutate(
                { versionId: version.id, note: note.trim() },
                { onSuccess: () => onDone(t('reviews.rejected', { title: version.title })) },
              );
            }}
          >
            {rejecting ? t('reviews.confirmReject') : t('reviews.reject')}
            <span className="ui-visually-hidden"> {version.title}</span>
          </Button>
        </div>
      </div>
    </Card>
  );
}
