import { Link } from 'react-router';
import type { Level, RoutineRegion } from '../../catalog/schema';
import { levelLabels, routineRegionLabels } from './catalog-labels';
import { formatMinutes } from './duration-text';
import './routine-card.css';

export interface RoutineCardEquipment {
  readonly id: string;
  readonly name: string;
  /** True when every exercise that uses it marks it optional. */
  readonly optional: boolean;
}

/** What a card shows about a routine, computed once from the routine, the catalog and the engine. */
export interface RoutineSummary {
  readonly id: string;
  readonly name: string;
  readonly purpose: string;
  readonly region: RoutineRegion;
  readonly level: Level;
  /** From the engine's plan; null when the routine does not compile (a custom one gone stale). */
  readonly durationMs: number | null;
  readonly equipment: readonly RoutineCardEquipment[];
  /** The exercises in order, repeats included. */
  readonly exerciseNames: readonly string[];
}

interface RoutineCardProps {
  readonly summary: RoutineSummary;
  readonly detailHref: string;
  readonly startHref: string;
  readonly headingLevel?: 2 | 3;
}

const names = (equipment: readonly RoutineCardEquipment[]) => equipment.map((item) => item.name).join(', ');

/** A routine at a glance: its name links to the detail; Start goes straight to the player. */
export function RoutineCard({ summary, detailHref, startHref, headingLevel = 3 }: RoutineCardProps) {
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  const required = summary.equipment.filter((item) => !item.optional);
  const optional = summary.equipment.filter((item) => item.optional);
  return (
    <article className="routine-card" aria-labelledby={`routine-card-${summary.id}`}>
      <Heading id={`routine-card-${summary.id}`} className="routine-card-title">
        <Link to={detailHref}>{summary.name}</Link>
      </Heading>
      <p className="routine-card-purpose">{summary.purpose}</p>
      <dl className="routine-card-facts">
        <div>
          <dt>Region</dt>
          <dd>{routineRegionLabels[summary.region]}</dd>
        </div>
        <div>
          <dt>Level</dt>
          <dd>{levelLabels[summary.level]}</dd>
        </div>
        <div>
          <dt>Duration</dt>
          <dd>{summary.durationMs === null ? 'Unknown' : formatMinutes(summary.durationMs)}</dd>
        </div>
        <div className="routine-card-equipment">
          <dt>Equipment</dt>
          <dd>{required.length === 0 ? 'None needed' : names(required)}</dd>
          {optional.length > 0 && <dd className="routine-card-optional">Optional: {names(optional)}</dd>}
        </div>
      </dl>
      <ol className="routine-card-exercises" aria-label={`Exercises in ${summary.name}`}>
        {summary.exerciseNames.map((exerciseName, index) => (
          <li key={`${index}-${exerciseName}`}>{exerciseName}</li>
        ))}
      </ol>
      <div className="routine-card-actions">
        <Link className="button primary" to={startHref} aria-label={`Start ${summary.name}`}>
          Start
        </Link>
        <Link className="button" to={detailHref} aria-label={`Details of ${summary.name}`}>
          Details
        </Link>
      </div>
    </article>
  );
}
