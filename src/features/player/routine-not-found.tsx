import { Link } from 'react-router';
import { paths } from '../../shared/paths';

/** A player link to something that does not exist (a deleted routine, a mistyped link). The shell's h1 says "Routine not found". */
export function RoutineNotFound({ problem }: { readonly problem: string }) {
  return (
    <>
      <p>{problem}</p>
      <p>It may have been deleted, or the link may be incomplete.</p>
      <ul className="not-found-links">
        <li>
          <Link to={paths.home()}>Choose a workout</Link>
        </li>
        <li>
          <Link to={paths.myRoutines()}>My routines</Link>
        </li>
      </ul>
    </>
  );
}
