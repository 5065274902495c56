import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { JobData } from '@campus/contracts';

/**
 * Review requests on issued certificates. Quizzes raises `attemptRegraded` when a regrade changed
 * whether an attempt passed; the certificate stays valid (never revoked here) and is flagged for the
 * course's trainers to keep, revoke or re-issue.
 */
@Injectable()
export class CertificateReviewsService {
  constructor(@InjectDataSource() private readonly ds: DataSource) {}

  /**
   * Flags the holder's live certificate of the course if it was issued before the regrade (one the
   * regrade itself led to reflects the new result). A second run changes nothing: the flag already
   * carries this regrade's time. Returns how many certificates were flagged.
   */
  async flagAfterRegrade(event: JobData<'attemptRegraded'>): Promise<number> {
    const [, flagged] = await this.ds.query<[unknown[], number]>(
      `UPDATE certificates SET review_requested_at = $3
        WHERE holder_id = $1 AND course_id = $2 AND revoked_at IS NULL AND issued_at <= $3
          AND (review_requested_at IS NULL OR review_requested_at < $3)`,
      [event.userId, event.courseId, event.regradedAt],
    );
    return flagged;
  }
}
