// A run of moves from a starting connection: what the TUI undoes and what script mode prints.
import {
	type Connection,
	type ConnectionOptions,
	createConnection,
	type Move,
	type Transition,
	transition,
} from './machine.js';

export type Step = {
	/** The move as the user wrote or pressed it, e.g. "client:syn". */
	readonly input: string;
	readonly move: Move;
	readonly result: Transition;
};

export type Session = {
	readonly initial: Connection;
	readonly steps: readonly Step[];
	readonly connection: Connection;
};

export function createSession(options: ConnectionOptions): Session {
	const initial = createConnection(options);
	return {initial, steps: [], connection: initial};
}

export function play(
	session: Session,
	move: Move,
	input = `${move.side}:${move.action.type}`,
): Session {
	const result = transition(session.connection, move);
	return {
		...session,
		steps: [...session.steps, {input, move, result}],
		connection: result.connection,
	};
}

export function undo(session: Session): Session {
	const steps = session.steps.slice(0, -1);
	return {...session, steps, connection: steps.at(-1)?.result.connection ?? session.initial};
}

export function lastStep(session: Session): Step | undefined {
	return session.steps.at(-1);
}
