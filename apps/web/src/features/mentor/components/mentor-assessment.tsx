import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  actualDateBounds,
  OUTCOME_RATINGS,
  type MentorMobilityView,
  type OutcomeRating,
} from '@campus/contracts';
import {
  Alert,
  Button,
  Card,
  DescriptionList,
  EmptyState,
  RadioGroup,
  TextArea,
  TextField,
} from '@campus/web-ui';
import { isApiError } from '../../../api';
import { ProblemAlert } from '../../../components/problem-alert';
import { useDateFormat } from '../../../format/use-date-format';
import { useMobilityFormat } from '../../mobilities';
import { useMentorSubmitAssessment } from '../hooks/use-mentor';
import { assessmentRequest, assessmentValues, type AssessmentValues } from '../lib/assessment-form';

/**
 * The mentor's final word (Europass Mobility section 5a): the actual dates, each planned outcome
 * achieved, partly or not achieved, and a statement of the skills and competences acquired. It can
 * be changed until the sending school validates the mobility.
 */
export function MentorAssessment({ token, view }: { token: string; view: MentorMobilityView }) {
  const { t } = useTranslation('mentor');
  const fmt = useDateFormat();
  const format = useMobilityFormat();
  const [editing, setEditing] = useState(false);
  const [justSubmitted, setJustSubmitted] = useState(false);
  const { assessment, assessmentOpen, assessmentOutcomes: outcomes } = view;

  // An amendment agreed after the assessment: its outcomes are the ones to assess now.
  const agreedVersion = view.agreement?.agreedVersion ?? null;
  const stale =
    assessment !== null && agreedVersion !== null && assessment.agreementVersion !== agreedVersion;

  let body;
  if (assessment && !editing && !(stale && assessmentOpen)) {
    const statementOf = (id: string) => outcomes.find((o) => o.id === id)?.statement ?? id;
    body = (
      <div className="ui-stack">
        <Alert tone="success" title={justSubmitted ? t('assessment.thanks') : undefined}>
          {t('assessment.submittedOn', { date: fmt.dateTime(assessment.submittedAt) })}{' '}
          {assessmentOpen ? t('assessment.changeUntil') : t('assessment.final')}
        </Alert>
        <DescriptionList
          items={[
            {
              key: 'dates',
              term: t('assessment.actualDates'),
              description: format.period(assessment.actualStart, assessment.actualEnd),
            },
            ...assessment.outcomes.map((o) => ({
              key: o.outcomeId,
              term: statementOf(o.outcomeId),
              description: t(`assessment.rating.${o.rating}`),
            })),
            {
              key: 'statement',
              term: t('assessment.statement'),
              description: <span className="ui-prewrap">{assessment.statement}</span>,
            },
          ]}
        />
        {assessmentOpen && (
          <div>
            <Button variant="secondary" onClick={() => setEditing(true)}>
              {t('assessment.change')}
            </Button>
          </div>
        )}
      </div>
    );
  } else if (!assessmentOpen) {
    body = (
      <EmptyState title={t('assessment.notOpenTitle')}>
        {view.mobility.status === 'validated' || view.mobility.status === 'cancelled'
          ? t('assessment.closed')
          : t('assessment.notOpenBody')}
      </EmptyState>
    );
  } else {
    body = (
      <>
        {stale && (
          <Alert tone="warning">
            {t('assessment.amended', { old: assessment.agreementVersion, version: agreedVersion })}
          </Alert>
        )}
        <AssessmentForm
          token={token}
          view={view}
          onDone={() => {
            setEditing(false);
            setJustSubmitted(true);
          }}
          onCancel={assessment && !stale ? () => setEditing(false) : undefined}
        />
      </>
    );
  }
  return <Card title={t('assessment.title')}>{body}</Card>;
}

function AssessmentForm({
  token,
  view,
  onDone,
  onCancel,
}: {
  token: string;
  view: MentorMobilityView;
  onDone: () => void;
  onCancel?: () => void;
}) {
  const { t } = useTranslation('mentor');
  const { t: tc } = useTranslation('common');
  const format = useMobilityFormat();
  const submit = useMentorSubmitAssessment(token);
  const outcomes = view.assessmentOutcomes;
  const plan = view.mobility;
  const [values, setValues] = useState<AssessmentValues>(() =>
    assessmentValues(outcomes, plan, view.assessment),
  );
  const [errors, setErrors] = useState<Record<string, string>>({});
  const { min, max } = actualDateBounds(plan);
  const serverErrors = isApiError(submit.error, 'VALIDATION_FAILED') ? submit.error.fieldErrorMap() : {};
  const errorOf = (field: string) => errors[field] ?? serverErrors[field];
  const set = (patch: Partial<AssessmentValues>) => setValues((v) => ({ ...v, ...patch }));
  const ratingOptions = OUTCOME_RATINGS.map((r) => ({ value: r, label: t(`assessment.rating.${r}`) }));

  return (
    <form
      className="ui-stack"
      noValidate
      aria-label={t('assessment.title')}
      onSubmit={(e) => {
        e.preventDefault();
        const { body, errors: found } = assessmentRequest(values, outcomes, plan, tc, t, format.date);
        setErrors(found);
        if (body) submit.mutate(body, { onSuccess: onDone });
      }}
    >
      <p style={{ margin: 0 }}>
        {t('assessment.intro', { dates: format.period(plan.startDate, plan.endDate) })}
      </p>
      {submit.isError && <ProblemAlert error={submit.error} />}
      <div className="ui-row" style={{ flexWrap: 'wrap' }}>
        <TextField
          type="date"
          label={t('assessment.actualStart')}
          value={values.actualStart}
          min={min}
          max={max}
          onChange={(e) => set({ actualStart: e.target.value })}
          error={errorOf('actualStart')}
          required
        />
        <TextField
          type="date"
          label={t('assessment.actualEnd')}
          value={values.actualEnd}
          min={min}
          max={max}
          onChange={(e) => set({ actualEnd: e.target.value })}
          error={errorOf('actualEnd')}
          required
        />
      </div>
      <fieldset className="ui-stack" style={{ border: 0, padding: 0, margin: 0 }}>
        <legend className="ui-label">{t('assessment.outcomes')}</legend>
        {errorOf('outcomes') && <Alert tone="error">{errorOf('outcomes')}</Alert>}
        {outcomes.map((o) => (
          <RadioGroup
            key={o.id}
            legend={o.statement}
            options={ratingOptions}
            value={values.ratings[o.id] ?? ''}
            onChange={(r) => set({ ratings: { ...values.ratings, [o.id]: r as OutcomeRating } })}
            error={errorOf(`rating.${o.id}`)}
          />
        ))}
      </fieldset>
      <TextArea
        label={t('assessment.statement')}
        hint={t('assessment.statementHint')}
        value={values.statement}
        onChange={(e) => set({ statement: e.target.value })}
        error={errorOf('statement')}
        rows={6}
        required
      />
      <div className="ui-row">
        <Button type="submit" loading={submit.isPending}>
          {view.assessment ? t('assessment.resubmit') : t('assessment.submit')}
        </Button>
        {onCancel && (
          <Button variant="secondary" onClick={onCancel}>
            {t('assessment.cancel')}
          </Button>
        )}
      </div>
    </form>
  );
}
