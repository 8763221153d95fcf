import type { ReactNode } from 'react';
import { Link } from 'react-router';
import type { Level, RoutineRegion } from '../../catalog/schema';
import { formatDuration, formatList } from '../i18n/format';
import { useLanguage, useT } from '../i18n/use-translation';
import { levelLabel, routineRegionLabel } from './catalog-labels';
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
  /** A picture of the routine (the figure of its first exercise), beside the title. */
  readonly thumbnail?: ReactNode;
}

/** A routine at a glance: its name links to the detail; Start goes straight to the player. */
export function RoutineCard({ summary, detailHref, startHref, headingLevel = 3, thumbnail }: RoutineCardProps) {
  const t = useT();
  const language = useLanguage();
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  const names = (equipment: readonly RoutineCardEquipment[]) => formatList(equipment.map((item) => item.name), language);
  const required = summary.equipment.filter((item) => !item.optional);
  const optional = summary.equipment.filter((item) => item.optional);
  return (
    <article className="routine-card" aria-labelledby={`routine-card-${summary.id}`}>
      <Heading id={`routine-card-${summary.id}`} className="routine-card-title">
        <Link to={detailHref}>{summary.name}</Link>
      </Heading>
      {thumbnail}
      <p className="routine-card-purpose">{summary.purpose}</p>
      <dl className="routine-card-facts">
        <div>
          <dt>{t('browse.facts.region')}</dt>
          <dd>{routineRegionLabel(t, summary.region)}</dd>
        </div>
        <div>
          <dt>{t('browse.facts.level')}</dt>
          <dd>{levelLabel(t, summary.level)}</dd>
        </div>
        <div>
          <dt>{t('browse.facts.duration')}</dt>
          <dd>{summary.durationMs === null ? t('browse.facts.unknown') : formatDuration(summary.durationMs, 'minutes', language)}</dd>
        </div>
        <div className="routine-card-equipment">
          <dt>{t('browse.facts.equipment')}</dt>
          <dd>{required.length === 0 ? t('browse.card.noneNeeded') : names(required)}</dd>
          {optional.length > 0 && <dd className="routine-card-optional">{t('browse.card.optional', { items: names(optional) })}</dd>}
        </div>
      </dl>
      <ol className="routine-card-exercises" aria-label={t('browse.card.exercisesIn', { name: summary.name })}>
        {summary.exerciseNames.map((exerciseName, index) => (
          <li key={`${index}-${exerciseName}`}>{exerciseName}</li>
        ))}
      </ol>
      <div className="routine-card-actions">
        <Link className="button primary" to={startHref} aria-label={t('browse.card.startNamed', { name: summary.name })}>
          {t('browse.card.start')}
        </Link>
        <Link className="button" to={detailHref} aria-label={t('browse.card.detailsNamed', { name: summary.name })}>
          {t('browse.card.details')}
        </Link>
      </div>
    </article>
  );
}
