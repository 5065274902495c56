import {
  browserTokenSources,
  takeFragmentToken,
  type FragmentTokenSources,
} from '../../../api/fragment-token';

/** Where this tab keeps the mentor's token: gone when the tab closes, never sent anywhere but the API. */
export const TOKEN_KEY = 'campus.mentorToken';
/** The mentor language already applied for the token in this tab, so a later manual choice stays. */
export const LANGUAGE_KEY = 'campus.mentorLanguageApplied';

export type TokenSources = FragmentTokenSources<Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>>;

/**
 * The mentor's token, from the link's fragment (`/mentor#token=…`) or kept by this tab (see
 * `takeFragmentToken`). Null when there is none.
 */
export function takeMentorToken(sources: TokenSources = browserTokenSources()): string | null {
  // A new link may be for another mobility, in another language.
  return takeFragmentToken(TOKEN_KEY, sources, (storage) => storage.removeItem(LANGUAGE_KEY));
}

/**
 * Whether the UI should switch to the mentor's language now: once per token in this tab, so the
 * mentor can still pick another language with the switcher and keep it.
 */
export function claimLanguageSwitch(
  language: string,
  storage: TokenSources['storage'] = browserTokenSources().storage,
): boolean {
  try {
    if (storage?.getItem(LANGUAGE_KEY)) return false;
    storage?.setItem(LANGUAGE_KEY, language);
  } catch {
    // without storage, switch on every load
  }
  return true;
}
