import { catalog } from '../../catalog/catalog';
import { routineEquipment } from '../../catalog/routine-equipment';
import type { Routine } from '../../catalog/schema';

/** What the routine needs and what is optional, derived from its exercises. */
export function RoutineEquipment({ routine }: { readonly routine: Routine }) {
  const equipment = routineEquipment(routine, catalog.exercisesById);
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
