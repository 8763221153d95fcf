/**
 * What each step of an exercise is for, independent of any language: a timed part or a phase of
 * a repetition has a role, and logic asks the role, never the step's (translated) name.
 */
export const stepRoles = [
  'raise', 'hold', 'lower', 'stretch', 'flexion', 'bent-knee', 'straight-leg', 'pull-apart', 'release', 'lean-in', 'come-back',
] as const;

export type StepRole = (typeof stepRoles)[number];
