import { useParams } from 'react-router';
import { RoundDetail, RoundsList } from '../features/assessment-rounds';

/** The school's self-assessment rounds and the form that opens one (managers). */
export function OrgSelfAssessmentPage() {
  const { orgId = '' } = useParams();
  // keyed: switching organisation starts from fresh state
  return <RoundsList key={orgId} orgId={orgId} />;
}

/** One round: counts per group, links, invitations, closing (managers). */
export function OrgAssessmentRoundPage() {
  const { orgId = '', roundId = '' } = useParams();
  return <RoundDetail key={`${orgId}/${roundId}`} orgId={orgId} roundId={roundId} />;
}
