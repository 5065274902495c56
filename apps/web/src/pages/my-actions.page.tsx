import { MyActionsView } from '../features/roadmaps';

export function MyActionsPage() {
  return <MyActionsView />;
}
