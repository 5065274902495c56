import { useParams } from 'react-router';
import { EditMobility, NewMobility, OrgMobilitiesView, OrgMobilityView } from '../features/mobilities';

// keyed: switching organisation or record starts from fresh form and dialog state

export function OrgMobilitiesPage() {
  const { orgId = '' } = useParams();
  return <OrgMobilitiesView key={orgId} orgId={orgId} />;
}

export function NewMobilityPage() {
  const { orgId = '' } = useParams();
  return <NewMobility key={orgId} orgId={orgId} />;
}

export function OrgMobilityPage() {
  const { orgId = '', mobilityId = '' } = useParams();
  return <OrgMobilityView key={`${orgId}/${mobilityId}`} orgId={orgId} mobilityId={mobilityId} />;
}

export function EditMobilityPage() {
  const { orgId = '', mobilityId = '' } = useParams();
  return <EditMobility key={`${orgId}/${mobilityId}`} orgId={orgId} mobilityId={mobilityId} />;
}
