// Building segments from an endpoint's variables, and the arcs an outgoing ACK completes.
import {allAcked, type Endpoint, ourSynSent, owesAck} from './endpoint.js';
import {type Flag, type Segment, segmentLength, seqAdd, seqLt} from './segment.js';
import {peerOf} from './states.js';

export type Sent = {readonly me: Endpoint; readonly segment: Segment};

/** Build a segment from the endpoint's variables. Once the peer's SYN has arrived, ACK rides along. */
export function emit(me: Endpoint, flags: readonly Flag[], len = 0, resendAt?: number): Sent {
	const withAck = me.rcvNxt !== null;
	const syn = flags.includes('SYN');
	// A retransmission repeats old sequence space: SND.NXT does not move and no new bytes count.
	const seq = resendAt ?? (syn ? me.iss : me.sndNxt);
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
			bytesSent: resendAt === undefined ? me.bytesSent + len : me.bytesSent,
		},
		segment,
	};
}

/**
 * The Figure 5 arcs "rcv X / snd ACK" that were waiting for this endpoint to acknowledge X. Called
 * when an ACK carrying RCV.NXT goes out, whatever else the segment carries.
 */
export function settle(me: Endpoint): Endpoint {
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
export function emitSettled(me: Endpoint, flags: readonly Flag[], len = 0): Sent {
	return emit(settle(me), flags, len);
}

/**
 * The retransmission timer expired: send the oldest unacknowledged segment again, with its
 * original sequence number and the current acknowledgment. The SYN first, then data from SND.UNA
 * (as one segment), then the FIN. Null when everything sent has been acknowledged.
 */
export function retransmission(me: Endpoint, finSent: boolean): Sent | null {
	if (allAcked(me) || !ourSynSent(me)) return null;
	// The copy carries the current ACK, which completes any arc waiting for one, as any send does.
	const sender = settle(me);
	if (me.sndUna === me.iss) return emit(sender, ['SYN'], 0, me.iss);
	const dataEnd = finSent ? seqAdd(me.sndNxt, -1) : me.sndNxt;
	if (seqLt(me.sndUna, dataEnd)) return emit(sender, [], (dataEnd - me.sndUna) >>> 0, me.sndUna);
	return finSent ? emit(sender, ['FIN'], 0, me.sndUna) : null;
}
