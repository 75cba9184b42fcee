// The RFC 9293 state machine for one connection, driven one student move at a time.
//
// The student sends every segment. A Figure 5 arc "rcv X / snd Y" fires when the endpoint sends Y
// after X arrived; an arc "rcv X / x" fires on arrival; user calls (OPEN, CLOSE, ABORT, the 2MSL
// timeout) fire on the move. Arrivals a real stack answers by itself (§3.10.7: RSTs, duplicate
// ACKs) are answered automatically.

import {
	allAcked,
	createEndpoint,
	type Endpoint,
	freshEndpoint,
	obligationOf,
	ourSynSent,
	owesAck,
} from './endpoint.js';
import type {Message} from './message.js';
import {type Flag, has, type Segment, segmentLength, seqAdd, seqLe, seqLt} from './segment.js';
import {peerOf, type Side, type State} from './states.js';

export const actionTypes = ['syn', 'ack', 'fin', 'rst', 'data', 'listen', 'timeout'] as const;
export type ActionType = (typeof actionTypes)[number];

export const defaultDataLength = 100;
export const maxDataLength = 65_535;

export type Action =
	| {readonly type: Exclude<ActionType, 'data'>}
	| {readonly type: 'data'; readonly length: number};

export type Move = {readonly side: Side; readonly action: Action};

export type Connection = {readonly client: Endpoint; readonly server: Endpoint};

export type StatePair = Readonly<Record<Side, State>>;

/** One thing that happened during a move: a segment crossing, or a change with nothing sent. */
export type Happening = {
	/** Null when the move changed a state without sending anything (LISTEN, 2MSL timeout …). */
	readonly segment: Segment | null;
	/** Sent by the TCP stack itself in reply to an arrival (§3.10.7), not by the student. */
	readonly auto: boolean;
	readonly states: StatePair;
	readonly changed: readonly Side[];
	/** Each side's ISN in force when the segment crossed (null: none yet), for relative numbering. */
	readonly isn: Readonly<Record<Side, number | null>>;
	readonly notes: readonly Message[];
};

export type Verdict =
	| {readonly ok: true; readonly because: readonly Message[]}
	| {readonly ok: false; readonly because: Message; readonly validNow: readonly ActionType[]};

export type Transition = {
	readonly connection: Connection;
	readonly segments: readonly Segment[];
	readonly happenings: readonly Happening[];
	readonly verdict: Verdict;
};

export type ConnectionOptions = {readonly isnClient: number; readonly isnServer: number};

export function createConnection({isnClient, isnServer}: ConnectionOptions): Connection {
	return {
		client: createEndpoint('client', 'CLOSED', isnClient),
		server: createEndpoint('server', 'LISTEN', isnServer),
	};
}

export function actionOf(type: ActionType, length = defaultDataLength): Action {
	return type === 'data' ? {type, length} : {type};
}

function message(key: Message['key'], params: Message['params'] = {}): Message {
	return {key, params};
}

// ---------------------------------------------------------------------------------------------
// Sending

type Sent = {readonly me: Endpoint; readonly segment: Segment};

/** Build a segment from the endpoint's variables. Once the peer's SYN has arrived, ACK rides along. */
function emit(me: Endpoint, flags: readonly Flag[], len = 0): Sent {
	const withAck = me.rcvNxt !== null;
	const syn = flags.includes('SYN');
	const seq = syn ? me.iss : me.sndNxt;
	const segment: Segment = {
		from: me.side,
		to: peerOf(me.side),
		flags: withAck ? [...flags, 'ACK'] : flags,
		seq,
		ack: withAck ? me.rcvNxt : null,
		len,
	};
	const sndNxt = seqAdd(seq, segmentLength(segment));
	return {
		me: {
			...me,
			sndNxt: seqLt(me.sndNxt, sndNxt) ? sndNxt : me.sndNxt,
			ackSent: withAck ? me.rcvNxt : me.ackSent,
			bytesSent: me.bytesSent + len,
		},
		segment,
	};
}

/**
 * The Figure 5 arcs "rcv X / snd ACK" that were waiting for this endpoint to acknowledge X. Called
 * when an ACK carrying RCV.NXT goes out, whatever else the segment carries.
 */
function settle(me: Endpoint): Endpoint {
	if (!owesAck(me)) return me;
	const next = settleOnce(me);
	return next === me ? me : settle(next);
}

function settleOnce(me: Endpoint): Endpoint {
	switch (me.state) {
		case 'SYN_SENT':
			return allAcked(me) ? {...me, state: 'ESTABLISHED'} : me;
		case 'ESTABLISHED':
			return me.peerFin ? {...me, state: 'CLOSE_WAIT'} : me;
		case 'FIN_WAIT_1':
			return me.peerFin ? {...me, state: 'CLOSING'} : me;
		case 'FIN_WAIT_2':
			return me.peerFin ? {...me, state: 'TIME_WAIT'} : me;
		default:
			return me;
	}
}

/** Send with ACK: the owed arcs fire first, then the segment leaves in the resulting state. */
function emitSettled(me: Endpoint, flags: readonly Flag[], len = 0): Sent {
	return emit(settle(me), flags, len);
}

// ---------------------------------------------------------------------------------------------
// The student's moves: user calls of §3.10.1–3.10.5, and the segments they answer with

type Acted =
	| {
			readonly ok: true;
			readonly me: Endpoint;
			readonly segment: Segment | null;
			readonly note: Message;
	  }
	| {readonly ok: false; readonly reason: Message};

function reject(key: Message['key'], me: Endpoint, params: Message['params'] = {}): Acted {
	return {ok: false, reason: message(key, {me: me.side, state: me.state, ...params})};
}

function sent(before: Endpoint, {me, segment}: Sent, key: Message['key']): Acted {
	return {
		ok: true,
		me,
		segment,
		note: message(key, {
			me: before.side,
			from: before.state,
			to: me.state,
			seq: segment.seq,
			ack: segment.ack ?? '',
			iss: me.iss,
			irs: me.irs ?? '',
			len: segment.len,
		}),
	};
}

function local(before: Endpoint, me: Endpoint, key: Message['key']): Acted {
	return {
		ok: true,
		me,
		segment: null,
		note: message(key, {me: before.side, from: before.state, to: me.state}),
	};
}

function synAck(me: Endpoint): Acted {
	return sent(me, emit({...me, state: 'SYN_RECEIVED'}, ['SYN']), 'ok.synAck');
}

function actSyn(me: Endpoint): Acted {
	switch (me.state) {
		case 'CLOSED':
			return sent(me, emit({...me, state: 'SYN_SENT', passive: false}, ['SYN']), 'ok.activeOpen');
		case 'LISTEN':
			if (owesAck(me)) return synAck(me);
			return sent(me, emit({...me, state: 'SYN_SENT', passive: false}, ['SYN']), 'ok.listenSend');
		case 'SYN_SENT':
			if (obligationOf(me) === 'synAckForSyn') return synAck(me);
			if (obligationOf(me) === 'ackForSynAck') return reject('no.syn.synAckArrived', me);
			return reject('no.syn.alreadySent', me);
		case 'SYN_RECEIVED':
			return reject('no.syn.synReceived', me);
		case 'ESTABLISHED':
		case 'FIN_WAIT_1':
		case 'FIN_WAIT_2':
		case 'CLOSE_WAIT':
		case 'CLOSING':
		case 'LAST_ACK':
		case 'TIME_WAIT':
			return reject('no.syn.synchronized', me);
	}
}

function actAck(me: Endpoint): Acted {
	switch (obligationOf(me)) {
		case 'synAckForSyn':
			// In a simultaneous open the SYN,ACK repeats our SYN, so ACK alone cannot be sent either.
			if (me.state === 'SYN_SENT') return synAck(me);
			return reject('no.ack.bareAckToSyn', me);
		case 'ackForSynAck':
			return sent(me, emitSettled(me, []), 'ok.ackSynAck');
		case 'ackForFin':
			return sent(me, emitSettled(me, []), 'ok.ackFin');
		case 'ackForData':
			return sent(me, emitSettled(me, []), 'ok.ackData');
		case 'none':
			if (me.rcvNxt === null) return reject('no.ack.nothingReceived', me);
			if (me.state === 'TIME_WAIT') return reject('no.ack.timeWait', me);
			return reject('no.ack.allAcked', me, {rcvNxt: me.rcvNxt});
	}
}

function actFin(me: Endpoint): Acted {
	switch (me.state) {
		case 'CLOSED':
			return reject('no.fin.closed', me);
		case 'LISTEN':
			return local(me, freshEndpoint(me, 'CLOSED'), 'ok.closeListen');
		case 'SYN_SENT':
			if (obligationOf(me) === 'ackForSynAck') {
				return sent(me, emit({...settle(me), state: 'FIN_WAIT_1'}, ['FIN']), 'ok.finAfterSynAck');
			}
			return local(me, freshEndpoint(me, 'CLOSED'), 'ok.closeSynSent');
		case 'SYN_RECEIVED':
			return sent(me, emit({...me, state: 'FIN_WAIT_1'}, ['FIN']), 'ok.finSynReceived');
		case 'ESTABLISHED':
		case 'CLOSE_WAIT': {
			const settled = settle(me);
			if (settled.state === 'CLOSE_WAIT') {
				const key = me.state === 'ESTABLISHED' ? 'ok.finAckBoth' : 'ok.finCloseWait';
				return sent(me, emit({...settled, state: 'LAST_ACK'}, ['FIN']), key);
			}
			return sent(me, emit({...settled, state: 'FIN_WAIT_1'}, ['FIN']), 'ok.finEstablished');
		}
		case 'FIN_WAIT_1':
		case 'FIN_WAIT_2':
		case 'CLOSING':
		case 'LAST_ACK':
		case 'TIME_WAIT':
			return reject('no.fin.alreadySent', me);
	}
}

function actData(me: Endpoint, length: number): Acted {
	switch (me.state) {
		case 'CLOSED':
		case 'LISTEN':
			return reject('no.data.noConnection', me);
		case 'SYN_SENT':
			if (obligationOf(me) === 'ackForSynAck') {
				return sent(me, emitSettled(me, [], length), 'ok.dataAfterSynAck');
			}
			return reject('no.data.handshake', me);
		case 'SYN_RECEIVED':
			return reject('no.data.handshake', me);
		case 'ESTABLISHED':
			return sent(me, emitSettled(me, [], length), me.peerFin ? 'ok.dataAckFin' : 'ok.data');
		case 'CLOSE_WAIT':
			return sent(me, emitSettled(me, [], length), 'ok.dataCloseWait');
		case 'FIN_WAIT_1':
		case 'FIN_WAIT_2':
			return reject('no.data.finWait', me);
		case 'CLOSING':
		case 'LAST_ACK':
		case 'TIME_WAIT':
			return reject('no.data.finSent', me);
	}
}

function actRst(me: Endpoint): Acted {
	switch (me.state) {
		case 'CLOSED':
			return reject('no.rst.closed', me);
		case 'LISTEN':
		case 'SYN_SENT':
			return local(me, freshEndpoint(me, 'CLOSED'), 'ok.abortQuiet');
		case 'SYN_RECEIVED':
		case 'ESTABLISHED':
		case 'FIN_WAIT_1':
		case 'FIN_WAIT_2':
		case 'CLOSE_WAIT': {
			const {segment} = emit(me, ['RST']);
			return sent(me, {me: freshEndpoint(me, 'CLOSED'), segment}, 'ok.abort');
		}
		case 'CLOSING':
		case 'LAST_ACK':
		case 'TIME_WAIT':
			return local(me, freshEndpoint(me, 'CLOSED'), 'ok.abortClosing');
	}
}

function actListen(me: Endpoint): Acted {
	if (me.state === 'CLOSED') return local(me, {...me, state: 'LISTEN', passive: true}, 'ok.listen');
	if (me.state === 'LISTEN') return reject('no.listen.already', me);
	return reject('no.listen.busy', me);
}

function actTimeout(me: Endpoint): Acted {
	if (me.state === 'TIME_WAIT') return local(me, freshEndpoint(me, 'CLOSED'), 'ok.timeWaitExpired');
	return reject('no.timeout.none', me);
}

function act(me: Endpoint, action: Action): Acted {
	switch (action.type) {
		case 'syn':
			return actSyn(me);
		case 'ack':
			return actAck(me);
		case 'fin':
			return actFin(me);
		case 'rst':
			return actRst(me);
		case 'data':
			return actData(me, action.length);
		case 'listen':
			return actListen(me);
		case 'timeout':
			return actTimeout(me);
	}
}

// ---------------------------------------------------------------------------------------------
// Arrivals: RFC 9293 §3.10.7, SEGMENT ARRIVES

type Received = {readonly me: Endpoint; readonly reply: Segment | null; readonly notes: Message[]};

function note(me: Endpoint, key: Message['key'], segment: Segment, extra: Message['params'] = {}) {
	return message(key, {
		me: me.side,
		state: me.state,
		seq: segment.seq,
		ack: segment.ack ?? '',
		len: segment.len,
		rcvNxt: me.rcvNxt ?? '',
		...extra,
	});
}

/** <SEQ=SEG.ACK><CTL=RST>, or for a segment without ACK <SEQ=0><ACK=SEG.SEQ+SEG.LEN><CTL=RST,ACK>. */
function resetFor(me: Endpoint, segment: Segment): Segment {
	const base = {from: me.side, to: segment.from, len: 0};
	if (segment.ack !== null) return {...base, flags: ['RST'], seq: segment.ack, ack: null};
	return {...base, flags: ['RST', 'ACK'], seq: 0, ack: seqAdd(segment.seq, segmentLength(segment))};
}

function answerWithReset(me: Endpoint, segment: Segment, key: Message['key']): Received {
	if (has(segment, 'RST')) return {me, reply: null, notes: [note(me, 'in.rstIgnored', segment)]};
	return {me, reply: resetFor(me, segment), notes: [note(me, key, segment)]};
}

function ignore(me: Endpoint, segment: Segment, key: Message['key']): Received {
	return {me, reply: null, notes: [note(me, key, segment)]};
}

function reAck(me: Endpoint, segment: Segment, key: Message['key']): Received {
	if (has(segment, 'RST')) return ignore(me, segment, 'in.rstOutOfWindow');
	const {me: after, segment: reply} = emitSettled(me, []);
	return {me: after, reply, notes: [note(me, key, segment)]};
}

function receiveClosed(me: Endpoint, segment: Segment): Received {
	return answerWithReset(me, segment, 'in.closedRefuses');
}

function receiveListen(me: Endpoint, segment: Segment): Received {
	if (has(segment, 'RST')) return ignore(me, segment, 'in.rstIgnored');
	if (segment.ack !== null) return answerWithReset(me, segment, 'in.listenAck');
	if (!has(segment, 'SYN')) return ignore(me, segment, 'in.dropped');
	if (owesAck(me) && segment.seq === me.irs) return ignore(me, segment, 'in.listenSynAgain');
	const rcvNxt = seqAdd(segment.seq, 1);
	if (owesAck(me)) {
		return {
			me: {...me, irs: segment.seq, rcvNxt},
			reply: null,
			notes: [note(me, 'in.listenNewSyn', segment, {irs: segment.seq, old: me.irs ?? ''})],
		};
	}
	return {
		me: {...me, irs: segment.seq, rcvNxt},
		reply: null,
		notes: [note(me, 'in.listenSyn', segment, {irs: segment.seq, rcvNxt})],
	};
}

function receiveSynSent(me: Endpoint, segment: Segment): Received {
	if (obligationOf(me) === 'ackForSynAck') return receiveBeforeOwnAck(me, segment);
	const ackOk = segment.ack === null ? null : segment.ack === me.sndNxt;
	if (ackOk === false) {
		return answerWithReset(me, segment, 'in.synSentBadAck');
	}
	if (has(segment, 'RST')) {
		if (!ackOk) return ignore(me, segment, 'in.rstIgnored');
		return {
			me: freshEndpoint(me, 'CLOSED'),
			reply: null,
			notes: [note(me, 'in.refused', segment)],
		};
	}
	if (!has(segment, 'SYN')) return ignore(me, segment, 'in.dropped');
	if (me.irs !== null) {
		return ignore(me, segment, segment.seq === me.irs ? 'in.synAgain' : 'in.otherSyn');
	}
	const rcvNxt = seqAdd(segment.seq, 1);
	const learned = {...me, irs: segment.seq, rcvNxt};
	if (ackOk) {
		return {
			me: {...learned, sndUna: me.sndNxt},
			reply: null,
			notes: [note(me, 'in.synAck', segment, {irs: segment.seq, rcvNxt})],
		};
	}
	return {
		me: learned,
		reply: null,
		notes: [note(me, 'in.simultaneousSyn', segment, {irs: segment.seq, rcvNxt})],
	};
}

/**
 * A client holding the SYN,ACK has, for its TCP, finished the handshake (a real stack would
 * already be ESTABLISHED); only the student's ACK is missing. Segments that arrive meanwhile are
 * processed as in ESTABLISHED, and the state stays SYN_SENT until that ACK goes out.
 */
function receiveBeforeOwnAck(me: Endpoint, segment: Segment): Received {
	const received = receiveOpen({...me, state: 'ESTABLISHED'}, segment);
	const next =
		received.me.state === 'ESTABLISHED'
			? {...received.me, state: 'SYN_SENT' as const}
			: received.me;
	return {...received, me: next};
}

/** RCV.WND: how far past RCV.NXT a zero-length segment or an RST may start and still be in the window. */
export const receiveWindow = 65_535;

function inWindow(me: Endpoint, seq: number): boolean {
	const rcvNxt = me.rcvNxt ?? 0;
	return seqLe(rcvNxt, seq) && seqLt(seq, seqAdd(rcvNxt, receiveWindow));
}

/** SYN_RECEIVED and the synchronized states: the checks of §3.10.7.4 in their order. */
function receiveOpen(me: Endpoint, original: Segment): Received {
	const rcvNxt = me.rcvNxt ?? 0;
	// A SYN,ACK whose SYN we already hold (simultaneous open, Figure 8 line 6): trim the SYN off
	// and process the rest, as the RFC allows for segments that begin before RCV.NXT.
	const segment =
		has(original, 'SYN') && original.seq === me.irs
			? {...original, flags: original.flags.filter((flag) => flag !== 'SYN'), seq: rcvNxt}
			: original;
	const length = segmentLength(segment);

	// First: the sequence number. A zero-length segment is acceptable anywhere in the window; one
	// that carries SYN, FIN or data only at RCV.NXT itself, since we keep no out-of-order queue.
	const acceptable = length === 0 ? inWindow(me, segment.seq) : segment.seq === rcvNxt;
	if (!acceptable && !has(segment, 'RST')) {
		const old = seqLe(seqAdd(segment.seq, Math.max(length, 1)), rcvNxt);
		return reAck(me, original, old ? 'in.duplicate' : 'in.outOfOrder');
	}
	// Second: RST. Only an exact match resets; elsewhere in the window it earns a challenge ACK
	// (RFC 5961 §3.2, adopted by RFC 9293), and outside it is dropped.
	if (has(segment, 'RST')) {
		if (segment.seq !== rcvNxt) {
			if (!inWindow(me, segment.seq)) return ignore(me, original, 'in.rstOutOfWindow');
			const {me: after, segment: reply} = emitSettled(me, []);
			return {me: after, reply, notes: [note(me, 'in.rstChallenge', original)]};
		}
		if (me.state === 'SYN_RECEIVED' && me.passive) {
			return {
				me: freshEndpoint(me, 'LISTEN'),
				reply: null,
				notes: [note(me, 'in.rstToListen', segment)],
			};
		}
		return {me: freshEndpoint(me, 'CLOSED'), reply: null, notes: [note(me, 'in.reset', segment)]};
	}
	// Fourth: a SYN inside the window gets a challenge ACK (RFC 5961 §4, adopted by RFC 9293).
	if (has(segment, 'SYN')) return reAck(me, original, 'in.challengeAck');
	// Fifth: the ACK field.
	if (segment.ack === null) return ignore(me, original, 'in.noAck');
	const notes: Message[] = [];
	let next = me;
	const acksNew = seqLt(me.sndUna, segment.ack) && seqLe(segment.ack, me.sndNxt);
	if (seqLt(me.sndNxt, segment.ack)) {
		if (me.state === 'SYN_RECEIVED') return answerWithReset(me, original, 'in.synReceivedBadAck');
		return reAck(me, original, 'in.ackTooHigh');
	}
	if (me.state === 'SYN_RECEIVED') {
		if (!acksNew) return answerWithReset(me, original, 'in.synReceivedBadAck');
		next = {...next, state: 'ESTABLISHED', sndUna: segment.ack};
		notes.push(note(me, 'in.synAcked', segment));
	} else if (acksNew) {
		next = {...next, sndUna: segment.ack};
		const finAcked = allAcked(next);
		if (me.state === 'FIN_WAIT_1' && finAcked) {
			next = {...next, state: 'FIN_WAIT_2'};
			notes.push(note(me, 'in.finAckedWait2', segment));
		} else if (me.state === 'CLOSING' && finAcked) {
			next = {...next, state: 'TIME_WAIT'};
			notes.push(note(me, 'in.finAckedClosing', segment));
		} else if (me.state === 'LAST_ACK' && finAcked) {
			return {
				me: freshEndpoint(me, 'CLOSED'),
				reply: null,
				notes: [note(me, 'in.finAckedLastAck', segment)],
			};
		} else {
			notes.push(note(me, 'in.dataAcked', segment));
		}
	}
	// Seventh: the segment text. After the peer's FIN there can be none; it is ignored.
	if (segment.len > 0) {
		if (next.peerFin) {
			notes.push(note(me, 'in.dataAfterFin', segment));
		} else {
			next = {
				...next,
				rcvNxt: seqAdd(rcvNxt, segment.len),
				bytesReceived: next.bytesReceived + segment.len,
			};
			notes.push(note(me, 'in.data', segment));
		}
	}
	// Eighth: FIN.
	if (has(segment, 'FIN') && !next.peerFin) {
		next = {...next, rcvNxt: seqAdd(next.rcvNxt ?? rcvNxt, 1), peerFin: true};
		notes.push(note(next, 'in.fin', segment));
	}
	if (notes.length === 0) notes.push(note(me, 'in.pureAck', segment));
	return {me: next, reply: null, notes};
}

function receive(me: Endpoint, segment: Segment): Received {
	switch (me.state) {
		case 'CLOSED':
			return receiveClosed(me, segment);
		case 'LISTEN':
			return receiveListen(me, segment);
		case 'SYN_SENT':
			return receiveSynSent(me, segment);
		case 'SYN_RECEIVED':
		case 'ESTABLISHED':
		case 'FIN_WAIT_1':
		case 'FIN_WAIT_2':
		case 'CLOSE_WAIT':
		case 'CLOSING':
		case 'LAST_ACK':
		case 'TIME_WAIT':
			return receiveOpen(me, segment);
	}
}

// ---------------------------------------------------------------------------------------------
// A whole move: the student's action, then instant delivery of everything it set off

/** Bounds a chain of automatic replies; two well-behaved stacks never get close to it. */
const maxCrossings = 16;

export function statesOf(connection: Connection): StatePair {
	return {client: connection.client.state, server: connection.server.state};
}

function changedBetween(before: StatePair, after: StatePair): Side[] {
	return (['client', 'server'] as const).filter((side) => before[side] !== after[side]);
}

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
	return ourSynSent(endpoint) ? endpoint.iss : null;
}

type Queued = {readonly segment: Segment; readonly sender: Endpoint; readonly note: Message | null};

/** Deliver segments in order, and the automatic replies they provoke, until nothing is left. */
function deliverQueue(
	connection: Connection,
	initial: readonly Queued[],
	happenings: Happening[],
	{firstAuto, before: start}: {firstAuto: boolean; before: StatePair},
): Connection {
	let current = connection;
	let before = start;
	const queue = [...initial];
	for (const [index, {segment, sender, note: sendNote}] of queue.entries()) {
		if (index >= maxCrossings) break;
		const receiver = current[segment.to];
		const received = receive(receiver, segment);
		current = {...current, [segment.to]: received.me};
		const after = statesOf(current);
		happenings.push({
			segment,
			auto: index > 0 || firstAuto,
			states: after,
			changed: changedBetween(before, after),
			isn: {
				[segment.from]: isnInForce(sender, segment),
				[segment.to]: isnInForce(receiver, null),
			} as Record<Side, number | null>,
			notes: sendNote ? [sendNote, ...received.notes] : received.notes,
		});
		before = after;
		if (received.reply) queue.push({segment: received.reply, sender: receiver, note: null});
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

export function transition(connection: Connection, move: Move): Transition {
	const mover = connection[move.side];
	const acted = act(mover, move.action);
	if (!acted.ok) {
		return {
			connection,
			segments: [],
			happenings: [],
			verdict: {ok: false, because: acted.reason, validNow: validActions(connection, move.side)},
		};
	}
	const current: Connection = {...connection, [move.side]: acted.me};
	const happenings: Happening[] = [];
	if (acted.segment === null) {
		happenings.push({
			segment: null,
			auto: false,
			states: statesOf(current),
			changed: changedBetween(statesOf(connection), statesOf(current)),
			isn: {client: null, server: null},
			notes: [acted.note],
		});
		return accepted(current, happenings);
	}
	// Changes are measured from the states before the move, so the mover's own change shows.
	const delivered = deliverQueue(
		current,
		[{segment: acted.segment, sender: mover, note: acted.note}],
		happenings,
		{firstAuto: false, before: statesOf(connection)},
	);
	return accepted(delivered, happenings);
}

/**
 * A segment arrives from the network rather than from a move: a delayed duplicate, a crafted
 * segment in a test, or (later) one held in flight. The receiver and any replies act as in §3.10.7.
 */
export function deliver(connection: Connection, segment: Segment): Transition {
	const happenings: Happening[] = [];
	const delivered = deliverQueue(
		connection,
		[{segment, sender: connection[segment.from], note: null}],
		happenings,
		{firstAuto: true, before: statesOf(connection)},
	);
	return accepted(delivered, happenings);
}
