/**
 * A token handed out in a link's fragment (`/answer#token=…`, `/mentor#token=…`): browsers never
 * send the fragment to a server, so the token reaches only this page, which sends it to the API in
 * a header. Shared by the respondent and mentor pages, which differ only in where they keep it.
 */

export type TokenStorage = Pick<Storage, 'getItem' | 'setItem'>;

/** The parts of the browser the token is read from and kept in (replaced in tests). */
export interface FragmentTokenSources<S extends TokenStorage = TokenStorage> {
  location: Pick<Location, 'hash' | 'pathname' | 'search'>;
  history: Pick<History, 'replaceState' | 'state'>;
  storage: S | null;
}

/** This tab's address, history and sessionStorage (gone when the tab closes), if allowed. */
export function browserTokenSources(): FragmentTokenSources<Storage> {
  let storage: Storage | null = null;
  try {
    storage = window.sessionStorage;
  } catch {
    // storage blocked: the token lasts for this page view
  }
  return { location: window.location, history: window.history, storage };
}

/**
 * The token. A link just opened carries it in the fragment: it is kept in `storage` under
 * `storageKey` and the fragment is removed from the address bar, so it stays out of history,
 * bookmarks and screenshots; `onNewToken` lets the page forget what belonged to an earlier token.
 * Without a fragment, the token this tab kept (a reload). Null when there is none.
 */
export function takeFragmentToken<S extends TokenStorage>(
  storageKey: string,
  sources: FragmentTokenSources<S>,
  onNewToken?: (storage: S) => void,
): string | null {
  const { location, history, storage } = sources;
  const match = /^#(?:.*&)?token=([^&]*)/.exec(location.hash);
  if (match) {
    const token = safeDecode(match[1]);
    history.replaceState(history.state, '', `${location.pathname}${location.search}`);
    if (!token) return null;
    try {
      if (storage) {
        storage.setItem(storageKey, token);
        onNewToken?.(storage);
      }
    } catch {
      // storage full or blocked: the token lasts for this page view
    }
    return token;
  }
  try {
    return storage?.getItem(storageKey) || null;
  } catch {
    return null;
  }
}

function safeDecode(value: string): string {
  try {
    return decodeURIComponent(value).trim();
  } catch {
    // not valid percent-encoding: keep it as it came
    return value.trim();
  }
}
