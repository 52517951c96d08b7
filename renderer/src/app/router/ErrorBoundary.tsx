// Catches what a view throws while rendering and shows the error view in its
// place; moving to another address tries the view again.
import { Component, type ComponentType, type ReactNode } from 'react';

interface Props {
  readonly fallback: ComponentType<{ error: unknown }>;
  /** A new value clears a caught error. */
  readonly resetKey?: number;
  readonly children: ReactNode;
}

interface State {
  readonly caught: { readonly error: unknown } | null;
  readonly resetKey: number | undefined;
}

export class ErrorBoundary extends Component<Props, State> {
  override state: State = { caught: null, resetKey: this.props.resetKey };

  static getDerivedStateFromError(error: unknown): Partial<State> {
    return { caught: { error } };
  }

  static getDerivedStateFromProps(props: Props, state: State): Partial<State> | null {
    return props.resetKey === state.resetKey ? null : { caught: null, resetKey: props.resetKey };
  }

  override render() {
    const { caught } = this.state;
    if (!caught) return this.props.children;
    const Fallback = this.props.fallback;
    return <Fallback error={caught.error} />;
  }
}
