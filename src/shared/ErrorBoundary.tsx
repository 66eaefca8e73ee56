import { Component, type ReactNode } from 'react';

interface Props {
  onError?: ((error: Error) => void) | undefined;
  fallback: (error: Error, reset: () => void) => ReactNode;
  children?: ReactNode;
}

/** Keeps a render failure inside the component: the host app keeps running. */
export class ErrorBoundary extends Component<Props, { error: Error | null }> {
  override state: { error: Error | null } = { error: null };

  static getDerivedStateFromError(error: unknown) {
    return { error: error instanceof Error ? error : new Error(String(error)) };
  }

  override componentDidCatch(error: unknown) {
    this.props.onError?.(error instanceof Error ? error : new Error(String(error)));
  }

  reset = () => this.setState({ error: null });

  override render() {
    return this.state.error ? this.props.fallback(this.state.error, this.reset) : this.props.children;
  }
}
