import type { DataSource } from 'typeorm';
import { DEMO_ORGANISATIONS, DEMO_PASSWORD } from './demo-data';
import { seedDemoCourses } from './seed-demo-courses';
import { seedDemoQuiz } from './seed-demo-quiz';
import { seedDemoGraduate } from './seed-demo-graduate';
import { seedDemoMobilities } from './seed-demo-mobilities';
import { seedDemoToolkit } from './seed-demo-toolkit';
import { seedDemoResources } from './seed-demo-resources';

/**
 * Idempotent: running it again changes nothing and never resets a password someone changed.
 * Only called in demo mode (DEMO_DATA=true) and for the browser test database.
 */
export async function seedDemoData(
  ds: DataSource,
  hashPassword: (p: string) => Promise<string>,
  /** The base of links in demo e-mails (the mentor's link). */
  publicUrl = 'http://localhost:3000',
): Promise<void> {
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  await ds.transaction(async (m) => {
    for (const org of DEMO_ORGANISATIONS) {
      await m.query(
        `INSERT INTO organisations (name, country, city, kind) VALUES ($1, $2, $3, 'vet_school')
         ON CONFLICT (lower(name), country) DO NOTHING`,
        [org.name, org.country, org.city],
      );
      const [{ id: orgId }] = await m.query<{ id: string }[]>(
        `SELECT id FROM organisations WHERE lower(name) = lower($1) AND country = $2`,
        [org.name, org.country],
      );
      for (const p of org.people) {
        await m.query(
          `INSERT INTO users (email, name, locale, time_zone, password_hash, is_platform_admin, email_verified_at)
           VALUES ($1, $2, $3, $4, $5, $6, now())
           ON CONFLICT (lower(email)) DO NOTHING`,
          [p.email, p.name, p.locale, p.timeZone, passwordHash, p.isPlatformAdmin ?? false],
        );
        await m.query(
          `INSERT INTO memberships (user_id, organisation_id, role)
           SELECT id, $2, $3 FROM users WHERE lower(email) = $1
           ON CONFLICT (user_id, organisation_id) DO NOTHING`,
          [p.email, orgId, p.role],
        );
      }
    }
    // After the organisations and people: courses belong to one and name an author.
    await seedDemoCourses(m);
    await seedDemoQuiz(m);
    await seedDemoGraduate(m);
    await seedDemoMobilities(m, publicUrl);
    await seedDemoToolkit(m);
    await seedDemoResources(m);
  });
}
