import { z } from 'zod';

/**
 * The separator of a CSV download. Without one, the server uses the one Excel expects in the
 * signed-in user's language: `;` where the decimal separator is a comma (it, de, es, pt, el, fi,
 * sv), `,` for en.
 */
export const CsvSeparator = z.enum(['comma', 'semicolon', 'tab']);
export type CsvSeparator = z.infer<typeof CsvSeparator>;

/** Query parameters every CSV download takes. */
export const CsvExportQuery = z.object({ separator: CsvSeparator.optional() });
export type CsvExportQuery = z.infer<typeof CsvExportQuery>;
