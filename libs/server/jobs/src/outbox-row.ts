import { Jobs, jobIdFor, type JobData, type JobName } from '@campus/contracts';

/** An outbox row's values, for a hot-path statement that writes the row itself (OutboxService.add uses them too). */
export interface OutboxRowValues<N extends JobName = JobName> {
  job: N;
  /** The validated payload. */
  data: JobData<N>;
  /** The validated payload as JSON text, for a `$n::jsonb` parameter. */
  payload: string;
  jobId: string;
}

/** Validates the payload and derives the stable job id (the one place that does). */
export function outboxRow<N extends JobName>(job: N, data: JobData<N>): OutboxRowValues<N> {
  const payload = Jobs[job].data.parse(data) as JobData<N>;
  const jobId = (jobIdFor[job] as (d: JobData<N>) => string)(payload);
  return { job, data: payload, payload: JSON.stringify(payload), jobId };
}
