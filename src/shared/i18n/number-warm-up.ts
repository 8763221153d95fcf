import { afterNextPaint } from '../ui/after-next-paint';
import { LANGUAGE_TAGS, type Language } from './languages';

/**
 * Makes a page's first Intl.NumberFormat and Intl.PluralRules in a task of their own, after the
 * first paint and while the texts load. The first of them a page makes costs 35 to 45 ms here (V8
 * and ICU load their number data once per page), in one call nothing can split; every plural text
 * makes one (Lingui formats its `#` with a NumberFormat), so without this it lands inside the
 * first screen's render, the start-up's longest task. Later ones take a fraction of a millisecond.
 * Resolves when done; where no frame comes (a tab opened in the background) a timer does it.
 */
export function warmNumberFormatting(language: Language): Promise<void> {
  return new Promise((resolve) => {
    const warm = () => {
      cancelAfterPaint();
      clearTimeout(fallback);
      const tag = LANGUAGE_TAGS[language];
      new Intl.NumberFormat(tag).format(0);
      new Intl.PluralRules(tag).select(0);
      resolve();
    };
    const cancelAfterPaint = afterNextPaint(warm);
    const fallback = setTimeout(warm, 250);
  });
}
