import { render, screen } from '@testing-library/react';
import { MemoryRouter } from 'react-router';
import { describe, expect, it, vi } from 'vitest';
import { AppRoutes } from '../../src/app/app-routes';
import { ErrorBoundary } from '../../src/app/error-boundary';

function renderAt(path: string) {
  return render(
    <MemoryRouter initialEntries={[path]}>
      <ErrorBoundary>
        <AppRoutes />
      </ErrorBoundary>
    </MemoryRouter>,
  );
}

describe('the app shell', () => {
  it('shows the main navigation with a link to every section', () => {
    renderAt('/');
    const nav = screen.getByRole('navigation', { name: 'Main' });
    for (const name of ['Workouts', 'Exercises', 'Sports', 'My routines', 'Settings']) {
      expect(nav).toContainElement(screen.getByRole('link', { name }));
    }
  });

  it('names the source article and says it is not medical advice on every page', () => {
    renderAt('/');
    const footer = screen.getByRole('contentinfo');
    expect(footer).toHaveTextContent('“Strengthening the back muscles”');
    expect(footer).toHaveTextContent('not medical advice');
  });

  it('shows the not-found page with a link home for an unknown path', async () => {
    renderAt('/nowhere');
    expect(await screen.findByRole('heading', { level: 1, name: 'Page not found' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Back to the workouts' })).toHaveAttribute('href', '/');
  });

  it('shows a friendly message with a way home when a screen crashes', () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    function Broken(): never {
      throw new Error('boom');
    }
    render(
      <ErrorBoundary>
        <Broken />
      </ErrorBoundary>,
    );
    expect(screen.getByRole('heading', { name: 'Something went wrong' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Back to the workouts' })).toHaveAttribute('href', '/');
  });
});
