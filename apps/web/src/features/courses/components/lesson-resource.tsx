import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { LessonResourceView } from '@campus/contracts';
import { Alert, Badge, buttonClassName } from '@campus/web-ui';
import { Markdown } from '../lib/markdown';
import { LICENCE_KEYS } from '../../resources/lib/licence';

/**
 * A resource lesson: the library resource's current published version (it follows new versions),
 * with its licence and author organisation; a withdrawn resource says it is no longer available.
 */
export function LessonResource({ resource }: { resource: LessonResourceView | undefined }) {
  const { t } = useTranslation('library');
  if (!resource?.available) return <Alert tone="warning" title={t('lesson.unavailable')} />;
  return (
    <div className="ui-stack" lang={resource.locale}>
      <p className="ui-muted" style={{ margin: 0 }}>
        <Badge tone="info">{t(`kinds.${resource.kind}`)}</Badge>{' '}
        {t('lesson.by', {
          organisation: resource.organisation.name,
          licence: t(LICENCE_KEYS[resource.licence]),
        })}
      </p>
      {resource.summary && <p style={{ margin: 0 }}>{resource.summary}</p>}
      {resource.body && <Markdown source={resource.body} headingOffset={2} />}
      {resource.url && (
        <p style={{ margin: 0 }}>
          <a href={resource.url} target="_blank" rel="noopener noreferrer" className={buttonClassName()}>
            {resource.kind === 'tutorial' ? t('detail.watch') : t('detail.open')}
          </a>
        </p>
      )}
      {resource.file && (
        <p style={{ margin: 0 }}>
          <a href={resource.file.url} download={resource.file.name} className={buttonClassName()}>
            {t('detail.download', { name: resource.file.name })}
          </a>
        </p>
      )}
      <p style={{ margin: 0 }}>
        <Link to={`/library/${resource.id}`}>{t('lesson.openInLibrary')}</Link>
      </p>
    </div>
  );
}
