import type { Exercise, Routine, Sport } from './schema';

/** The validated catalog, with its cross-references checked and lookups by id. */
export interface Catalog {
  readonly exercises: readonly Exercise[];
  readonly routines: readonly Routine[];
  readonly sports: readonly Sport[];
  readonly exercisesById: ReadonlyMap<string, Exercise>;
  readonly routinesById: ReadonlyMap<string, Routine>;
  readonly sportsById: ReadonlyMap<string, Sport>;
}
