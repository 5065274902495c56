import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { MentorMobilityView } from '@campus/contracts';
import { ErrorState, PageHeader, Spinner } from '@campus/web-ui';
import { useDocumentTitle } from '../../../components/document-title';
import { problemDetail, problemMessage, toApiError } from '../../../components/problem-alert';
import { isLocale, setLocale } from '../../../i18n';
import { useMentorPage } from '../hooks/use-mentor';
import { claimLanguageSwitch, takeMentorToken } from '../lib/mentor-token';
import { LinkProblem, type LinkProblemKind } from './link-problem';
import { MentorAgreement } from './mentor-agreement';
import { MentorAssessment } from './mentor-assessment';
import { MentorLogbook } from './mentor-logbook';
import { MentorOverview } from './mentor-overview';

/** The API's answers that mean the link opens nothing (any more). */
const LINK_PROBLEMS: Partial<Record<string, LinkProblemKind>> = {
  MENTOR_LINK_EXPIRED: 'expired',
  MENTOR_LINK_REVOKED: 'revoked',
  MENTOR_LINK_INVALID: 'invalid',
  UNAUTHENTICATED: 'invalid',
};

/**
 * The host mentor's pages, opened from the e-mailed link `/mentor#token=…`. The token is read from
 * the fragment once, kept for this tab and sent only in the X-Mentor-Token header.
 */
export function MentorView() {
  const [token] = useState(takeMentorToken);
  if (!token) return <LinkProblem kind="invalid" />;
  return <MentorPages token={token} />;
}

function MentorPages({ token }: { token: string }) {
  const { t } = useTranslation('mentor');
  const { t: tc } = useTranslation('common');
  const page = useMentorPage(token);
  const language = page.data?.mobility.mentor.language;
  useEffect(() => {
    if (isLocale(language) && claimLanguageSwitch(language)) void setLocale(language);
  }, [language]);

  if (page.isPending) return <Spinner label={t('loading')} block size="large" />;
  if (page.isError) {
    const e = toApiError(page.error);
    const kind = LINK_PROBLEMS[e.code];
    if (kind) return <LinkProblem kind={kind} organisation={e.organisationName} />;
    return (
      <ErrorState
        title={problemMessage(e, tc)}
        message={problemDetail(e)}
        onRetry={() => void page.refetch()}
        retryLabel={tc('actions.retry')}
        retrying={page.isFetching}
      />
    );
  }
  return <MentorSections token={token} view={page.data} />;
}

function MentorSections({ token, view }: { token: string; view: MentorMobilityView }) {
  const { t } = useTranslation('mentor');
  const title = t('pageTitle', { participant: view.mobility.participantName });
  useDocumentTitle(title);
  return (
    <>
      <PageHeader
        title={title}
        description={t('intro', {
          organisation: view.mobility.sendingOrganisation,
          participant: view.mobility.participantName,
          host: view.mobility.host.name,
        })}
      />
      <div className="ui-stack">
        <MentorOverview view={view} />
        <MentorAgreement token={token} view={view} />
        <MentorLogbook token={token} view={view} />
        <MentorAssessment token={token} view={view} />
      </div>
    </>
  );
}
