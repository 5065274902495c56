import type { MobilityStatus } from '@campus/contracts';

/**
 * The moves the API allows from each status (draft → agreed → in progress → completed →
 * validated; cancelled from any status before validated). The API decides; this only offers the
 * buttons that can succeed.
 */
/** A record starts as a draft and never goes back to it. */
export type MobilityStatusTarget = Exclude<MobilityStatus, 'draft'>;

const NEXT: Record<MobilityStatus, readonly MobilityStatusTarget[]> = {
  draft: ['agreed', 'cancelled'],
  agreed: ['in_progress', 'cancelled'],
  in_progress: ['completed', 'cancelled'],
  completed: ['validated', 'cancelled'],
  validated: [],
  cancelled: [],
};

export function nextStatuses(status: MobilityStatus): readonly MobilityStatusTarget[] {
  return NEXT[status];
}

/** The record's details can change while draft or agreed (the API refuses later edits with 409). */
export function isEditable(status: MobilityStatus): boolean {
  return status === 'draft' || status === 'agreed';
}
