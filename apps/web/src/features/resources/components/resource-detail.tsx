import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { ResourceDetailView, ResourceKind, ResourceVersionView } from '@campus/contracts';
import {
  Alert,
  Button,
  ConfirmDialog,
  DescriptionList,
  PageHeader,
  Table,
  buttonClassName,
} from '@campus/web-ui';
import { QueryState } from '../../../components/query-state';
import { ProblemAlert } from '../../../components/problem-alert';
import { useDocumentTitle } from '../../../components/document-title';
import { formatFileSize } from '../../../format/file-size';
import { languageAutonym } from '../../profile';
import { useSession } from '../../auth';
import { Markdown } from '../../courses';
import { useResource, useWithdrawResource } from '../hooks/use-resources';
import { ResourceBadges } from './resource-badges';
import { LICENCE_KEYS } from '../lib/licence';

/** `/library/:id`: the current version, its file or link, licence, author organisation and history. */
export function ResourceDetail({ id }: { id: string }) {
  const { t } = useTranslation('library');
  const resource = useResource(id);
  useDocumentTitle(resource.data?.current?.title ?? resource.data?.pending?.title ?? t('search.title'));
  return (
    <QueryState query={resource} loadingLabel={t('detail.loading')}>
      {(r) => <ResourcePage resource={r} />}
    </QueryState>
  );
}

function ResourcePage({ resource }: { resource: ResourceDetailView }) {
  const { t, i18n } = useTranslation('library');
  const { user } = useSession();
  const shown = resource.current ?? resource.pending;
  const date = (iso: string) => new Date(iso).toLocaleDateString(i18n.resolvedLanguage);
  if (!shown) return null;
  return (
    <>
      <p style={{ margin: 0 }}>
        <Link to="/library">{t('detail.back')}</Link>
      </p>
      <PageHeader
        title={shown.title}
        description={shown.summary}
        actions={
          <div className="ui-row">
            {resource.canEdit && (
              <Link to={`/library/${resource.id}/edit`} className={buttonClassName({ variant: 'secondary' })}>
                {resource.pending?.status === 'draft' ? t('detail.edit') : t('detail.newVersion')}
              </Link>
            )}
            {user?.isPlatformAdmin && resource.current && !resource.withdrawnAt && (
              <WithdrawButton resourceId={resource.id} />
            )}
          </div>
        }
      />
      {resource.withdrawnAt && <Alert tone="warning" title={t('detail.withdrawn')} />}
      {!resource.current && <Alert tone="info" title={t('detail.notPublished')} />}
      {resource.pending && (
        <Alert
          tone={resource.pending.status === 'rejected' ? 'warning' : 'info'}
          title={t('detail.pending', {
            version: resource.pending.version,
            status: t(`statuses.${resource.pending.status}`),
          })}
        >
          {resource.pending.reviewNote && `${t('detail.reviewNote')}: ${resource.pending.reviewNote}`}
        </Alert>
      )}
      <div className="ui-stack" lang={shown.locale}>
        <ResourceBadges kind={resource.kind} licence={shown.licence} locale={shown.locale} />
        <VersionContent version={shown} kind={resource.kind} />
      </div>
      <DescriptionList
        items={[
          { key: 'author', term: t('detail.author'), description: resource.organisation.name },
          { key: 'language', term: t('detail.language'), description: languageAutonym(shown.locale) },
          { key: 'licence', term: t('detail.licence'), description: t(LICENCE_KEYS[shown.licence]) },
          ...(shown.topics.length
            ? [{ key: 'topics', term: t('detail.topics'), description: shown.topics.join(', ') }]
            : []),
          ...(shown.audiences.length
            ? [
                {
                  key: 'audiences',
                  term: t('detail.audiences'),
                  description: shown.audiences.map((a) => t(`audiences.${a}`)).join(', '),
                },
              ]
            : []),
          { key: 'version', term: t('detail.version'), description: String(shown.version) },
          ...(shown.publishedAt
            ? [{ key: 'published', term: t('detail.published'), description: date(shown.publishedAt) }]
            : []),
        ]}
      />
      <section aria-labelledby="resource-history">
        <h2 id="resource-history">{t('detail.history')}</h2>
        <Table
          caption={t('detail.history')}
          hideCaption
          rows={resource.history}
          rowKey={(h) => h.versionId}
          columns={[
            { key: 'version', header: t('detail.historyVersion'), cell: (h) => h.version },
            { key: 'date', header: t('detail.historyDate'), cell: (h) => date(h.date) },
            { key: 'status', header: t('detail.historyStatus'), cell: (h) => t(`statuses.${h.status}`) },
            {
              key: 'note',
              header: t('detail.historyNote'),
              cell: (h) =>
                [h.changeNote, h.reviewNote && `${t('detail.reviewNote')}: ${h.reviewNote}`]
                  .filter(Boolean)
                  .join(' · ') || t('detail.noNote'),
            },
          ]}
        />
      </section>
    </>
  );
}

/** The file to download, the link or video to open, and the text, as the version has them. */
export function VersionContent({ version, kind }: { version: ResourceVersionView; kind: ResourceKind }) {
  const { t, i18n } = useTranslation('library');
  const lang = i18n.resolvedLanguage ?? 'en';
  return (
    <>
      {version.file && (
        <p style={{ margin: 0 }}>
          <a
            className={buttonClassName({ variant: 'primary' })}
            href={version.file.url}
            download={version.file.name}
          >
            {t('detail.download', { name: version.file.name })}
          </a>{' '}
          <span className="ui-muted">{formatFileSize(version.file.size, lang)}</span>
        </p>
      )}
      {version.url && (
        <p style={{ margin: 0 }}>
          <a
            className={buttonClassName({ variant: 'primary' })}
            href={version.url}
            target="_blank"
            rel="noopener noreferrer"
          >
            {kind === 'tutorial' ? t('detail.watch') : t('detail.open')}
          </a>
        </p>
      )}
      {version.body && <Markdown source={version.body} />}
    </>
  );
}

function WithdrawButton({ resourceId }: { resourceId: string }) {
  const { t } = useTranslation('library');
  const { t: tc } = useTranslation('common');
  const [open, setOpen] = useState(false);
  const withdraw = useWithdrawResource();
  return (
    <>
      <Button variant="danger" onClick={() => setOpen(true)}>
        {t('detail.withdraw')}
      </Button>
      {withdraw.error != null && <ProblemAlert error={withdraw.error} />}
      <ConfirmDialog
        open={open}
        title={t('detail.withdraw')}
        confirmLabel={t('detail.withdraw')}
        cancelLabel={tc('actions.cancel')}
        busy={withdraw.isPending}
        onConfirm={() => withdraw.mutate(resourceId, { onSettled: () => setOpen(false) })}
        onCancel={() => setOpen(false)}
      >
        <p>{t('detail.withdrawConfirm')}</p>
      </ConfirmDialog>
    </>
  );
}
