import { Component, type ErrorInfo, type ReactNode } from 'react';
import { translate } from '../shared/i18n/i18n';

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
        <h1>{translate('shell.error.heading')}</h1>
        <p>{translate('shell.error.body')}</p>
        <p>
          <a href="/">{translate('shell.error.home')}</a>
        </p>
        <details>
          <summary>{translate('shell.error.details')}</summary>
          <pre>{this.state.error.message}</pre>
        </details>
      </main>
    );
  }
}
