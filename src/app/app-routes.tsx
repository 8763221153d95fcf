import { Suspense } from 'react';
import { lazyWithTexts } from '../shared/i18n/lazy-with-texts';
import { Route, Routes } from 'react-router';
import { routePatterns } from '../shared/paths';
import { AppLayout } from './app-layout';
import { HomePage } from '../features/home/home-page';
import { PageLoading } from '../shared/ui/page-loading';

// Home is in the first load; every other screen is fetched when first visited, which keeps the
// first page under the bundle budget (scripts/bundle-budget.mjs), and renders once its texts are here.
const RoutineDetailPage = lazyWithTexts(() => import('../features/routines/routine-detail-page'));
const ExerciseLibraryPage = lazyWithTexts(() => import('../features/library/exercise-library-page'));
const ExerciseDetailPage = lazyWithTexts(() => import('../features/library/exercise-detail-page'));
const SportsPage = lazyWithTexts(() => import('../features/sports/sports-page'));
const MyRoutinesPage = lazyWithTexts(() => import('../features/builder/my-routines-page'));
const RoutineBuilderPage = lazyWithTexts(() => import('../features/builder/routine-builder-page'));
const SharedRoutinePage = lazyWithTexts(() => import('../features/share/shared-routine-page'));
const PlayerPage = lazyWithTexts(() => import('../features/player/player-page'));
const HistoryPage = lazyWithTexts(() => import('../features/history/history-page'));
const ExerciseHistoryPage = lazyWithTexts(() => import('../features/history/exercise-history-page'));
const SettingsPage = lazyWithTexts(() => import('../features/settings/settings-page'));
// Only a mistyped link lands here, so it is not worth its bytes in the first load.
const NotFoundPage = lazyWithTexts(() => import('./not-found-page').then((module) => ({ default: module.NotFoundPage })));

export function AppRoutes() {
  return (
    <Suspense fallback={<PageLoading />}>
      <Routes>
        <Route element={<AppLayout />}>
          <Route path={routePatterns.home} element={<HomePage />} />
          <Route path={routePatterns.routine} element={<RoutineDetailPage />} />
          <Route path={routePatterns.exercises} element={<ExerciseLibraryPage />} />
          <Route path={routePatterns.exercise} element={<ExerciseDetailPage />} />
          <Route path={routePatterns.sports} element={<SportsPage />} />
          <Route path={routePatterns.myRoutines} element={<MyRoutinesPage />} />
          <Route path={routePatterns.newRoutine} element={<RoutineBuilderPage />} />
          <Route path={routePatterns.editRoutine} element={<RoutineBuilderPage />} />
          <Route path={routePatterns.shared} element={<SharedRoutinePage />} />
          <Route path={routePatterns.history} element={<HistoryPage />} />
          <Route path={routePatterns.exerciseHistory} element={<ExerciseHistoryPage />} />
          <Route path={routePatterns.settings} element={<SettingsPage />} />
          <Route path="*" element={<NotFoundPage />} />
        </Route>
        {/* The player is full-screen, without the navigation bar. */}
        <Route path={routePatterns.playExercise} element={<PlayerPage />} />
        <Route path={routePatterns.player} element={<PlayerPage />} />
      </Routes>
    </Suspense>
  );
}
