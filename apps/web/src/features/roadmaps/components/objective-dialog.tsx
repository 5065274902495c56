import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import {
  INDICATOR_KINDS,
  type IndicatorKind,
  type RoadmapObjectiveView,
  type UpdateObjectiveRequest,
} from '@campus/contracts';
import { Button, Dialog, Select, TextArea, TextField } from '@campus/web-ui';
import { ProblemAlert } from '../../../components/problem-alert';
import { objectiveFormValues, objectiveRequest, type ObjectiveFormValues } from '../lib/roadmap-form';

/**
 * Adds or edits an objective: title, explanation, timing and the indicator (kind, baseline,
 * target and, unless it is an area score read from rounds, the current value).
 */
export function ObjectiveDialog({
  open,
  objective,
  areaScores,
  onClose,
  onSave,
  saving,
  error,
}: {
  open: boolean;
  objective?: RoadmapObjectiveView;
  /** Area scores need a roadmap built from a round. */
  areaScores: boolean;
  onClose: () => void;
  onSave: (body: UpdateObjectiveRequest) => void;
  saving: boolean;
  error: unknown;
}) {
  const { t } = useTranslation('roadmaps');
  const [values, setValues] = useState<ObjectiveFormValues>(() => objectiveFormValues(objective));
  const [errors, setErrors] = useState<Record<string, string>>({});
  const set = (patch: Partial<ObjectiveFormValues>) => setValues((v) => ({ ...v, ...patch }));
  const kinds = INDICATOR_KINDS.filter((k) => k !== 'area_score' || areaScores || values.indicatorKind === k);

  const submit = (e: FormEvent) => {
    e.preventDefault();
    const result = objectiveRequest(values);
    if (!result.ok) {
      setErrors(Object.fromEntries(result.errors.map((er) => [er.field, t('objective.errors.invalid')])));
      return;
    }
    setErrors({});
    const { position: _position, ...body } = result.body;
    onSave(body);
  };

  return (
    <Dialog
      open={open}
      title={objective ? t('objective.editTitle') : t('objective.addTitle')}
      onClose={onClose}
    >
      <form className="ui-stack" onSubmit={submit} noValidate>
        <TextField
          label={t('objective.title')}
          value={values.title}
          onChange={(e) => set({ title: e.target.value })}
          error={errors.title}
          maxLength={300}
          required
        />
        <TextArea
          label={t('objective.explanation')}
          value={values.explanation}
          onChange={(e) => set({ explanation: e.target.value })}
          maxLength={5000}
          rows={4}
        />
        <div className="ui-row" style={{ gap: '1rem', flexWrap: 'wrap' }}>
          <TextField
            type="date"
            label={t('objective.startsOn')}
            value={values.startsOn}
            onChange={(e) => set({ startsOn: e.target.value })}
          />
          <TextField
            type="date"
            label={t('objective.endsOn')}
            value={values.endsOn}
            onChange={(e) => set({ endsOn: e.target.value })}
            error={errors.endsOn}
          />
        </div>
        <TextField
          label={t('objective.indicator')}
          hint={t('objective.indicatorHint')}
          value={values.indicator}
          onChange={(e) => set({ indicator: e.target.value })}
          error={errors.indicator}
          maxLength={500}
          required
        />
        <Select
          label={t('objective.kind')}
          value={values.indicatorKind}
          onChange={(e) => set({ indicatorKind: e.target.value as IndicatorKind })}
          options={kinds.map((k) => ({ value: k, label: t(`indicatorKind.${k}`) }))}
          error={errors.areaKey}
        />
        <div className="ui-row" style={{ gap: '1rem', flexWrap: 'wrap' }}>
          <TextField
            inputMode="decimal"
            label={t('objective.baseline')}
            value={values.baseline}
            onChange={(e) => set({ baseline: e.target.value })}
            error={errors.baseline}
          />
          <TextField
            inputMode="decimal"
            label={t('objective.target')}
            value={values.target}
            onChange={(e) => set({ target: e.target.value })}
            error={errors.target}
          />
          {values.indicatorKind !== 'area_score' && (
            <TextField
              inputMode="decimal"
              label={t('objective.current')}
              value={values.currentValue}
              onChange={(e) => set({ currentValue: e.target.value })}
              error={errors.currentValue}
            />
          )}
        </div>
        {values.indicatorKind === 'area_score' && <p className="ui-muted">{t('objective.areaScoreHint')}</p>}
        {error ? <ProblemAlert error={error} /> : null}
        <div className="ui-row" style={{ gap: '0.5rem' }}>
          <Button type="submit" loading={saving}>
            {t('objective.save')}
          </Button>
          <Button type="button" variant="secondary" onClick={onClose}>
            {t('actions.cancel')}
          </Button>
        </div>
      </form>
    </Dialog>
  );
}
