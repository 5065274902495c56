import type { EntityManager } from 'typeorm';
import { DEMO_RESOURCES, type DemoResource } from './demo-resources';

const ADMIN_EMAIL = 'admin@demo.campus';

/**
 * Seeds the demo library: each resource once (found by its author school, kind and first title),
 * published by the demo admin as a review would publish it; a resource with a `previous` version
 * gets that version first, superseded by the current one.
 */
export async function seedDemoResources(m: EntityManager): Promise<void> {
  const [admin] = await m.query<{ id: string }[]>(`SELECT id FROM users WHERE lower(email) = $1`, [
    ADMIN_EMAIL,
  ]);
  if (!admin) return;
  for (const resource of DEMO_RESOURCES) await seedResource(m, resource, admin.id);
}

async function seedResource(m: EntityManager, r: DemoResource, adminId: string): Promise<void> {
  const [author] = await m.query<{ organisationId: string; userId: string }[]>(
    `SELECT o.id AS "organisationId", u.id AS "userId"
       FROM organisations o
       JOIN memberships ms ON ms.organisation_id = o.id
       JOIN users u ON u.id = ms.user_id
      WHERE lower(o.name) = lower($1) AND lower(u.email) = $2`,
    [r.organisationName, r.authorEmail],
  );
  if (!author) return;
  const [existing] = await m.query<{ id: string }[]>(
    `SELECT res.id FROM resources res
       JOIN resource_versions v ON v.resource_id = res.id AND v.version = 1
      WHERE res.organisation_id = $1 AND res.kind = $2 AND v.title = $3`,
    [author.organisationId, r.kind, r.title],
  );
  if (existing) return;

  const [{ id }] = await m.query<{ id: string }[]>(
    `INSERT INTO resources (organisation_id, kind, created_by, created_at)
     VALUES ($1, $2, $3, now() - make_interval(days => $4::int)) RETURNING id`,
    [author.organisationId, r.kind, author.userId, r.previous?.daysAgo ?? r.daysAgo],
  );
  const versions = r.previous
    ? [
        {
          body: withoutLastSection(r.body),
          changeNote: '',
          daysAgo: r.previous.daysAgo,
          status: 'superseded',
        },
        { body: r.body, changeNote: r.previous.changeNote, daysAgo: r.daysAgo, status: 'published' },
      ]
    : [{ body: r.body, changeNote: '', daysAgo: r.daysAgo, status: 'published' }];
  for (const [i, v] of versions.entries()) {
    // Submitted a day before the admin's review published it.
    await m.query(
      `INSERT INTO resource_versions (resource_id, version, status, title, summary, locale, topics, audiences,
          licence, body, url, change_note, submitted_at, reviewed_by, reviewed_at, published_at,
          created_by, created_at, updated_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12,
          now() - make_interval(days => $13::int + 1), $14, now() - make_interval(days => $13::int),
          now() - make_interval(days => $13::int), $15,
          now() - make_interval(days => $13::int + 2), now() - make_interval(days => $13::int + 1))`,
      [
        id,
        i + 1,
        v.status,
        r.title,
        r.summary,
        r.locale,
        r.topics,
        r.audiences,
        r.licence,
        v.body,
        r.url ?? null,
        v.changeNote,
        v.daysAgo,
        adminId,
        author.userId,
      ],
    );
  }
}

/** The text before its last `## ` section: what the first version said. */
export function withoutLastSection(body: string): string {
  const last = body.lastIndexOf('\n## ');
  return last > 0 ? body.slice(0, last).trimEnd() : body;
}
