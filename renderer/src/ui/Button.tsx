// Buttons in Naslag's three weights. Always type="button": nothing in the app
// submits a form by accident.
import type { ButtonHTMLAttributes, Ref } from 'react';

export type ButtonVariant = 'primary' | 'secondary' | 'subtle';

export interface ButtonProps extends ButtonHTMLAttributes<HTMLButtonElement> {
  variant?: ButtonVariant;
  size?: 'normal' | 'small';
  ref?: Ref<HTMLButtonElement>;
}

export function Button({
  variant = 'secondary',
  size = 'normal',
  className,
  type = 'button',
  ...rest
}: ButtonProps) {
  const classes = [
    'button',
    `button--${variant}`,
    size === 'small' ? 'button--small' : '',
    className ?? '',
  ]
    .filter(Boolean)
    .join(' ');
  return <button type={type} className={classes} {...rest} />;
}

export interface IconButtonProps extends Omit<ButtonProps, 'aria-label' | 'children'> {
  /** What the button does, for screen readers and as a tooltip. */
  label: string;
  /** The visible glyph or short text; hidden from assistive technology. */
  icon: string;
}

/** A compact button whose accessible name is its label, not its glyph. */
export function IconButton({ label, icon, className, ...rest }: IconButtonProps) {
  return (
    <Button aria-label={label} title={label} className={`icon-button ${className ?? ''}`} {...rest}>
      <span aria-hidden="true">{icon}</span>
    </Button>
  );
}
