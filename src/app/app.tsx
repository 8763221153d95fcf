import { BrowserRouter } from 'react-router';
import { AppRoutes } from './app-routes';
import { ErrorBoundary } from './error-boundary';

export function App() {
  return (
    <BrowserRouter>
      <ErrorBoundary>
        <AppRoutes />
      </ErrorBoundary>
    </BrowserRouter>
  );
}
