/** The contracts' slug: lower-case letters, digits and single hyphens, 3 to 80 characters. */
const MAX = 80;

/** A slug suggested from a title: accents dropped, other characters become single hyphens. */
export function suggestSlug(title: string): string {
  return title
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/ß/g, 'ss')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, MAX)
    .replace(/-+$/, '');
}
