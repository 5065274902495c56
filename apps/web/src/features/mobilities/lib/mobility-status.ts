import {
  MOBILITY_EDITABLE_STATUSES,
  MOBILITY_STATUS_TRANSITIONS,
  type MobilityStatus,
} from '@campus/contracts';

/** A record starts as a draft and never goes back to it. */
export type MobilityStatusTarget = Exclude<MobilityStatus, 'draft'>;

/**
 * The moves the API allows from the current status (declared once in contracts). The API decides;
 * this only offers the buttons that can succeed.
 */
export function nextStatuses(status: MobilityStatus): readonly MobilityStatusTarget[] {
  return MOBILITY_STATUS_TRANSITIONS[status].filter((s): s is MobilityStatusTarget => s !== 'draft');
}

/** The record's details can change while draft or agreed (the API refuses later edits with 409). */
export function isEditable(status: MobilityStatus): boolean {
  return MOBILITY_EDITABLE_STATUSES.includes(status);
}
