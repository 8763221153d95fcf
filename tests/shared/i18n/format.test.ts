import { afterEach, describe, expect, it } from 'vitest';
import { activateLanguage } from '../../../src/shared/i18n/i18n';
import { formatDuration, formatList, formatNumber } from '../../../src/shared/i18n/format';

afterEach(() => activateLanguage('en'));

describe('the one duration formatter', () => {
  it('writes durations in English', () => {
    expect([25_000, 200_000, 720_000, 3_900_000].map((ms) => formatDuration(ms, 'precise', 'en'))).toEqual(['25 s', '3 min 20 s', '12 min', '65 min']);
    expect([29_000, 720_000, 3_900_000].map((ms) => formatDuration(ms, 'minutes', 'en'))).toEqual(['1 min', '12 min', '1 h 5 min']);
    expect(formatDuration(65_900, 'clock', 'en')).toBe('1:05');
  });

  it('writes durations in German', async () => {
    await activateLanguage('de');
    expect([25_000, 200_000, 3_900_000].map((ms) => formatDuration(ms, 'precise', 'de'))).toEqual(['25 s', '3 Min. 20 s', '65 Min.']);
    expect(formatDuration(3_900_000, 'minutes', 'de')).toBe('1 Std. 5 Min.');
    expect(formatDuration(65_900, 'clock', 'de')).toBe('1:05');
  });

  it('writes numbers and lists the way each language does', () => {
    expect([formatNumber(1234.5, 'en'), formatNumber(1234.5, 'de')]).toEqual(['1,234.5', '1.234,5']);
    expect([formatList(['a', 'b', 'c'], 'en'), formatList(['a', 'b', 'c'], 'de')]).toEqual(['a, b and c', 'a, b und c']);
  });
});
