// Section ids: the printed heading in lower case, accents dropped, anything
// else than letters and digits turned into single hyphens ("Stop It Now!" →
// "stop-it-now"). Ids appear in deep links and notes, so they must not change
// when nothing in the heading changed.
export function slug(title: string): string {
  return title
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}
