// Building segments from an endpoint's variables, and retransmission.
import {allAcked, type Endpoint, finSent, ourSynSent} from './endpoint.js';
import {type Flag, type Segment, segmentLength, seqAdd, seqLt} from './segment.js';
import {peerOf} from './states.js';

export type Sent = {readonly me: Endpoint; readonly segment: Segment};

/**
 * Build a segment from the endpoint's variables. Once the peer's SYN has arrived, ACK rides along
 * and carries RCV.NXT, which pays whatever acknowledgment the endpoint owed. Sending never changes
 * the state: only the user calls (OPEN, CLOSE) and arrivals do.
 */
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
 * The retransmission timer expired (§3.10.8): send the oldest unacknowledged segment again, with
 * its original sequence number and the current acknowledgment. The SYN first, then data from
 * SND.UNA (as one segment), then the FIN. Null when everything sent has been acknowledged.
 */
export function retransmission(me: Endpoint): Sent | null {
	if (allAcked(me) || !ourSynSent(me)) return null;
	if (me.sndUna === me.iss) return emit(me, ['SYN'], 0, me.iss);
	const fin = finSent(me);
	const dataEnd = fin ? seqAdd(me.sndNxt, -1) : me.sndNxt;
	if (seqLt(me.sndUna, dataEnd)) return emit(me, [], (dataEnd - me.sndUna) >>> 0, me.sndUna);
	return fin ? emit(me, ['FIN'], 0, me.sndUna) : null;
}
