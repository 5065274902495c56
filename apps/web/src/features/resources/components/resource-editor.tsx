import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import {
  LOCALES,
  RESOURCE_AUDIENCES,
  RESOURCE_KINDS,
  RESOURCE_LICENCES,
  type CreateResourceRequest,
  type Locale,
  type ResourceDetailView,
} from '@campus/contracts';
import {
  Alert,
  Button,
  Checkbox,
  EmptyState,
  PageHeader,
  RadioGroup,
  Select,
  TextArea,
  TextField,
} from '@campus/web-ui';
import { isApiError } from '../../../api';
import { ProblemAlert } from '../../../components/problem-alert';
import { useDocumentTitle } from '../../../components/document-title';
import { focusFirstInvalid } from '../../../forms/focus-first-invalid';
import { useCurrentUser } from '../../auth';
import { languageAutonym } from '../../profile';
import { useCreateResource, useResource, useSaveDraft } from '../hooks/use-resources';
import {
  emptyResourceValues,
  resourceRequest,
  valuesFrom,
  type ResourceFormValues,
} from '../lib/resource-form';
import { QueryState } from '../../../components/query-state';
import { ResourceFileField } from './resource-file-field';
import { LICENCE_KEYS } from '../lib/licence';

/** `/library/contribute`: a new resource, saved as a draft of version 1. */
export function ContributeResource() {
  const { t } = useTranslation('library');
  useDocumentTitle(t('form.createTitle'));
  const user = useCurrentUser();
  const orgs = user.memberships.filter((m) => m.role !== 'learner');
  if (orgs.length === 0)
    return (
      <>
        <PageHeader title={t('form.createTitle')} />
        <EmptyState title={t('form.noOrganisation')} />
      </>
    );
  const locale = (LOCALES as readonly string[]).includes(user.locale) ? user.locale : 'en';
  return (
    <>
      <PageHeader title={t('form.createTitle')} description={t('form.createDescription')} />
      <ResourceForm
        initial={emptyResourceValues(orgs[0].organisationId, locale)}
        organisations={orgs.map((m) => ({ value: m.organisationId, label: m.organisationName }))}
      />
    </>
  );
}

/** `/library/:id/edit`: the draft, or a new version started from the latest one. */
export function EditResource({ id }: { id: string }) {
  const { t } = useTranslation('library');
  const resource = useResource(id);
  return (
    <QueryState query={resource} loadingLabel={t('detail.loading')}>
      {(r) => <EditResourceForm resource={r} />}
    </QueryState>
  );
}

function EditResourceForm({ resource }: { resource: ResourceDetailView }) {
  const { t } = useTranslation('library');
  const draft = resource.pending?.status === 'draft' ? resource.pending : null;
  const base = draft ?? resource.pending ?? resource.current;
  const title = draft
    ? t('form.editTitle', { version: draft.version })
    : t('form.newVersionTitle', { title: resource.current?.title ?? base?.title ?? '' });
  useDocumentTitle(title);
  if (!base || !resource.canEdit) return <EmptyState title={t('detail.notFound')} />;
  return (
    <>
      <PageHeader title={title} />
      {resource.pending?.status === 'submitted' ? (
        <Alert
          tone="info"
          title={t('detail.pending', { version: resource.pending.version, status: t('statuses.submitted') })}
        />
      ) : (
        <ResourceForm
          resourceId={resource.id}
          initial={valuesFrom(base, resource.organisation.id, resource.kind, !!draft)}
        />
      )}
    </>
  );
}

function ResourceForm({
  initial,
  resourceId,
  organisations,
}: {
  initial: ResourceFormValues;
  /** Absent when creating. */
  resourceId?: string;
  organisations?: { value: string; label: string }[];
}) {
  const { t } = useTranslation('library');
  const { t: tc } = useTranslation('common');
  const navigate = useNavigate();
  const [values, setValues] = useState(initial);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const formRef = useRef<HTMLFormElement>(null);
  const create = useCreateResource();
  const save = useSaveDraft(resourceId ?? '');
  const saving = resourceId ? save : create;
  const set = <K extends keyof ResourceFormValues>(
    name: K,
    value: ResourceFormValues[K],
    errorKey: string = name,
  ) => {
    setValues((v) => ({ ...v, [name]: value }));
    setErrors(({ [errorKey]: _gone, ...rest }) => rest);
  };
  const onError = (err: unknown) => {
    if (isApiError(err) && err.fieldErrors.length) {
      setErrors(err.fieldErrorMap());
      focusFirstInvalid(formRef);
    }
  };
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const { body, errors: found } = resourceRequest(values, !resourceId, tc, {
      chooseFile: t('form.chooseFile'),
      giveUrl: t('form.giveUrl'),
      giveBodyOrUrl: t('form.giveBodyOrUrl'),
    });
    setErrors(found);
    if (!body) return focusFirstInvalid(formRef);
    const done = () => void navigate('/library/mine');
    if (resourceId) save.mutate(body, { onSuccess: done, onError });
    else create.mutate(body as CreateResourceRequest, { onSuccess: done, onError });
  };
  const tutorial = values.kind === 'tutorial';
  const usesFile = values.kind === 'document' || values.kind === 'template';

  return (
    <form ref={formRef} className="ui-form" noValidate onSubmit={submit}>
      {saving.error != null && <ProblemAlert error={saving.error} />}
      {organisations && organisations.length > 1 && (
        <Select
          label={t('form.organisation')}
          options={organisations}
          value={values.organisationId}
          onChange={(e) => setValues((v) => ({ ...v, organisationId: e.target.value, file: null }))}
        />
      )}
      {!resourceId && (
        <RadioGroup
          legend={t('form.kind')}
          inline
          options={RESOURCE_KINDS.map((k) => ({ value: k, label: t(`kinds.${k}`) }))}
          value={values.kind}
          onChange={(k) => {
            setValues((v) => ({ ...v, kind: k as ResourceFormValues['kind'] }));
            setErrors({});
          }}
        />
      )}
      <TextField
        label={t('form.title')}
        required
        maxLength={200}
        value={values.title}
        error={errors.title}
        onChange={(e) => set('title', e.target.value)}
      />
      <TextArea
        label={t('form.summary')}
        rows={3}
        maxLength={2000}
        value={values.summary}
        error={errors.summary}
        onChange={(e) => set('summary', e.target.value)}
      />
      <Select
        label={t('form.language')}
        options={LOCALES.map((l) => ({ value: l, label: languageAutonym(l) }))}
        value={values.locale}
        error={errors.locale}
        onChange={(e) => set('locale', e.target.value as Locale)}
      />
      <TextField
        label={t('form.topics')}
        hint={t('form.topicsHint')}
        value={values.topics}
        error={errors.topics}
        onChange={(e) => set('topics', e.target.value)}
      />
      <fieldset className="ui-radio-group">
        <legend className="ui-label">{t('form.audiences')}</legend>
        {RESOURCE_AUDIENCES.map((a) => (
          <Checkbox
            key={a}
            label={t(`audiences.${a}`)}
            checked={values.audiences.includes(a)}
            onChange={(e) =>
              set(
                'audiences',
                e.target.checked ? [...values.audiences, a] : values.audiences.filter((x) => x !== a),
              )
            }
          />
        ))}
      </fieldset>
      <Select
        label={t('form.licence')}
        options={RESOURCE_LICENCES.map((l) => ({ value: l, label: t(LICENCE_KEYS[l]) }))}
        value={values.licence}
        error={errors.licence}
        onChange={(e) => set('licence', e.target.value as ResourceFormValues['licence'])}
      />
      {usesFile && (
        <ResourceFileField
          organisationId={values.organisationId}
          value={values.file}
          error={errors.fileId}
          onChange={(f) => set('file', f, 'fileId')}
        />
      )}
      {!usesFile && (
        <TextField
          label={t('form.url')}
          hint={tutorial ? t('form.urlHintTutorial') : undefined}
          type="url"
          required={values.kind === 'link'}
          value={values.url}
          error={errors.url}
          onChange={(e) => set('url', e.target.value)}
        />
      )}
      <TextArea
        label={t('form.body')}
        hint={tutorial ? t('form.bodyHintTutorial') : t('form.bodyHint')}
        code
        rows={tutorial ? 12 : 5}
        value={values.body}
        error={errors.body}
        onChange={(e) => set('body', e.target.value)}
      />
      <TextField
        label={t('form.changeNote')}
        hint={t('form.changeNoteHint')}
        maxLength={1000}
        value={values.changeNote}
        error={errors.changeNote}
        onChange={(e) => set('changeNote', e.target.value)}
      />
      {Object.keys(errors).length > 0 && saving.error == null && (
        <Alert tone="error" title={tc('errors.VALIDATION_FAILED')} />
      )}
      <div className="ui-row">
        <Button type="submit" variant="primary" disabled={saving.isPending}>
          {t('form.save')}
        </Button>
      </div>
    </form>
  );
}
