// Addresses of the compare view: "/vergelijk" (nr. 81 left, nr. 90 right), or
// "/vergelijk/<left>/<right>", with the view and theme in the query, so every
// state of the view is a link that survives a reload.

export const COMPARE_ROUTE = '/vergelijk/:leftId?/:rightId?';
export const VIEW_PARAM = 'weergave';
export const THEME_PARAM = 'thema';
export const CHANGE_PARAM = 'wijziging';

export const DEFAULT_LEFT = 'kst-31015-81';
export const DEFAULT_RIGHT = 'kst-31015-90';

export const COMPARE_VIEWS = ['themas', 'cijfers', 'toezeggingen', 'tijdlijn', 'berekend'] as const;
export type CompareView = (typeof COMPARE_VIEWS)[number];

export function isCompareView(value: string | null): value is CompareView {
  return (COMPARE_VIEWS as readonly string[]).includes(value ?? '');
}

export function comparePath(
  leftId?: string,
  rightId?: string,
  options: { view?: CompareView; theme?: string } = {},
): string {
  const path = leftId && rightId ? `/vergelijk/${leftId}/${rightId}` : '/vergelijk';
  const query = new URLSearchParams();
  if (options.view && options.view !== 'themas') query.set(VIEW_PARAM, options.view);
  if (options.theme) query.set(THEME_PARAM, options.theme);
  const search = query.toString();
  return search ? `${path}?${search}` : path;
}
