import type { Sport } from '../../catalog/schema';

/** A titled list. Not a labelled section: thirteen "Why it helps" landmarks would only clutter the landmark list. */
function Points({ title, items, id }: { title: string; items: readonly string[]; id: string }) {
  return (
    <div className="sport-points">
      <h3 id={id}>{title}</h3>
      <ul aria-labelledby={id}>
        {items.map((item) => (
          <li key={item}>{item}</li>
        ))}
      </ul>
    </div>
  );
}

/** One sport: why it helps, what to watch out for, who should not do it, and good and bad variants. */
export function SportCard({ sport }: { readonly sport: Sport }) {
  const recommended = sport.variants?.filter((variant) => variant.verdict === 'recommended') ?? [];
  const advisedAgainst = sport.variants?.filter((variant) => variant.verdict === 'advised-against') ?? [];
  const id = (part: string) => `sport-${sport.id}-${part}`;
  return (
    <article className="sport-card" aria-labelledby={id('title')}>
      <h2 id={id('title')}>{sport.name}</h2>
      {sport.articleName.toLowerCase() !== sport.name.toLowerCase() && (
        <p className="sport-article-name">
          In the article: <q>{sport.articleName}</q>
        </p>
      )}
      <Points title="Why it helps" items={sport.benefits} id={id('benefits')} />
      <Points title="Take care" items={sport.cautions} id={id('cautions')} />
      {sport.avoidIf && sport.avoidIf.length > 0 && <Points title="Better not if" items={sport.avoidIf} id={id('avoid')} />}
      {recommended.length > 0 && (
        <Points title="Recommended" items={recommended.map((variant) => `${variant.name}: ${variant.reason}`)} id={id('recommended')} />
      )}
      {advisedAgainst.length > 0 && (
        <Points title="Advised against" items={advisedAgainst.map((variant) => `${variant.name}: ${variant.reason}`)} id={id('advised-against')} />
      )}
    </article>
  );
}
