import type { TFunction } from 'i18next';
import {
  CreateResourceRequest,
  ResourceVersionFields,
  type FileRef,
  type Locale,
  type ResourceAudience,
  type ResourceKind,
  type ResourceLicence,
  type ResourceVersionView,
} from '@campus/contracts';
import { zodFieldErrors } from '../../../forms/zod-messages';

/** What the contribution form edits; topics are typed as one comma-separated line. */
export interface ResourceFormValues {
  organisationId: string;
  kind: ResourceKind;
  title: string;
  summary: string;
  locale: Locale;
  topics: string;
  audiences: ResourceAudience[];
  licence: ResourceLicence;
  body: string;
  url: string;
  file: FileRef | null;
  changeNote: string;
}

export function emptyResourceValues(organisationId: string, locale: Locale): ResourceFormValues {
  return {
    organisationId,
    kind: 'document',
    title: '',
    summary: '',
    locale,
    topics: '',
    audiences: [],
    licence: 'CC-BY-4.0',
    body: '',
    url: '',
    file: null,
    changeNote: '',
  };
}

/** A new version starts from the latest one's fields, with an empty change note. */
export function valuesFrom(
  v: ResourceVersionView,
  organisationId: string,
  kind: ResourceKind,
  keepNote: boolean,
): ResourceFormValues {
  return {
    organisationId,
    kind,
    title: v.title,
    summary: v.summary,
    locale: v.locale,
    topics: v.topics.join(', '),
    audiences: v.audiences,
    licence: v.licence,
    body: v.body,
    url: v.url ?? '',
    file: v.file,
    changeNote: keepNote ? v.changeNote : '',
  };
}

export interface ResourceFormMessages {
  chooseFile: string;
  giveUrl: string;
  giveBodyOrUrl: string;
}

type Result<B> = { body: B | null; errors: Record<string, string> };

/** Only the fields the kind uses are sent: a link has no file, a document no address. */
export function versionFields(v: ResourceFormValues): ResourceVersionFields {
  const usesFile = v.kind === 'document' || v.kind === 'template';
  return {
    title: v.title,
    summary: v.summary,
    locale: v.locale,
    topics: v.topics
      .split(',')
      .map((s) => s.trim())
      .filter(Boolean),
    audiences: v.audiences,
    licence: v.licence,
    body: v.body,
    url: usesFile ? null : v.url.trim() || null,
    fileId: usesFile ? (v.file?.id ?? null) : null,
    changeNote: v.changeNote,
  };
}

function kindErrors(v: ResourceFormValues, m: ResourceFormMessages): Record<string, string> {
  if ((v.kind === 'document' || v.kind === 'template') && !v.file) return { fileId: m.chooseFile };
  if (v.kind === 'link' && !v.url.trim()) return { url: m.giveUrl };
  if (v.kind === 'tutorial' && !v.body.trim() && !v.url.trim()) return { body: m.giveBodyOrUrl };
  return {};
}

/** Checked with the API's own schemas; the kind's needs first, as the API names them. */
export function resourceRequest(
  v: ResourceFormValues,
  creating: boolean,
  t: TFunction<'common'>,
  m: ResourceFormMessages,
): Result<CreateResourceRequest | ResourceVersionFields> {
  const fields = versionFields(v);
  const body = creating ? { ...fields, organisationId: v.organisationId, kind: v.kind } : fields;
  const parsed = (creating ? CreateResourceRequest : ResourceVersionFields).safeParse(body);
  const errors = parsed.success ? {} : zodFieldErrors(parsed.error, body, t);
  Object.assign(errors, kindErrors(v, m));
  return { body: Object.keys(errors).length ? null : body, errors };
}
