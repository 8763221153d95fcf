import type { Equipment } from '../../catalog/schema';

/** An "Equipment" section: each item, whether it is needed or optional, and its detail ("1 to 5 kg"). */
export function EquipmentList({ equipment, headingId }: { readonly equipment: readonly Equipment[]; readonly headingId: string }) {
  return (
    <section aria-labelledby={headingId}>
      <h2 id={headingId}>Equipment</h2>
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
