import { useParams } from 'react-router';
import {
  ContributeResource,
  EditResource,
  LibrarySearch,
  MyResources,
  ResourceDetail,
} from '../features/resources';

/** Public (OpenLayout), like the catalogue. */
export function LibraryPage() {
  return <LibrarySearch />;
}

/** Public (OpenLayout); authors and admins also see drafts and review notes. */
export function LibraryResourcePage() {
  const { id = '' } = useParams();
  return <ResourceDetail key={id} id={id} />;
}

export function ContributeResourcePage() {
  return <ContributeResource />;
}

export function EditResourcePage() {
  const { id = '' } = useParams();
  return <EditResource key={id} id={id} />;
}

export function MyResourcesPage() {
  return <MyResources />;
}
