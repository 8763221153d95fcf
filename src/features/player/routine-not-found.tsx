import { Link } from 'react-router';
import { useT } from '../../shared/i18n/use-translation';
import { paths } from '../../shared/paths';

/** A player link to something that does not exist (a deleted routine, a mistyped link). The shell's h1 says "Routine not found". */
export function RoutineNotFound({ problem }: { readonly problem: string }) {
  const t = useT();
  return (
    <>
      <p>{problem}</p>
      <p>{t('player.notFound.text')}</p>
      <ul className="not-found-links">
        <li>
          <Link to={paths.home()}>{t('player.notFound.choose')}</Link>
        </li>
        <li>
          <Link to={paths.myRoutines()}>{t('player.notFound.mine')}</Link>
        </li>
      </ul>
    </>
  );
}
