import type { Equipment } from '../../catalog/schema';
import { useT } from '../i18n/use-translation';

/** An "Equipment" section: each item, whether it is needed or optional, and its detail ("1 to 5 kg"). */
export function EquipmentList({ equipment, headingId }: { readonly equipment: readonly Equipment[]; readonly headingId: string }) {
  const t = useT();
  return (
    <section aria-labelledby={headingId}>
      <h2 id={headingId}>{t('browse.equipment.title')}</h2>
      {equipment.length === 0 ? (
        <p>{t('browse.equipment.none')}</p>
      ) : (
        <ul>
          {equipment.map((item) => (
            <li key={item.id}>
              <strong>{item.name}</strong> {item.optional ? t('browse.equipment.optional') : t('browse.equipment.needed')}
              {item.detail && <>: {item.detail}</>}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
