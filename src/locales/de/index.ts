/** Every German text, as one lazy chunk (a German user loads it before the first screen renders). */
import browse from './browse.json';
import common from './common.json';
import figure from './figure.json';
import history from './history.json';
import historyTransfer from './history-transfer.json';
import manage from './manage.json';
import player from './player.json';
import shell from './shell.json';

export default { ...shell, ...common, ...player, ...browse, ...manage, ...history, ...historyTransfer, ...figure };
