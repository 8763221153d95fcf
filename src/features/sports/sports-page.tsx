import { Link } from 'react-router';
import { catalog } from '../../catalog/catalog';
import { paths } from '../../shared/paths';
import { usePageTitle } from '../../shared/ui/use-page-title';
import { SportCard } from './sport-card';
import './sports-page.css';

/** /sports: the article's back-friendly sports. Reading only: they are not timed in the app. */
export default function SportsPage() {
  usePageTitle('Back-friendly sports');
  return (
    <section className="page sports-page">
      <h1>Back-friendly sports</h1>
      <p>
        Besides the exercises, the article names {catalog.sports.length} sports that strengthen the back. They are done away from the app: this
        page says why each helps and what to watch out for. For guided exercises, see the <Link to={paths.exercises()}>exercise library</Link>.
      </p>
      <div className="notice">
        <p>
          <strong>Ask your doctor first.</strong> Which sport suits you best, and which is best to begin with, is worth discussing with your
          family doctor beforehand, as the article advises. And choose one you enjoy: fun is what keeps you at it.
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
