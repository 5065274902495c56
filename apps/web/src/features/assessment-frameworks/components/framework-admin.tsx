import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { FrameworkAdminView } from '@campus/contracts';
import { Alert, Badge, Button, Card, ConfirmDialog, PageHeader } from '@campus/web-ui';
import { ProblemAlert } from '../../../components/problem-alert';
import { QueryState } from '../../../components/query-state';
import { useDocumentTitle } from '../../../components/document-title';
import {
  useAdminFramework,
  useDiscardFrameworkDraft,
  usePublishFramework,
  useSaveFrameworkDraft,
} from '../hooks/use-frameworks';
import { CompletenessTable } from './completeness-table';
import { FrameworkEditor } from './framework-editor';
import { VersionHistory } from './version-history';

/** One framework in the admin: its draft (or the published version a draft starts from), and history. */
export function FrameworkAdmin({ id }: { id: string }) {
  const { t } = useTranslation('frameworks');
  const framework = useAdminFramework(id);
  return (
    <QueryState query={framework} loadingLabel={t('page.loading')}>
      {(view) => <FrameworkAdminView view={view} />}
    </QueryState>
  );
}

type Notice = 'saved' | 'published' | 'discarded' | null;

function FrameworkAdminView({ view }: { view: FrameworkAdminView }) {
  const { t } = useTranslation('frameworks');
  const { t: tc } = useTranslation('common');
  const save = useSaveFrameworkDraft(view.id);
  const publish = usePublishFramework(view.id);
  const discard = useDiscardFrameworkDraft(view.id);
  const [confirming, setConfirming] = useState<'publish' | 'discard' | null>(null);
  const [notice, setNotice] = useState<Notice>(null);

  const draft = view.versions.find((v) => v.id === view.draftVersionId);
  const published = view.versions.find((v) => v.id === view.publishedVersionId);
  // Without a draft the editor starts from the published version; saving makes draft n+1 of it.
  const editable = draft ?? published ?? view.versions[0];
  const title = editable.content.title[editable.content.sourceLocale] ?? view.slug;
  useDocumentTitle(title);

  const run = (action: 'publish' | 'discard') =>
    (action === 'publish' ? publish : discard).mutate(undefined, {
      onSuccess: () => {
        setConfirming(null);
        setNotice(action === 'publish' ? 'published' : 'discarded');
      },
      onError: () => setConfirming(null),
    });

  return (
    <>
      <p>
        <Link to="/admin/frameworks">{t('page.back')}</Link>
      </p>
      <PageHeader
        title={title}
        description={
          <span className="ui-row">
            <span className="ui-mono">{view.slug}</span>
            {published ? (
              <Badge tone="success">{t('page.publishedVersion', { number: published.version })}</Badge>
            ) : (
              <Badge tone="warning">{t('page.unpublished')}</Badge>
            )}
            {draft && <Badge tone="info">{t('page.draftVersion', { number: draft.version })}</Badge>}
          </span>
        }
        actions={
          draft && (
            <span className="ui-row">
              <Button onClick={() => setConfirming('publish')}>{t('page.publish')}</Button>
              {view.versions.length > 1 && (
                <Button variant="secondary" onClick={() => setConfirming('discard')}>
                  {t('page.discard')}
                </Button>
              )}
            </span>
          )
        }
      />
      <div className="ui-stack">
        {notice && <Alert tone="success">{t(`page.notice.${notice}`)}</Alert>}
        {publish.error && <ProblemAlert error={publish.error} />}
        {discard.error && <ProblemAlert error={discard.error} />}
        <Alert tone="info">
          {draft
            ? t('page.editingDraft', { number: draft.version })
            : t('page.editingPublished', { number: editable.version, next: editable.version + 1 })}
        </Alert>
        <FrameworkEditor
          key={editable.id}
          initial={editable.content}
          busy={save.isPending}
          onSave={(content) => save.mutateAsync(content).then(() => setNotice('saved'))}
        />
        <Card title={t('completeness.title')}>
          <CompletenessTable
            completeness={editable.completeness}
            caption={t('completeness.caption', { number: editable.version })}
          />
        </Card>
        <Card title={t('history.title')}>
          <VersionHistory versions={view.versions} />
        </Card>
      </div>
      <ConfirmDialog
        open={confirming === 'publish'}
        title={t('page.publishTitle', { number: draft?.version ?? 0 })}
        confirmLabel={t('page.publish')}
        cancelLabel={tc('actions.cancel')}
        busy={publish.isPending}
        onConfirm={() => run('publish')}
        onCancel={() => setConfirming(null)}
      >
        <p>
          {published
            ? t('page.publishBodyRetires', { number: published.version })
            : t('page.publishBodyFirst')}
        </p>
      </ConfirmDialog>
      <ConfirmDialog
        open={confirming === 'discard'}
        title={t('page.discardTitle', { number: draft?.version ?? 0 })}
        confirmLabel={t('page.discard')}
        confirmVariant="danger"
        cancelLabel={tc('actions.cancel')}
        busy={discard.isPending}
        onConfirm={() => run('discard')}
        onCancel={() => setConfirming(null)}
      >
        <p>{t('page.discardBody')}</p>
      </ConfirmDialog>
    </>
  );
}
