// Segment arrivals: RFC 9293 §3.10.7, SEGMENT ARRIVES, step by step in the RFC's order. The state
// changes when the segment arrives; what the endpoint must send in answer becomes an obligation
// (endpoint.ts), except the replies its TCP sends by itself (RSTs, and the ACKs that answer an
// unacceptable segment, a challenge or a gap), which leave at once.
import {
	allAcked,
	type Endpoint,
	freshEndpoint,
	type Held,
	obligationOf,
	peerFinReceived,
} from './endpoint.js';
import {type Message, message} from './message.js';
import {has, type Segment, segmentLength, seqAdd, seqDiff, seqLe, seqLt} from './segment.js';
import {emit} from './sending.js';
import type {State} from './states.js';

export type Received = {
	readonly me: Endpoint;
	readonly reply: Segment | null;
	readonly notes: readonly Message[];
};

function note(me: Endpoint, key: Message['key'], segment: Segment, extra: Message['params'] = {}) {
	return message(key, {
		me: me.side,
		state: me.state,
		seq: segment.seq,
		ack: segment.ack ?? '',
		len: segment.len,
		rcvNxt: me.rcvNxt ?? '',
		iss: me.iss,
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
	if (has(segment, 'RST')) return ignore(me, segment, 'in.rstIgnored');
	return {me, reply: resetFor(me, segment), notes: [note(me, key, segment)]};
}

function ignore(me: Endpoint, segment: Segment, key: Message['key']): Received {
	return {me, reply: null, notes: [note(me, key, segment)]};
}

/**
 * <SEQ=SND.NXT><ACK=RCV.NXT><CTL=ACK>, sent by the TCP itself. Not while the endpoint still owes
 * its SYN,ACK: nothing may leave before its SYN, so the segment is only dropped.
 */
function reAck(me: Endpoint, segment: Segment, key: Message['key']): Received {
	if (obligationOf(me) === 'synAckForSyn') return ignore(me, segment, 'in.droppedOwesSynAck');
	const {me: after, segment: reply} = emit(me, []);
	return {me: after, reply, notes: [note(me, key, segment)]};
}

/** The state changed: one sentence names the arc, from the state that was on screen. */
function withArc(before: Endpoint, received: Received): Received {
	if (received.me.state === before.state) return received;
	const arc = message('in.arc', {me: before.side, from: before.state, to: received.me.state});
	return {...received, notes: [...received.notes, arc]};
}

function receiveClosed(me: Endpoint, segment: Segment): Received {
	// A SYN to a closed port is refused; anything else finds a connection that no longer exists.
	return answerWithReset(me, segment, has(segment, 'SYN') ? 'in.closedRefuses' : 'in.closedResets');
}

function receiveListen(me: Endpoint, segment: Segment): Received {
	if (has(segment, 'RST')) return ignore(me, segment, 'in.rstIgnored');
	if (segment.ack !== null) return answerWithReset(me, segment, 'in.listenAck');
	if (!has(segment, 'SYN')) return ignore(me, segment, 'in.dropped');
	const rcvNxt = seqAdd(segment.seq, 1);
	return {
		me: {...me, state: 'SYN_RECEIVED', passive: true, irs: segment.seq, rcvNxt},
		reply: null,
		notes: [note(me, 'in.listenSyn', segment, {irs: segment.seq, rcvNxt})],
	};
}

function receiveSynSent(me: Endpoint, segment: Segment): Received {
	// First, the ACK: it must acknowledge our SYN and nothing beyond it.
	const ackOk =
		segment.ack === null ? null : seqLt(me.iss, segment.ack) && seqLe(segment.ack, me.sndNxt);
	if (ackOk === false) return answerWithReset(me, segment, 'in.synSentBadAck');
	// Second, RST: only one that acknowledges our SYN is an answer to it.
	if (has(segment, 'RST')) {
		if (!ackOk) return ignore(me, segment, 'in.rstIgnored');
		return {
			me: freshEndpoint(me, 'CLOSED'),
			reply: null,
			notes: [note(me, 'in.refused', segment)],
		};
	}
	// Fourth, SYN. Fifth: neither SYN nor RST, drop.
	if (!has(segment, 'SYN')) return ignore(me, segment, 'in.dropped');
	const rcvNxt = seqAdd(segment.seq, 1);
	const learned = {...me, irs: segment.seq, rcvNxt};
	if (ackOk && segment.ack !== null) {
		const established: Endpoint = {...learned, state: 'ESTABLISHED', sndUna: segment.ack};
		const notes = [note(me, 'in.synAck', segment, {irs: segment.seq, rcvNxt})];
		// Other controls or text continue at the sixth step of §3.10.7.4.
		return receiveText(established, {...segment, seq: rcvNxt, flags: withoutSyn(segment)}, notes);
	}
	return {
		me: {...learned, state: 'SYN_RECEIVED'},
		reply: null,
		notes: [note(me, 'in.simultaneousSyn', segment, {irs: segment.seq, rcvNxt})],
	};
}

function withoutSyn(segment: Segment): Segment['flags'] {
	return segment.flags.filter((flag) => flag !== 'SYN');
}

/** RCV.WND: how far past RCV.NXT a segment may reach and still be in the window. */
export const receiveWindow = 65_535;

function inWindow(rcvNxt: number, seq: number): boolean {
	return seqLe(rcvNxt, seq) && seqLt(seq, seqAdd(rcvNxt, receiveWindow));
}

/** Table 6 of §3.10.7.4: the segment's first or last octet must fall in the receive window. */
function acceptable(rcvNxt: number, segment: Segment): boolean {
	const length = segmentLength(segment);
	if (length === 0) return inWindow(rcvNxt, segment.seq);
	return inWindow(rcvNxt, segment.seq) || inWindow(rcvNxt, seqAdd(segment.seq, length - 1));
}

/** "If a segment's contents straddle the boundary between old and new, only the new parts are processed." */
function trimmed(segment: Segment, rcvNxt: number): Segment {
	let old = seqDiff(segment.seq, rcvNxt);
	let flags = segment.flags;
	if (has(segment, 'SYN')) {
		flags = withoutSyn(segment);
		old -= 1;
	}
	const cut = Math.min(old, segment.len);
	return {...segment, flags, seq: rcvNxt, len: segment.len - cut};
}

function rejectedKey(me: Endpoint, segment: Segment, rcvNxt: number): Message['key'] {
	if (me.state === 'TIME_WAIT' && has(segment, 'FIN')) return 'in.finAgainTimeWait';
	const old = seqLe(seqAdd(segment.seq, Math.max(segmentLength(segment), 1)), rcvNxt);
	if (has(segment, 'SYN')) return old ? 'in.synDuplicate' : 'in.synOutOfWindow';
	return old ? 'in.duplicate' : 'in.outOfWindow';
}

/** SYN_RECEIVED and the synchronized states: the checks of §3.10.7.4 in their order. */
function receiveOpen(me: Endpoint, original: Segment): Received {
	const rcvNxt = me.rcvNxt ?? 0;
	// In SYN_RECEIVED, a SYN,ACK whose SYN we already hold (simultaneous open, Figure 7 line 6):
	// the SYN is old and is trimmed off, and its ACK is processed.
	const figure7 =
		me.state === 'SYN_RECEIVED' &&
		has(original, 'SYN') &&
		original.ack !== null &&
		original.seq === me.irs;
	let segment = figure7 ? trimmed(original, rcvNxt) : original;

	// First: the sequence number. An unacceptable segment is answered with an ACK and dropped.
	if (!acceptable(rcvNxt, segment)) {
		if (has(segment, 'RST')) return ignore(me, original, 'in.rstOutOfWindow');
		if (has(segment, 'SYN') && segment.seq === me.irs && obligationOf(me) === 'synAckForSyn') {
			return ignore(me, original, 'in.synAgain');
		}
		return reAck(me, original, rejectedKey(me, original, rcvNxt));
	}
	const notes: Message[] = [];
	if (seqLt(segment.seq, rcvNxt)) {
		segment = trimmed(segment, rcvNxt);
		notes.push(note(me, 'in.trimmed', original, {cut: seqDiff(original.seq, rcvNxt)}));
	}
	// Second: RST. Only an exact match resets; elsewhere in the window it earns a challenge ACK
	// (RFC 5961 §3.2, adopted by RFC 9293).
	if (has(segment, 'RST')) {
		if (segment.seq !== rcvNxt) return reAck(me, original, 'in.rstChallenge');
		return receiveReset(me, original);
	}
	// Fourth: SYN.
	if (has(segment, 'SYN')) {
		if (me.state === 'SYN_RECEIVED' && me.passive) {
			return {
				me: freshEndpoint(me, 'LISTEN'),
				reply: null,
				notes: [note(me, 'in.synToListen', original)],
			};
		}
		return reAck(me, original, 'in.challengeAck');
	}
	// Fifth: the ACK field.
	if (segment.ack === null) return ignore(me, original, 'in.noAck');
	let next = me;
	if (me.state === 'SYN_RECEIVED') {
		if (!(seqLt(me.sndUna, segment.ack) && seqLe(segment.ack, me.sndNxt))) {
			return answerWithReset(me, original, 'in.synReceivedBadAck');
		}
		next = {...next, state: 'ESTABLISHED', sndUna: segment.ack};
		notes.push(note(me, 'in.synAcked', segment));
	} else {
		if (seqLt(me.sndNxt, segment.ack)) return reAck(me, original, 'in.ackTooHigh');
		if (seqLt(me.sndUna, segment.ack)) {
			next = {...next, sndUna: segment.ack};
			const finAcked = allAcked(next);
			if (me.state === 'LAST_ACK' && finAcked) {
				return {
					me: freshEndpoint(me, 'CLOSED'),
					reply: null,
					notes: [note(me, 'in.finAckedLastAck', segment)],
				};
			}
			if (me.state === 'FIN_WAIT_1' && finAcked) {
				next = {...next, state: 'FIN_WAIT_2'};
				notes.push(note(me, 'in.finAcked', segment));
			} else if (me.state === 'CLOSING' && finAcked) {
				next = {...next, state: 'TIME_WAIT'};
				notes.push(note(me, 'in.finAckedClosing', segment));
			} else {
				notes.push(note(me, 'in.dataAcked', segment));
			}
		}
	}
	return receiveText(next, segment, notes);
}

/** Second step, RST at RCV.NXT: the connection ends, or a passive SYN_RECEIVED returns to LISTEN. */
function receiveReset(me: Endpoint, segment: Segment): Received {
	if (me.state === 'SYN_RECEIVED') {
		if (me.passive) {
			return {
				me: freshEndpoint(me, 'LISTEN'),
				reply: null,
				notes: [note(me, 'in.rstToListen', segment)],
			};
		}
		return {
			me: freshEndpoint(me, 'CLOSED'),
			reply: null,
			notes: [note(me, 'in.refusedSynReceived', segment)],
		};
	}
	const key = peerFinReceived(me) || me.state === 'CLOSING' ? 'in.resetClosing' : 'in.reset';
	return {me: freshEndpoint(me, 'CLOSED'), reply: null, notes: [note(me, key, segment)]};
}

const receivesText = new Set<State>(['ESTABLISHED', 'FIN_WAIT_1', 'FIN_WAIT_2']);

/**
 * Seventh and eighth steps: the text and the FIN. A segment that starts beyond RCV.NXT is held
 * (SHLD-31) and its TCP acknowledges RCV.NXT at once (MAY-13), which tells the peer of the gap.
 */
function receiveText(me: Endpoint, segment: Segment, notes: Message[]): Received {
	const rcvNxt = me.rcvNxt ?? 0;
	const carries = segment.len > 0 || has(segment, 'FIN');
	if (carries && segment.seq !== rcvNxt) {
		const held = holding(me.held, {seq: segment.seq, len: segment.len, fin: has(segment, 'FIN')});
		const {me: after, segment: reply} = emit({...me, held}, []);
		notes.push(note(me, 'in.heldOutOfOrder', segment));
		return {me: after, reply, notes};
	}
	let next = accept(me, segment, notes);
	next = deliverHeld(next, notes);
	if (notes.length === 0) notes.push(note(me, 'in.pureAck', segment));
	return {me: next, reply: null, notes};
}

/**
 * Held pieces sorted by sequence number, so that the earliest fills the gap first. A piece that a
 * held one already covers (a duplicate arriving again) adds nothing, so the queue stays bounded.
 */
function holding(held: readonly Held[], piece: Held): readonly Held[] {
	const end = (at: Held) => seqAdd(at.seq, at.len);
	const covered = held.some(
		(other) =>
			seqLe(other.seq, piece.seq) &&
			seqLe(end(piece), end(other)) &&
			(!piece.fin || (other.fin && end(other) === end(piece))),
	);
	if (covered) return held;
	return [...held, piece].sort((a, b) => seqDiff(b.seq, a.seq));
}

/** Take the in-order segment's bytes and FIN. */
function accept(me: Endpoint, segment: Segment, notes: Message[]): Endpoint {
	const rcvNxt = me.rcvNxt ?? 0;
	let next = me;
	if (segment.len > 0) {
		if (receivesText.has(me.state)) {
			next = {
				...next,
				rcvNxt: seqAdd(rcvNxt, segment.len),
				bytesReceived: next.bytesReceived + segment.len,
			};
			notes.push(note(me, 'in.data', segment, {next: seqAdd(rcvNxt, segment.len)}));
		} else {
			notes.push(note(me, 'in.dataAfterFin', segment));
		}
	}
	if (has(segment, 'FIN')) next = receiveFin(next, segment, notes);
	return next;
}

/** Eighth step: RCV.NXT moves past the FIN, and the state follows what this side has done. */
function receiveFin(me: Endpoint, segment: Segment, notes: Message[]): Endpoint {
	// The FIN sits after the segment's bytes, which accept() already counted into RCV.NXT.
	const at = {...segment, seq: me.rcvNxt ?? 0};
	const rcvNxt = seqAdd(at.seq, 1);
	switch (me.state) {
		case 'SYN_RECEIVED':
		case 'ESTABLISHED':
			notes.push(note(me, 'in.fin', at, {rcvNxt}));
			return {...me, state: 'CLOSE_WAIT', rcvNxt};
		case 'FIN_WAIT_1':
			if (allAcked(me)) {
				notes.push(note(me, 'in.finTimeWait', at, {rcvNxt}));
				return {...me, state: 'TIME_WAIT', rcvNxt};
			}
			notes.push(note(me, 'in.finClosing', at, {rcvNxt}));
			return {...me, state: 'CLOSING', rcvNxt};
		case 'FIN_WAIT_2':
			notes.push(note(me, 'in.finTimeWait', at, {rcvNxt}));
			return {...me, state: 'TIME_WAIT', rcvNxt};
		default:
			// A second FIN cannot be at RCV.NXT: the first one moved RCV.NXT past it.
			return me;
	}
}

/** The gap is filled: held pieces that now start at or before RCV.NXT are taken in order. */
function deliverHeld(me: Endpoint, notes: Message[]): Endpoint {
	let next = me;
	for (;;) {
		const rcvNxt = next.rcvNxt ?? 0;
		const [first, ...rest] = next.held;
		if (!first || seqLt(rcvNxt, first.seq)) return next;
		next = {...next, held: rest};
		const end = seqAdd(first.seq, first.len);
		const fresh = seqLt(rcvNxt, end) ? seqDiff(rcvNxt, end) : 0;
		const piece: Segment = {
			from: me.side === 'client' ? 'server' : 'client',
			to: me.side,
			flags: first.fin && seqLe(rcvNxt, end) ? ['FIN', 'ACK'] : ['ACK'],
			seq: rcvNxt,
			ack: null,
			len: fresh,
		};
		if (fresh === 0 && !has(piece, 'FIN')) continue;
		notes.push(note(next, 'in.heldDelivered', piece, {from: first.seq}));
		next = accept(next, piece, notes);
	}
}

export function receive(me: Endpoint, segment: Segment): Received {
	switch (me.state) {
		case 'CLOSED':
			return receiveClosed(me, segment);
		case 'LISTEN':
			return withArc(me, receiveListen(me, segment));
		case 'SYN_SENT':
			return withArc(me, receiveSynSent(me, segment));
		case 'SYN_RECEIVED':
		case 'ESTABLISHED':
		case 'FIN_WAIT_1':
		case 'FIN_WAIT_2':
		case 'CLOSE_WAIT':
		case 'CLOSING':
		case 'LAST_ACK':
		case 'TIME_WAIT':
			return withArc(me, receiveOpen(me, segment));
	}
}
