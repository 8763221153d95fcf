import type { Prescription } from '../../catalog/schema';
import { formatDuration } from '../../shared/i18n/format';
import { useLanguage, useT } from '../../shared/i18n/use-translation';

/** What the player will say and show, part by part (timed) or phase by phase (repetitions). */
export function ExerciseSteps({ prescription }: { readonly prescription: Prescription }) {
  const t = useT();
  const language = useLanguage();
  const seconds = (value: number) => formatDuration(value * 1000, 'precise', language);
  return (
    <section aria-labelledby="steps-title">
      <h2 id="steps-title">{t('browse.steps.title')}</h2>
      {prescription.kind === 'timed' &&
        prescription.parts.map((part, index) => (
          <section key={`${index}-${part.name}`} aria-labelledby={`part-${index}`}>
            <h3 id={`part-${index}`}>{t('browse.steps.part', { name: part.name, duration: seconds(part.seconds.value) })}</h3>
            <ol>
              {part.cues.map((cue, cueIndex) => (
                <li key={`${cueIndex}-${cue}`}>{cue}</li>
              ))}
            </ol>
          </section>
        ))}
      {prescription.kind === 'reps' && (
        <>
          <p>{t('browse.steps.eachRepetition')}</p>
          <ol>
            {prescription.phases.map((phase, index) => (
              <li key={`${index}-${phase.name}`}>
                <strong>{t('browse.steps.phase', { name: phase.name, duration: seconds(phase.seconds.value) })}</strong>{' '}
                {phase.cue}
              </li>
            ))}
          </ol>
        </>
      )}
      {prescription.kind === 'max-hold' && (
        <ol>
          {prescription.cues.map((cue, index) => (
            <li key={`${index}-${cue}`}>{cue}</li>
          ))}
        </ol>
      )}
      {prescription.switch && <p>{t('browse.steps.switchSides', { cue: prescription.switch.cue })}</p>}
    </section>
  );
}
