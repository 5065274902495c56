import { useSyncExternalStore } from 'react';
import { api, type SessionSnapshot } from '../../../api';

/** The signed-in user (null when signed out) and whether the start-up refresh has answered. */
export function useSession(): SessionSnapshot {
  return useSyncExternalStore(api.subscribe, api.getSnapshot, api.getSnapshot);
}

/** For components that only render inside the signed-in area. */
export function useCurrentUser() {
  const { user } = useSession();
  if (!user) throw new Error('useCurrentUser() needs a signed-in user; render it inside <RequireAuth>.');
  return user;
}
