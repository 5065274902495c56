export { AgreementSection } from './components/agreement-section';
export { agreementsApi, type AgreementScope } from './api/agreements.api';
export { agreementsKeys } from './api/agreements.keys';
export { AgreementContent } from './components/agreement-content';
export { AgreementChanges } from './components/agreement-changes';
