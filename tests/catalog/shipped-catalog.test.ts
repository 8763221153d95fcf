import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import exercisesFile from '../../data/exercises.json';
import routinesFile from '../../data/routines.json';
import sportsFile from '../../data/sports.json';
import { exercisesFileSchema, routinesFileSchema, sportsFileSchema } from '../../src/catalog/schema';

describe('the shipped catalog', () => {
  it('matches the schema in every file', () => {
    for (const [schema, file] of [
      [exercisesFileSchema, exercisesFile],
      [routinesFileSchema, routinesFile],
      [sportsFileSchema, sportsFile],
    ] as const) {
      const result = v.safeParse(schema, file);
      expect(result.issues?.map((issue) => `${v.getDotPath(issue)}: ${issue.message}`) ?? []).toEqual([]);
    }
  });
});
