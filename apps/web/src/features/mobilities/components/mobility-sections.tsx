import type { MobilityView } from '@campus/contracts';
import { MobilityHistory } from './mobility-history';
import { MobilityCredentialSection } from '../../certificates';
import { AgreementSection } from '../../learning-agreements';
import { LogbookSection } from '../../logbook';
import { MentorLinkSection } from '../../mentor';

/**
 * The parts of a manager's mobility page below the record, in reading order. Each section is a
 * component of its own feature folder, added here as one line.
 */
export function MobilitySections({ mobility, orgId }: { mobility: MobilityView; orgId: string }) {
  return (
    <>
      <AgreementSection scope={{ kind: 'org', orgId, mobilityId: mobility.id }} />
      <MobilityCredentialSection orgId={orgId} mobility={mobility} />
      <MentorLinkSection mobility={mobility} orgId={orgId} />
      <LogbookSection orgId={orgId} mobilityId={mobility.id} />
      <MobilityHistory orgId={orgId} mobilityId={mobility.id} />
    </>
  );
}
