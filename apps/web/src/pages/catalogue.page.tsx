import { CatalogueView } from '../features/courses';

export function CataloguePage() {
  return <CatalogueView />;
}
