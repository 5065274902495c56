import { useParams } from 'react-router';
import { ProgressView } from '../features/enrolments';

export function ProgressPage() {
  const { orgId = '' } = useParams();
  // keyed: switching organisation starts from fresh dialog state
  return <ProgressView key={orgId} orgId={orgId} />;
}
