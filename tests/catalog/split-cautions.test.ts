import { describe, expect, it } from 'vitest';
import type { Catalog } from '../../src/catalog/catalog-types';
import { splitCautionsById } from '../../src/catalog/split-cautions';
import { validateCatalog } from '../../src/catalog/validate-catalog';
import { shippedFiles } from './catalog-fixtures';

function catalogIn(language: 'en' | 'de'): Catalog {
  const result = validateCatalog(shippedFiles(language));
  if (!result.ok) throw new Error(`the ${language} catalog is invalid`);
  return result.catalog;
}
const exercisesOf = (catalog: Catalog, ids: string[]) => ids.map((id) => catalog.exercisesById.get(id)!);
const ids = ['quadruped-leg-raise', 'chair-stretch', 'quadruped-leg-raise'];

describe('splitCautionsById', () => {
  it('says the caution every exercise shares once and leaves each exercise its own, in English', () => {
    const { shared, own } = splitCautionsById(exercisesOf(catalogIn('en'), ids));

    expect(shared).toEqual(['Stop at once if you feel sharp, shooting or spreading pain.']);
    expect(own.get('chair-stretch')).toEqual(['Stretch to a gentle limit, never into pain.', 'Use a stable chair that cannot slide away.']);
    expect([...own.keys()]).toEqual(['quadruped-leg-raise', 'chair-stretch']);
  });

  it('splits the German cautions the same way, since it compares ids, not words', () => {
    const { shared, own } = splitCautionsById(exercisesOf(catalogIn('de'), ids));

    expect(shared).toEqual(['Sofort aufhören, wenn ein stechender, einschießender oder ausstrahlender Schmerz auftritt.']);
    expect(own.get('chair-stretch')).toHaveLength(2);
  });

  it('keeps a shared caution with its exercise when there is only one exercise', () => {
    const { shared, own } = splitCautionsById(exercisesOf(catalogIn('en'), ['pelvic-lift']));

    expect(shared).toEqual([]);
    expect(own.get('pelvic-lift')).toHaveLength(3);
  });
});
