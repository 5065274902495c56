import { useParams } from 'react-router';
import { RoadmapsView, RoadmapView } from '../features/roadmaps';

export function OrgRoadmapsPage() {
  const { orgId = '' } = useParams();
  // keyed: switching organisation starts from fresh state
  return <RoadmapsView key={orgId} orgId={orgId} />;
}

export function OrgRoadmapPage() {
  const { orgId = '', roadmapId = '' } = useParams();
  return <RoadmapView key={`${orgId}/${roadmapId}`} orgId={orgId} roadmapId={roadmapId} />;
}
