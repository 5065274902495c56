import { z } from 'zod';
import { Email, IsoInstant, Locale, Uuid, type Locale as LocaleCode } from './common';
import {
  MAX_CUSTOM_QUESTIONS,
  MIN_GROUP_SIZE,
  RespondentGroup,
  Score,
  type RespondentGroup as Group,
} from './self-assessment';

/**
 * Requests and views of a school's assessment rounds and of the anonymous respondent's pages
 * (issue 11). The shared vocabulary and the results view live in ./self-assessment.
 *
 * A respondent has no account: a link `${PUBLIC_URL}/answer#token=…` (a group's shared link or a
 * personal invitation) carries a token that the web app sends in the `X-Respondent-Token` header.
 */
export const RESPONDENT_TOKEN_HEADER = 'x-respondent-token';

/** The most answers a shared link takes unless the manager sets another limit. */
export const DEFAULT_SHARED_LINK_MAX_RESPONSES = 500;
/** E-mail addresses per invitation request. */
export const MAX_INVITATIONS_PER_REQUEST = 500;
export const MAX_ROUND_GROUP_SIZE = 50;

const unique = <T>(values: readonly T[]) => new Set(values).size === values.length;

export const CustomQuestionInput = z.object({
  text: z.string().trim().min(1, { message: 'Write the question.' }).max(500),
});

export const OpenRoundRequest = z.object({
  frameworkVersionId: Uuid,
  title: z.string().trim().min(1, { message: 'Give the round a title.' }).max(200),
  /** The language of the invitations; respondents may answer in any of the eight. */
  locale: Locale,
  respondentGroups: z
    .array(RespondentGroup)
    .min(1, { message: 'Choose at least one respondent group.' })
    .refine(unique, { message: 'Choose each group once.' }),
  customQuestions: z
    .array(CustomQuestionInput)
    .max(MAX_CUSTOM_QUESTIONS, { message: `Add at most ${MAX_CUSTOM_QUESTIONS} questions.` })
    .default([]),
  minGroupSize: z.number().int().min(MIN_GROUP_SIZE).max(MAX_ROUND_GROUP_SIZE).default(MIN_GROUP_SIZE),
  /** Must lie in the future (the server's clock decides). */
  closesAt: IsoInstant.nullable().optional(),
});
export type OpenRoundRequest = z.input<typeof OpenRoundRequest>;

export const ROUND_STATUSES = ['open', 'closed'] as const;
export type RoundStatus = (typeof ROUND_STATUSES)[number];

export const RoundListQuery = z.object({
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(100).default(25),
  status: z.enum(ROUND_STATUSES).optional(),
});
export type RoundListQuery = z.input<typeof RoundListQuery>;

/** A school's own question, scored like a statement; keys q1..q8 in the order given. */
export interface CustomQuestion {
  key: string;
  text: string;
}

export const ROUND_LINK_STATES = ['active', 'revoked', 'full'] as const;
export type RoundLinkState = (typeof ROUND_LINK_STATES)[number];

/** A group's shareable link as the manager sees it: never its token, nor the token's hash. */
export interface RoundLinkView {
  id: string;
  respondentGroup: Group;
  maxResponses: number;
  responses: number;
  createdAt: string;
  revokedAt: string | null;
  state: RoundLinkState;
}

/** Per group: how many answered (through any link) and the personal invitations; counts only. */
export interface RoundGroupView {
  group: Group;
  respondents: number;
  invited: number;
  invitationsUsed: number;
}

export interface RoundView {
  id: string;
  organisationId: string;
  title: string;
  locale: LocaleCode;
  /** A round whose closing date passed is closed (with its summary) the next time it is read. */
  status: RoundStatus;
  closesAt: string | null;
  closedAt: string | null;
  createdAt: string;
  framework: { id: string; slug: string; versionId: string; version: number; title: string };
  respondentGroups: Group[];
  customQuestions: CustomQuestion[];
  minGroupSize: number;
  respondents: { total: number; byGroup: RoundGroupView[] };
  /** Shareable links, newest first, revoked ones included. */
  links: RoundLinkView[];
}

export const CreateRoundLinkRequest = z.object({
  respondentGroup: RespondentGroup,
  maxResponses: z.number().int().min(1).max(5000).default(DEFAULT_SHARED_LINK_MAX_RESPONSES),
});
export type CreateRoundLinkRequest = z.input<typeof CreateRoundLinkRequest>;

/** `url` carries the token: it is shown this once and never again. */
export interface CreatedRoundLinkView {
  link: RoundLinkView;
  url: string;
}

export const InviteRespondentsRequest = z.object({
  respondentGroup: RespondentGroup,
  emails: z
    .array(Email)
    .min(1, { message: 'Give at least one e-mail address.' })
    .max(MAX_INVITATIONS_PER_REQUEST, {
      message: `Give at most ${MAX_INVITATIONS_PER_REQUEST} addresses at a time.`,
    }),
});
export type InviteRespondentsRequest = z.input<typeof InviteRespondentsRequest>;

/** `invited` new invitations were e-mailed; `alreadyInvited` addresses of this round were skipped. */
export interface InvitationsResult {
  invited: number;
  alreadyInvited: number;
}

export const QuestionnaireQuery = z.object({ locale: Locale.optional() });

/** What a respondent sees: texts in the asked language (falling back to the framework's source). */
export interface QuestionnaireView {
  /** Lets the respondent's browser remember that it answered this round. */
  roundId: string;
  roundTitle: string;
  organisationName: string;
  respondentGroup: Group;
  locale: LocaleCode;
  /** The language the school wrote its own questions in. */
  roundLocale: LocaleCode;
  closesAt: string | null;
  framework: { title: string; description: string };
  areas: {
    key: string;
    title: string;
    description: string;
    statements: { key: string; text: string }[];
  }[];
  customQuestions: CustomQuestion[];
}

const AnswerKey = z.string().min(1).max(60);
const MAX_ANSWER_KEYS = 700;

/** Every statement of the framework version answered 0..5 (0 = does not apply); likewise own questions. */
export const SubmitResponseRequest = z.object({
  answers: z
    .record(AnswerKey, Score)
    .refine((a) => Object.keys(a).length <= MAX_ANSWER_KEYS, { message: 'Too many answers.' }),
  customAnswers: z
    .record(AnswerKey, Score)
    .refine((a) => Object.keys(a).length <= MAX_ANSWER_KEYS, { message: 'Too many answers.' })
    .default({}),
});
export type SubmitResponseRequest = z.input<typeof SubmitResponseRequest>;
