import {
  browserTokenSources,
  takeFragmentToken,
  type FragmentTokenSources,
} from '../../../api/fragment-token';

/** Where this tab keeps the respondent's token: gone when the tab closes, sent only to the API. */
export const TOKEN_KEY = 'campus.respondentToken';
/** Rounds this browser has answered (their ids), so a second visit is told so. */
export const ANSWERED_KEY = 'campus.answeredRounds';

export type TokenSources = FragmentTokenSources;

/**
 * The respondent's token, from the link's fragment (`/answer#token=…`) or kept by this tab
 * (see `takeFragmentToken`). Null when there is none.
 */
export function takeRespondentToken(sources: TokenSources = browserTokenSources()): string | null {
  return takeFragmentToken(TOKEN_KEY, sources);
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
