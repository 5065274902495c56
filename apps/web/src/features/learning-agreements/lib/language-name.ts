/** A language code (`fi`) by its name in the UI language ("Finnish"), or the code when unknown. */
export function languageName(code: string, uiLanguage: string): string {
  try {
    return new Intl.DisplayNames([uiLanguage], { type: 'language', fallback: 'code' }).of(code) ?? code;
  } catch {
    return code;
  }
}

export function languageNames(codes: readonly string[], uiLanguage: string): string {
  return codes.map((c) => languageName(c, uiLanguage)).join(', ');
}
