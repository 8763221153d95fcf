import type { SourcedFigure } from './sourced-figures';

/** "None of these 6 numbers is given by the article.", "One of these 6 numbers …", "All 4 numbers …". */
function howManyFromArticle(fromArticle: number, total: number): string {
  if (fromArticle === 0) return `None of these ${total} numbers is given by the article.`;
  if (fromArticle === total) return total === 1 ? 'This number is given by the article.' : `All ${total} numbers are given by the article.`;
  if (fromArticle === 1) return `One of these ${total} numbers is given by the article.`;
  return `${fromArticle} of these ${total} numbers are given by the article.`;
}

/**
 * Where each number comes from. The source is written out ("From the article" / "Our default"),
 * not only coloured, and an article quote is marked up as a quotation.
 */
export function SourcedFigureList({ figures }: { readonly figures: readonly SourcedFigure[] }) {
  const fromArticle = figures.filter((item) => item.source === 'article').length;
  const chosenByUs = fromArticle < figures.length ? ' Where the article is vague (“a few seconds”, “several times”) or silent, we chose a default and say why.' : '';
  return (
    <section aria-labelledby="sources-title">
      <h2 id="sources-title">Where the numbers come from</h2>
      <p>
        {howManyFromArticle(fromArticle, figures.length)}
        {chosenByUs} Change any of them in your own routine.
      </p>
      <ul className="sourced-figures">
        {figures.map((item, index) => (
          <li key={`${index}-${item.label}`} className={`sourced-figure sourced-figure-${item.source}`}>
            <p className="sourced-figure-head">
              <span className="sourced-figure-label">{item.label}:</span> <strong>{item.valueText}</strong>{' '}
              <span className="sourced-figure-source">{item.source === 'article' ? 'From the article' : 'Our default'}</span>
            </p>
            {item.quote && (
              <blockquote className="sourced-figure-quote">
                <p>
                  {item.source === 'article' ? 'The article: ' : 'The article only says: '}
                  <q>{item.quote}</q>
                </p>
              </blockquote>
            )}
            {item.note && <p className="sourced-figure-note">{item.note}</p>}
          </li>
        ))}
      </ul>
    </section>
  );
}
