import { useId } from 'react';
import { settingsActions, useSetting } from '../../stores/settings-store';

const PACES: readonly { factor: number; label: string }[] = [
  { factor: 2, label: 'Much slower (twice as long per rep)' },
  { factor: 1.5, label: 'Slower' },
  { factor: 1.25, label: 'A little slower' },
  { factor: 1, label: 'As described' },
  { factor: 0.75, label: 'A little faster' },
];

/** How long each raise, hold and lower lasts, relative to the exercise's own timing. */
export function PaceSetting() {
  const paceFactor = useSetting('paceFactor');
  const id = useId();
  const known = PACES.some((pace) => pace.factor === paceFactor);
  return (
    <div className="setting">
      <label htmlFor={id}>Pace of repetitions</label>
      <select id={id} value={String(paceFactor)} aria-describedby={`${id}-hint`} onChange={(event) => settingsActions.settingsChanged({ paceFactor: Number(event.target.value) })}>
        {!known && <option value={String(paceFactor)}>{paceFactor}× the described time</option>}
        {PACES.map((pace) => (
          <option key={pace.factor} value={String(pace.factor)}>
            {pace.label}
          </option>
        ))}
      </select>
      <p className="setting-hint" id={`${id}-hint`}>
        Slower reps are gentler and give you time to follow the cues.
      </p>
    </div>
  );
}
