import { useParams } from 'react-router';
import { OrgCertificatesView } from '../features/certificates';

export function OrgCertificatesPage() {
  const { orgId = '' } = useParams();
  // keyed: switching organisation starts from fresh dialog state
  return <OrgCertificatesView key={orgId} orgId={orgId} />;
}
