/**
 * Every English text that is not in the first load (shell.json), as one lazy chunk. Each area of
 * the app keeps its texts in its own file: common (shared words), player (the workout player,
 * the engine's messages and speech), browse (routines, exercises, sports), manage (builder,
 * sharing, import, settings, install and update).
 */
import browse from './browse.json';
import common from './common.json';
import figure from './figure.json';
import history from './history.json';
import historyTransfer from './history-transfer.json';
import manage from './manage.json';
import player from './player.json';

export default { ...common, ...player, ...browse, ...manage, ...history, ...historyTransfer, ...figure };
