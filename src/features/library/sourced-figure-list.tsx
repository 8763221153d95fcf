import type { Translate } from '../../shared/i18n/i18n';
import { useT } from '../../shared/i18n/use-translation';
import { SourceQuote } from '../../shared/ui/article-quote';
import type { SourcedFigure } from './sourced-figures';

/** "None of these 6 numbers is given by the article.", "One of these 6 numbers …", "All 4 numbers …". */
function howManyFromArticle(t: Translate, fromArticle: number, total: number): string {
  if (fromArticle === 0) return t('browse.figures.noneFromArticle', { total });
  if (fromArticle === total) return t('browse.figures.allFromArticle', { total });
  return t('browse.figures.someFromArticle', { fromArticle, total });
}

/**
 * Where each number comes from. The source is written out ("From the article" / "Our default"),
 * not only coloured; an article quote is marked up as a quotation in the (English) source's words,
 * with its meaning beside it in a language other than the source's.
 */
export function SourcedFigureList({ figures }: { readonly figures: readonly SourcedFigure[] }) {
  const t = useT();
  const fromArticle = figures.filter((item) => item.source === 'article').length;
  return (
    <section aria-labelledby="sources-title">
      <h2 id="sources-title">{t('browse.figures.title')}</h2>
      <p>
        {howManyFromArticle(t, fromArticle, figures.length)}
        {fromArticle < figures.length && <> {t('browse.figures.chosenByUs')}</>} {t('browse.figures.changeThem')}
      </p>
      <ul className="sourced-figures">
        {figures.map((item, index) => (
          <li key={`${index}-${item.label}`} className={`sourced-figure sourced-figure-${item.source}`}>
            <p className="sourced-figure-head">
              <span className="sourced-figure-label">{t('browse.figures.label', { label: item.label })}</span> <strong>{item.valueText}</strong>{' '}
              <span className="sourced-figure-source">{item.source === 'article' ? t('browse.figures.fromArticle') : t('browse.figures.ourDefault')}</span>
            </p>
            {item.quote && (
              <blockquote className="sourced-figure-quote">
                <p>
                  {item.source === 'article' ? t('browse.figures.articleSays') : t('browse.figures.articleOnlySays')} <SourceQuote>{item.quote}</SourceQuote>
                </p>
              </blockquote>
            )}
            {item.quoteMeaning && <p className="sourced-figure-meaning">{t('browse.figures.quoteMeaning', { meaning: item.quoteMeaning })}</p>}
            {item.note && <p className="sourced-figure-note">{item.note}</p>}
          </li>
        ))}
      </ul>
    </section>
  );
}
