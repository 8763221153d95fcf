import type { Plan } from '../../engine/types';
import { formatDuration } from '../../shared/i18n/format';
import { useLanguage, useT } from '../../shared/i18n/use-translation';

interface SessionProgressProps {
  readonly plan: Plan;
  readonly stepIndex: number;
  /** 0..1 over the whole plan. */
  readonly progress: number;
  readonly remainingMs: number;
}

/** Where the user is in the whole workout: which exercise of how many, and the time left. */
export function SessionProgress({ plan, stepIndex, progress, remainingMs }: SessionProgressProps) {
  const t = useT();
  const language = useLanguage();
  const exerciseNumber = plan.outline.filter((item) => item.firstStepIndex <= stepIndex).length;
  const percent = Math.round(progress * 100);
  return (
    <div className="session-progress">
      <p className="session-progress-text">
        <span>{t('player.progress.exercise', { number: Math.max(1, exerciseNumber), count: plan.outline.length })}</span>
        <span>{t('player.progress.left', { time: formatDuration(remainingMs, 'clock', language) })}</span>
      </p>
      <progress className="session-progress-bar" max={100} value={percent} aria-label={t('player.progress.label')}>
        {percent}%
      </progress>
    </div>
  );
}
