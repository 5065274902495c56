import { useParams } from 'react-router';
import { RoundResults } from '../features/assessment-results';

export function OrgRoundResultsPage() {
  const { orgId = '', roundId = '' } = useParams();
  // keyed: another round starts from fresh state
  return <RoundResults key={`${orgId}/${roundId}`} orgId={orgId} roundId={roundId} />;
}
