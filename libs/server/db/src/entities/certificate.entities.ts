import { Column, Entity, PrimaryColumn } from 'typeorm';

/** An Ed25519 signing key; the private half sealed with CREDENTIAL_KEY_ENCRYPTION_KEY. */
@Entity('signing_keys')
export class SigningKey {
  @PrimaryColumn('text') kid: string;
  @Column('jsonb', { name: 'public_jwk' }) publicJwk: Record<string, unknown>;
  @Column('text', { name: 'private_sealed' }) privateSealed: string;
  @Column('timestamptz', { name: 'created_at', default: () => 'now()' }) createdAt: Date;
  @Column('timestamptz', { name: 'retired_at', nullable: true }) retiredAt: Date | null;
}

@Entity('certificates')
export class Certificate {
  @PrimaryColumn('uuid') id: string;
  // `serial` (bigserial) is filled by the database and read with SQL where shown.
  @Column('text', { name: 'achievement_kind' }) achievementKind: 'course' | 'mobility';
  @Column('uuid', { name: 'holder_id', nullable: true }) holderId: string | null;
  @Column('text', { name: 'holder_name' }) holderName: string;
  @Column('boolean', { name: 'holder_erased', default: false }) holderErased: boolean;
  @Column('uuid', { name: 'course_id', nullable: true }) courseId: string | null;
  @Column('uuid', { name: 'enrolment_id', nullable: true }) enrolmentId: string | null;
  /** Set on mobility credentials (achievement_kind 'mobility'). */
  @Column('uuid', { name: 'mobility_id', nullable: true }) mobilityId: string | null;
  @Column('uuid', { name: 'organisation_id' }) organisationId: string;
  @Column('text', { name: 'verification_code' }) verificationCode: string;
  @Column('timestamptz', { name: 'issued_at' }) issuedAt: Date;
  @Column('jsonb') credential: Record<string, unknown>;
  @Column('text', { name: 'credential_jwt' }) credentialJwt: string;
  @Column('text') kid: string;
  @Column('uuid', { name: 'status_list_id' }) statusListId: string;
  @Column('integer', { name: 'status_index' }) statusIndex: number;
  @Column('text', { name: 'pdf_key', nullable: true }) pdfKey: string | null;
  @Column('text') locale: string;
  @Column('timestamptz', { name: 'revoked_at', nullable: true }) revokedAt: Date | null;
  @Column('text', { name: 'revoked_reason', nullable: true }) revokedReason: string | null;
  @Column('uuid', { name: 'revoked_by', nullable: true }) revokedBy: string | null;
  @Column('uuid', { name: 'superseded_by', nullable: true }) supersededBy: string | null;
  @Column('timestamptz', { name: 'review_requested_at', nullable: true }) reviewRequestedAt: Date | null;
}
