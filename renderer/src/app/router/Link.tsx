// Links between the app's views: real anchors (so they can be focused, read
// out and copied) whose plain click moves through the router.
import type { ComponentPropsWithRef, MouseEvent } from 'react';
import { parseLocation } from './location';
import { useLocation, useRouter } from './Router';

export interface LinkProps extends Omit<ComponentPropsWithRef<'a'>, 'href'> {
  /** "/path?query" within the app. */
  to: string;
  replace?: boolean;
}

export function Link({ to, replace, onClick, ...rest }: LinkProps) {
  const router = useRouter();
  const follow = (event: MouseEvent<HTMLAnchorElement>) => {
    onClick?.(event);
    // A click with a modifier, or for another window, is the browser's to handle.
    if (
      event.defaultPrevented ||
      event.button !== 0 ||
      event.metaKey ||
      event.altKey ||
      event.ctrlKey ||
      event.shiftKey ||
      (rest.target !== undefined && rest.target !== '_self')
    )
      return;
    event.preventDefault();
    void router.navigate(to, { replace });
  };
  return <a {...rest} href={router.href(to)} onClick={follow} />;
}

/**
 * A menu link, marked aria-current="page" while its view is shown: on its path,
 * or (unless `end`) below it.
 */
export function NavLink({ end, ...props }: LinkProps & { end?: boolean }) {
  const current = useLocation().pathname.toLowerCase();
  const target = parseLocation(props.to).pathname.toLowerCase();
  const here =
    current === target ||
    (!end && current.startsWith(target.endsWith('/') ? target : `${target}/`));
  return <Link {...props} aria-current={here ? 'page' : undefined} />;
}
