import { useTranslation } from 'react-i18next';
import type { LearningAgreementContent } from '@campus/contracts';
import { DescriptionList } from '@campus/web-ui';
import { languageNames } from '../lib/language-name';
import { OutcomeText } from './outcome-text';

/** One version's content, read-only, in the order of the editor. */
export function AgreementContent({ content }: { content: LearningAgreementContent }) {
  const { t, i18n } = useTranslation('agreements');
  const text = (value: string) => <span className="ui-prewrap">{value}</span>;
  return (
    <DescriptionList
      items={[
        { key: 'objectives', term: t('content.objectives'), description: text(content.objectives) },
        {
          key: 'outcomes',
          term: t('content.outcomes'),
          description: (
            <ol style={{ margin: 0, paddingInlineStart: '1.25rem' }}>
              {content.outcomes.map((o) => (
                <li key={o.id}>
                  <OutcomeText outcome={o} />
                </li>
              ))}
            </ol>
          ),
        },
        { key: 'tasks', term: t('content.tasks'), description: text(content.tasks) },
        {
          key: 'languages',
          term: t('content.languages'),
          description: languageNames(content.languages, i18n.resolvedLanguage ?? 'en'),
        },
        { key: 'mentoring', term: t('content.mentoring'), description: text(content.mentoring) },
        { key: 'recognition', term: t('content.recognition'), description: text(content.recognition) },
      ]}
    />
  );
}
