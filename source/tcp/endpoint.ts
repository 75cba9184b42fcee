// One endpoint's transmission control block: its state, sequence variables and what it still owes.
import {seqAdd} from './segment.js';
import type {Side, State} from './states.js';

/** Sequence space that arrived ahead of RCV.NXT, held until the gap before it fills (SHLD-31). */
export type Held = {readonly seq: number; readonly len: number; readonly fin: boolean};

export type Endpoint = {
	readonly side: Side;
	readonly state: State;
	/** Initial send sequence number of the current incarnation (or the next one, while CLOSED). */
	readonly iss: number;
	/** Initial receive sequence number: the peer's ISN, once its SYN has arrived. */
	readonly irs: number | null;
	readonly sndUna: number;
	/** Still ISS while the SYN (or SYN,ACK) is owed and not yet sent: the variables stay honest. */
	readonly sndNxt: number;
	/** Next sequence number expected from the peer; null until the peer's SYN arrives. */
	readonly rcvNxt: number | null;
	/** The acknowledgment number this endpoint last sent; it owes an ACK while this lags RCV.NXT. */
	readonly ackSent: number | null;
	/** The connection came from LISTEN, so an RST in SYN_RECEIVED returns it to LISTEN (§3.10.7.4). */
	readonly passive: boolean;
	readonly bytesSent: number;
	readonly bytesReceived: number;
	/** Out-of-order arrivals, in sequence order, waiting for the bytes before them. */
	readonly held: readonly Held[];
	/**
	 * A "what if" for teaching, not TCP: the handshake has two segments, so answering a SYN
	 * makes the endpoint ESTABLISHED at once, without waiting for the ACK of its own SYN.
	 */
	readonly twoWay?: true;
	/** The ISN of the connection that just closed, so late segments still number relative to it. */
	readonly previousIss?: number;
};

export function createEndpoint(side: Side, state: 'CLOSED' | 'LISTEN', iss: number): Endpoint {
	return {
		side,
		state,
		iss,
		irs: null,
		sndUna: iss,
		sndNxt: iss,
		rcvNxt: null,
		ackSent: null,
		passive: state === 'LISTEN',
		bytesSent: 0,
		bytesReceived: 0,
		held: [],
	};
}

/**
 * The connection is gone (or never was): a fresh TCB in `state`. A new incarnation must not reuse
 * the old sequence space, so if anything was sent the next ISN moves on, as RFC 793's ISN clock did
 * (64,000 per second in 4.2BSD).
 */
export function freshEndpoint(me: Endpoint, state: 'CLOSED' | 'LISTEN'): Endpoint {
	const iss = me.sndNxt === me.iss ? me.iss : seqAdd(me.sndNxt, 64_000);
	const fresh: {-readonly [Field in keyof Endpoint]: Endpoint[Field]} = createEndpoint(
		me.side,
		state,
		iss,
	);
	// Set, not spread in: spreading an object made on the spot is a slow path, on every CLOSE.
	if (me.twoWay) fresh.twoWay = true;
	const previousIss = ourSynSent(me) ? me.iss : me.previousIss;
	if (previousIss !== undefined) fresh.previousIss = previousIss;
	return fresh;
}

export function ourSynSent(me: Endpoint): boolean {
	return me.sndNxt !== me.iss;
}

/** Everything we sent, our SYN included, has been acknowledged. */
export function allAcked(me: Endpoint): boolean {
	return me.sndUna === me.sndNxt;
}

/** The peer's FIN has arrived: every state it leads to (§3.10.7.4, eighth step) says so. */
export function peerFinReceived(me: Endpoint): boolean {
	return (
		me.state === 'CLOSE_WAIT' ||
		me.state === 'CLOSING' ||
		me.state === 'LAST_ACK' ||
		me.state === 'TIME_WAIT'
	);
}

export function owesAck(me: Endpoint): boolean {
	return me.rcvNxt !== null && me.ackSent !== me.rcvNxt;
}

/**
 * What this endpoint must still send for what it received: RFC 9293 sends it at once, here the
 * student sends it with a key. It never changes the state; the arrival already did.
 */
export type Obligation =
	| 'synAckForSyn' // SYN_RECEIVED: must answer the peer's SYN with SYN,ACK
	| 'ackForSynAck' // ESTABLISHED since the SYN,ACK arrived: must acknowledge it
	| 'ackForFin'
	| 'ackForData'
	| 'none';

export function obligationOf(me: Endpoint): Obligation {
	if (!owesAck(me)) return 'none';
	if (me.state === 'SYN_RECEIVED') return 'synAckForSyn';
	if (peerFinReceived(me)) return 'ackForFin';
	if (me.ackSent === null) return 'ackForSynAck';
	return 'ackForData';
}

/** Whether the endpoint's own FIN is out (it may be unacknowledged still). */
export function finSent(me: Endpoint): boolean {
	return (
		me.state === 'FIN_WAIT_1' ||
		me.state === 'FIN_WAIT_2' ||
		me.state === 'CLOSING' ||
		me.state === 'LAST_ACK' ||
		me.state === 'TIME_WAIT'
	);
}
