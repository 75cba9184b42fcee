// The key a student presses for a move in script syntax, taken from the key table the App uses,
// and the engine's own replay of moves, so that screen tests derive what they expect.
import {actionKeys} from '../../source/keys.js';
import {type ParsedStep, parseSteps} from '../../source/script/parse-steps.js';
import type {Move} from '../../source/tcp/machine.js';
import type {NetActionType} from '../../source/tcp/network.js';
import {type NetMove, play, type Session} from '../../source/tcp/session.js';

/** The network's keys, as keys.ts maps them: Enter delivers, x drops, + duplicates. */
export const netKeys: Readonly<Record<NetActionType, string>> = {
	deliver: '\r',
	drop: 'x',
	dup: '+',
};

/** The key for a move: its action's key for a side, the network's key for `net:`. */
export function keyOf(move: Move | NetMove): string {
	return move.side === 'net' ? netKeys[move.action.type] : actionKeys[move.action.type];
}

/** The one move a script such as 'c:syn' or 'net:deliver' names. */
export function onlyStep(script: string): ParsedStep {
	const [step, ...rest] = parseSteps(script);
	if (!step || rest.length > 0) throw new Error(`'${script}' is not exactly one move`);
	return step;
}

/** Play a script; a move the engine rejects is a broken test, reported with its input. */
export function playAll(from: Session, script: string): Session {
	return parseSteps(script).reduce((session, {move, input}) => {
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
