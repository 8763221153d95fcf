import { Component, type ErrorInfo, type ReactNode } from 'react';

interface Props {
  children: ReactNode;
}
interface State {
  error: Error | null;
}

/**
 * The last line of defence: a crash in any screen shows a friendly message with a way home,
 * never a white screen. A plain link (not the router) so it works even if routing broke.
 */
export class ErrorBoundary extends Component<Props, State> {
  override state: State = { error: null };

  static getDerivedStateFromError(error: Error): State {
    return { error };
  }

  override componentDidCatch(error: Error, info: ErrorInfo): void {
    // Stays on the device: there is no error-reporting service, by design.
    console.error('Upright crashed while rendering', error, info.componentStack);
  }

  override render() {
    if (!this.state.error) return this.props.children;
    return (
      <main className="page narrow error-page" id="main">
        <h1>Something went wrong</h1>
        <p>
          This screen ran into a problem. Your routines, settings and any workout in progress are
          saved on this device.
        </p>
        <p>
          <a href="/">Back to the workouts</a>
        </p>
        <details>
          <summary>Technical details</summary>
          <pre>{this.state.error.message}</pre>
        </details>
      </main>
    );
  }
}
