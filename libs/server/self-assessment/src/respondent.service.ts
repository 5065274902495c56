import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import {
  DomainError,
  translated,
  type CustomQuestion,
  type Locale,
  type QuestionnaireView,
  type RespondentGroup,
} from '@campus/contracts';
import { respondentTokenHash } from './round-links.service';
import { answerKeyErrors } from './round-rules';
import { frameworkContent } from './framework-content-cache';

/** A token as `randomToken` makes them: 32 bytes in base64url, 43 characters. */
const TOKEN_SHAPE = /^[A-Za-z0-9_-]{43}$/;

const INVALID = 'This link is not valid. Check that the whole link was opened.';
const REVOKED = 'This link has been withdrawn. Ask the school for its current link.';
const USED = 'This personal link has been used already: your answers were received.';
const FULL = 'This link has taken all the answers the school allowed. Ask the school for a new link.';
const CLOSED = 'This self-assessment round is closed and takes no more answers.';

interface LinkRow {
  link_id: string;
  kind: 'shared' | 'invitation';
  respondent_group: RespondentGroup;
  max_responses: number | null;
  responses: number;
  used_at: Date | null;
  revoked_at: Date | null;
  round_id: string;
  round_title: string;
  round_locale: Locale;
  status: 'open' | 'closed';
  closes_at: Date | null;
  past_closing: boolean;
  custom_questions: CustomQuestion[];
  version_id: string;
  organisation_name: string;
}

/**
 * The anonymous respondent's side: a token (a shared link's or a personal invitation's) opens
 * its round's questionnaire for its group and takes one response. The stored response names the
 * round, the group, the answers and the day only: nothing leads back to the link or an address.
 */
@Injectable()
export class RespondentService {
  constructor(@InjectDataSource() private readonly ds: DataSource) {}

  /** The questionnaire in `locale` (else the round's language); texts missing in it fall back. */
  async questionnaire(token: string, locale?: Locale): Promise<QuestionnaireView> {
    const row = await this.resolve(this.ds.manager, token, false);
    const content = await frameworkContent(this.ds.manager, row.version_id);
    const lang = locale ?? row.round_locale;
    const text = (t: Parameters<typeof translated>[0]) => translated(t, lang, content.sourceLocale);
    return {
      roundId: row.round_id,
      roundTitle: row.round_title,
      organisationName: row.organisation_name,
      respondentGroup: row.respondent_group,
      locale: lang,
      roundLocale: row.round_locale,
      closesAt: row.closes_at?.toISOString() ?? null,
      framework: { title: text(content.title), description: text(content.description) },
      areas: content.areas.map((a) => ({
        key: a.key,
        title: text(a.title),
        description: text(a.description),
        statements: a.statements.map((s) => ({ key: s.key, text: text(s.text) })),
      })),
      customQuestions: row.custom_questions,
    };
  }

  /**
   * Stores one response. In one transaction: the link row is locked (so `maxResponses` and an
   * invitation's single use hold under concurrent submits) and the round row share-locked (so a
   * close waits for it and its summary counts it); the invitation is marked used (to the day
   * only, no finer than the response's date) and the link's counter incremented.
   */
  async submit(
    token: string,
    input: { answers: Record<string, number>; customAnswers: Record<string, number> },
  ): Promise<{ received: true }> {
    return this.ds.transaction(async (m) => {
      const row = await this.resolve(m, token, true);
      const content = await frameworkContent(m, row.version_id);
      const errors = [
        ...answerKeyErrors(
          'answers',
          content.areas.flatMap((a) => a.statements.map((s) => s.key)),
          input.answers,
        ),
        ...answerKeyErrors(
          'customAnswers',
          row.custom_questions.map((q) => q.key),
          input.customAnswers,
        ),
      ];
      if (errors.length > 0) {
        const detail = `Answer every question once: ${errors.map((e) => e.field).join(', ')}.`;
        throw new DomainError('VALIDATION_FAILED', detail, { errors });
      }
      await m.query(
        `INSERT INTO assessment_responses (round_id, respondent_group, answers, custom_answers)
         VALUES ($1, $2, $3, $4)`,
        [
          row.round_id,
          row.respondent_group,
          JSON.stringify(input.answers),
          JSON.stringify(input.customAnswers),
        ],
      );
      await m.query(
        `UPDATE assessment_round_links
            SET responses = responses + 1,
                used_at = CASE WHEN kind = 'invitation' THEN date_trunc('day', now()) ELSE used_at END
          WHERE id = $1`,
        [row.link_id],
      );
      return { received: true as const };
    });
  }

  /**
   * The link a token names, checked: ROUND_LINK_INVALID (404) for a token that matches none;
   * 410 for a revoked link, a closed round (or one past its closing date), a used invitation or
   * a full shared link. Looked up by the token's hash only.
   */
  private async resolve(m: EntityManager, token: string, lock: boolean): Promise<LinkRow> {
    if (!TOKEN_SHAPE.test(token)) throw new DomainError('ROUND_LINK_INVALID', INVALID);
    const [row] = await m.query<LinkRow[]>(
      `SELECT l.id AS link_id, l.kind, l.respondent_group, l.max_responses, l.responses, l.used_at,
              l.revoked_at, r.id AS round_id, r.title AS round_title, r.locale AS round_locale,
              r.status, r.closes_at, coalesce(r.closes_at <= now(), false) AS past_closing,
              r.custom_questions, r.framework_version_id AS version_id, o.name AS organisation_name
         FROM assessment_round_links l
         JOIN assessment_rounds r ON r.id = l.round_id
         JOIN organisations o ON o.id = r.organisation_id
        WHERE l.token_hash = $1
        ${lock ? 'FOR UPDATE OF l FOR SHARE OF r' : ''}`,
      [respondentTokenHash(token)],
    );
    if (!row) throw new DomainError('ROUND_LINK_INVALID', INVALID);
    if (row.revoked_at) throw new DomainError('ROUND_LINK_REVOKED', REVOKED);
    if (row.status !== 'open' || row.past_closing) throw new DomainError('ROUND_LINK_CLOSED', CLOSED);
    if (row.kind === 'invitation' && row.used_at) throw new DomainError('ROUND_LINK_USED', USED);
    if (row.kind === 'shared' && row.responses >= (row.max_responses ?? 0)) {
      throw new DomainError('ROUND_LINK_FULL', FULL);
    }
    return row;
  }
}
