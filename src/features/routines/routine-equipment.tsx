import { routineEquipment } from '../../catalog/routine-equipment';
import type { Routine } from '../../catalog/schema';
import { useCatalog } from '../../shared/i18n/use-catalog';
import { EquipmentList } from '../../shared/ui/equipment-list';

/** What the routine needs and what is optional, derived from its exercises. */
export function RoutineEquipment({ routine }: { readonly routine: Routine }) {
  const catalog = useCatalog();
  return <EquipmentList equipment={routineEquipment(routine, catalog.exercisesById)} headingId="routine-equipment-title" />;
}
