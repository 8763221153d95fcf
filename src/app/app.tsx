import { BrowserRouter } from 'react-router';
import { AppRoutes } from './app-routes';
import { ErrorBoundary } from './error-boundary';
import { PwaSupport } from '../features/pwa/pwa-support';
import { applyTheme, readSavedTheme } from '../stores/saved-theme';

// Before the first render, so a dark-theme user never sees a light flash. The settings store keeps
// it in step afterwards.
applyTheme(readSavedTheme());

export function App() {
  return (
    <BrowserRouter>
      <ErrorBoundary>
        <AppRoutes />
      </ErrorBoundary>
      {/* Outside the boundary: an update can still be offered when a screen has crashed. */}
      <PwaSupport />
    </BrowserRouter>
  );
}
