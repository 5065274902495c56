export { MentorView } from './components/mentor-view';
export { MentorLinkSection } from './components/mentor-link-section';
export { MentorActivity } from './components/mentor-activity';
