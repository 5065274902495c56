import { useParams } from 'react-router';
import { MobilityReportView } from '../features/mobility-reports';

export function OrgMobilityReportsPage() {
  const { orgId = '' } = useParams();
  // keyed: switching organisation starts from fresh state
  return <MobilityReportView key={orgId} orgId={orgId} />;
}
