export { AgreementSection } from './components/agreement-section';
export { agreementsApi, type AgreementScope } from './api/agreements.api';
export { agreementsKeys } from './api/agreements.keys';
