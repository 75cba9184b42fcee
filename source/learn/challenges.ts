// The challenges: goals read off the session the student built, state by state and segment by
// segment. Nothing here counts keypresses; the screen compares the moves made with the solution's.
// Each solution is minimal: the tests try every shorter route of valid moves from the setup.
import type {Happening} from '../tcp/machine.js';
import {has, type Segment, sameSegment, segmentLength, seqAdd} from '../tcp/segment.js';
import type {Session, Step} from '../tcp/session.js';
import type {State} from '../tcp/states.js';
import type {Challenge} from './challenge.js';

/** A connection both sides reached ESTABLISHED on, in instant delivery. */
const openInstant = 'c:syn s:syn c:ack';

/** The same with every segment held in flight until delivered. */
const openManual = 'c:syn net:deliver s:syn net:deliver c:ack net:deliver';

/** One happening with the step it belongs to, so that the move behind it can be read. */
type Event = {readonly step: Step; readonly happening: Happening};

function eventsOf(session: Session): Event[] {
	// A rejected step has no happenings, so only what really happened is listed.
	return session.steps.flatMap((step) =>
		step.result.happenings.map((happening) => ({step, happening})),
	);
}

/** A segment that left its sender: at once ('crossed') or into the network ('sent'). */
function sentSegment({happening}: Event): Segment | null {
	const {segment, phase} = happening;
	return segment !== null && (phase === 'crossed' || phase === 'sent') ? segment : null;
}

/** A segment that reached its receiver. */
function arrivedSegment({happening}: Event): Segment | null {
	const {segment, phase} = happening;
	return segment !== null && (phase === 'crossed' || phase === 'arrived') ? segment : null;
}

function sentSegments(events: readonly Event[]): Segment[] {
	return events.flatMap((event) => sentSegment(event) ?? []);
}

function statesAre(session: Session, client: State, server: State): boolean {
	const {connection} = session;
	return connection.client.state === client && connection.server.state === server;
}

/**
 * What happened since both sides were last ESTABLISHED: the close of the latest connection. Null
 * when the two sides were never both ESTABLISHED.
 */
function sinceEstablished(session: Session): Event[] | null {
	const events = eventsOf(session);
	const last = events.findLastIndex(
		({happening: {states}}) => states.client === 'ESTABLISHED' && states.server === 'ESTABLISHED',
	);
	return last === -1 ? null : events.slice(last + 1);
}

/** No RST was sent, automatically or not, and no side aborted (an ABORT may send nothing). */
function orderly(events: readonly Event[]): boolean {
	return events.every(
		({step, happening}) =>
			step.move.action.type !== 'rst' &&
			(happening.segment === null || !has(happening.segment, 'RST')),
	);
}

/** The sequence number that acknowledges a segment: its seq plus the space it occupies. */
function acknowledges(segment: Segment, acked: Segment): boolean {
	return has(segment, 'ACK') && segment.ack === seqAdd(acked.seq, segmentLength(acked));
}

/**
 * The RSTs a CLOSED server's stack sent by itself in answer to a client's SYN: the SYN's arrival
 * is the happening just before, in the same step, with both delivery modes.
 */
function refusals(events: readonly Event[]): Segment[] {
	return events.flatMap((event, index) => {
		const rst = sentSegment(event);
		const before = events[index - 1];
		if (!rst || !event.happening.auto || rst.from !== 'server' || !has(rst, 'RST')) return [];
		if (!before || before.step !== event.step) return [];
		const syn = arrivedSegment(before);
		const fromClosed = before.happening.states.server === 'CLOSED';
		return syn?.from === 'client' && has(syn, 'SYN') && fromClosed ? [rst] : [];
	});
}

/** A refusal's RST reached the client and sent it back to CLOSED, where it still is. */
function refused(session: Session): boolean {
	if (session.connection.client.state !== 'CLOSED') return false;
	const events = eventsOf(session);
	const answers = refusals(events);
	return events.some((event) => {
		const rst = arrivedSegment(event);
		const {changed, states} = event.happening;
		return (
			rst !== null &&
			answers.some((answer) => sameSegment(answer, rst)) &&
			changed.includes('client') &&
			states.client === 'CLOSED'
		);
	});
}

/** The server sent the first FIN after both sides were ESTABLISHED, and both closed cleanly. */
function serverClosed(session: Session): boolean {
	if (!statesAre(session, 'CLOSED', 'CLOSED')) return false;
	const close = sinceEstablished(session);
	if (!close || !orderly(close)) return false;
	const firstFin = sentSegments(close).find((segment) => has(segment, 'FIN'));
	return firstFin?.from === 'server';
}

/** The server sent new data in CLOSE_WAIT (after the client's FIN), and both closed cleanly. */
function halfClosed(session: Session): boolean {
	if (!statesAre(session, 'CLOSED', 'CLOSED')) return false;
	const close = sinceEstablished(session);
	if (!close || !orderly(close)) return false;
	return close.some((event) => {
		const segment = sentSegment(event);
		return (
			segment?.from === 'server' &&
			segment.len > 0 &&
			!event.happening.retransmission &&
			event.happening.states.server === 'CLOSE_WAIT'
		);
	});
}

/**
 * The close took exactly FIN, FIN,ACK, ACK, the client first. Every segment after the handshake
 * carries the ACK flag here, so what makes the middle one a FIN,ACK is that it acknowledges the
 * client's FIN.
 */
function closedInThree(session: Session): boolean {
	const {client, server} = session.connection;
	if (server.state !== 'CLOSED' || (client.state !== 'CLOSED' && client.state !== 'TIME_WAIT')) {
		return false;
	}
	const close = sinceEstablished(session);
	if (!close) return false;
	const segments = sentSegments(close);
	const [fin, finAck, ack] = segments;
	if (segments.length !== 3 || !fin || !finAck || !ack) return false;
	const clean = segments.every((segment) => !has(segment, 'RST') && segment.len === 0);
	return (
		clean &&
		fin.from === 'client' &&
		has(fin, 'FIN') &&
		finAck.from === 'server' &&
		has(finAck, 'FIN') &&
		acknowledges(finAck, fin) &&
		ack.from === 'client' &&
		!has(ack, 'FIN') &&
		acknowledges(ack, finAck)
	);
}

export const challenges: readonly Challenge[] = [
	{
		name: 'establish',
		title: 'challenge.establish.title',
		goal: 'challenge.establish.goal',
		network: 'instant',
		// The server's listening socket is closed first, so the student starts from nothing at all.
		setup: 's:fin',
		solution: 's:listen c:syn s:syn c:ack',
		done: (session) => statesAre(session, 'ESTABLISHED', 'ESTABLISHED'),
	},
	{
		name: 'server-closes',
		title: 'challenge.serverCloses.title',
		goal: 'challenge.serverCloses.goal',
		network: 'instant',
		setup: openInstant,
		// The three-way close with the roles swapped; the server waits out TIME_WAIT.
		solution: 's:fin c:fin s:ack s:timeout',
		done: serverClosed,
	},
	{
		name: 'client-time-wait',
		title: 'challenge.clientTimeWait.title',
		goal: 'challenge.clientTimeWait.goal',
		network: 'instant',
		setup: openInstant,
		// The server's FIN,ACK takes the client FIN_WAIT_1 → TIME_WAIT as it arrives; the last ACK,
		// which the client then owes, changes no state.
		solution: 'c:fin s:fin',
		done: (session) => session.connection.client.state === 'TIME_WAIT',
	},
	{
		name: 'refused',
		title: 'challenge.refused.title',
		goal: 'challenge.refused.goal',
		network: 'instant',
		solution: 's:fin c:syn',
		done: refused,
	},
	{
		name: 'half-close',
		title: 'challenge.halfClose.title',
		goal: 'challenge.halfClose.goal',
		network: 'instant',
		setup: openInstant,
		// The data carries the ACK the server owes for the client's FIN; the client's one ACK covers
		// data and FIN, and its 2MSL timer ends TIME_WAIT.
		solution: 'c:fin s:data s:fin c:ack c:timeout',
		done: halfClosed,
	},
	{
		name: 'three-way-close',
		title: 'challenge.threeWayClose.title',
		goal: 'challenge.threeWayClose.goal',
		network: 'instant',
		setup: openInstant,
		solution: 'c:fin s:fin c:ack',
		done: closedInThree,
	},
	{
		name: 'closing',
		title: 'challenge.closing.title',
		goal: 'challenge.closing.goal',
		network: 'manual',
		setup: openManual,
		// Only one FIN has to arrive: a FIN that arrives in FIN_WAIT_1, before the ACK of the side's
		// own FIN, is what leads to CLOSING (RFC 9293 3.10.7.4, eighth step).
		solution: 'c:fin s:fin net:deliver',
		done: ({connection: {client, server}}) =>
			client.state === 'CLOSING' || server.state === 'CLOSING',
	},
];

export function challengeNamed(name: string): Challenge | undefined {
	return challenges.find((challenge) => challenge.name === name);
}
