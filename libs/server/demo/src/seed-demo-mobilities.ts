import { randomBytes, randomUUID } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import { jobIdFor } from '@campus/contracts';
import { mentorLinkExpiry, mentorTokenHash } from '@campus/server-mobility';
import { DEMO_MOBILITIES, type DemoMobility } from './demo-mobilities';

interface Ids {
  organisationId: string;
  organisationName: string;
  participantId: string;
  participantName: string;
  managerId: string;
}

/**
 * Seeds the demo mobilities once each (an existing mobility id is left alone). The learner's is in
 * progress and its mentor link is e-mailed like any other, so the link can be opened from the
 * captured mail; the graduate's is validated through the same outbox event as a manager's
 * validation, so the worker issues the credential exactly as for anyone else.
 */
export async function seedDemoMobilities(m: EntityManager, publicUrl: string): Promise<void> {
  for (const demo of DEMO_MOBILITIES) {
    const ids = await idsOf(m, demo);
    if (!ids) continue;
    const mobilityId = await insertMobility(m, demo, ids);
    if (!mobilityId) continue;
    await insertAgreement(m, demo, ids, mobilityId);
    await insertEntries(m, demo, ids, mobilityId);
    if (demo.assessment) await validate(m, demo, ids, mobilityId);
    else await sendMentorLink(m, demo, ids, mobilityId, publicUrl);
  }
}

async function idsOf(m: EntityManager, demo: DemoMobility): Promise<Ids | undefined> {
  const [row] = await m.query<Ids[]>(
    `SELECT o.id AS "organisationId", o.name AS "organisationName", p.id AS "participantId",
            p.name AS "participantName", mg.id AS "managerId"
       FROM users p
       JOIN memberships pm ON pm.user_id = p.id
       JOIN organisations o ON o.id = pm.organisation_id
       JOIN memberships mm ON mm.organisation_id = o.id AND mm.role = 'manager'
       JOIN users mg ON mg.id = mm.user_id
      WHERE lower(p.email) = $1 AND lower(mg.email) = $2`,
    [demo.participantEmail, demo.managerEmail],
  );
  return row;
}

async function insertMobility(m: EntityManager, demo: DemoMobility, ids: Ids): Promise<string | undefined> {
  const status = demo.assessment ? 'validated' : 'in_progress';
  const [row] = await m.query<{ id: string }[]>(
    `INSERT INTO mobilities (organisation_id, participant_id, activity_type, project_number, mobility_code,
        host_name, host_country, host_city, host_address, host_website, mentor_name, mentor_role,
        mentor_email, mentor_language, start_date, end_date, travel_days_before, travel_days_after,
        transport, green_travel, distance_band, status, created_by)
     VALUES ($1, $2, 'SM-JOB-SHDW', $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13,
        current_date + $14::int, current_date + $15::int, 1, 1, 'train', true, $16, $17, $18)
     ON CONFLICT (organisation_id, project_number, mobility_code) DO NOTHING RETURNING id`,
    [
      ids.organisationId,
      ids.participantId,
      demo.projectNumber,
      demo.mobilityId,
      demo.host.name,
      demo.host.country,
      demo.host.city,
      demo.host.address,
      demo.host.website,
      demo.mentor.name,
      demo.mentor.role,
      demo.mentor.email,
      demo.mentor.language,
      demo.startOffset,
      demo.endOffset,
      demo.distanceBand,
      status,
      ids.managerId,
    ],
  );
  if (!row) return undefined;
  const path = demo.assessment
    ? ['draft', 'agreed', 'in_progress', 'completed', 'validated']
    : ['draft', 'agreed', 'in_progress'];
  for (const [i, to] of path.entries()) {
    await m.query(
      `INSERT INTO mobility_status_changes (mobility_id, from_status, to_status, changed_by) VALUES ($1, $2, $3, $4)`,
      [row.id, i === 0 ? null : path[i - 1], to, ids.managerId],
    );
  }
  return row.id;
}

async function insertAgreement(
  m: EntityManager,
  demo: DemoMobility,
  ids: Ids,
  mobilityId: string,
): Promise<void> {
  const [version] = await m.query<{ id: string }[]>(
    `INSERT INTO learning_agreement_versions (mobility_id, version, content, created_by, agreed_at)
     VALUES ($1, 1, $2, $3, now()) RETURNING id`,
    [mobilityId, JSON.stringify(demo.agreement), ids.managerId],
  );
  await m.query(
    `INSERT INTO learning_agreement_confirmations (agreement_version_id, party, confirmed_by)
     VALUES ($1, 'participant', $2), ($1, 'manager', $3), ($1, 'mentor', NULL)`,
    [version.id, ids.participantId, ids.managerId],
  );
  await m.query(
    `INSERT INTO mentor_actions (mobility_id, action, agreement_version) VALUES ($1, 'agreement_confirmed', 1)`,
    [mobilityId],
  );
}

async function insertEntries(
  m: EntityManager,
  demo: DemoMobility,
  ids: Ids,
  mobilityId: string,
): Promise<void> {
  const outcomeIds = demo.agreement.outcomes.map((o) => o.id);
  for (const [i, e] of demo.entries.entries()) {
    const id = randomUUID();
    await m.query(
      `INSERT INTO log_entries (id, mobility_id, entry_date, minutes, activities, outcome_ids, reflection,
          mentor_status, mentor_reviewed_at, created_by)
       VALUES ($1, $2, current_date + $3::int, $4, $5, $6, $7, $8, $9, $10)`,
      [
        id,
        mobilityId,
        demo.startOffset + e.day,
        Math.round(e.hours * 60),
        e.activities,
        [outcomeIds[i % outcomeIds.length]],
        e.reflection,
        e.confirmed ? 'confirmed' : 'pending',
        e.confirmed ? new Date() : null,
        ids.participantId,
      ],
    );
    if (e.confirmed) {
      await m.query(
        `INSERT INTO mentor_actions (mobility_id, action, log_entry_id) VALUES ($1, 'entry_confirmed', $2)`,
        [mobilityId, id],
      );
    }
  }
}

/** The mentor's assessment, then the event a manager's validation writes. */
async function validate(m: EntityManager, demo: DemoMobility, ids: Ids, mobilityId: string): Promise<void> {
  const assessment = demo.assessment!;
  await m.query(
    `INSERT INTO mentor_assessments (mobility_id, agreement_version, actual_start, actual_end, outcomes, statement)
     VALUES ($1, 1, current_date + $2::int, current_date + $3::int, $4, $5)`,
    [
      mobilityId,
      demo.startOffset,
      demo.endOffset,
      JSON.stringify(
        demo.agreement.outcomes.map((o, i) => ({ outcomeId: o.id, rating: assessment.ratings[i] })),
      ),
      assessment.statement,
    ],
  );
  await m.query(`INSERT INTO mentor_actions (mobility_id, action) VALUES ($1, 'assessment_submitted')`, [
    mobilityId,
  ]);
  const payload = { mobilityId };
  await m.query(`INSERT INTO outbox_events (job, payload, job_id) VALUES ('mobilityValidated', $1, $2)`, [
    JSON.stringify(payload),
    jobIdFor.mobilityValidated(payload),
  ]);
}

/** The same mail a manager's "Send the mentor link" queues; the token exists only in it. */
async function sendMentorLink(
  m: EntityManager,
  demo: DemoMobility,
  ids: Ids,
  mobilityId: string,
  publicUrl: string,
): Promise<void> {
  const token = randomBytes(32).toString('base64url');
  const [dates] = await m.query<{ start: string; end: string }[]>(
    `SELECT to_char(start_date, 'YYYY-MM-DD') AS start, to_char(end_date, 'YYYY-MM-DD') AS end
       FROM mobilities WHERE id = $1`,
    [mobilityId],
  );
  const expiresAt = mentorLinkExpiry(dates.end, new Date());
  await m.query(
    `INSERT INTO mentor_links (mobility_id, token_hash, expires_at, created_by) VALUES ($1, $2, $3, $4)`,
    [mobilityId, mentorTokenHash(token), expiresAt, ids.managerId],
  );
  const params = {
    mentorName: demo.mentor.name,
    participantName: ids.participantName,
    sendingOrganisation: ids.organisationName,
    hostName: demo.host.name,
    startDate: dates.start,
    endDate: dates.end,
    link: `${publicUrl}/mentor#token=${token}`,
    expiresOn: expiresAt.toISOString().slice(0, 10),
  };
  const [message] = await m.query<{ id: string }[]>(
    `INSERT INTO email_messages (template, locale, to_address, params) VALUES ('mentor-link', $1, $2, $3) RETURNING id`,
    [demo.mentor.language, demo.mentor.email, JSON.stringify(params)],
  );
  const payload = { messageId: message.id };
  await m.query(`INSERT INTO outbox_events (job, payload, job_id) VALUES ('sendEmail', $1, $2)`, [
    JSON.stringify(payload),
    jobIdFor.sendEmail(payload),
  ]);
}
