import { describe, expect, it } from 'vitest';
import { catalog } from '../../src/catalog/catalog';
import { validateCatalog } from '../../src/catalog/validate-catalog';
import { shippedFiles } from './catalog-fixtures';

describe('the runtime catalog module', () => {
  it('serves exactly the catalog that validation accepts', () => {
    const result = validateCatalog(shippedFiles());
    if (!result.ok) throw new Error('the shipped catalog is invalid');

    expect(catalog.exercises).toEqual(result.catalog.exercises);
    expect(catalog.routines).toEqual(result.catalog.routines);
    expect(catalog.sports).toEqual(result.catalog.sports);
  });

  it('finds every exercise, routine and sport by its id', () => {
    for (const [items, byId] of [
      [catalog.exercises, catalog.exercisesById],
      [catalog.routines, catalog.routinesById],
      [catalog.sports, catalog.sportsById],
    ] as const) {
      expect(byId.size).toBe(items.length);
      for (const item of items) expect(byId.get(item.id)).toBe(item);
    }
  });
});
