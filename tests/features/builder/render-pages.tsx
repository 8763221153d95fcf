import { render } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter, Route, Routes, useLocation } from 'react-router';
import MyRoutinesPage from '../../../src/features/builder/my-routines-page';
import RoutineBuilderPage from '../../../src/features/builder/routine-builder-page';
import SharedRoutinePage from '../../../src/features/share/shared-routine-page';
import { routePatterns } from '../../../src/shared/paths';
import { resetCustomRoutinesStore } from '../../../src/stores/custom-routines-store';
import { resetRoutineDraftsStore } from '../../../src/stores/routine-drafts-store';

/** Stands in for the player: shows where it was sent and what it was given. */
function PlayerProbe() {
  const location = useLocation();
  return (
    <main>
      <h1>Player</h1>
      <p data-testid="player-path">{location.pathname}</p>
      <p data-testid="player-state">{JSON.stringify(location.state)}</p>
    </main>
  );
}

function HomeProbe() {
  return <h1>Choose a workout</h1>;
}

/** The builder's pages (and probes for where they lead) at `path`, as a user would reach them. */
export function renderPages(path: string, state?: unknown) {
  const user = userEvent.setup();
  const url = new URL(path, 'http://localhost');
  const view = render(
    <MemoryRouter initialEntries={[{ pathname: url.pathname, hash: url.hash, state }]}>
      <Routes>
        <Route path={routePatterns.home} element={<HomeProbe />} />
        <Route path={routePatterns.myRoutines} element={<MyRoutinesPage />} />
        <Route path={routePatterns.newRoutine} element={<RoutineBuilderPage />} />
        <Route path={routePatterns.editRoutine} element={<RoutineBuilderPage />} />
        <Route path={routePatterns.shared} element={<SharedRoutinePage />} />
        <Route path={routePatterns.player} element={<PlayerProbe />} />
      </Routes>
    </MemoryRouter>,
  );
  return { user, ...view };
}

export async function resetBuilderStores(): Promise<void> {
  await Promise.all([resetCustomRoutinesStore(), resetRoutineDraftsStore()]);
}
