import { useParams } from 'react-router';
import { EnrolView } from '../features/enrolments';

export function EnrolPage() {
  const { orgId = '' } = useParams();
  // keyed: switching organisation starts from a fresh selection
  return <EnrolView key={orgId} orgId={orgId} />;
}
