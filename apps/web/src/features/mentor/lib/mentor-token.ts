/** Where this tab keeps the mentor's token: gone when the tab closes, never sent anywhere but the API. */
export const TOKEN_KEY = 'campus.mentorToken';
/** The mentor language already applied for the token in this tab, so a later manual choice stays. */
export const LANGUAGE_KEY = 'campus.mentorLanguageApplied';

export interface TokenSources {
  location: Pick<Location, 'hash' | 'pathname' | 'search'>;
  history: Pick<History, 'replaceState' | 'state'>;
  storage: Pick<Storage, 'getItem' | 'setItem' | 'removeItem'> | null;
}

function browserSources(): TokenSources {
  let storage: TokenSources['storage'] = null;
  try {
    storage = window.sessionStorage;
  } catch {
    // storage blocked: the token lasts for this page view
  }
  return { location: window.location, history: window.history, storage };
}

/**
 * The mentor's token. A link just opened carries it in the fragment (`/mentor#token=…`, which
 * browsers never send to a server): it is kept in sessionStorage and the fragment is removed from
 * the address bar, so it does not stay in history, bookmarks or a shared screenshot. Without a
 * fragment, the token this tab kept (a reload). Null when there is none.
 */
export function takeMentorToken(sources: TokenSources = browserSources()): string | null {
  const { location, history, storage } = sources;
  const match = /^#(?:.*&)?token=([^&]*)/.exec(location.hash);
  if (match) {
    const token = safeDecode(match[1]);
    history.replaceState(history.state, '', `${location.pathname}${location.search}`);
    if (!token) return null;
    try {
      storage?.setItem(TOKEN_KEY, token);
      // A new link may be for another mobility, in another language.
      storage?.removeItem(LANGUAGE_KEY);
    } catch {
      // storage full or blocked: the token lasts for this page view
    }
    return token;
  }
  try {
    return storage?.getItem(TOKEN_KEY) || null;
  } catch {
    return null;
  }
}

function safeDecode(value: string): string {
  try {
    return decodeURIComponent(value).trim();
  } catch {
    return value.trim();
  }
}

/**
 * Whether the UI should switch to the mentor's language now: once per token in this tab, so the
 * mentor can still pick another language with the switcher and keep it.
 */
export function claimLanguageSwitch(
  language: string,
  storage: TokenSources['storage'] = browserSources().storage,
): boolean {
  try {
    if (storage?.getItem(LANGUAGE_KEY)) return false;
    storage?.setItem(LANGUAGE_KEY, language);
  } catch {
    // without storage, switch on every load
  }
  return true;
}
