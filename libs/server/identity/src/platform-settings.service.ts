import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { PublicSettings, UpdateSettingsRequest } from '@campus/contracts';
import { PlatformSetting } from '@campus/server-db';
import { AuditService } from '@campus/server-audit';
import type { Actor } from './actor';
import { requirePlatformAdmin } from './actor';

/** Platform-wide switches that admins change at run time (kept in PostgreSQL, shared by all replicas). */
@Injectable()
export class PlatformSettingsService {
  constructor(
    @InjectDataSource() private readonly ds: DataSource,
    private readonly audit: AuditService,
  ) {}

  async get(): Promise<PublicSettings> {
    const row = await this.ds.getRepository(PlatformSetting).findOneBy({ key: 'registrationEnabled' });
    return { registrationEnabled: row ? row.value === true : true };
  }

  async update(actor: Actor, req: UpdateSettingsRequest): Promise<PublicSettings> {
    requirePlatformAdmin(actor);
    await this.ds.transaction(async (m) => {
      await m.upsert(PlatformSetting, { key: 'registrationEnabled', value: req.registrationEnabled }, [
        'key',
      ]);
      await this.audit.record(
        { action: 'admin.settings_changed', actorId: actor.userId, details: { ...req } },
        m,
      );
    });
    return this.get();
  }
}
