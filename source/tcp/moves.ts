// The student's moves: RFC 9293's user calls (§3.10.1–3.10.5), and the segments they send.
import {type Endpoint, freshEndpoint, obligationOf, ourSynSent, owesAck} from './endpoint.js';
import type {Action} from './machine.js';
import {type Message, message} from './message.js';
import type {Segment} from './segment.js';
import {emit, emitSettled, retransmission, type Sent, settle} from './sending.js';

export type Acted =
	| {
			readonly ok: true;
			readonly me: Endpoint;
			readonly segment: Segment | null;
			readonly note: Message;
			/** The segment is a copy sent again when the retransmission timer expired. */
			readonly retransmission?: boolean;
	  }
	| {readonly ok: false; readonly reason: Message};

function reject(key: Message['key'], me: Endpoint, params: Message['params'] = {}): Acted {
	return {ok: false, reason: message(key, {me: me.side, state: me.state, ...params})};
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

function sent(before: Endpoint, result: Sent, key: Message['key']): Acted {
	return {ok: true, me: result.me, segment: result.segment, note: sentNote(before, result, key)};
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
	if (me.twoWay) return sent(me, emit({...me, state: 'ESTABLISHED'}, ['SYN']), 'ok.synAckTwoWay');
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
			return sent(me, emitSettled(me, []), me.peerFin ? 'ok.ackSynAckFin' : 'ok.ackSynAck');
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

/** CLOSE on a synchronized connection: from CLOSE_WAIT the FIN is the last word (LAST_ACK). */
function closedFrom(state: Endpoint['state']): 'LAST_ACK' | 'FIN_WAIT_1' {
	return state === 'CLOSE_WAIT' ? 'LAST_ACK' : 'FIN_WAIT_1';
}

function actFin(me: Endpoint): Acted {
	switch (me.state) {
		case 'CLOSED':
			return reject('no.fin.closed', me);
		case 'LISTEN':
			return local(me, freshEndpoint(me, 'CLOSED'), 'ok.closeListen');
		case 'SYN_SENT':
			if (obligationOf(me) === 'ackForSynAck') {
				// The ACK completes the handshake; if the peer's FIN is held too, it acknowledges that
				// as well, and this FIN closes from CLOSE_WAIT.
				const settled = settle(me);
				const key = settled.state === 'CLOSE_WAIT' ? 'ok.finAckBoth' : 'ok.finAfterSynAck';
				return sent(me, emit({...settled, state: closedFrom(settled.state)}, ['FIN']), key);
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
				const key = me.peerFin ? 'ok.dataAfterSynAckFin' : 'ok.dataAfterSynAck';
				return sent(me, emitSettled(me, [], length), key);
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
			// RFC 9293 §3.10.5: no RST before the connection is synchronized, even while holding
			// the SYN,ACK (the peer in SYN_RECEIVED will time out).
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

/** Whether segments can be lost: with instant delivery no timer but 2MSL has anything to do. */
export type NetworkMode = 'instant' | 'manual';

/** The states in which this endpoint's FIN is out (it may be unacknowledged still). */
function finSent(me: Endpoint): boolean {
	return me.state === 'FIN_WAIT_1' || me.state === 'CLOSING' || me.state === 'LAST_ACK';
}

function actTimeout(me: Endpoint, network: NetworkMode): Acted {
	if (me.state === 'TIME_WAIT') return local(me, freshEndpoint(me, 'CLOSED'), 'ok.timeWaitExpired');
	if (network === 'instant') return reject('no.timeout.none', me);
	if (me.state === 'SYN_SENT' && obligationOf(me) === 'synAckForSyn') {
		// Resending its SYN now means sending it with the ACK it owes: the SYN,ACK of Figure 7.
		const answered = synAck(me);
		return answered.ok ? {...answered, retransmission: true} : answered;
	}
	if (!ourSynSent(me)) return reject('no.timeout.nothingSent', me);
	const again = retransmission(me, finSent(me));
	if (!again) return reject('no.timeout.allAcked', me);
	const {me: after, segment} = again;
	return {
		ok: true,
		me: after,
		segment,
		note: sentNote(me, again, 'ok.retransmit'),
		retransmission: true,
	};
}

export function act(me: Endpoint, action: Action, network: NetworkMode = 'instant'): Acted {
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
			return actTimeout(me, network);
	}
}
