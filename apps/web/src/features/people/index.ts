export { peopleApi } from './api/people.api';
export { peopleKeys } from './api/people.keys';
export { PeopleView } from './components/people-view';
export { MyOrganisations } from './components/my-organisations';
export { CsvReport } from './components/csv-report';
export { useMembers } from './hooks/use-people';
