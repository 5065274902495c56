export { MobilityReportView } from './components/mobility-report-view';
export { mobilityReportsKeys } from './api/mobility-reports.keys';
