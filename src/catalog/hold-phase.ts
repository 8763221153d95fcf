/**
 * Which phase of a repetition holds a position: the one a routine's `holdSeconds` override
 * changes. Decided by the phase's role ('hold', or 'stretch' for the stretch position, which the
 * article asks to hold), never by its name, which is text in the user's language. The catalog's
 * checks, the engine and the builder share this one rule.
 */
import type { StepRole } from './step-roles';

const holdRoles: ReadonlySet<string> = new Set<StepRole>(['hold', 'stretch']);

/** `role` is unknown because an imported routine's exercise may bypass validation. */
export const isHoldRole = (role: unknown): boolean => typeof role === 'string' && holdRoles.has(role);

/** The first phase that holds a position, or -1 when none does. */
export const holdPhaseIndex = (phases: readonly { readonly role?: unknown }[]): number => phases.findIndex((phase) => isHoldRole(phase.role));
