export { ParticipantLogbook } from './components/participant-logbook';
export { LogbookSection } from './components/logbook-section';
export { LogbookLink } from './components/logbook-link';
