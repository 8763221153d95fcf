import type { Equipment, Exercise } from '../../catalog/schema';

/** Each item once; optional only when every exercise that uses it says so; details kept from its first use. */
function equipmentOf(exercises: readonly Exercise[]): Equipment[] {
  const byId = new Map<string, Equipment>();
  for (const item of exercises.flatMap((exercise) => exercise.equipment)) {
    const known = byId.get(item.id);
    byId.set(item.id, known ? { ...known, optional: known.optional && item.optional } : item);
  }
  return [...byId.values()];
}

export function RoutineEquipment({ exercises }: { readonly exercises: readonly Exercise[] }) {
  const equipment = equipmentOf(exercises);
  return (
    <section aria-labelledby="routine-equipment-title">
      <h2 id="routine-equipment-title">Equipment</h2>
      {equipment.length === 0 ? (
        <p>None.</p>
      ) : (
        <ul>
          {equipment.map((item) => (
            <li key={item.id}>
              <strong>{item.name}</strong> {item.optional ? '(optional)' : '(needed)'}
              {item.detail && <>: {item.detail}</>}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
