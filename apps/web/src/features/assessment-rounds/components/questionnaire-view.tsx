import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { QuestionnaireView as Questionnaire } from '@campus/contracts';
import { Alert, ErrorState, PageHeader, Select, Spinner } from '@campus/web-ui';
import { useDocumentTitle } from '../../../components/document-title';
import { ProblemAlert, problemDetail, problemMessage, toApiError } from '../../../components/problem-alert';
import { useDateFormat } from '../../../format/use-date-format';
import { isLocale, setLocale } from '../../../i18n';
import { languageOptions } from '../../profile';
import { useQuestionnaire, useSubmitResponse } from '../hooks/use-questionnaire';
import { hasAnswered, rememberAnswered, takeRespondentToken } from '../lib/respondent-token';
import { QuestionnaireForm } from './questionnaire-form';

/** The API's answers that mean the link opens nothing (any more). */
const LINK_PROBLEMS: Partial<Record<string, 'invalid' | 'gone'>> = {
  ROUND_LINK_INVALID: 'invalid',
  UNAUTHENTICATED: 'invalid',
  ROUND_LINK_REVOKED: 'gone',
  ROUND_LINK_USED: 'gone',
  ROUND_LINK_FULL: 'gone',
  ROUND_LINK_CLOSED: 'gone',
};

/**
 * The anonymous respondent's page, opened from `/answer#token=…`. The token is read from the
 * fragment once, kept for this tab and sent only in the X-Respondent-Token header.
 */
export function RespondentQuestionnaire() {
  const [token] = useState(takeRespondentToken);
  if (!token) return <LinkProblem kind="invalid" />;
  return <QuestionnairePage token={token} />;
}

function LinkProblem({ kind, message }: { kind: 'invalid' | 'gone'; message?: string }) {
  const { t } = useTranslation('rounds');
  const title = t(`answer.problem.${kind}`);
  useDocumentTitle(title);
  return (
    <>
      <PageHeader title={title} />
      {message && <p>{message}</p>}
      <p>{t('answer.problem.askSchool')}</p>
    </>
  );
}

function QuestionnairePage({ token }: { token: string }) {
  const { t, i18n } = useTranslation('rounds');
  const { t: tc } = useTranslation('common');
  // The questionnaire follows the page's language; the picker changes both.
  const locale = isLocale(i18n.language) ? i18n.language : 'en';
  const questionnaire = useQuestionnaire(token, locale);
  const [sent, setSent] = useState(false);

  if (sent) return <Thanks />;
  if (questionnaire.isPending) return <Spinner label={t('answer.loading')} block size="large" />;
  if (questionnaire.isError) {
    const e = toApiError(questionnaire.error);
    const kind = LINK_PROBLEMS[e.code];
    if (kind) return <LinkProblem kind={kind} message={problemMessage(e, tc)} />;
    return (
      <ErrorState
        title={problemMessage(e, tc)}
        message={problemDetail(e)}
        onRetry={() => void questionnaire.refetch()}
        retryLabel={tc('actions.retry')}
        retrying={questionnaire.isFetching}
      />
    );
  }
  return <Answering token={token} questionnaire={questionnaire.data} onSent={() => setSent(true)} />;
}

function Answering({
  token,
  questionnaire: q,
  onSent,
}: {
  token: string;
  questionnaire: Questionnaire;
  onSent: () => void;
}) {
  const { t } = useTranslation('rounds');
  const { date } = useDateFormat();
  const submit = useSubmitResponse(token);
  const [answeredBefore] = useState(() => hasAnswered(q.roundId));
  useDocumentTitle(q.roundTitle);
  return (
    <>
      <PageHeader
        title={t('answer.title', { round: q.roundTitle })}
        description={t('answer.intro', {
          school: q.organisationName,
          group: t(`groups.${q.respondentGroup}`).toLowerCase(),
        })}
      />
      <div className="ui-stack">
        <Select
          label={t('answer.language')}
          inline
          options={languageOptions()}
          value={q.locale}
          onChange={(e) => isLocale(e.target.value) && void setLocale(e.target.value)}
        />
        {answeredBefore && <Alert tone="info">{t('answer.alreadyAnswered')}</Alert>}
        <p>{t('answer.scaleHint')}</p>
        {q.closesAt && <p className="ui-muted">{t('answer.closes', { date: date(q.closesAt) })}</p>}
        {submit.isError && <ProblemAlert error={submit.error} />}
        <QuestionnaireForm
          questionnaire={q}
          busy={submit.isPending}
          onSubmit={(request) =>
            submit.mutate(request, {
              onSuccess: () => {
                rememberAnswered(q.roundId);
                onSent();
              },
            })
          }
        />
      </div>
    </>
  );
}

function Thanks() {
  const { t } = useTranslation('rounds');
  useDocumentTitle(t('answer.thanksTitle'));
  return (
    <>
      <PageHeader title={t('answer.thanksTitle')} />
      <p role="status">{t('answer.thanksBody')}</p>
    </>
  );
}
