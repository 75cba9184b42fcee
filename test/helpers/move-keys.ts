// The key a student presses for a move in script syntax, taken from the command table the App uses,
// and the engine's own replay of moves, so that screen tests derive what they expect.
import {
	keyOf as commandKey,
	type KeyName,
	moveCommands,
	netCommands,
} from '../../source/commands.js';
import {type ParsedStep, parseSteps} from '../../source/script/parse-steps.js';
import type {Move} from '../../source/tcp/machine.js';
import type {NetActionType} from '../../source/tcp/network.js';
import {type NetMove, play, type Session} from '../../source/tcp/session.js';

/** What a terminal sends for a key the table names: Enter is a carriage return, and so on. */
export function typed(key: KeyName): string {
	const named: Readonly<Record<string, string>> = {
		Enter: '\r',
		Space: ' ',
		Tab: '\t',
		Esc: '\u001B',
		'↑': '\u001B[A',
		'↓': '\u001B[B',
		'→': '\u001B[C',
		'←': '\u001B[D',
		PgUp: '\u001B[5~',
		PgDn: '\u001B[6~',
	};
	return named[key] ?? key;
}

/** The network's keys, as the command table maps them: Enter delivers, x drops, + duplicates. */
export const netKeys: Readonly<Record<NetActionType, string>> = {
	deliver: typed(commandKey(netCommands.deliver)),
	drop: typed(commandKey(netCommands.drop)),
	dup: typed(commandKey(netCommands.dup)),
};

/** The key for a move: its action's key for a side, the network's key for `net:`. */
export function keyOf(move: Move | NetMove): string {
	return move.side === 'net'
		? netKeys[move.action.type]
		: typed(commandKey(moveCommands[move.action.type]));
}

/** The one move a script such as 'c:syn' or 'net:deliver' names. */
export function onlyStep(script: string): ParsedStep {
	const [step, ...rest] = parseSteps('en', script);
	if (!step || rest.length > 0) throw new Error(`'${script}' is not exactly one move`);
	return step;
}

/** Play a script; a move the engine rejects is a broken test, reported with its input. */
export function playAll(from: Session, script: string): Session {
	return parseSteps('en', script).reduce((session, {move, input}) => {
		const played = play(session, move, input);
		if (!played.steps.at(-1)?.result.verdict.ok) throw new Error(`${input} rejected`);
		return played;
	}, from);
}

/** 'CLIENT/SERVER', as the frame helpers' statePair reads it off the panes. */
export function sessionStates(session: Session): string {
	const {client, server} = session.connection;
	return `${client.state}/${server.state}`;
}
