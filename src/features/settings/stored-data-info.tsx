import { useEffect, useState } from 'react';
import { formatNumber } from '../../shared/i18n/format';
import type { MessageKey } from '../../shared/i18n/i18n';
import type { Language } from '../../shared/i18n/languages';
import { useLanguage, useT } from '../../shared/i18n/use-translation';
import { measureUserData, type UserDataUsage } from '../../stores/user-data-usage';
import { useWorkoutCount } from '../../stores/history-store';

const kilobytes = (bytes: number, language: Language) => formatNumber(bytes / 1024, language, { maximumFractionDigits: bytes < 10_240 ? 1 : 0 });

const durabilityText: Record<UserDataUsage['durability'], MessageKey> = {
  persistent: 'manage.storedData.persistent',
  'best-effort': 'manage.storedData.bestEffort',
  memory: 'manage.storedData.memory',
};

/** How much the user's data takes on this device, and whether the browser promises to keep it. */
export function StoredDataInfo() {
  const workoutCount = useWorkoutCount();
  const [usage, setUsage] = useState<UserDataUsage | null>(null);
  const t = useT();
  const language = useLanguage();
  useEffect(() => {
    let current = true;
    void measureUserData().then((measured) => current && setUsage(measured));
    return () => {
      current = false;
    };
  }, [workoutCount]);
  return (
    <section className="settings-group stored-data" aria-labelledby="stored-data-title">
      <h2 id="stored-data-title">{t('manage.storedData.heading')}</h2>
      {usage ? (
        <>
          <p>{t('manage.storedData.summary', { workouts: usage.workoutCount, routines: usage.routineCount, size: kilobytes(usage.databaseBytes, language) })}</p>
          <p>{t(durabilityText[usage.durability])}</p>
        </>
      ) : (
        <p role="status">{t('manage.storedData.measuring')}</p>
      )}
    </section>
  );
}
