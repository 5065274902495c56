import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { AttemptGradingService } from './attempt-grading.service';

const BATCH = 100;

/**
 * The safety net under the grading queue: attempts submitted but still ungraded after
 * `staleAfterSeconds`, and attempts still open after their deadline plus grace (their closing job
 * may have been lost with Redis), are closed and graded here directly. Both steps are idempotent,
 * so racing the normal jobs is harmless.
 */
@Injectable()
export class GradingReconcilerService {
  private readonly log = new Logger(GradingReconcilerService.name);

  constructor(
    @InjectDataSource() private readonly ds: DataSource,
    private readonly grading: AttemptGradingService,
  ) {}

  async sweep(opts: {
    staleAfterSeconds: number;
    graceSeconds: number;
  }): Promise<{ closed: number; graded: number }> {
    const overdue = await this.ds.query<{ id: string }[]>(
      `SELECT id FROM quiz_attempts
        WHERE status = 'in_progress' AND deadline_at + make_interval(secs => $1) < now()
        ORDER BY deadline_at LIMIT $2`,
      [opts.graceSeconds, BATCH],
    );
    let closed = 0;
    for (const { id } of overdue) if (await this.grading.close(id)) closed++;
    const stale = await this.ds.query<{ id: string }[]>(
      `SELECT id FROM quiz_attempts
        WHERE status = 'submitted' AND submitted_at < now() - make_interval(secs => $1)
        ORDER BY submitted_at LIMIT $2`,
      [opts.staleAfterSeconds, BATCH],
    );
    let graded = 0;
    for (const { id } of [...overdue, ...stale]) if (await this.grading.grade(id)) graded++;
    if (closed || graded) this.log.warn({ closed, graded }, 'grading reconciler caught up attempts');
    return { closed, graded };
  }
}
