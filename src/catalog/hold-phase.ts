/**
 * Which phase of a repetition holds a position: the one a routine's `holdSeconds` override
 * changes. By name, because the article's phases are named that way ("Hold", "Stretch position").
 * The engine's rule (src/engine/effective-prescription.ts) must agree with this one.
 */
export const isHoldPhaseName = (name: string): boolean => /hold|stretch/i.test(name);
