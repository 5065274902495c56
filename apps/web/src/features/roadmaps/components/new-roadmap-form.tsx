import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { LOCALES, MOBILITY_ACTIVITY_TYPES, type Locale } from '@campus/contracts';
import { Alert, Button, Card, Select, Spinner, TextField } from '@campus/web-ui';
import { ProblemAlert, toApiError } from '../../../components/problem-alert';
import { useCreateRoadmap, useFocusAreas } from '../hooks/use-roadmaps';
import { focusAreasValid, suggestedFocusAreas } from '../lib/focus-areas';
import { emptyEstimate, toActivityEstimates, type RoadmapFormValues } from '../lib/roadmap-form';
import { FocusAreaPicker } from './focus-area-picker';

/**
 * "New roadmap": title, language, period and activity estimates; opened with a round
 * (`?fromRound=`), it also lists that round's areas to pick the focus areas from. Only a closed
 * round has results (the API answers 409 while it takes answers): an open one is explained, with
 * its round page, instead of the form.
 */
export function NewRoadmapForm({ orgId, fromRound }: { orgId: string; fromRound: string | null }) {
  const { t, i18n } = useTranslation('roadmaps');
  const navigate = useNavigate();
  const uiLocale = (LOCALES as readonly string[]).includes(i18n.resolvedLanguage ?? '')
    ? (i18n.resolvedLanguage as Locale)
    : 'en';
  const [values, setValues] = useState<RoadmapFormValues>({
    title: '',
    locale: uiLocale,
    startsOn: '',
    endsOn: '',
    estimates: [emptyEstimate()],
  });
  const focus = useFocusAreas(orgId, fromRound, values.locale);
  const [picked, setPicked] = useState<string[] | null>(null);
  const selected = picked ?? (focus.data ? suggestedFocusAreas(focus.data.areas) : []);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const create = useCreateRoadmap(orgId);
  const roundOpen = focus.isError && toApiError(focus.error).code === 'CONFLICT';
  const set = (patch: Partial<RoadmapFormValues>) => setValues((v) => ({ ...v, ...patch }));
  const setEstimate = (i: number, patch: Partial<RoadmapFormValues['estimates'][number]>) =>
    set({ estimates: values.estimates.map((e, j) => (j === i ? { ...e, ...patch } : e)) });

  const submit = (e: FormEvent) => {
    e.preventDefault();
    const found: Record<string, string> = {};
    if (!values.title.trim()) found.title = t('form.errors.title');
    if (values.startsOn && values.endsOn && values.endsOn < values.startsOn)
      found.endsOn = t('form.errors.dates');
    if (fromRound && !focusAreasValid(selected)) found.focus = t('form.errors.focus');
    setErrors(found);
    if (Object.keys(found).length) return;
    create.mutate(
      {
        title: values.title.trim(),
        locale: values.locale,
        startsOn: values.startsOn || null,
        endsOn: values.endsOn || null,
        activityEstimates: toActivityEstimates(values.estimates),
        ...(fromRound ? { fromRound: { roundId: fromRound, focusAreaKeys: selected } } : {}),
      },
      { onSuccess: (roadmap) => void navigate(`/orgs/${orgId}/roadmaps/${roadmap.id}`) },
    );
  };

  if (fromRound && roundOpen) return <RoundStillOpen orgId={orgId} roundId={fromRound} />;

  return (
    <Card title={fromRound ? t('form.fromRoundTitle') : t('form.title')}>
      <form className="ui-stack" onSubmit={submit} noValidate>
        <TextField
          label={t('form.name')}
          value={values.title}
          onChange={(e) => set({ title: e.target.value })}
          error={errors.title}
          maxLength={200}
          required
        />
        <Select
          label={t('form.locale')}
          hint={t('form.localeHint')}
          value={values.locale}
          onChange={(e) => set({ locale: e.target.value as Locale })}
          options={LOCALES.map((l) => ({ value: l, label: t(`locales.${l}`) }))}
        />
        <div className="ui-row" style={{ gap: '1rem', flexWrap: 'wrap' }}>
          <TextField
            type="date"
            label={t('form.startsOn')}
            value={values.startsOn}
            onChange={(e) => set({ startsOn: e.target.value })}
          />
          <TextField
            type="date"
            label={t('form.endsOn')}
            value={values.endsOn}
            onChange={(e) => set({ endsOn: e.target.value })}
            error={errors.endsOn}
          />
        </div>
        <fieldset className="ui-stack">
          <legend>{t('form.estimates')}</legend>
          <p className="ui-muted">{t('form.estimatesHint')}</p>
          {values.estimates.map((estimate, i) => (
            <div
              key={i}
              className="ui-row"
              style={{ gap: '0.75rem', flexWrap: 'wrap', alignItems: 'flex-end' }}
            >
              <TextField
                type="number"
                label={t('form.year')}
                value={estimate.year}
                min={2000}
                max={2100}
                onChange={(e) => setEstimate(i, { year: e.target.value })}
              />
              <Select
                label={t('form.activityType')}
                value={estimate.activityType}
                onChange={(e) =>
                  setEstimate(i, { activityType: e.target.value as (typeof MOBILITY_ACTIVITY_TYPES)[number] })
                }
                options={MOBILITY_ACTIVITY_TYPES.map((a) => ({ value: a, label: t(`activityType.${a}`) }))}
              />
              <TextField
                type="number"
                label={t('form.participants')}
                value={estimate.participants}
                min={0}
                onChange={(e) => setEstimate(i, { participants: e.target.value })}
              />
              <Button
                type="button"
                variant="ghost"
                size="small"
                onClick={() => set({ estimates: values.estimates.filter((_, j) => j !== i) })}
              >
                {t('form.removeEstimate')}
              </Button>
            </div>
          ))}
          <div>
            <Button
              type="button"
              variant="secondary"
              size="small"
              onClick={() => set({ estimates: [...values.estimates, emptyEstimate()] })}
            >
              {t('form.addEstimate')}
            </Button>
          </div>
        </fieldset>
        {fromRound &&
          (focus.isPending ? (
            <Spinner label={t('focus.loading')} />
          ) : focus.isError ? (
            <ProblemAlert error={focus.error} />
          ) : (
            <FocusAreaPicker
              view={focus.data}
              selected={selected}
              onChange={setPicked}
              error={errors.focus}
            />
          ))}
        {create.error && <ProblemAlert error={create.error} />}
        <div>
          <Button type="submit" loading={create.isPending}>
            {t('form.submit')}
          </Button>
        </div>
      </form>
    </Card>
  );
}

/** A round that still takes answers has no results yet, so no focus areas to start from. */
function RoundStillOpen({ orgId, roundId }: { orgId: string; roundId: string }) {
  const { t } = useTranslation('roadmaps');
  return (
    <Card title={t('form.fromRoundTitle')}>
      <div className="ui-stack">
        <Alert tone="info" title={t('roundOpen.title')}>
          {t('roundOpen.body')}
        </Alert>
        <ul>
          <li>
            <Link to={`/orgs/${orgId}/self-assessment/rounds/${encodeURIComponent(roundId)}`}>
              {t('roundOpen.roundLink')}
            </Link>
          </li>
          <li>
            <Link to={`/orgs/${orgId}/roadmaps`}>{t('roundOpen.blank')}</Link>
          </li>
        </ul>
      </div>
    </Card>
  );
}
