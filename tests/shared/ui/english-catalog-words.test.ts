import { describe, expect, it } from 'vitest';
import { englishNamesShown, englishOnlyNames } from './english-catalog-words';

describe('the check for English catalog names on a German page', () => {
  it('knows the English-only names, and leaves out the ones German uses too', async () => {
    const names = await englishOnlyNames();
    expect(names).toEqual(expect.arrayContaining(['Quadruped leg raise', 'Upper back', 'Cycling', 'Hamstrings', 'Chair']));
    expect(names).not.toContain('Yoga');
    expect(names).not.toContain('Trapezius');
  });

  it('finds them in the text, but not inside a quote from the English source', async () => {
    document.body.innerHTML = '<p>Radfahren, Cycling</p><p>In der englischen Fassung: <q lang="en">Chair stretch</q></p>';
    expect(await englishNamesShown()).toEqual(['Cycling']);
    document.body.innerHTML = '';
  });
});
