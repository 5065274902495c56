export { RoundsList } from './components/rounds-list';
export { RoundDetail } from './components/round-detail';
export { RespondentQuestionnaire } from './components/questionnaire-view';
export { roundsKeys } from './api/rounds.keys';
