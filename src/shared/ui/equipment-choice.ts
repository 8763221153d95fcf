/**
 * The equipment filter answers "what can I do with what I have?". The user picks the items they
 * have ("no equipment" is a choice of its own); a routine or exercise fits when every item it
 * requires is among them. Optional items (a pillow, light weights for more intensity) never
 * exclude anything. Nothing picked means no filter.
 */
export const NO_EQUIPMENT = 'none';

export function fitsEquipment(requiredEquipmentIds: readonly string[], pickedChoices: readonly string[]): boolean {
  if (pickedChoices.length === 0) return true;
  return requiredEquipmentIds.every((equipmentId) => pickedChoices.includes(equipmentId));
}

/** Adds the value when absent, removes it when present: one tap on a filter chip. */
export function toggled<T>(values: readonly T[], value: T): T[] {
  return values.includes(value) ? values.filter((existing) => existing !== value) : [...values, value];
}
