// Both ends' states through a captured connection, inferred by the engine: each captured segment
// is made as a move of its sender (the user call or owed answer that sends exactly that segment),
// then arrives at its receiver, which acts as RFC 9293 §3.10.7 says. Where no move sends what the
// capture shows (a retransmission, an ACK for data never seen, a connection already open, an RST),
// the step says so and the replay carries on from what the segment implies.
import {type Language, t} from '../i18n/index.js';
import {createEndpoint, type Endpoint, freshEndpoint} from '../tcp/endpoint.js';
import {say} from '../tcp/explain.js';
import {
	type ActionType,
	actionOf,
	arrive,
	type Connection,
	type Flight,
	type Happening,
	statesOf,
	type Transition,
	transition,
} from '../tcp/machine.js';
import {type Message, message} from '../tcp/message.js';
import {
	type Flag,
	flagOrder,
	type Segment,
	sameSegment,
	segmentLength,
	seqAdd,
	seqDiff,
	seqLe,
	seqLt,
} from '../tcp/segment.js';
import type {Session, Step} from '../tcp/session.js';
import {peerOf, type Side, sides} from '../tcp/states.js';
import {type ConnectionSummary, millisBetween} from './connections.js';
import {type Address, type CapturedSegment, tcpFlags} from './packet.js';

export const replayEvents = [
	'midstream',
	'retransmission',
	'duplicateAck',
	'unseen',
	'reset',
	'unexpected',
] as const;

/** A place where the capture shows what the engine cannot follow from the segments before. */
export type ReplayEvent = (typeof replayEvents)[number];

export type ReplayStep = {
	readonly captured: CapturedSegment;
	readonly side: Side;
	/** Milliseconds since the connection's first segment. */
	readonly time: number;
	/** The segment as the engine knows it: SYN, ACK, FIN and RST, the numbers and the length. */
	readonly segment: Segment;
	readonly events: readonly ReplayEvent[];
	/** What the replay says besides the engine: where and why it could not follow. */
	readonly notes: readonly Message[];
};

export type Replay = {
	readonly summary: ConnectionSummary;
	readonly session: Session;
	/** One for each session step, in the same order. */
	readonly steps: readonly ReplayStep[];
	/** Each side's ISN as relative numbers count from it (one below its first seq if no SYN). */
	readonly isn: Readonly<Record<Side, number>>;
	readonly counts: Readonly<Record<ReplayEvent, number>>;
};

function sameAddress(a: Address, b: Address): boolean {
	return a.ip === b.ip && a.port === b.port;
}

function modelFlags(bits: number): Flag[] {
	const names: Record<Flag, number> = {
		SYN: tcpFlags.SYN,
		ACK: tcpFlags.ACK,
		FIN: tcpFlags.FIN,
		RST: tcpFlags.RST,
	};
	return flagOrder.filter((flag) => bits & names[flag]);
}

function modelSegment(captured: CapturedSegment, from: Side): Segment {
	return {
		from,
		to: peerOf(from),
		flags: modelFlags(captured.flags),
		seq: captured.seq,
		ack: captured.flags & tcpFlags.ACK ? captured.ack : null,
		len: captured.payloadLength,
	};
}

const has = (segment: Segment, flag: Flag) => segment.flags.includes(flag);
const isPureSyn = (segment: Segment) => has(segment, 'SYN') && segment.ack === null;

type Start = {
	readonly connection: Connection;
	readonly events: readonly ReplayEvent[];
	readonly notes: readonly Message[];
};

/** An endpoint in a synchronized state, from the numbers a segment shows. */
function synchronized(
	side: Side,
	{sent, received, passive}: {sent: number; received: number; passive: boolean},
): Endpoint {
	return {
		...createEndpoint(side, 'CLOSED', seqAdd(sent, -1)),
		state: 'ESTABLISHED',
		irs: seqAdd(received, -1),
		sndUna: sent,
		sndNxt: sent,
		rcvNxt: received,
		ackSent: received,
		passive,
	};
}

/** The connection before the first captured segment, from what the capture shows of its start. */
function startOf(segments: readonly Segment[], summary: ConnectionSummary): Start {
	const [first] = segments;
	const fromServer = segments.find((segment) => segment.from === 'server');
	if (!first) {
		return {
			connection: {
				client: createEndpoint('client', 'CLOSED', 0),
				server: createEndpoint('server', 'LISTEN', 0),
			},
			events: [],
			notes: [],
		};
	}
	const guessed =
		summary.roles === 'port'
			? [message('replay.note.rolesGuessed', {port: summary.server.port})]
			: [];
	if (first.from === 'client' && isPureSyn(first)) {
		// A server that answers with RST, or with a SYN of its own, was not listening.
		const listening =
			fromServer === undefined || (!has(fromServer, 'RST') && !isPureSyn(fromServer));
		const serverIss = has(fromServer ?? first, 'SYN')
			? (fromServer?.seq ?? 0)
			: seqAdd(fromServer?.seq ?? 0, -1);
		return {
			connection: {
				client: createEndpoint('client', 'CLOSED', first.seq),
				server: createEndpoint('server', listening ? 'LISTEN' : 'CLOSED', serverIss),
			},
			events: [],
			notes: guessed,
		};
	}
	if (first.from === 'server' && has(first, 'SYN') && first.ack !== null) {
		// The SYN,ACK comes first: the client's SYN went before the capture began.
		const clientIss = seqAdd(first.ack, -1);
		return {
			connection: {
				client: {
					...createEndpoint('client', 'CLOSED', clientIss),
					state: 'SYN_SENT',
					sndNxt: first.ack,
				},
				server: {
					...createEndpoint('server', 'LISTEN', first.seq),
					state: 'SYN_RECEIVED',
					irs: clientIss,
					rcvNxt: first.ack,
				},
			},
			events: ['midstream'],
			notes: [...guessed, message('replay.note.synAckFirst')],
		};
	}
	// Already open: both sides synchronized, each ISN one below the first number seen, as
	// Wireshark counts when it has not seen the SYN.
	const peerFirst = segments.find((segment) => segment.from !== first.from);
	const received = first.ack ?? peerFirst?.seq ?? 0;
	const sender = synchronized(first.from, {
		sent: first.seq,
		received,
		passive: first.from === 'server',
	});
	const receiver = synchronized(peerOf(first.from), {
		sent: received,
		received: first.seq,
		passive: first.from !== 'server',
	});
	return {
		connection: {[first.from]: sender, [peerOf(first.from)]: receiver} as Connection,
		events: ['midstream'],
		notes: [...guessed, message('replay.note.midstream')],
	};
}

type Sent = {
	readonly connection: Connection;
	readonly notes: readonly Message[];
	readonly type: ActionType;
	readonly retransmission: boolean;
};

/** The move of `side` whose segment is exactly `wanted`, if one is valid now. */
function moveSending(connection: Connection, wanted: Segment): Sent | {readonly refusal: Message} {
	const side = wanted.from;
	const attempt = (given: Connection, type: ActionType) =>
		transition(given, {side, action: actionOf(type, wanted.len)}, 'manual');
	const sentOf = (result: Transition) => result.happenings[0]?.segment ?? null;
	let refusal: Message | null = null;
	const types: ActionType[] = has(wanted, 'RST')
		? ['rst']
		: has(wanted, 'SYN')
			? ['syn', 'ack', 'timeout']
			: has(wanted, 'FIN') || wanted.len > 0
				? [wanted.len > 0 ? 'data' : 'fin', 'timeout']
				: ['ack'];
	for (const type of types) {
		const result = attempt(connection, type);
		if (!result.verdict.ok) {
			refusal ??= result.verdict.because;
			continue;
		}
		let sent = sentOf(result);
		let after = result;
		let notes = result.verdict.because;
		// Data and FIN in one segment: the data move, then CLOSE, whose FIN rides on it.
		if (type === 'data' && has(wanted, 'FIN') && sent) {
			const fin = attempt(result.connection, 'fin');
			if (!fin.verdict.ok) {
				refusal ??= fin.verdict.because;
				continue;
			}
			after = fin;
			notes = [...notes, ...fin.verdict.because];
			sent = {
				...sent,
				flags: flagOrder.filter((flag) => flag === 'FIN' || sent?.flags.includes(flag)),
			};
		}
		if (sent && sameSegment(sent, wanted)) {
			return {
				connection: after.connection,
				notes,
				type,
				retransmission: result.happenings[0]?.retransmission ?? false,
			};
		}
	}
	return {refusal: refusal ?? message('replay.note.noMove')};
}

/** The sender as the segment shows it, when no move sends it: what it implies, taken as done. */
function forcedSender(me: Endpoint, segment: Segment): Endpoint {
	if (has(segment, 'RST')) return freshEndpoint(me, 'CLOSED');
	const end = seqAdd(segment.seq, segmentLength(segment));
	const fresh = seqLt(me.sndNxt, end) ? seqDiff(me.sndNxt, end) : 0;
	let next: Endpoint = {
		...me,
		sndNxt: fresh > 0 ? end : me.sndNxt,
		ackSent: segment.ack ?? me.ackSent,
		bytesSent: me.bytesSent + Math.max(0, Math.min(fresh, segment.len)),
	};
	if (has(segment, 'SYN') && (me.state === 'CLOSED' || me.state === 'LISTEN')) {
		next = {
			...next,
			state: 'SYN_SENT',
			iss: segment.seq,
			sndUna: segment.seq,
			sndNxt: end,
			passive: false,
		};
	}
	if (has(segment, 'FIN') && fresh > 0) {
		if (me.state === 'ESTABLISHED' || me.state === 'SYN_RECEIVED') {
			next = {...next, state: 'FIN_WAIT_1'};
		} else if (me.state === 'CLOSE_WAIT') {
			next = {...next, state: 'LAST_ACK'};
		}
	}
	return next;
}

type Resynced = {
	readonly connection: Connection;
	readonly events: ReplayEvent[];
	readonly notes: Message[];
};

/**
 * What the segment shows that the replay has not seen: bytes the peer sent that it acknowledges,
 * bytes the engine refused that the sender had accepted, and a gap before its sequence number.
 * Each is taken as having happened, and said.
 */
function resync(connection: Connection, segment: Segment): Resynced {
	const side = segment.from;
	const peer = segment.to;
	let me = connection[side];
	let other = connection[peer];
	const events: ReplayEvent[] = [];
	const notes: Message[] = [];
	const {ack} = segment;
	if (ack !== null && other.state !== 'CLOSED' && other.state !== 'LISTEN') {
		if (seqLt(other.sndNxt, ack)) {
			const bytes = seqDiff(other.sndNxt, ack);
			other = {...other, sndNxt: ack, bytesSent: other.bytesSent + bytes};
			if (me.rcvNxt !== null && seqLt(me.rcvNxt, ack)) {
				me = {...me, rcvNxt: ack, held: [], bytesReceived: me.bytesReceived + bytes};
			}
			events.push('unseen');
			notes.push(message('replay.note.ackUnseen', {me: side, bytes}));
		} else if (me.rcvNxt !== null && seqLt(me.rcvNxt, ack)) {
			const bytes = seqDiff(me.rcvNxt, ack);
			me = {...me, rcvNxt: ack, held: [], bytesReceived: me.bytesReceived + bytes};
			events.push('unexpected');
			notes.push(message('replay.note.ackAhead', {me: side, bytes}));
		}
	}
	const sentSyn = me.state !== 'CLOSED' && me.state !== 'LISTEN';
	if (sentSyn && !has(segment, 'RST') && seqLt(me.sndNxt, segment.seq)) {
		const bytes = seqDiff(me.sndNxt, segment.seq);
		me = {...me, sndNxt: segment.seq, bytesSent: me.bytesSent + bytes};
		events.push('unseen');
		notes.push(message('replay.note.gap', {me: side, bytes}));
	}
	return {connection: {[side]: me, [peer]: other} as Connection, events, notes};
}

type Sending = {
	/** The connection with the sender's side updated; the segment has not arrived yet. */
	readonly connection: Connection;
	readonly segment: Segment;
	readonly type: ActionType;
	readonly auto: boolean;
	readonly retransmission: boolean;
	/** The engine's words for the send. */
	readonly sendNotes: readonly Message[];
	readonly events: readonly ReplayEvent[];
	readonly notes: readonly Message[];
};

/** The captured segment leaves its sender: as an automatic reply, a move, or taken as given. */
function send(
	lang: Language,
	connection: Connection,
	segment: Segment,
	expected: Segment | null,
): Sending {
	const side = segment.from;
	const events: ReplayEvent[] = [];
	const notes: Message[] = [];
	const byFlags: ActionType = has(segment, 'RST')
		? 'rst'
		: has(segment, 'SYN')
			? 'syn'
			: has(segment, 'FIN')
				? 'fin'
				: segment.len > 0
					? 'data'
					: 'ack';
	const result = (
		sender: Connection,
		more: Partial<Pick<Sending, 'type' | 'auto' | 'retransmission' | 'sendNotes'>> = {},
	): Sending => {
		if (has(segment, 'RST')) {
			events.push('reset');
			const closed = connection[side].state === 'CLOSED';
			notes.push(message(closed ? 'replay.note.resetClosed' : 'replay.note.reset', {me: side}));
		}
		return {
			connection: sender,
			segment,
			type: byFlags,
			auto: false,
			retransmission: false,
			sendNotes: [],
			...more,
			events,
			notes,
		};
	};
	if (expected !== null && sameSegment(expected, segment)) {
		// Its TCP already sent it, in the engine, when the segment it answers arrived.
		notes.push(message('replay.note.autoReply', {me: side}));
		return result(connection, {type: byFlags, auto: true});
	}
	let found = moveSending(connection, segment);
	let base = connection;
	if ('refusal' in found) {
		const resynced = resync(connection, segment);
		if (resynced.events.length > 0) {
			base = resynced.connection;
			events.push(...resynced.events);
			notes.push(...resynced.notes);
			found = moveSending(base, segment);
		}
	}
	if (!('refusal' in found)) {
		if (found.retransmission) {
			events.push('retransmission');
			notes.push(message('replay.note.retransmission', {me: side}));
		}
		return result(found.connection, {
			type: found.type,
			retransmission: found.retransmission,
			sendNotes: found.notes,
		});
	}
	const me = base[side];
	const length = segmentLength(segment);
	let retransmission = false;
	if (length > 0 && seqLt(segment.seq, me.sndNxt) && me.state !== 'CLOSED') {
		events.push('retransmission');
		notes.push(message('replay.note.retransmission', {me: side}));
		retransmission = seqLe(seqAdd(segment.seq, length), me.sndNxt);
	} else if (length === 0 && !has(segment, 'RST') && segment.ack !== null) {
		events.push('duplicateAck');
		notes.push(message('replay.note.duplicateAck', {me: side}));
	} else if (!has(segment, 'RST')) {
		events.push('unexpected');
		notes.push(message('replay.note.unexpected', {me: side, reason: say(lang, found.refusal)}));
	}
	return result({...base, [side]: forcedSender(me, segment)} as Connection, {retransmission});
}

/** The two segments share some sequence space: the later one resends part of the earlier. */
function overlaps(a: Segment, b: Segment): boolean {
	const aEnd = seqAdd(a.seq, segmentLength(a));
	const bEnd = seqAdd(b.seq, segmentLength(b));
	return segmentLength(a) > 0 && segmentLength(b) > 0 && seqLt(a.seq, bEnd) && seqLt(b.seq, aEnd);
}

/** Everything the segment occupies, its SYN, data and FIN, lies below `ack`. */
function coveredBy(segment: Segment, ack: number): boolean {
	return seqLe(seqAdd(segment.seq, segmentLength(segment)), ack);
}

type Landed = {
	readonly connection: Connection;
	readonly happening: Happening;
	/** What the receiver's TCP sent by itself in answer, expected next in the capture. */
	readonly reply: Segment | null;
};

function land(connection: Connection, flight: Flight, extraNotes: readonly Message[] = []): Landed {
	const arrived = arrive(connection, flight);
	const [landing, reply] = arrived.happenings;
	const before = statesOf(connection);
	const after = statesOf(arrived.connection);
	return {
		connection: arrived.connection,
		happening: {
			segment: flight.segment,
			phase: 'arrived',
			auto: flight.auto,
			retransmission: flight.retransmission,
			states: after,
			changed: sides.filter((each) => before[each] !== after[each]),
			isn: flight.isn,
			notes: [...extraNotes, ...(landing?.notes ?? [])],
		},
		reply: reply?.segment ?? null,
	};
}

/**
 * Replay a connection's captured segments through the engine. What the engine could not follow is
 * noted in `lang`, as is the input of a segment the model sent by itself.
 */
export function inferReplay(
	lang: Language,
	summary: ConnectionSummary,
	captured: readonly CapturedSegment[],
): Replay {
	const sideOf = (segment: CapturedSegment): Side =>
		sameAddress(segment.src, summary.client) ? 'client' : 'server';
	const segments = captured.map((segment) => modelSegment(segment, sideOf(segment)));
	const start = startOf(segments, summary);
	const isn = {client: start.connection.client.iss, server: start.connection.server.iss};
	const counts = Object.fromEntries(replayEvents.map((event) => [event, 0])) as Record<
		ReplayEvent,
		number
	>;
	// The index of the next segment from the other end, for each segment: its ACK field tells
	// whether this one had arrived when it was sent.
	const nextFromPeer: number[] = [];
	const latest: Record<Side, number> = {client: -1, server: -1};
	for (let index = segments.length - 1; index >= 0; index--) {
		const from = segments[index]?.from ?? 'client';
		nextFromPeer[index] = latest[peerOf(from)];
		latest[from] = index;
	}
	const steps: Step[] = [];
	const replaySteps: ReplayStep[] = [];
	const expected: Record<Side, Segment | null> = {client: null, server: null};
	let connection = start.connection;
	let inFlight: Flight[] = [];
	let crossed = false;
	const [first] = captured;
	for (const [index, segment] of segments.entries()) {
		const side = segment.from;
		const happenings: Happening[] = [];
		const deliver = (flight: Flight, notes: readonly Message[] = []) => {
			const landed = land(connection, flight, notes);
			connection = landed.connection;
			happenings.push(landed.happening);
			expected[flight.segment.to] = landed.reply;
		};
		// What this segment's ACK field acknowledges had arrived before it was sent.
		const {ack} = segment;
		if (ack !== null) {
			const arrived = inFlight.filter(
				(flight) => flight.segment.to === side && coveredBy(flight.segment, ack),
			);
			inFlight = inFlight.filter((flight) => !arrived.includes(flight));
			for (const flight of arrived) deliver(flight);
		}
		// Sent again while the first copy is still in flight: that copy is taken as lost.
		const resent = inFlight.filter(
			(flight) => flight.segment.from === side && overlaps(flight.segment, segment),
		);
		inFlight = inFlight.filter((flight) => !resent.includes(flight));
		for (const flight of resent) {
			const states = statesOf(connection);
			happenings.push({
				...flight,
				phase: 'lost',
				states,
				changed: [],
				notes: [message('replay.note.lostCopy', {me: side})],
			});
		}
		const sent = send(lang, connection, segment, expected[side]);
		expected[side] = null;
		const before = statesOf(connection);
		connection = sent.connection;
		const flight: Flight = {
			segment,
			isn,
			auto: sent.auto,
			retransmission: sent.retransmission,
		};
		// The peer's next segment does not acknowledge this one: it had not arrived when the peer
		// sent that, so the two crossed. It stays in flight until an ACK from the peer covers it.
		const next = segments[nextFromPeer[index] ?? -1];
		const notes = [...sent.notes];
		if (
			segmentLength(segment) > 0 &&
			next !== undefined &&
			next.ack !== null &&
			!coveredBy(segment, next.ack)
		) {
			crossed = true;
			notes.push(message('replay.note.crossed', {me: side}));
			const after = statesOf(connection);
			happenings.push({
				segment,
				phase: 'sent',
				auto: sent.auto,
				retransmission: sent.retransmission,
				states: after,
				changed: sides.filter((each) => before[each] !== after[each]),
				isn,
				notes: sent.sendNotes,
			});
			inFlight = [...inFlight, flight];
		} else {
			// The network keeps order: what this side sent before and the peer's next ACK covers
			// lands first.
			const nextAck = next?.ack ?? null;
			if (nextAck !== null) {
				const earlier = inFlight.filter(
					(other) => other.segment.from === side && coveredBy(other.segment, nextAck),
				);
				inFlight = inFlight.filter((other) => !earlier.includes(other));
				for (const other of earlier) deliver(other);
			}
			const landed = land(connection, flight);
			connection = landed.connection;
			expected[segment.to] = landed.reply;
			const after = statesOf(connection);
			happenings.push({
				...landed.happening,
				phase: 'crossed',
				changed: sides.filter((each) => before[each] !== after[each]),
				notes: [...sent.sendNotes, ...landed.happening.notes],
			});
		}
		// When the capture ends, what is still in flight is taken to arrive: nothing says it did not.
		if (index === segments.length - 1 && inFlight.length > 0) {
			const landing = inFlight;
			inFlight = [];
			for (const late of landing) deliver(late, [message('replay.note.arrivesAtEnd')]);
		}
		const captureStep = captured[index];
		if (!captureStep) continue;
		const events = index === 0 ? [...start.events, ...sent.events] : sent.events;
		const replay: ReplayStep = {
			captured: captureStep,
			side,
			time: first ? millisBetween(first, captureStep) : 0,
			segment,
			events,
			notes: index === 0 ? [...start.notes, ...notes] : notes,
		};
		for (const event of events) counts[event]++;
		const result: Transition = {
			connection,
			segments: [segment],
			happenings,
			verdict: {ok: true, because: happenings.flatMap((happening) => happening.notes)},
		};
		steps.push({
			input: sent.auto ? `${side}:${t(lang, 'replay.autoInput')}` : `${side}:${sent.type}`,
			move: {side, action: actionOf(sent.type, Math.max(1, segment.len))},
			result,
			inFlight,
			byPeer: false,
		});
		replaySteps.push(replay);
	}
	return {
		summary,
		session: {
			initial: start.connection,
			network: crossed ? 'manual' : 'instant',
			peer: null,
			twoWay: false,
			steps,
			connection,
			inFlight: [],
		},
		steps: replaySteps,
		isn,
		counts,
	};
}
