import { useParams } from 'react-router';
import { PeopleView } from '../features/people';

export function PeoplePage() {
  const { orgId = '' } = useParams();
  // keyed: switching organisation starts from fresh form and dialog state
  return <PeopleView key={orgId} orgId={orgId} />;
}
