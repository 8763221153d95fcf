import { matchPath } from 'react-router';
import { routePatterns } from '../../shared/paths';

/** True on the workout player, where nothing may reload the page or cover the timer. */
export function isPlayerPath(pathname: string): boolean {
  return matchPath(routePatterns.player, pathname) !== null || matchPath(routePatterns.playExercise, pathname) !== null;
}
