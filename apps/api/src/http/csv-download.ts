import { applyDecorators, Header } from '@nestjs/common';
import { ApiProduces } from '@nestjs/swagger';

/**
 * A route that answers a CSV file to download as `filename`: UTF-8 (the body carries its BOM),
 * documented as text/csv in OpenAPI.
 */
export const CsvDownload = (filename: string) =>
  applyDecorators(
    ApiProduces('text/csv'),
    Header('Content-Type', 'text/csv; charset=utf-8'),
    Header('Content-Disposition', `attachment; filename="${filename}"`),
  );
