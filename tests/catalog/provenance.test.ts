import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { shippedFiles } from './catalog-fixtures';

/** The source article, copied from ../shared/seed so the test runs in any checkout. */
const article = readFileSync(resolve(import.meta.dirname, 'fixtures/source-article.txt'), 'utf8');
const normalise = (text: string) => text.replace(/\s+/g, ' ').trim().toLowerCase();

interface NumberAt {
  readonly path: string;
  readonly parent: Record<string, unknown>;
  readonly key: string;
}

/** Every number in the data, with the object that holds it: walked here, independently of the validator. */
function everyNumber(data: unknown, path = ''): NumberAt[] {
  if (Array.isArray(data)) return data.flatMap((item: unknown, index) => everyNumber(item, `${path}[${index}]`));
  if (typeof data !== 'object' || data === null) return [];
  const record = data as Record<string, unknown>;
  return Object.entries(record).flatMap(([key, value]) =>
    typeof value === 'number' ? [{ path: `${path}.${key}`, parent: record, key }] : everyNumber(value, `${path}.${key}`),
  );
}

// The English catalog as the app shows it: the structure's numbers and quotes with the English notes.
const exerciseNumbers = everyNumber(shippedFiles().exercises.exercises, 'exercises');
const sourced = exerciseNumbers.filter((found) => found.key === 'value');

describe('the provenance of every number in data/exercises.json', () => {
  it('finds the numbers it checks', () => {
    expect(sourced.length).toBeGreaterThan(50);
  });

  it('keeps every number inside a sourced number { value, source }', () => {
    const bare = exerciseNumbers.filter((found) => found.key !== 'value' || !('source' in found.parent)).map((found) => found.path);

    expect(bare).toEqual([]);
  });

  it('gives every number from the article a quote that is in the article, word for word', () => {
    const fromArticle = sourced.filter((found) => found.parent.source === 'article');
    const notInArticle = fromArticle
      .filter((found) => typeof found.parent.quote !== 'string' || !normalise(article).includes(normalise(found.parent.quote)))
      .map((found) => `${found.path}: ${String(found.parent.quote)}`);

    expect(fromArticle.length).toBeGreaterThanOrEqual(6);
    expect(notInArticle).toEqual([]);
  });

  it('gives every default a note that says why it was chosen', () => {
    const defaults = sourced.filter((found) => found.parent.source === 'default');
    const unexplained = defaults.filter((found) => typeof found.parent.note !== 'string' || found.parent.note.length < 20).map((found) => found.path);

    expect(defaults.length).toBeGreaterThan(40);
    expect(unexplained).toEqual([]);
  });

  it('quotes the article word for word wherever a default cites it', () => {
    const misquoted = sourced
      .filter((found) => typeof found.parent.quote === 'string' && !normalise(article).includes(normalise(found.parent.quote)))
      .map((found) => `${found.path}: ${String(found.parent.quote)}`);

    expect(misquoted).toEqual([]);
  });

  it('uses only the two sources "article" and "default"', () => {
    expect(new Set(sourced.map((found) => found.parent.source))).toEqual(new Set(['article', 'default']));
  });
});
