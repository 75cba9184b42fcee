// The RFC 9293 state machine for one connection, driven one student move at a time.
//
// As in RFC 9293 §3.10.7 and on Linux, a side changes state when a segment arrives; the answer the
// RFC would send at once becomes an obligation (owes SYN,ACK, owes ACK) that the student pays with
// a key, and that never changes the state. User calls (OPEN, CLOSE, ABORT) and the 2MSL timeout
// change it on the move. Replies a real stack sends by itself (§3.10.7: RSTs, the ACK for an
// unacceptable segment, challenge ACKs) are sent automatically.

import {type Action, type ActionType, actionOf, actionTypes} from './action.js';
import {type Received, receive} from './arrivals.js';
import {createEndpoint, type Endpoint, ourSynSent} from './endpoint.js';
import {linuxOnArrival, linuxOnOpen} from './linux.js';
import type {Message} from './message.js';
import {act} from './moves.js';
import {type Flag, has, type Segment} from './segment.js';
import type {Side, State} from './states.js';

export {
	type Action,
	type ActionType,
	actionOf,
	actionTypes,
	defaultDataLength,
	maxDataLength,
} from './action.js';

export type Move = {readonly side: Side; readonly action: Action};

export type Connection = {readonly client: Endpoint; readonly server: Endpoint};

export type StatePair = Readonly<Record<Side, State>>;

/**
 * How a segment took part in a happening: it crossed at once (instant delivery), or with a network
 * in between it was sent, arrived later, was lost, or was duplicated on the way.
 */
export type Passage = 'crossed' | 'sent' | 'arrived' | 'lost' | 'duplicated';

/** One thing that happened during a move: a segment crossing, or a change with nothing sent. */
export type Happening = {
	/** Null when the move changed a state without sending anything (LISTEN, 2MSL timeout …). */
	readonly segment: Segment | null;
	readonly phase: Passage;
	/** Sent by the TCP stack itself in reply to an arrival (§3.10.7), not by the student. */
	readonly auto: boolean;
	/** Sent again because the retransmission timer expired. */
	readonly retransmission: boolean;
	readonly states: StatePair;
	readonly changed: readonly Side[];
	/** Each side's ISN in force when the segment crossed (null: none yet), for relative numbering. */
	readonly isn: Readonly<Record<Side, number | null>>;
	readonly notes: readonly Message[];
};

export type Verdict =
	| {readonly ok: true; readonly because: readonly Message[]}
	| {
			readonly ok: false;
			readonly because: Message;
			/** The endpoint's valid moves; null when the rejected move was the network's. */
			readonly validNow: readonly Option[] | null;
	  };

export type Transition = {
	readonly connection: Connection;
	readonly segments: readonly Segment[];
	readonly happenings: readonly Happening[];
	readonly verdict: Verdict;
};

export type ConnectionOptions = {
	readonly isnClient: number;
	readonly isnServer: number;
	/** The two-way handshake "what if": see Endpoint.twoWay. */
	readonly twoWay?: boolean;
};

export function createConnection({isnClient, isnServer, twoWay}: ConnectionOptions): Connection {
	const rule = twoWay ? {twoWay: true as const} : {};
	return {
		client: {...createEndpoint('client', 'CLOSED', isnClient), ...rule},
		server: {...createEndpoint('server', 'LISTEN', isnServer), ...rule},
	};
}

/** Turn the two-way handshake "what if" on or off for both endpoints, from now on. */
export function withTwoWay(connection: Connection, twoWay: boolean): Connection {
	if (
		Boolean(connection.client.twoWay) === twoWay &&
		Boolean(connection.server.twoWay) === twoWay
	) {
		return connection;
	}
	const apply = (endpoint: Endpoint): Endpoint => {
		const {twoWay: _, ...rest} = endpoint;
		return twoWay ? {...rest, twoWay: true} : rest;
	};
	return {client: apply(connection.client), server: apply(connection.server)};
}

/** An arrival, with the "On Linux" notes for where the kernel goes beyond the RFC's minimum. */
function arrival(receiver: Endpoint, segment: Segment): Received {
	const received = receive(receiver, segment);
	const linux = linuxOnArrival(receiver, received.me);
	return linux.length === 0 ? received : {...received, notes: [...received.notes, ...linux]};
}

/** Bounds a chain of automatic replies; two well-behaved stacks never get close to it. */
const maxCrossings = 16;

export function statesOf(connection: Connection): StatePair {
	return {client: connection.client.state, server: connection.server.state};
}

function changedBetween(before: StatePair, after: StatePair): Side[] {
	return (['client', 'server'] as const).filter((side) => before[side] !== after[side]);
}

/**
 * Whether segments wait in flight for the student to deliver them. The engine's rules are the same
 * either way; only where a sent segment goes differs.
 */
export type NetworkMode = 'instant' | 'manual';

export function validActions(connection: Connection, side: Side): ActionType[] {
	return actionTypes.filter((type) => act(connection[side], actionOf(type)).ok);
}

/** A move the side may make now, and the flags of the segment it would send (null: none). */
export type Option = {readonly type: ActionType; readonly sends: readonly Flag[] | null};

export function validOptions(connection: Connection, side: Side): Option[] {
	return actionTypes.flatMap((type) => {
		const acted = act(connection[side], actionOf(type));
		return acted.ok ? [{type, sends: acted.segment?.flags ?? null}] : [];
	});
}

function isnInForce(endpoint: Endpoint, segment: Segment | null): number | null {
	if (segment?.from === endpoint.side && has(segment, 'SYN')) return segment.seq;
	return ourSynSent(endpoint) ? endpoint.iss : (endpoint.previousIss ?? null);
}

/** A segment on its way, with what the diagram needs to draw it when it lands. */
export type Flight = {
	readonly segment: Segment;
	readonly isn: Readonly<Record<Side, number | null>>;
	readonly auto: boolean;
	readonly retransmission: boolean;
};

function isnPair(
	sender: Endpoint,
	receiver: Endpoint,
	segment: Segment,
): Record<Side, number | null> {
	return {
		[segment.from]: isnInForce(sender, segment),
		[segment.to]: isnInForce(receiver, null),
	} as Record<Side, number | null>;
}

type Queued = {
	readonly segment: Segment;
	readonly sender: Endpoint;
	readonly notes: readonly Message[];
	readonly retransmission: boolean;
};

/** Deliver segments in order, and the automatic replies they provoke, until nothing is left. */
function deliverQueue(
	connection: Connection,
	initial: readonly Queued[],
	happenings: Happening[],
	{firstAuto, before: start}: {firstAuto: boolean; before: StatePair},
): Connection {
	let current = connection;
	let before = start;
	// Replies are appended while the loop runs, so they are delivered in turn; maxCrossings bounds
	// a chain of automatic replies, which two stacks following the RFC never come near.
	const queue = [...initial];
	for (const [index, {segment, sender, notes: sendNotes, retransmission}] of queue.entries()) {
		if (index >= maxCrossings) break;
		const receiver = current[segment.to];
		const received = arrival(receiver, segment);
		current = {...current, [segment.to]: received.me};
		const after = statesOf(current);
		happenings.push({
			segment,
			phase: 'crossed',
			auto: index > 0 || firstAuto,
			retransmission,
			states: after,
			changed: changedBetween(before, after),
			isn: isnPair(sender, receiver, segment),
			notes: [...sendNotes, ...received.notes],
		});
		before = after;
		if (received.reply) {
			queue.push({segment: received.reply, sender: receiver, notes: [], retransmission: false});
		}
	}
	return current;
}

function accepted(connection: Connection, happenings: Happening[]): Transition {
	return {
		connection,
		segments: happenings.flatMap((happening) => (happening.segment ? [happening.segment] : [])),
		happenings,
		verdict: {ok: true, because: happenings.flatMap((happening) => happening.notes)},
	};
}

/**
 * The student's move. With instant delivery its segment, and every automatic reply, crosses at
 * once. With a manual network the segment only leaves: the happening's phase is 'sent', and the
 * caller keeps it in flight until it is delivered, dropped or duplicated.
 */
export function transition(
	connection: Connection,
	move: Move,
	network: NetworkMode = 'instant',
): Transition {
	const mover = connection[move.side];
	const acted = act(mover, move.action);
	if (!acted.ok) {
		return {
			connection,
			segments: [],
			happenings: [],
			verdict: {
				ok: false,
				because: acted.reason,
				validNow: validOptions(connection, move.side),
			},
		};
	}
	const current: Connection = {...connection, [move.side]: acted.me};
	const notes = [...acted.notes, ...linuxOnOpen(mover, acted.me)];
	const before = statesOf(connection);
	const retransmission = acted.retransmission ?? false;
	if (acted.segment === null || network === 'manual') {
		return accepted(current, [
			{
				segment: acted.segment,
				phase: acted.segment ? 'sent' : 'crossed',
				auto: false,
				retransmission,
				states: statesOf(current),
				changed: changedBetween(before, statesOf(current)),
				isn: acted.segment
					? isnPair(mover, current[acted.segment.to], acted.segment)
					: {client: null, server: null},
				notes,
			},
		]);
	}
	// Changes are measured from the states before the move, so the mover's own change shows.
	const happenings: Happening[] = [];
	const delivered = deliverQueue(
		current,
		[{segment: acted.segment, sender: mover, notes, retransmission}],
		happenings,
		{firstAuto: false, before},
	);
	return accepted(delivered, happenings);
}

/**
 * A segment arrives from the network rather than from a move: a delayed duplicate, or a crafted
 * segment in a test. The receiver, and every reply, act as in §3.10.7, all delivered at once.
 */
export function deliver(connection: Connection, segment: Segment): Transition {
	const happenings: Happening[] = [];
	const delivered = deliverQueue(
		connection,
		[{segment, sender: connection[segment.from], notes: [], retransmission: false}],
		happenings,
		{firstAuto: true, before: statesOf(connection)},
	);
	return accepted(delivered, happenings);
}

/**
 * One segment held in flight lands. The receiver acts as in §3.10.7; a reply it sends itself
 * leaves as a 'sent' happening, for the network to carry.
 */
export function arrive(connection: Connection, flight: Flight): Transition {
	const {segment} = flight;
	const receiver = connection[segment.to];
	const received = arrival(receiver, segment);
	const after: Connection = {...connection, [segment.to]: received.me};
	const states = statesOf(after);
	const happenings: Happening[] = [
		{
			segment,
			phase: 'arrived',
			auto: flight.auto,
			retransmission: flight.retransmission,
			states,
			changed: changedBetween(statesOf(connection), states),
			isn: flight.isn,
			notes: received.notes,
		},
	];
	if (received.reply) {
		happenings.push({
			segment: received.reply,
			phase: 'sent',
			auto: true,
			retransmission: false,
			states,
			changed: [],
			isn: isnPair(receiver, connection[segment.from], received.reply),
			notes: [],
		});
	}
	return accepted(after, happenings);
}

/** The segments a transition left in the network (phase 'sent'), ready to be carried. */
export function flightsOf(result: Transition): Flight[] {
	return result.happenings.flatMap(({segment, phase, isn, auto, retransmission}) =>
		phase === 'sent' && segment ? [{segment, isn, auto, retransmission}] : [],
	);
}
