/** Where this tab keeps the respondent's token: gone when the tab closes, sent only to the API. */
export const TOKEN_KEY = 'campus.respondentToken';
/** Rounds this browser has answered (their ids), so a second visit is told so. */
export const ANSWERED_KEY = 'campus.answeredRounds';

export interface TokenSources {
  location: Pick<Location, 'hash' | 'pathname' | 'search'>;
  history: Pick<History, 'replaceState' | 'state'>;
  storage: Pick<Storage, 'getItem' | 'setItem'> | null;
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
 * The respondent's token. A link just opened carries it in the fragment (`/answer#token=…`, which
 * browsers never send to a server): it is kept for this tab and the fragment is removed from the
 * address bar, so it stays out of history, bookmarks and screenshots. Without a fragment, the
 * token this tab kept (a reload). Null when there is none.
 */
export function takeRespondentToken(sources: TokenSources = browserSources()): string | null {
  const { location, history, storage } = sources;
  const match = /^#(?:.*&)?token=([^&]*)/.exec(location.hash);
  if (match) {
    let token = match[1];
    try {
      token = decodeURIComponent(token);
    } catch {
      // keep it as it came
    }
    token = token.trim();
    history.replaceState(history.state, '', `${location.pathname}${location.search}`);
    if (!token) return null;
    try {
      storage?.setItem(TOKEN_KEY, token);
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

type AnsweredStorage = Pick<Storage, 'getItem' | 'setItem'> | null;

function localStore(): AnsweredStorage {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
}

function answeredRounds(storage: AnsweredStorage): string[] {
  try {
    const parsed: unknown = JSON.parse(storage?.getItem(ANSWERED_KEY) ?? '[]');
    return Array.isArray(parsed) ? parsed.filter((x): x is string => typeof x === 'string') : [];
  } catch {
    return [];
  }
}

/** Whether this browser has sent answers to the round (a hint only: the server decides). */
export function hasAnswered(roundId: string, storage: AnsweredStorage = localStore()): boolean {
  return answeredRounds(storage).includes(roundId);
}

export function rememberAnswered(roundId: string, storage: AnsweredStorage = localStore()): void {
  // The last 50 rounds are plenty; the list never grows without bound.
  const rounds = [...answeredRounds(storage).filter((r) => r !== roundId), roundId].slice(-50);
  try {
    storage?.setItem(ANSWERED_KEY, JSON.stringify(rounds));
  } catch {
    // storage blocked: the flag lasts for this page view
  }
}
