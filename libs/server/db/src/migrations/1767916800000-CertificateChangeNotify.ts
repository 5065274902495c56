import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Public verification answers are cached per code in each api replica. Every change to a
 * certificate row (revocation, a holder's erasure) sends NOTIFY certificate_changed with its code
 * at commit, and a change to an organisation's name or country (shown as the issuer) sends '*',
 * so every replica drops what it cached and a revocation shows at once everywhere.
 */
export class CertificateChangeNotify1767916800000 implements MigrationInterface {
  name = 'CertificateChangeNotify1767916800000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE FUNCTION notify_certificate_changed() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        PERFORM pg_notify('certificate_changed', OLD.verification_code);
        RETURN NULL;
      END $$;
      CREATE TRIGGER certificates_notify_changed AFTER UPDATE OR DELETE ON certificates
        FOR EACH ROW EXECUTE FUNCTION notify_certificate_changed();

      CREATE FUNCTION notify_issuer_changed() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        PERFORM pg_notify('certificate_changed', '*');
        RETURN NULL;
      END $$;
      CREATE TRIGGER organisations_notify_issuer_changed AFTER UPDATE OF name, country ON organisations
        FOR EACH ROW WHEN (OLD.name IS DISTINCT FROM NEW.name OR OLD.country IS DISTINCT FROM NEW.country)
        EXECUTE FUNCTION notify_issuer_changed();
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`
      DROP TRIGGER organisations_notify_issuer_changed ON organisations;
      DROP FUNCTION notify_issuer_changed();
      DROP TRIGGER certificates_notify_changed ON certificates;
      DROP FUNCTION notify_certificate_changed();
    `);
  }
}
