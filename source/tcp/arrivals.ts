// Segment arrivals: RFC 9293 §3.10.7, SEGMENT ARRIVES, and the replies a real stack sends itself.
import {allAcked, type Endpoint, freshEndpoint, obligationOf, owesAck} from './endpoint.js';
import {type Message, message} from './message.js';
import {has, type Segment, segmentLength, seqAdd, seqLe, seqLt} from './segment.js';
import {emitSettled} from './sending.js';

export type Received = {
	readonly me: Endpoint;
	readonly reply: Segment | null;
	readonly notes: Message[];
};

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
	// A SYN to a closed port is refused; anything else finds a connection that no longer exists.
	return answerWithReset(me, segment, has(segment, 'SYN') ? 'in.closedRefuses' : 'in.closedResets');
}

function receiveListen(me: Endpoint, segment: Segment): Received {
	if (has(segment, 'RST')) return ignore(me, segment, 'in.rstIgnored');
	if (segment.ack !== null) return answerWithReset(me, segment, 'in.listenAck');
	if (!has(segment, 'SYN')) return ignore(me, segment, 'in.dropped');
	if (owesAck(me) && segment.seq === me.irs) return ignore(me, segment, 'in.listenSynAgain');
	// A SYN with another ISN while one waits: the peer started over, and the new one replaces it.
	const key = owesAck(me) ? 'in.listenNewSyn' : 'in.listenSyn';
	const rcvNxt = seqAdd(segment.seq, 1);
	return {
		me: {...me, irs: segment.seq, rcvNxt},
		reply: null,
		notes: [note(me, key, segment, {irs: segment.seq, rcvNxt, old: me.irs ?? ''})],
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
		if (segment.seq !== me.irs) return ignore(me, segment, 'in.otherSyn');
		if (!ackOk) return ignore(me, segment, 'in.synAgain');
		// Simultaneous open: the peer's SYN,ACK acknowledges our SYN before we answered its SYN.
		return {
			me: {...me, sndUna: me.sndNxt},
			reply: null,
			notes: [note(me, 'in.synAck', segment, {irs: me.irs, rcvNxt: me.rcvNxt ?? ''})],
		};
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
	// Unless its TCP already answered with an ACK (a duplicate, say), the ACK is still the student's.
	const stillOwed = received.me.state === 'ESTABLISHED' && owesAck(received.me);
	return stillOwed ? {...received, me: {...received.me, state: 'SYN_SENT'}} : received;
}

/** RCV.WND: how far past RCV.NXT a zero-length segment or an RST may start and still be in the window. */
const receiveWindow = 65_535;

function inWindow(me: Endpoint, seq: number): boolean {
	const rcvNxt = me.rcvNxt ?? 0;
	return seqLe(rcvNxt, seq) && seqLt(seq, seqAdd(rcvNxt, receiveWindow));
}

/** SYN_RECEIVED and the synchronized states: the checks of §3.10.7.4 in their order. */
function receiveOpen(me: Endpoint, original: Segment): Received {
	const rcvNxt = me.rcvNxt ?? 0;
	// In SYN_RECEIVED, a SYN,ACK whose SYN we already hold (simultaneous open, Figure 7 line 6):
	// trim the SYN off and process its ACK, as the RFC allows for segments that begin before
	// RCV.NXT. Anywhere else a SYN again is an old duplicate: answered with an ACK below, which is
	// also how a lost third ACK of the handshake gets sent again.
	const segment =
		me.state === 'SYN_RECEIVED' &&
		has(original, 'SYN') &&
		original.ack !== null &&
		original.seq === me.irs
			? {...original, flags: original.flags.filter((flag) => flag !== 'SYN'), seq: rcvNxt}
			: original;
	const length = segmentLength(segment);
	// A SYN other than the peer's own is a new connection attempt on a synchronized one: RFC 5961
	// §4 (adopted by RFC 9293) answers it with a challenge ACK, whatever its sequence number.
	if (has(segment, 'SYN') && segment.seq !== me.irs && !has(segment, 'RST')) {
		if (me.state === 'SYN_RECEIVED' && me.passive) {
			return {
				me: freshEndpoint(me, 'LISTEN'),
				reply: null,
				notes: [note(me, 'in.synToListen', segment)],
			};
		}
		return reAck(me, original, 'in.challengeAck');
	}

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
		} else if (me.sndUna === me.iss) {
			notes.push(note(me, 'in.synAckedNow', segment));
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

export function receive(me: Endpoint, segment: Segment): Received {
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
