import { useEffect, useState } from 'react';
import { measureUserData, type UserDataUsage } from '../../stores/user-data-usage';
import { useWorkoutCount } from '../../stores/history-store';

const kilobytes = (bytes: number) => `${new Intl.NumberFormat(undefined, { maximumFractionDigits: bytes < 10_240 ? 1 : 0 }).format(bytes / 1024)} kB`;

const durabilityText: Record<UserDataUsage['durability'], string> = {
  persistent: 'The browser keeps it until you delete it.',
  'best-effort': 'The browser may clear it if the device runs low on space. Installing Upright makes that less likely.',
  memory: 'This browser is not saving data (storage is blocked): it is lost when the page is closed.',
};

/** How much the user's data takes on this device, and whether the browser promises to keep it. */
export function StoredDataInfo() {
  const workoutCount = useWorkoutCount();
  const [usage, setUsage] = useState<UserDataUsage | null>(null);
  useEffect(() => {
    let current = true;
    void measureUserData().then((measured) => current && setUsage(measured));
    return () => {
      current = false;
    };
  }, [workoutCount]);
  return (
    <section className="settings-group stored-data" aria-labelledby="stored-data-title">
      <h2 id="stored-data-title">Your data on this device</h2>
      {usage ? (
        <>
          <p>
            {usage.workoutCount === 1 ? '1 workout' : `${usage.workoutCount} workouts`} and {usage.routineCount === 1 ? '1 routine' : `${usage.routineCount} routines`}{' '}
            of your own, about {kilobytes(usage.databaseBytes)}.
          </p>
          <p>{durabilityText[usage.durability]}</p>
        </>
      ) : (
        <p role="status">Measuring…</p>
      )}
    </section>
  );
}
