export { RoundResults } from './components/round-results-view';
export { resultsKeys } from './api/results.keys';
