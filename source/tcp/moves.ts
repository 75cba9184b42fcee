// The student's moves: RFC 9293's user calls (§3.10.1–3.10.5), the segments an endpoint owes, and
// the timers (§3.10.8). Only OPEN, CLOSE, ABORT and the 2MSL timeout change a state here; sending
// what an arrival made owed never does.
import type {Action} from './action.js';
import {
	type Endpoint,
	freshEndpoint,
	type Obligation,
	obligationOf,
	ourSynSent,
} from './endpoint.js';
import {type Message, message} from './message.js';
import type {Segment} from './segment.js';
import {emit, retransmission, type Sent} from './sending.js';

export type Acted =
	| {
			readonly ok: true;
			readonly me: Endpoint;
			readonly segment: Segment | null;
			readonly notes: readonly Message[];
			/** The segment is a copy sent again when the retransmission timer expired. */
			readonly retransmission?: boolean;
	  }
	| {readonly ok: false; readonly reason: Message};

function reject(key: Message['key'], me: Endpoint, rcvNxt?: number): Acted {
	const params: Message['params'] =
		rcvNxt === undefined ? {me: me.side, state: me.state} : {me: me.side, state: me.state, rcvNxt};
	return {ok: false, reason: message(key, params)};
}

function sentNote(before: Endpoint, {me, segment}: Sent, key: Message['key']): Message {
	return message(key, {
		me: before.side,
		from: before.state,
		to: me.state,
		seq: segment.seq,
		ack: segment.ack ?? '',
		iss: me.iss,
		irs: me.irs ?? '',
		len: segment.len,
	});
}

/**
 * A segment leaves. If its ACK field paid an acknowledgment the endpoint owed (and the move was not
 * that ACK itself), the explanation says so: the owed ACK rides on the segment.
 */
function sent(before: Endpoint, result: Sent, key: Message['key'], paysOwed = true): Acted {
	const notes = [sentNote(before, result, key)];
	const owed = obligationOf(before);
	if (paysOwed && owed !== 'none' && obligationOf(result.me) === 'none') {
		notes.push(message(owedPaidKeys[owed], {me: before.side, ack: result.segment.ack ?? ''}));
	}
	return {ok: true, me: result.me, segment: result.segment, notes};
}

const owedPaidKeys = {
	synAckForSyn: 'ok.paysAckSynAck',
	ackForSynAck: 'ok.paysAckSynAck',
	ackForFin: 'ok.paysAckFin',
	ackForData: 'ok.paysAckData',
} as const satisfies Record<Exclude<Obligation, 'none'>, Message['key']>;

function local(before: Endpoint, me: Endpoint, key: Message['key']): Acted {
	return {
		ok: true,
		me,
		segment: null,
		notes: [message(key, {me: before.side, from: before.state, to: me.state})],
	};
}

/** The SYN,ACK that SYN_RECEIVED owes: its own SYN (again, in a simultaneous open) with the ACK. */
function synAck(me: Endpoint): Acted {
	if (me.twoWay) {
		return sent(me, emit({...me, state: 'ESTABLISHED'}, ['SYN']), 'ok.synAckTwoWay', false);
	}
	const key = ourSynSent(me) ? 'ok.synAckSimultaneous' : 'ok.synAck';
	return sent(me, emit(me, ['SYN']), key, false);
}

function actSyn(me: Endpoint): Acted {
	switch (me.state) {
		case 'CLOSED':
			return sent(me, emit({...me, state: 'SYN_SENT', passive: false}, ['SYN']), 'ok.activeOpen');
		case 'LISTEN':
			return sent(me, emit({...me, state: 'SYN_SENT', passive: false}, ['SYN']), 'ok.listenSend');
		case 'SYN_SENT':
			return reject('no.syn.alreadySent', me);
		case 'SYN_RECEIVED':
			if (obligationOf(me) === 'synAckForSyn') return synAck(me);
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
			// In a simultaneous open the SYN is already out, and the ACK can only go with it again.
			if (ourSynSent(me)) return synAck(me);
			return reject('no.ack.bareAckToSyn', me);
		case 'ackForSynAck':
			return sent(me, emit(me, []), 'ok.ackSynAck', false);
		case 'ackForFin':
			return sent(me, emit(me, []), 'ok.ackFin', false);
		case 'ackForData':
			return sent(me, emit(me, []), 'ok.ackData', false);
		case 'none':
			if (me.state === 'CLOSED' || me.state === 'LISTEN') return reject('no.ack.noConnection', me);
			if (me.rcvNxt === null) return reject('no.ack.nothingReceived', me);
			if (me.state === 'TIME_WAIT') return reject('no.ack.timeWait', me);
			return reject('no.ack.allAcked', me, me.rcvNxt);
	}
}

function actFin(me: Endpoint): Acted {
	switch (me.state) {
		case 'CLOSED':
			return reject('no.fin.closed', me);
		case 'LISTEN':
			return local(me, freshEndpoint(me, 'CLOSED'), 'ok.closeListen');
		case 'SYN_SENT':
			return local(me, freshEndpoint(me, 'CLOSED'), 'ok.closeSynSent');
		case 'SYN_RECEIVED':
			if (obligationOf(me) === 'synAckForSyn') return reject('no.fin.owesSynAck', me);
			return sent(me, emit({...me, state: 'FIN_WAIT_1'}, ['FIN']), 'ok.finSynReceived');
		case 'ESTABLISHED':
			return sent(me, emit({...me, state: 'FIN_WAIT_1'}, ['FIN']), 'ok.finEstablished');
		case 'CLOSE_WAIT':
			// The FIN,ACK that also pays the owed ACK of the peer's FIN: the three-way close.
			if (obligationOf(me) === 'ackForFin') {
				return sent(me, emit({...me, state: 'LAST_ACK'}, ['FIN']), 'ok.finAckBoth', false);
			}
			return sent(me, emit({...me, state: 'LAST_ACK'}, ['FIN']), 'ok.finCloseWait');
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
		case 'SYN_RECEIVED':
			return reject('no.data.handshake', me);
		case 'ESTABLISHED':
			return sent(me, emit(me, [], length), 'ok.data');
		case 'CLOSE_WAIT':
			return sent(me, emit(me, [], length), 'ok.dataCloseWait');
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
			// RFC 9293 §3.10.5: no RST from these states; the TCB is simply deleted.
			return local(me, freshEndpoint(me, 'CLOSED'), 'ok.abortQuiet');
		case 'SYN_RECEIVED':
		case 'ESTABLISHED':
		case 'FIN_WAIT_1':
		case 'FIN_WAIT_2':
		case 'CLOSE_WAIT': {
			const {segment} = emit(me, ['RST']);
			return sent(me, {me: freshEndpoint(me, 'CLOSED'), segment}, 'ok.abort', false);
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

/** The 2MSL timer in TIME_WAIT; elsewhere the retransmission timer, in every delivery mode. */
function actTimeout(me: Endpoint): Acted {
	if (me.state === 'TIME_WAIT') return local(me, freshEndpoint(me, 'CLOSED'), 'ok.timeWaitExpired');
	if (!ourSynSent(me)) return reject('no.timeout.nothingSent', me);
	const again = retransmission(me);
	if (!again) return reject('no.timeout.allAcked', me);
	const result = sent(me, again, 'ok.retransmit');
	return result.ok ? {...result, retransmission: true} : result;
}

export function act(me: Endpoint, action: Action): Acted {
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
