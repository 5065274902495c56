import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import {
  notFound,
  type CreateOrganisationRequest,
  type OrganisationView,
  type UpdateOrganisationRequest,
} from '@campus/contracts';
import { orAlreadyExists, Organisation } from '@campus/server-db';
import { AuditService } from '@campus/server-audit';
import { requireOrgRole, requirePlatformAdmin, type Actor } from '@campus/server-identity';

const NAME_TAKEN = 'An organisation with this name already exists in this country.';

@Injectable()
export class OrganisationsService {
  constructor(
    @InjectDataSource() private readonly ds: DataSource,
    private readonly audit: AuditService,
  ) {}

  async list(actor: Actor): Promise<OrganisationView[]> {
    requirePlatformAdmin(actor);
    const rows = await this.ds.query<(OrganisationView & { createdAt: Date })[]>(
      `SELECT o.id, o.name, o.country, o.city, o.kind, o.created_at AS "createdAt", count(m.id)::int AS "memberCount"
         FROM organisations o LEFT JOIN memberships m ON m.organisation_id = o.id
        GROUP BY o.id ORDER BY o.name`,
    );
    return rows.map((r) => ({ ...r, createdAt: r.createdAt.toISOString() }));
  }

  /** Any member may see their organisation's profile. */
  async get(actor: Actor, id: string): Promise<OrganisationView> {
    requireOrgRole(actor, id, ['learner', 'trainer', 'manager']);
    const org = await this.ds.getRepository(Organisation).findOneBy({ id });
    if (!org) throw notFound('Organisation');
    return toView(org);
  }

  async create(actor: Actor, req: CreateOrganisationRequest & { kind: string }): Promise<OrganisationView> {
    requirePlatformAdmin(actor);
    return this.ds.transaction(async (m) => {
      const org = await orAlreadyExists(() => m.save(m.create(Organisation, req)), 'name', NAME_TAKEN);
      await this.audit.record(
        {
          action: 'admin.organisation_created',
          actorId: actor.userId,
          organisationId: org.id,
          details: { name: org.name },
        },
        m,
      );
      return toView(org);
    });
  }

  async update(actor: Actor, id: string, req: UpdateOrganisationRequest): Promise<OrganisationView> {
    requirePlatformAdmin(actor);
    return this.ds.transaction(async (m) => {
      const org = await m.findOneBy(Organisation, { id });
      if (!org) throw notFound('Organisation');
      Object.assign(org, req);
      await orAlreadyExists(() => m.save(org), 'name', NAME_TAKEN);
      await this.audit.record(
        {
          action: 'admin.organisation_updated',
          actorId: actor.userId,
          organisationId: id,
          details: { ...req },
        },
        m,
      );
      return toView(org);
    });
  }
}

function toView(o: Organisation): OrganisationView {
  return {
    id: o.id,
    name: o.name,
    country: o.country,
    city: o.city,
    kind: o.kind,
    createdAt: o.createdAt.toISOString(),
  };
}
