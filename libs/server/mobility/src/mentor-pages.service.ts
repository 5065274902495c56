import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import {
  DomainError,
  type LearningAgreementContent,
  type LearningAgreementView,
  type Locale,
  type LogEntryView,
  type MentorAssessmentView,
  type MentorMobilityView,
  type MobilityStatus,
  type ReviewLogEntryRequest,
  type SubmitMentorAssessmentRequest,
} from '@campus/contracts';
import { AuditService } from '@campus/server-audit';
import { MentorAction, MentorAssessment, Mobility } from '@campus/server-db';
import { agreementDiff } from './agreement-diff';
import { LearningAgreementsService } from './learning-agreements.service';
import { LogbookService } from './logbook.service';
import { MentorLinksService, mentorFacingNames } from './mentor-links.service';
import { assessmentProblems } from './mentor-assessment-rules';

/** The mentor assesses the outcomes at the end of the stay, and may correct it until validation. */
const ASSESSMENT_STATUSES: readonly MobilityStatus[] = ['in_progress', 'completed'];

/**
 * Everything the host mentor does, from a token alone: the token names the link, the link names
 * the one mobility it opens. No method takes a mobility id from the caller.
 */
@Injectable()
export class MentorPagesService {
  constructor(
    @InjectDataSource() private readonly ds: DataSource,
    private readonly links: MentorLinksService,
    private readonly agreements: LearningAgreementsService,
    private readonly logbook: LogbookService,
    private readonly audit: AuditService,
  ) {}

  async view(token: string): Promise<MentorMobilityView> {
    const { link, mobility } = await this.links.resolve(token);
    const names = await mentorFacingNames(this.ds.manager, mobility);
    const agreement = await this.agreements.viewForMentor(mobility.id);
    const assessment = await this.ds.manager.findOne(MentorAssessment, {
      where: { mobilityId: mobility.id },
    });
    const agreed = await agreedVersion(this.ds.manager, mobility.id);
    return {
      mobility: {
        participantName: names.participant,
        sendingOrganisation: names.organisation,
        host: { name: mobility.hostName, country: mobility.hostCountry, city: mobility.hostCity },
        startDate: mobility.startDate,
        endDate: mobility.endDate,
        activityType: mobility.activityType,
        status: mobility.status,
        mentor: { name: mobility.mentorName, language: mobility.mentorLanguage as Locale },
      },
      agreement,
      agreementSeen: await this.agreementSeen(mobility.id, agreement),
      logbook: await this.logbook.viewForMentor(mobility.id),
      assessment: assessment ? assessmentView(assessment) : null,
      assessmentOutcomes: agreed?.content.outcomes ?? [],
      assessmentOpen: ASSESSMENT_STATUSES.includes(mobility.status) && agreed !== undefined,
      linkExpiresAt: link.expiresAt.toISOString(),
    };
  }

  async confirmAgreement(token: string, version: number): Promise<LearningAgreementView> {
    const { link, mobility } = await this.links.resolve(token);
    return this.agreements.confirmAsMentor(mobility.id, link.id, version);
  }

  async requestAgreementChanges(
    token: string,
    version: number,
    comment: string,
  ): Promise<LearningAgreementView> {
    const { link, mobility } = await this.links.resolve(token);
    return this.agreements.requestChangesAsMentor(mobility.id, link.id, version, comment);
  }

  /** An entry of another mobility is 404, exactly like a missing one (the logbook checks). */
  async reviewEntry(
    token: string,
    entryId: string,
    review: ReviewLogEntryRequest,
    ip: string,
  ): Promise<LogEntryView> {
    const { link, mobility } = await this.links.resolve(token);
    const entry = await this.logbook.reviewAsMentor(mobility.id, link.id, entryId, review);
    // The logbook records the mentor action with the review; the audit trail notes who came in how.
    await this.audit.record({
      action: 'mentor.entry_reviewed',
      actorId: null,
      organisationId: mobility.organisationId,
      targetType: 'mobility',
      targetId: mobility.id,
      ip,
      details: { mentorLinkId: link.id, entryId, status: review.status },
    });
    return entry;
  }

  /**
   * Records (or replaces, until validation) the final assessment against the agreed version of the
   * learning agreement: every planned outcome rated once, actual dates within a week of the plan.
   */
  async submitAssessment(
    token: string,
    req: SubmitMentorAssessmentRequest,
    ip: string,
  ): Promise<MentorAssessmentView> {
    const { link } = await this.links.resolve(token);
    return this.ds.transaction(async (m) => {
      const mobility = await m.findOneOrFail(Mobility, {
        where: { id: link.mobilityId },
        lock: { mode: 'pessimistic_write' },
      });
      if (!ASSESSMENT_STATUSES.includes(mobility.status)) {
        throw new DomainError(
          'CONFLICT',
          `The assessment can be given while the mobility is in progress or completed; this one is ${mobility.status.replace('_', ' ')}.`,
        );
      }
      const agreed = await agreedVersion(m, mobility.id);
      if (!agreed) {
        throw new DomainError(
          'CONFLICT',
          'The learning agreement has not been agreed yet: its planned outcomes cannot be assessed.',
        );
      }
      const errors = assessmentProblems(req, mobility, agreed.content.outcomes);
      if (errors.length) {
        throw new DomainError('VALIDATION_FAILED', errors.map((e) => e.message).join(' '), { errors });
      }
      const row = {
        mobilityId: mobility.id,
        agreementVersion: agreed.version,
        actualStart: req.actualStart,
        actualEnd: req.actualEnd,
        outcomes: req.outcomes.map((o) => ({ outcomeId: o.outcomeId, rating: o.rating })),
        statement: req.statement,
        mentorLinkId: link.id,
        submittedAt: new Date(),
      };
      await m.upsert(MentorAssessment, row, ['mobilityId']);
      await m.insert(MentorAction, {
        mobilityId: mobility.id,
        mentorLinkId: link.id,
        action: 'assessment_submitted',
        agreementVersion: agreed.version,
      });
      await this.audit.record(
        {
          action: 'mentor.assessment_submitted',
          actorId: null,
          organisationId: mobility.organisationId,
          targetType: 'mobility',
          targetId: mobility.id,
          ip,
          details: { mentorLinkId: link.id, agreementVersion: agreed.version },
        },
        m,
      );
      return assessmentView(row);
    });
  }

  /**
   * The latest earlier version the mentor confirmed or questioned, and what the current version
   * changed since: what the mentor has not seen yet.
   */
  private async agreementSeen(
    mobilityId: string,
    agreement: LearningAgreementView | null,
  ): Promise<MentorMobilityView['agreementSeen']> {
    const current = agreement?.current;
    if (!current) return null;
    const [seen] = await this.ds.query<{ version: number; content: LearningAgreementContent }[]>(
      `SELECT v.version, v.content FROM learning_agreement_versions v
        WHERE v.mobility_id = $1 AND v.version < $2
          AND v.version IN (SELECT a.agreement_version FROM mentor_actions a
                             WHERE a.mobility_id = $1 AND a.agreement_version IS NOT NULL
                               AND a.action IN ('agreement_confirmed', 'agreement_changes_requested'))
        ORDER BY v.version DESC LIMIT 1`,
      [mobilityId, current.version],
    );
    return seen ? { version: seen.version, changes: agreementDiff(seen.content, current.content) } : null;
  }
}

async function agreedVersion(
  m: EntityManager,
  mobilityId: string,
): Promise<{ version: number; content: LearningAgreementContent } | undefined> {
  const [row] = await m.query<{ version: number; content: LearningAgreementContent }[]>(
    `SELECT version, content FROM learning_agreement_versions
      WHERE mobility_id = $1 AND agreed_at IS NOT NULL ORDER BY version DESC LIMIT 1`,
    [mobilityId],
  );
  return row;
}

function assessmentView(a: Omit<MentorAssessment, 'mentorLinkId'>): MentorAssessmentView {
  return {
    agreementVersion: a.agreementVersion,
    actualStart: a.actualStart,
    actualEnd: a.actualEnd,
    outcomes: a.outcomes,
    statement: a.statement,
    submittedAt: a.submittedAt.toISOString(),
  };
}
