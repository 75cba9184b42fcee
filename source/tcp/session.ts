// A run of moves from a starting connection: what the TUI undoes and what script mode prints.
import {obligationOf} from './endpoint.js';
import {
	type ActionType,
	actionOf,
	type Connection,
	type ConnectionOptions,
	createConnection,
	type Flight,
	flightsOf,
	type Move,
	type NetworkMode,
	type Transition,
	transition,
	withTwoWay,
} from './machine.js';
import {message} from './message.js';
import {type NetAction, netStep, refused} from './network.js';
import type {Side} from './states.js';

/** A move of the network itself: deliver, drop or duplicate a segment in flight. */
export type NetMove = {readonly side: 'net'; readonly action: NetAction};

export type Step = {
	/** The move as the user wrote or pressed it, e.g. "client:syn". */
	readonly input: string;
	readonly move: Move | NetMove;
	readonly result: Transition;
	/** The segments in flight after the step (always empty with instant delivery). */
	readonly inFlight: readonly Flight[];
	/** Made by the automatic peer in answer to the step before; undone together with it. */
	readonly byPeer: boolean;
};

export type SessionOptions = ConnectionOptions & {
	readonly network?: NetworkMode;
	/** A side that answers arriving segments by itself, as a real stack would. */
	readonly peer?: Side | null;
};

export type Session = {
	readonly initial: Connection;
	readonly network: NetworkMode;
	readonly peer: Side | null;
	/** The two-way handshake "what if" applies to the moves from now on. */
	readonly twoWay: boolean;
	readonly steps: readonly Step[];
	readonly connection: Connection;
	readonly inFlight: readonly Flight[];
};

export function createSession(options: SessionOptions): Session {
	const initial = createConnection(options);
	return {
		initial,
		network: options.network ?? 'instant',
		peer: options.peer ?? null,
		twoWay: options.twoWay ?? false,
		steps: [],
		connection: initial,
		inFlight: [],
	};
}

function record(session: Session, step: Step): Session {
	return {
		...session,
		steps: [...session.steps, step],
		connection: step.result.connection,
		inFlight: step.inFlight,
	};
}

/** A rejected move changes nothing: not even the two-way flags that play() applies lazily. */
function unchangedIfRejected(result: Transition, given: Connection): Transition {
	return result.verdict.ok ? result : {...result, connection: given};
}

/**
 * What a real stack would do now on the peer's side: answer a SYN with SYN,ACK and acknowledge
 * what arrived. It never opens, closes or sends data by itself; those are the application's calls.
 */
function peerAnswer(connection: Connection, side: Side): ActionType | null {
	const owed = obligationOf(connection[side]);
	if (owed === 'none') return null;
	return owed === 'synAckForSyn' ? 'syn' : 'ack';
}

export function answeredByPeer(session: Session): Session {
	const {peer} = session;
	if (peer === null) return session;
	const type = peerAnswer(session.connection, peer);
	if (type === null) return session;
	const move: Move = {side: peer, action: actionOf(type)};
	const result = transition(session.connection, move, session.network);
	if (!result.verdict.ok) return session;
	const inFlight = [...session.inFlight, ...flightsOf(result)];
	return record(session, {input: `${peer}:${type}`, move, result, inFlight, byPeer: true});
}

export function play(given: Session, move: Move | NetMove, input = inputOf(move)): Session {
	const session = {...given, connection: withTwoWay(given.connection, given.twoWay)};
	if (move.side === 'net') {
		if (session.network === 'instant') {
			const {transition: result} = refused(
				given.connection,
				message('no.net.instant'),
				given.inFlight,
			);
			return record(given, {input, move, result, inFlight: given.inFlight, byPeer: false});
		}
		const net = netStep(session.connection, session.inFlight, move.action);
		const result = unchangedIfRejected(net.transition, given.connection);
		const step = {input, move, result, inFlight: net.inFlight, byPeer: false};
		return answeredByPeer(record(session, step));
	}
	const result = unchangedIfRejected(
		transition(session.connection, move, session.network),
		given.connection,
	);
	const inFlight = [...session.inFlight, ...flightsOf(result)];
	return answeredByPeer(record(session, {input, move, result, inFlight, byPeer: false}));
}

function inputOf(move: Move | NetMove): string {
	if (move.side === 'net') return `net:${move.action.type}:${move.action.index}`;
	return `${move.side}:${move.action.type}`;
}

/** Undo the last move, with the automatic peer's answers to it. */
export function undo(session: Session): Session {
	let count = 0;
	while (session.steps.at(-1 - count)?.byPeer) count++;
	const steps = session.steps.slice(0, -1 - count);
	const last = steps.at(-1);
	return {
		...session,
		steps,
		connection: last?.result.connection ?? session.initial,
		inFlight: last?.inFlight ?? [],
	};
}

/** Switch between instant and manual delivery; only with nothing in flight, or it would strand it. */
export function withNetwork(session: Session, network: NetworkMode): Session | null {
	return session.inFlight.length > 0 && network === 'instant' ? null : {...session, network};
}
