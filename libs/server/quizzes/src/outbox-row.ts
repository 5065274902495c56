import { Jobs, jobIdFor, type JobData, type JobName } from '@campus/contracts';

/** An outbox row's values, for a statement that writes it itself (OutboxService.add writes the same). */
export interface OutboxRowValues {
  job: JobName;
  /** The validated payload as JSON text, for a `$n::jsonb` parameter. */
  payload: string;
  jobId: string;
}

/** Validates the payload and derives the stable job id exactly as OutboxService.add does. */
export function outboxRow<N extends JobName>(job: N, data: JobData<N>): OutboxRowValues {
  const payload = Jobs[job].data.parse(data) as JobData<N>;
  const jobId = (jobIdFor[job] as (d: JobData<N>) => string)(payload);
  return { job, payload: JSON.stringify(payload), jobId };
}
