import { catalog } from '../../catalog/catalog';
import { routineEquipment } from '../../catalog/routine-equipment';
import type { Routine } from '../../catalog/schema';
import { EquipmentList } from '../../shared/ui/equipment-list';

/** What the routine needs and what is optional, derived from its exercises. */
export function RoutineEquipment({ routine }: { readonly routine: Routine }) {
  return <EquipmentList equipment={routineEquipment(routine, catalog.exercisesById)} headingId="routine-equipment-title" />;
}
