import { Link } from 'react-router';
import { useCatalog } from '../../shared/i18n/use-catalog';
import { useT } from '../../shared/i18n/use-translation';
import { paths } from '../../shared/paths';
import { usePageTitle } from '../../shared/ui/use-page-title';
import { SportCard } from './sport-card';
import './sports-page.css';

/** /sports: the article's back-friendly sports. Reading only: they are not timed in the app. */
export default function SportsPage() {
  const t = useT();
  const catalog = useCatalog();
  usePageTitle(t('browse.sports.title'));
  return (
    <section className="page sports-page">
      <h1>{t('browse.sports.title')}</h1>
      <p>
        {t('browse.sports.intro', { count: catalog.sports.length })} {t('browse.sports.libraryBefore')}
        <Link to={paths.exercises()}>{t('browse.sports.libraryLink')}</Link>
        {t('browse.sports.libraryAfter')}
      </p>
      <div className="notice">
        <p>
          <strong>{t('browse.sports.doctorFirst')}</strong> {t('browse.sports.doctorAdvice')}
        </p>
      </div>
      <ul className="sport-list">
        {catalog.sports.map((sport) => (
          <li key={sport.id}>
            <SportCard sport={sport} />
          </li>
        ))}
      </ul>
    </section>
  );
}
