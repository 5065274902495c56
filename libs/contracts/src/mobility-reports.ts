import { z } from 'zod';
import { CsvExportQuery } from './csv';
import { AssignedCountryCode, MobilityActivityType, MobilityStatus } from './mobilities';

/**
 * A manager's report on the organisation's mobilities, and the Erasmus+ Beneficiary Module CSV.
 * Every filter narrows both the same way.
 */
export const MobilityReportQuery = z.object({
  /** Mobilities whose activity starts in this year. */
  year: z.coerce
    .number({ message: 'Use a year such as 2027.' })
    .int({ message: 'Use a year such as 2027.' })
    .min(1900, { message: 'Use a year between 1900 and 9999.' })
    .max(9999, { message: 'Use a year between 1900 and 9999.' })
    .optional(),
  projectNumber: z.string().trim().min(1).max(60).optional(),
  /** The receiving country. */
  country: AssignedCountryCode.optional(),
  activityType: MobilityActivityType.optional(),
  status: MobilityStatus.optional(),
});
export type MobilityReportQuery = z.infer<typeof MobilityReportQuery>;

export const BeneficiaryModuleCsvQuery = MobilityReportQuery.extend(CsvExportQuery.shape);
export type BeneficiaryModuleCsvQuery = z.infer<typeof BeneficiaryModuleCsvQuery>;

/** Counts of a set of mobilities. */
export interface MobilityReportFigures {
  mobilities: number;
  /** Activity days minus interruptions, travel excluded (as `MobilityView.durationDays`). */
  days: number;
  /** Hours in the participants' logbooks. */
  hours: number;
}

export interface MobilityReportRow extends MobilityReportFigures {
  /** The year, project number, country code, activity type code or status of the row. */
  key: string;
}

/**
 * Totals and the year, project, country and activity type breakdowns leave cancelled mobilities
 * out (they did not take place), unless the status filter asks for cancelled ones; the status
 * breakdown lists every status, cancelled included.
 */
export interface MobilityReport {
  /** `participants`: distinct people among the participants. */
  totals: MobilityReportFigures & { participants: number };
  byYear: MobilityReportRow[];
  byProject: MobilityReportRow[];
  byCountry: MobilityReportRow[];
  byActivityType: MobilityReportRow[];
  byStatus: MobilityReportRow[];
}
