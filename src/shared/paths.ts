/** The player's id for a routine opened from a share link and not saved: /play/shared. */
export const SHARED_ROUTINE_ID = 'shared';

/** Ids the app's URLs use for other things; no saved routine may take one. */
export const RESERVED_ROUTINE_IDS: ReadonlySet<string> = new Set([SHARED_ROUTINE_ID]);

/** The Settings sections other pages link to (each heading has this id and takes the focus when linked). */
export const SETTINGS_SECTIONS = { historyExport: 'history-export', historyImport: 'history-import', weeklyReminder: 'weekly-reminder' } as const;
export type SettingsSection = (typeof SETTINGS_SECTIONS)[keyof typeof SETTINGS_SECTIONS];

/** Every URL in the app is built here, so a route can move without hunting for strings. */
export const paths = {
  home: () => '/',
  routine: (routineId: string) => `/routines/${encodeURIComponent(routineId)}`,
  player: (routineId: string) => `/play/${encodeURIComponent(routineId)}`,
  /** "Try this exercise alone": a one-item routine made on the fly. */
  playShared: () => `/play/${SHARED_ROUTINE_ID}`,
  playExercise: (exerciseId: string) => `/play/exercise/${encodeURIComponent(exerciseId)}`,
  exercises: () => '/exercises',
  exercise: (exerciseId: string) => `/exercises/${encodeURIComponent(exerciseId)}`,
  sports: () => '/sports',
  myRoutines: () => '/my-routines',
  newRoutine: () => '/my-routines/new',
  editRoutine: (routineId: string) => `/my-routines/${encodeURIComponent(routineId)}/edit`,
  /** A shared routine travels in the fragment (`#r=...`), which never reaches a server. */
  shared: () => '/shared',
  settings: (section?: SettingsSection) => (section ? `/settings#${section}` : '/settings'),
  history: () => '/history',
  exerciseHistory: (exerciseId: string) => `/history/exercises/${encodeURIComponent(exerciseId)}`,
} as const;

/** The route patterns for React Router, kept beside the builders above. */
export const routePatterns = {
  home: '/',
  routine: '/routines/:routineId',
  player: '/play/:routineId',
  playExercise: '/play/exercise/:exerciseId',
  exercises: '/exercises',
  exercise: '/exercises/:exerciseId',
  sports: '/sports',
  myRoutines: '/my-routines',
  newRoutine: '/my-routines/new',
  editRoutine: '/my-routines/:routineId/edit',
  shared: '/shared',
  settings: '/settings',
  history: '/history',
  exerciseHistory: '/history/exercises/:exerciseId',
} as const;
