import { useId, useState } from 'react';
import { formatDate, formatDuration } from '../../shared/i18n/format';
import type { Language } from '../../shared/i18n/languages';
import { useLanguage, useT } from '../../shared/i18n/use-translation';
import type { Translate } from '../../shared/i18n/i18n';

export interface HoldPoint {
  readonly atMs: number;
  readonly heldMs: number;
}

// The drawing's own units (the SVG scales to the width it is given).
const WIDTH = 320;
const HEIGHT = 160;
const PAD = { left: 36, right: 8, top: 10, bottom: 24 };

/** Whether the latest third of the holds is longer (by 10 %) or shorter than the first third. */
function trendOf(points: readonly HoldPoint[]): { trend: 'up' | 'down' | 'steady'; startMs: number; endMs: number } {
  const third = Math.max(1, Math.floor(points.length / 3));
  const average = (some: readonly HoldPoint[]) => some.reduce((sum, point) => sum + point.heldMs, 0) / some.length;
  const startMs = average(points.slice(0, third));
  const endMs = average(points.slice(-third));
  const trend = points.length < 2 ? 'steady' : endMs > startMs * 1.1 ? 'up' : endMs < startMs * 0.9 ? 'down' : 'steady';
  return { trend, startMs, endMs };
}

/** The chart's text alternative: how many, from when to when, the longest, and the trend in words. */
export function describeHolds(points: readonly HoldPoint[], t: Translate, language: Language): string {
  const { trend, startMs, endMs } = trendOf(points);
  const clock = (ms: number) => formatDuration(ms, 'clock', language);
  return t('history.chart.description', {
    count: points.length,
    first: formatDate(points[0]!.atMs, 'date', language),
    last: formatDate(points[points.length - 1]!.atMs, 'date', language),
    best: clock(Math.max(...points.map((point) => point.heldMs))),
    trend,
    start: clock(startMs),
    end: clock(endMs),
  });
}

/** Hold times over time, drawn as SVG by the app (no chart library), with "Show as table". */
export function HoldChart({ points }: { readonly points: readonly HoldPoint[] }) {
  const t = useT();
  const language = useLanguage();
  const [asTable, setAsTable] = useState(false);
  const titleId = useId();
  const descriptionId = useId();
  if (points.length === 0) return <p>{t('history.chart.none')}</p>;
  const maxMs = Math.max(...points.map((point) => point.heldMs), 1000);
  const firstMs = points[0]!.atMs;
  const spanMs = Math.max(1, points[points.length - 1]!.atMs - firstMs);
  const x = (atMs: number) => (points.length === 1 ? (PAD.left + WIDTH - PAD.right) / 2 : PAD.left + ((atMs - firstMs) / spanMs) * (WIDTH - PAD.left - PAD.right));
  const y = (heldMs: number) => HEIGHT - PAD.bottom - (heldMs / maxMs) * (HEIGHT - PAD.top - PAD.bottom);
  const clock = (ms: number) => formatDuration(ms, 'clock', language);
  return (
    <figure className="hold-chart">
      <figcaption id={titleId}>{t('history.chart.title')}</figcaption>
      <p id={descriptionId}>{describeHolds(points, t, language)}</p>
      <button type="button" className="button" aria-expanded={asTable} onClick={() => setAsTable((shown) => !shown)}>
        {t(asTable ? 'history.chart.showChart' : 'history.chart.showTable')}
      </button>
      {asTable ? (
        <table className="hold-table">
          <caption className="visually-hidden">{t('history.chart.title')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('history.chart.date')}</th>
              <th scope="col">{t('history.chart.time')}</th>
            </tr>
          </thead>
          <tbody>
            {[...points].reverse().map((point, index) => (
              <tr key={`${point.atMs}-${index}`}>
                <td>{formatDate(point.atMs, 'day-and-time', language)}</td>
                <td>{clock(point.heldMs)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : (
        <svg viewBox={`0 0 ${WIDTH} ${HEIGHT}`} role="img" aria-labelledby={titleId} aria-describedby={descriptionId} className="hold-chart-svg">
          <line x1={PAD.left} y1={HEIGHT - PAD.bottom} x2={WIDTH - PAD.right} y2={HEIGHT - PAD.bottom} className="axis" />
          <line x1={PAD.left} y1={PAD.top} x2={PAD.left} y2={HEIGHT - PAD.bottom} className="axis" />
          <text x={PAD.left - 4} y={PAD.top + 4} textAnchor="end" className="label">
            {clock(maxMs)}
          </text>
          <text x={PAD.left - 4} y={HEIGHT - PAD.bottom} textAnchor="end" className="label">
            {clock(0)}
          </text>
          <text x={PAD.left} y={HEIGHT - 6} className="label">
            {formatDate(firstMs, 'date', language)}
          </text>
          {points.length > 1 && (
            <text x={WIDTH - PAD.right} y={HEIGHT - 6} textAnchor="end" className="label">
              {formatDate(points[points.length - 1]!.atMs, 'date', language)}
            </text>
          )}
          <polyline className="line" points={points.map((point) => `${x(point.atMs).toFixed(1)},${y(point.heldMs).toFixed(1)}`).join(' ')} />
          {points.map((point, index) => (
            <circle key={index} className="dot" cx={x(point.atMs)} cy={y(point.heldMs)} r={3} />
          ))}
        </svg>
      )}
    </figure>
  );
}
