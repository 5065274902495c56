import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager, In } from 'typeorm';
import type { z } from 'zod';
import {
  DomainError,
  notFound,
  type AgreementParty,
  type AgreementVersionView,
  type LearningAgreementView,
  type SaveLearningAgreementRequest,
} from '@campus/contracts';
import { AuditService } from '@campus/server-audit';
import {
  LearningAgreementConfirmation,
  LearningAgreementVersion,
  MentorAction,
  Mobility,
  MobilityStatusChange,
  User,
} from '@campus/server-db';
import { requireOrgRole, type Actor } from '@campus/server-identity';
import { sameContent } from './agreement-diff';
import { MobilitiesService } from './mobilities.service';
import {
  AGREEMENT_OPEN_STATUSES,
  agreementView,
  missingParties,
  versionView,
  type AgreementRecords,
} from './learning-agreement-views';

export type SaveAgreementInput = z.output<typeof SaveLearningAgreementRequest>;

/** Who acts on the agreement: a signed-in participant or manager, or the mentor through a link. */
interface Party {
  party: AgreementParty;
  userId: string | null;
  mentorLinkId: string | null;
  ip: string | null;
}

/**
 * The learning agreement of a mobility, in versions. The sending organisation's managers
 * (`get`, `save`, `confirm`, `version`), the participant on their own mobility (`…Own`) and the host
 * mentor through a link (`…ForMentor`, `…AsMentor`: the caller has checked the link) each read,
 * save and confirm it. Every write locks the mobility row, so saves and confirmations of one
 * mobility happen one after another and a version cannot change under a confirmation.
 */
@Injectable()
export class LearningAgreementsService {
  constructor(
    @InjectDataSource() private readonly ds: DataSource,
    private readonly audit: AuditService,
    private readonly mobilities: MobilitiesService,
  ) {}

  async get(actor: Actor, organisationId: string, mobilityId: string): Promise<LearningAgreementView> {
    requireOrgRole(actor, organisationId, ['manager']);
    const mobility = await this.mobilities.find(this.ds.manager, organisationId, mobilityId);
    return agreementView(await this.records(this.ds.manager, mobility));
  }

  async version(
    actor: Actor,
    organisationId: string,
    mobilityId: string,
    version: number,
  ): Promise<AgreementVersionView> {
    requireOrgRole(actor, organisationId, ['manager']);
    const mobility = await this.mobilities.find(this.ds.manager, organisationId, mobilityId);
    return this.versionOf(mobility, version);
  }

  async save(
    actor: Actor,
    organisationId: string,
    mobilityId: string,
    input: SaveAgreementInput,
    ip: string,
  ): Promise<LearningAgreementView> {
    requireOrgRole(actor, organisationId, ['manager']);
    return this.ds.transaction(async (m) => {
      const mobility = await this.mobilities.find(m, organisationId, mobilityId, true);
      return this.saveLocked(m, mobility, manager(actor, ip), input);
    });
  }

  async confirm(
    actor: Actor,
    organisationId: string,
    mobilityId: string,
    version: number,
    ip: string,
  ): Promise<LearningAgreementView> {
    requireOrgRole(actor, organisationId, ['manager']);
    return this.ds.transaction(async (m) => {
      const mobility = await this.mobilities.find(m, organisationId, mobilityId, true);
      return this.confirmLocked(m, mobility, manager(actor, ip), version);
    });
  }

  async getOwn(actor: Actor, mobilityId: string): Promise<LearningAgreementView> {
    const mobility = await this.own(this.ds.manager, actor, mobilityId);
    return agreementView(await this.records(this.ds.manager, mobility));
  }

  async versionOwn(actor: Actor, mobilityId: string, version: number): Promise<AgreementVersionView> {
    return this.versionOf(await this.own(this.ds.manager, actor, mobilityId), version);
  }

  async saveOwn(
    actor: Actor,
    mobilityId: string,
    input: SaveAgreementInput,
    ip: string,
  ): Promise<LearningAgreementView> {
    return this.ds.transaction(async (m) => {
      const mobility = await this.own(m, actor, mobilityId, true);
      return this.saveLocked(m, mobility, participant(actor, ip), input);
    });
  }

  async confirmOwn(
    actor: Actor,
    mobilityId: string,
    version: number,
    ip: string,
  ): Promise<LearningAgreementView> {
    return this.ds.transaction(async (m) => {
      const mobility = await this.own(m, actor, mobilityId, true);
      return this.confirmLocked(m, mobility, participant(actor, ip), version);
    });
  }

  /** For the mentor's pages: null while the mobility has no learning agreement yet. */
  async viewForMentor(mobilityId: string): Promise<LearningAgreementView | null> {
    const mobility = await this.anyMobility(this.ds.manager, mobilityId);
    const view = agreementView(await this.records(this.ds.manager, mobility));
    return view.current ? view : null;
  }

  /** The mentor confirms a version through the link `mentorLinkId` (recorded as a mentor action). */
  async confirmAsMentor(
    mobilityId: string,
    mentorLinkId: string,
    version: number,
  ): Promise<LearningAgreementView> {
    return this.ds.transaction(async (m) => {
      const mobility = await this.anyMobility(m, mobilityId, true);
      return this.confirmLocked(m, mobility, mentor(mentorLinkId), version);
    });
  }

  /** The mentor asks for changes to the latest version, with a comment shown to the others. */
  async requestChangesAsMentor(
    mobilityId: string,
    mentorLinkId: string,
    version: number,
    comment: string,
  ): Promise<LearningAgreementView> {
    return this.ds.transaction(async (m) => {
      const mobility = await this.anyMobility(m, mobilityId, true);
      assertOpen(mobility);
      await this.latestOrFail(m, mobility, version);
      await m.insert(MentorAction, {
        mobilityId: mobility.id,
        mentorLinkId,
        action: 'agreement_changes_requested',
        agreementVersion: version,
        comment,
      });
      await this.audit.record(
        {
          action: 'learning_agreement.changes_requested',
          actorId: null,
          organisationId: mobility.organisationId,
          targetType: 'mobility',
          targetId: mobility.id,
          details: { version, mentorLinkId },
        },
        m,
      );
      return agreementView(await this.records(m, mobility));
    });
  }

  /**
   * Replaces the content of the latest version while nobody has confirmed it; otherwise adds the
   * next version (an amendment when an earlier one was agreed). Unchanged content adds nothing.
   */
  private async saveLocked(
    m: EntityManager,
    mobility: Mobility,
    by: Party,
    input: SaveAgreementInput,
  ): Promise<LearningAgreementView> {
    assertOpen(mobility);
    const versions = await m.find(LearningAgreementVersion, {
      where: { mobilityId: mobility.id },
      order: { version: 'ASC' },
    });
    const latest = versions.at(-1);
    if ((latest?.version ?? null) !== input.basedOnVersion) {
      throw new DomainError(
        'AGREEMENT_OUTDATED',
        latest
          ? `The learning agreement is now at version ${latest.version}: reload it and make your changes again.`
          : `The learning agreement has no version ${input.basedOnVersion} yet: save it with no base version.`,
        {
          errors: [
            { field: 'basedOnVersion', message: `The current version is ${latest?.version ?? 'none'}.` },
          ],
        },
      );
    }
    const confirmed = latest
      ? await m.count(LearningAgreementConfirmation, { where: { agreementVersionId: latest.id } })
      : 0;
    let saved: { version: number; replaced: boolean; isAmendment: boolean } | null;
    if (latest && confirmed === 0) {
      await m.update(LearningAgreementVersion, { id: latest.id }, { content: input.content });
      saved = { version: latest.version, replaced: true, isAmendment: latest.isAmendment };
    } else if (latest && sameContent(latest.content, input.content)) {
      // Saving what was confirmed already would only throw the confirmations away.
      saved = null;
    } else {
      const isAmendment = versions.some((v) => v.agreedAt !== null);
      const version = (latest?.version ?? 0) + 1;
      await m.insert(LearningAgreementVersion, {
        mobilityId: mobility.id,
        version,
        content: input.content,
        isAmendment,
        createdBy: by.userId,
      });
      saved = { version, replaced: false, isAmendment };
    }
    if (saved) {
      await this.audit.record(
        {
          action: 'learning_agreement.saved',
          actorId: by.userId,
          organisationId: mobility.organisationId,
          targetType: 'mobility',
          targetId: mobility.id,
          ip: by.ip,
          details: { party: by.party, ...saved },
        },
        m,
      );
    }
    return agreementView(await this.records(m, mobility));
  }

  /**
   * Records one party's confirmation of the latest version. The third one agrees the version and
   * moves a draft mobility to agreed. A second confirmation by the same party changes nothing.
   */
  private async confirmLocked(
    m: EntityManager,
    mobility: Mobility,
    by: Party,
    version: number,
  ): Promise<LearningAgreementView> {
    assertOpen(mobility);
    const latest = await this.latestOrFail(m, mobility, version);
    const existing = await m.find(LearningAgreementConfirmation, {
      where: { agreementVersionId: latest.id },
    });
    if (existing.some((c) => c.party === by.party)) return agreementView(await this.records(m, mobility));

    await m.insert(LearningAgreementConfirmation, {
      agreementVersionId: latest.id,
      party: by.party,
      confirmedBy: by.userId,
      mentorLinkId: by.mentorLinkId,
    });
    if (by.party === 'mentor') {
      await m.insert(MentorAction, {
        mobilityId: mobility.id,
        mentorLinkId: by.mentorLinkId,
        action: 'agreement_confirmed',
        agreementVersion: version,
      });
    }
    const agreed = missingParties([...existing.map((c) => c.party), by.party]).length === 0;
    await this.audit.record(
      {
        action: 'learning_agreement.confirmed',
        actorId: by.userId,
        organisationId: mobility.organisationId,
        targetType: 'mobility',
        targetId: mobility.id,
        ip: by.ip,
        details: {
          party: by.party,
          version,
          agreed,
          ...(by.mentorLinkId ? { mentorLinkId: by.mentorLinkId } : {}),
        },
      },
      m,
    );
    if (agreed) await this.markAgreed(m, mobility, latest, by);
    return agreementView(await this.records(m, mobility));
  }

  private async markAgreed(
    m: EntityManager,
    mobility: Mobility,
    version: LearningAgreementVersion,
    by: Party,
  ): Promise<void> {
    await m.query(`UPDATE learning_agreement_versions SET agreed_at = clock_timestamp() WHERE id = $1`, [
      version.id,
    ]);
    if (mobility.status !== 'draft') return;
    // The agreement moves the mobility, not a person: the history shows no one, the note says why.
    await m.update(Mobility, { id: mobility.id }, { status: 'agreed' });
    mobility.status = 'agreed';
    await m.insert(MobilityStatusChange, {
      mobilityId: mobility.id,
      fromStatus: 'draft',
      toStatus: 'agreed',
      changedBy: null,
      note: `Learning agreement version ${version.version} agreed`,
    });
    await this.audit.record(
      {
        action: 'mobility.status_changed',
        actorId: by.userId,
        organisationId: mobility.organisationId,
        targetType: 'mobility',
        targetId: mobility.id,
        ip: by.ip,
        details: { from: 'draft', to: 'agreed', agreementVersion: version.version },
      },
      m,
    );
  }

  /** The latest version, when it is the one named; an older one is 409, a missing one 404. */
  private async latestOrFail(
    m: EntityManager,
    mobility: Mobility,
    version: number,
  ): Promise<LearningAgreementVersion> {
    const latest = await m.findOne(LearningAgreementVersion, {
      where: { mobilityId: mobility.id },
      order: { version: 'DESC' },
    });
    if (!latest || version > latest.version) throw notFound(`Version ${version} of the learning agreement`);
    if (version < latest.version) {
      throw new DomainError(
        'AGREEMENT_OUTDATED',
        `Version ${version} has been replaced: only the current version ${latest.version} can be confirmed.`,
      );
    }
    return latest;
  }

  private async versionOf(mobility: Mobility, version: number): Promise<AgreementVersionView> {
    const view = versionView(await this.records(this.ds.manager, mobility), version);
    if (!view) throw notFound(`Version ${version} of the learning agreement`);
    return view;
  }

  private async records(m: EntityManager, mobility: Mobility): Promise<AgreementRecords> {
    const versions = await m.find(LearningAgreementVersion, {
      where: { mobilityId: mobility.id },
      order: { version: 'ASC' },
    });
    const confirmations = versions.length
      ? await m.find(LearningAgreementConfirmation, {
          where: { agreementVersionId: In(versions.map((v) => v.id)) },
        })
      : [];
    const changeRequests = await m.find(MentorAction, {
      where: { mobilityId: mobility.id, action: 'agreement_changes_requested' },
      order: { at: 'DESC', id: 'ASC' },
    });
    const userIds = [
      ...new Set(
        [...versions.map((v) => v.createdBy), ...confirmations.map((c) => c.confirmedBy)].filter(
          (id): id is string => id !== null,
        ),
      ),
    ];
    const users = userIds.length
      ? await m.find(User, { where: { id: In(userIds) }, select: { id: true, name: true } })
      : [];
    return {
      mobilityId: mobility.id,
      status: mobility.status,
      mentorName: mobility.mentorName,
      versions,
      confirmations,
      changeRequests,
      names: new Map(users.map((u) => [u.id, u.name])),
    };
  }

  /** The caller's own mobility, in any organisation; anyone else's is 404 like a missing one. */
  private own(m: EntityManager, actor: Actor, id: string, lock = false): Promise<Mobility> {
    return this.mobilityWhere(m, { id, participantId: actor.userId }, lock);
  }

  /** For the mentor methods: the link (checked by the caller) names the mobility. */
  private anyMobility(m: EntityManager, id: string, lock = false): Promise<Mobility> {
    return this.mobilityWhere(m, { id }, lock);
  }

  private async mobilityWhere(
    m: EntityManager,
    where: { id: string; participantId?: string },
    lock: boolean,
  ): Promise<Mobility> {
    const row = await m.findOne(Mobility, {
      where,
      ...(lock ? { lock: { mode: 'pessimistic_write' as const } } : {}),
    });
    if (!row) throw notFound('Mobility');
    return row;
  }
}

function assertOpen(mobility: Mobility): void {
  if (!AGREEMENT_OPEN_STATUSES.includes(mobility.status)) {
    throw new DomainError(
      'AGREEMENT_CLOSED',
      `The learning agreement can change while the mobility is draft, agreed or in progress; this one is ${mobility.status.replace('_', ' ')}.`,
    );
  }
}

const manager = (actor: Actor, ip: string): Party => ({
  party: 'manager',
  userId: actor.userId,
  mentorLinkId: null,
  ip,
});
const participant = (actor: Actor, ip: string): Party => ({
  party: 'participant',
  userId: actor.userId,
  mentorLinkId: null,
  ip,
});
const mentor = (mentorLinkId: string): Party => ({ party: 'mentor', userId: null, mentorLinkId, ip: null });
