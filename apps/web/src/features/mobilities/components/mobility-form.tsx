import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import {
  MOBILITY_ACTIVITY_TYPES,
  type CreateMobilityRequest,
  type MemberView,
  type MobilityView,
} from '@campus/contracts';
import { DescriptionList, Select, TextField } from '@campus/web-ui';
import { isApiError } from '../../../api';
import { ProblemAlert } from '../../../components/problem-alert';
import { useMobilityFormat } from '../hooks/use-mobility-format';
import { fieldProps } from '../lib/field-props';
import { mobilityRequest, withoutErrors, type MobilityFormValues } from '../lib/mobility-form';
import { FormSection } from './form-section';
import { HostMentorFields, HostOrganisationFields } from './host-fields';
import { InterruptionsEditor } from './interruptions-editor';
import { TravelFields } from './travel-fields';
import { focusFirstInvalid } from '../../../forms/focus-first-invalid';
import { FormFooter } from '../../../forms/form-footer';

export interface MobilityFormProps {
  initial: MobilityFormValues;
  /** The organisation's members, any of whom can be the participant. */
  members: readonly Pick<MemberView, 'userId' | 'name' | 'email'>[];
  /** When editing: the record as last saved, whose computed days are shown. */
  saved?: MobilityView;
  submitLabel: string;
  cancelTo: string;
  busy: boolean;
  /** Saves; a rejection with field errors puts them next to the fields. */
  onSubmit: (body: CreateMobilityRequest) => Promise<unknown>;
}

/** A mobility record's details, for a new record and for editing one. */
export function MobilityForm({
  initial,
  members,
  saved,
  submitLabel,
  cancelTo,
  busy,
  onSubmit,
}: MobilityFormProps) {
  const { t } = useTranslation('mobilities');
  const { t: tc } = useTranslation('common');
  const fmt = useMobilityFormat();
  const [values, setValues] = useState(initial);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [failure, setFailure] = useState<unknown>(null);
  const formRef = useRef<HTMLFormElement>(null);

  /** Changes one part of the values and forgets the errors it had. */
  const change = (field: string, next: (v: MobilityFormValues) => MobilityFormValues) => {
    setValues(next);
    setErrors((e) => withoutErrors(e, field));
  };
  const setTop = <K extends keyof MobilityFormValues>(name: K, value: MobilityFormValues[K]) =>
    change(name, (v) => ({ ...v, [name]: value }));
  const text = (name: 'participantId' | 'activityType' | 'projectNumber' | 'mobilityId') =>
    fieldProps(name, values[name], errors, (v) => setTop(name, v));

  const submit = (e: FormEvent) => {
    e.preventDefault();
    setFailure(null);
    const { body, errors: found } = mobilityRequest(values, tc);
    setErrors(found);
    if (!body) return focusFirstInvalid(formRef);
    onSubmit(body).catch((err: unknown) => {
      if (isApiError(err) && err.fieldErrors.length) {
        setErrors(err.fieldErrorMap());
        focusFirstInvalid(formRef);
      }
      setFailure(err);
    });
  };

  // A member who has left stays choosable on their own record.
  const participants = members.map((m) => ({ value: m.userId, label: `${m.name} (${m.email})` }));
  if (saved && !participants.some((p) => p.value === saved.participant.id))
    participants.unshift({
      value: saved.participant.id,
      label: `${saved.participant.name} (${saved.participant.email})`,
    });

  return (
    <form ref={formRef} className="ui-form" noValidate onSubmit={submit}>
      {failure != null && <ProblemAlert error={failure} />}
      <FormSection title={t('form.activitySection')}>
        <div className="ui-form-row">
          <Select
            label={t('form.participant')}
            placeholder={t('form.chooseParticipant')}
            required
            options={participants}
            {...text('participantId')}
          />
          <Select
            label={t('form.activityType')}
            placeholder={t('form.chooseActivity')}
            required
            options={MOBILITY_ACTIVITY_TYPES.map((a) => ({ value: a, label: fmt.activity(a) }))}
            {...text('activityType')}
          />
        </div>
        <div className="ui-form-row">
          <TextField
            label={t('form.projectNumber')}
            hint={t('form.projectNumberHint')}
            required
            maxLength={60}
            spellCheck={false}
            {...text('projectNumber')}
          />
          <TextField
            label={t('form.mobilityId')}
            hint={t('form.mobilityIdHint')}
            required
            maxLength={60}
            spellCheck={false}
            {...text('mobilityId')}
          />
        </div>
      </FormSection>
      <HostOrganisationFields
        value={values.host}
        errors={errors}
        onChange={(field, value) =>
          change(`host.${field}`, (v) => ({ ...v, host: { ...v.host, [field]: value } }))
        }
      />
      <HostMentorFields
        value={values.mentor}
        errors={errors}
        onChange={(field, value) =>
          change(`mentor.${field}`, (v) => ({ ...v, mentor: { ...v.mentor, [field]: value } }))
        }
      />
      <TravelFields
        values={values}
        errors={errors}
        onChange={(field, value) => setTop(field, value)}
        onGreenTravelChange={(value) => setTop('greenTravel', value)}
      />
      <InterruptionsEditor
        value={values.interruptions}
        errors={errors}
        startDate={values.startDate}
        endDate={values.endDate}
        onChange={(next) => setTop('interruptions', next)}
      />
      <FormSection title={t('form.computedTitle')} hint={t('form.computedHint')}>
        {saved && (
          <>
            <p style={{ margin: 0 }}>{t('form.computedSaved')}</p>
            <DescriptionList
              items={[
                { key: 'duration', term: t('record.duration'), description: fmt.days(saved.durationDays) },
                {
                  key: 'funded',
                  term: t('record.fundedTravelDays'),
                  description: fmt.days(saved.fundedTravelDays),
                },
              ]}
            />
          </>
        )}
      </FormSection>
      <FormFooter
        invalid={Object.keys(errors).length > 0 && failure == null}
        busy={busy}
        submitLabel={submitLabel}
        cancelTo={cancelTo}
      />
    </form>
  );
}
