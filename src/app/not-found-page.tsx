import { Link, useLocation } from 'react-router';
import { paths } from '../shared/paths';
import { usePageTitle } from '../shared/ui/use-page-title';

export function NotFoundPage() {
  const location = useLocation();
  usePageTitle('Page not found');
  return (
    <section className="page narrow">
      <h1>Page not found</h1>
      <p>
        There is no page at <code>{location.pathname}</code>. It may have moved, or the link may be
        mistyped.
      </p>
      <p>
        <Link to={paths.home()}>Back to the workouts</Link>
      </p>
    </section>
  );
}
