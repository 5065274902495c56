import type { RoundResultsView } from '@campus/contracts';
import { api } from '../../../api';

const results = (orgId: string, roundId: string) =>
  `/orgs/${encodeURIComponent(orgId)}/assessment-rounds/${encodeURIComponent(roundId)}/results`;

export const resultsApi = {
  /** The round's results with texts in `locale`. */
  results: (orgId: string, roundId: string, locale: string, signal?: AbortSignal) =>
    api.get<RoundResultsView>(results(orgId, roundId), { locale }, signal),
  /** The PDF for the school board or the spreadsheet, in `locale`. */
  download: (orgId: string, roundId: string, format: 'pdf' | 'csv', locale: string) =>
    api.blob(`${results(orgId, roundId)}.${format}`, { locale }),
};
