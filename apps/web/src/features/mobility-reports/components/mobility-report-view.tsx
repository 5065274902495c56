import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { MobilityActivityType, MobilityReport, MobilityStatus } from '@campus/contracts';
import { Button, Card, DescriptionList, EmptyState } from '@campus/web-ui';
import { CsvSeparatorSelect } from '../../../components/csv-separator-select';
import { ProblemAlert } from '../../../components/problem-alert';
import { QueryState } from '../../../components/query-state';
import { countryName } from '../../../format/countries';
import { useCsvSeparator } from '../../../hooks/use-csv-separator';
import { useSearchState } from '../../../hooks/use-search-state';
import { ManagerGate, saveFile } from '../../enrolments';
import { useBeneficiaryModuleCsv, useMobilityReport } from '../hooks/use-mobility-report';
import { useNumberFormat } from '../hooks/use-number-format';
import { REPORT_FILTERS, toReportQuery } from '../lib/report-filter';
import { BreakdownTable } from './breakdown-table';
import { DestinationsChart } from './destinations-chart';
import { ReportFilters } from './report-filters';

/** A manager's report on the school's mobilities, with the Erasmus+ Beneficiary Module export. */
export function MobilityReportView({ orgId }: { orgId: string }) {
  const { t } = useTranslation('mobility-reports');
  return (
    <ManagerGate orgId={orgId} title={t('title')} description={t('description')}>
      <MobilityReportContent orgId={orgId} />
    </ManagerGate>
  );
}

/** Asks the API only once the gate let the manager in. */
function MobilityReportContent({ orgId }: { orgId: string }) {
  const { t } = useTranslation('mobility-reports');
  const { values, setFilter } = useSearchState(REPORT_FILTERS);
  const filter = toReportQuery(values);
  const report = useMobilityReport(orgId, filter);
  const csv = useBeneficiaryModuleCsv(orgId);
  const [separator, setSeparator] = useCsvSeparator();
  // One live region for the page: it must exist before its text changes to be announced.
  const [announcement, setAnnouncement] = useState('');
  const filtered = Object.keys(filter).length > 0;

  const download = () => {
    setAnnouncement(t('download.preparing'));
    csv.mutate(
      { filter, separator },
      {
        onSuccess: (blob) => {
          saveFile(blob, 'beneficiary-module.csv');
          setAnnouncement(t('download.done'));
        },
        onError: () => setAnnouncement(''),
      },
    );
  };

  return (
    <div className="ui-stack">
      <p role="status" aria-live="polite" className={announcement ? undefined : 'ui-visually-hidden'}>
        {announcement}
      </p>
      <ReportFilters values={values} onChange={setFilter} />
      <div className="ui-row" style={{ gap: '0.5rem', flexWrap: 'wrap', alignItems: 'flex-end' }}>
        <CsvSeparatorSelect value={separator} onChange={setSeparator} />
        <Button variant="secondary" loading={csv.isPending} onClick={download}>
          {t('download.button')}
        </Button>
      </div>
      <p className="ui-muted">{t('download.hint')}</p>
      {csv.error && <ProblemAlert error={csv.error} />}
      <QueryState
        query={report}
        loadingLabel={t('loading')}
        isEmpty={(r) => r.byStatus.length === 0}
        empty={
          <EmptyState title={filtered ? t('empty.filteredTitle') : t('empty.title')}>
            {filtered ? t('empty.filteredBody') : t('empty.body')}
          </EmptyState>
        }
      >
        {(data) => <ReportFigures report={data} />}
      </QueryState>
    </div>
  );
}

function ReportFigures({ report }: { report: MobilityReport }) {
  const { t, i18n } = useTranslation('mobility-reports');
  const num = useNumberFormat();
  const lang = i18n.resolvedLanguage ?? 'en';
  const totals = (['mobilities', 'participants', 'days', 'hours'] as const).map((key) => ({
    key,
    term: t(`totals.${key}`),
    description: num(report.totals[key]),
  }));
  return (
    <>
      <Card title={t('totals.title')}>
        <DescriptionList items={totals} />
        <p className="ui-muted">{t('totals.note')}</p>
      </Card>
      {report.byCountry.length > 0 && (
        <Card title={t('breakdown.country')}>
          <div className="ui-grid" style={{ alignItems: 'start' }}>
            <DestinationsChart rows={report.byCountry} />
            <BreakdownTable
              caption={t('breakdown.country')}
              hideCaption
              keyHeader={t('breakdown.countryColumn')}
              rows={report.byCountry}
              label={(code) => countryName(code, lang)}
            />
          </div>
        </Card>
      )}
      <div className="ui-grid">
        <BreakdownTable
          caption={t('breakdown.year')}
          keyHeader={t('breakdown.yearColumn')}
          rows={report.byYear}
        />
        <BreakdownTable
          caption={t('breakdown.project')}
          keyHeader={t('breakdown.projectColumn')}
          rows={report.byProject}
        />
        <BreakdownTable
          caption={t('breakdown.activityType')}
          keyHeader={t('breakdown.activityTypeColumn')}
          rows={report.byActivityType}
          label={(code) => t(`activityType.${code as MobilityActivityType}`)}
        />
        <BreakdownTable
          caption={t('breakdown.status')}
          keyHeader={t('breakdown.statusColumn')}
          rows={report.byStatus}
          label={(status) => t(`status.${status as MobilityStatus}`)}
        />
      </div>
    </>
  );
}
