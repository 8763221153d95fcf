/**
 * Prints each built-in routine with its exercise count, equipment and duration as the engine
 * computes it (`compile` with the default settings), and checks the figures a user relies on.
 */
import { describe, expect, it } from 'vitest';
import { catalog } from '../../src/catalog/catalog';
import { routineEquipment } from '../../src/catalog/routine-equipment';
import { compile } from '../../src/engine/compile';

interface RoutineRow {
  readonly id: string;
  readonly exerciseCount: number;
  readonly equipment: string;
  readonly durationMs: number;
}

function routineRows(): RoutineRow[] {
  return catalog.routines.map((routine) => {
    const compiled = compile(routine, catalog);
    if (!compiled.ok) throw new Error(`routine ${routine.id} does not compile: ${JSON.stringify(compiled.error)}`);
    const equipment = routineEquipment(routine, catalog.exercisesById)
      .map((piece) => (piece.optional ? `${piece.name} (optional)` : piece.name))
      .join(', ');
    return { id: routine.id, exerciseCount: routine.items.length, equipment: equipment || 'none', durationMs: compiled.plan.totalDurationMs };
  });
}

const minutesAndSeconds = (ms: number) => `${Math.floor(ms / 60_000)} min ${String(Math.round((ms % 60_000) / 1000)).padStart(2, '0')} s`;

function table(rows: readonly RoutineRow[]): string {
  const header = ['routine', 'exercises', 'duration', 'equipment'];
  const lines = rows.map((row) => [row.id, String(row.exerciseCount), minutesAndSeconds(row.durationMs), row.equipment]);
  const widths = header.map((title, column) => Math.max(title.length, ...lines.map((line) => line[column]!.length)));
  const format = (cells: readonly string[]) => cells.map((cell, column) => cell.padEnd(widths[column]!)).join('  ');
  return [format(header), format(widths.map((width) => '-'.repeat(width))), ...lines.map(format)].map((line) => line.trimEnd()).join('\n');
}

describe('the built-in routines table', () => {
  const rows = routineRows();
  const duration = (id: string) => rows.find((row) => row.id === id)?.durationMs ?? Number.NaN;

  it('prints every routine with its exercise count, equipment and computed duration', () => {
    console.log(`\nBuilt-in routines (default settings: 10 s get-ready, 20 s rest, pace 1x)\n${table(rows)}\n`);

    expect(rows.map((row) => row.id)).toEqual(catalog.routines.map((routine) => routine.id));
    expect(rows.every((row) => row.durationMs > 0)).toBe(true);
  });

  it('keeps the desk or TV break under 10 minutes', () => {
    expect(duration('desk-break')).toBeLessThan(10 * 60_000);
  });

  it('makes the full-back routine the longest and the beginners’ routine shorter than the full lower back', () => {
    expect(Math.max(...rows.map((row) => row.durationMs))).toBe(duration('full-back'));
    expect(duration('lower-back-beginner')).toBeLessThan(duration('lower-back-full'));
  });
});
