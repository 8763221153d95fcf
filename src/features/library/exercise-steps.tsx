import type { Prescription } from '../../catalog/schema';
import { formatSeconds } from '../../engine/describe-prescription';

/** What the player will say and show, part by part (timed) or phase by phase (repetitions). */
export function ExerciseSteps({ prescription }: { readonly prescription: Prescription }) {
  return (
    <section aria-labelledby="steps-title">
      <h2 id="steps-title">Step by step</h2>
      {prescription.kind === 'timed' &&
        prescription.parts.map((part, index) => (
          <section key={`${index}-${part.name}`} aria-labelledby={`part-${index}`}>
            <h3 id={`part-${index}`}>
              {part.name}, {formatSeconds(part.seconds.value)}
            </h3>
            <ol>
              {part.cues.map((cue, cueIndex) => (
                <li key={`${cueIndex}-${cue}`}>{cue}</li>
              ))}
            </ol>
          </section>
        ))}
      {prescription.kind === 'reps' && (
        <>
          <p>Each repetition:</p>
          <ol>
            {prescription.phases.map((phase, index) => (
              <li key={`${index}-${phase.name}`}>
                <strong>
                  {phase.name}, {formatSeconds(phase.seconds.value)}:
                </strong>{' '}
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
      {prescription.switch && <p>Then switch sides: {prescription.switch.cue}</p>}
    </section>
  );
}
