import type { Sport } from '../../catalog/schema';
import { useT } from '../../shared/i18n/use-translation';
import { ArticleName } from '../../shared/ui/article-quote';

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
  const t = useT();
  const recommended = sport.variants?.filter((variant) => variant.verdict === 'recommended') ?? [];
  const advisedAgainst = sport.variants?.filter((variant) => variant.verdict === 'advised-against') ?? [];
  const variantText = (variant: { readonly name: string; readonly reason: string }) => t('browse.sports.variant', { name: variant.name, reason: variant.reason });
  const id = (part: string) => `sport-${sport.id}-${part}`;
  return (
    <article className="sport-card" aria-labelledby={id('title')}>
      <h2 id={id('title')}>{sport.name}</h2>
      <ArticleName className="sport-article-name" name={sport.name} articleName={sport.articleName} />
      <Points title={t('browse.sports.benefits')} items={sport.benefits} id={id('benefits')} />
      <Points title={t('browse.cautions.title')} items={sport.cautions} id={id('cautions')} />
      {sport.avoidIf && sport.avoidIf.length > 0 && <Points title={t('browse.sports.avoidIf')} items={sport.avoidIf} id={id('avoid')} />}
      {recommended.length > 0 && <Points title={t('browse.sports.recommended')} items={recommended.map(variantText)} id={id('recommended')} />}
      {advisedAgainst.length > 0 && <Points title={t('browse.sports.advisedAgainst')} items={advisedAgainst.map(variantText)} id={id('advised-against')} />}
    </article>
  );
}
