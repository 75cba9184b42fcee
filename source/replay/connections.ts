// The TCP connections in a capture: one pass over the file that keeps a few numbers for each
// connection (never the packets), and, asked for one connection, a second pass that collects it.
import type {ByteSource} from './byte-source.js';
import {type CaptureFormat, readCapture, type Stop} from './capture.js';
import {type Address, type CapturedSegment, decodePacket, type Skip, tcpFlags} from './packet.js';

/** How a connection ended, as far as the capture shows. */
export type Ending = 'closed' | 'reset' | 'refused' | 'halfClosed' | 'open';

/** How the client was told from the server. */
export type Roles = 'syn' | 'synAck' | 'port';

export type Moment = {readonly seconds: number; readonly nanos: number};

export type ConnectionSummary = {
	/** 1 for the connection whose first segment comes first in the file. */
	readonly id: number;
	readonly family: 4 | 6;
	readonly client: Address;
	readonly server: Address;
	readonly roles: Roles;
	readonly first: Moment;
	readonly last: Moment;
	readonly firstPacket: number;
	readonly lastPacket: number;
	readonly segments: number;
	readonly payloadBytes: number;
	/** The client's SYN is not in the capture: the connection (or its handshake) began before. */
	readonly startedBefore: boolean;
	readonly ending: Ending;
};

export type Listing = {
	readonly format: CaptureFormat;
	readonly packets: number;
	readonly tcpSegments: number;
	readonly linkTypes: readonly number[];
	readonly stop: Stop | null;
	readonly skipped: Readonly<Record<Skip, number>>;
	/** The capture's first packet: the listing's times count from it. */
	readonly start: Moment | null;
	readonly connections: readonly ConnectionSummary[];
};

type Tracker = {
	id: number;
	family: 4 | 6;
	/** The sender of the connection's first segment, and its peer. */
	a: Address;
	b: Address;
	aKey: string;
	first: Moment;
	last: Moment;
	firstPacket: number;
	lastPacket: number;
	segments: number;
	payloadBytes: number;
	firstFlags: number;
	/** Which end sent the first SYN without ACK, or the first SYN,ACK: 'a', 'b' or ''. */
	synFrom: '' | 'a' | 'b';
	synAckFrom: '' | 'a' | 'b';
	synSeq: {a: number | null; b: number | null};
	finA: boolean;
	finB: boolean;
	rst: boolean;
};

function endpointKey(address: Address): string {
	return `${address.ip}|${address.port}`;
}

const isPureSyn = (flags: number) =>
	(flags & (tcpFlags.SYN | tcpFlags.ACK | tcpFlags.RST)) === tcpFlags.SYN;
const isSynAck = (flags: number) =>
	(flags & (tcpFlags.SYN | tcpFlags.ACK | tcpFlags.RST)) === (tcpFlags.SYN | tcpFlags.ACK);

function ended(tracker: Tracker): boolean {
	return tracker.rst || (tracker.finA && tracker.finB);
}

/**
 * A SYN on a 4-tuple already seen starts a new connection when the old one is over, or when it
 * carries another ISN than the SYN seen before from the same end (a new attempt, not a resend).
 */
function startsAnew(tracker: Tracker, side: 'a' | 'b', segment: CapturedSegment): boolean {
	if (!isPureSyn(segment.flags)) return false;
	if (ended(tracker)) return true;
	const earlier = tracker.synSeq[side];
	return earlier !== null && earlier !== segment.seq;
}

function newTracker(id: number, segment: CapturedSegment): Tracker {
	const moment = {seconds: segment.seconds, nanos: segment.nanos};
	return {
		id,
		family: segment.family,
		a: segment.src,
		b: segment.dst,
		aKey: endpointKey(segment.src),
		first: moment,
		last: moment,
		firstPacket: segment.number,
		lastPacket: segment.number,
		segments: 0,
		payloadBytes: 0,
		firstFlags: segment.flags,
		synFrom: '',
		synAckFrom: '',
		synSeq: {a: null, b: null},
		finA: false,
		finB: false,
		rst: false,
	};
}

function track(tracker: Tracker, side: 'a' | 'b', segment: CapturedSegment): void {
	tracker.last = {seconds: segment.seconds, nanos: segment.nanos};
	tracker.lastPacket = segment.number;
	tracker.segments++;
	tracker.payloadBytes += segment.payloadLength;
	const {flags} = segment;
	if (isPureSyn(flags)) {
		if (tracker.synFrom === '') tracker.synFrom = side;
		tracker.synSeq[side] ??= segment.seq;
	}
	if (isSynAck(flags) && tracker.synAckFrom === '') tracker.synAckFrom = side;
	if (flags & tcpFlags.FIN) {
		if (side === 'a') tracker.finA = true;
		else tracker.finB = true;
	}
	if (flags & tcpFlags.RST) tracker.rst = true;
}

function summaryOf(tracker: Tracker): ConnectionSummary {
	const {a, b} = tracker;
	let roles: Roles;
	let clientIsA: boolean;
	if (tracker.synFrom !== '') {
		roles = 'syn';
		clientIsA = tracker.synFrom === 'a';
	} else if (tracker.synAckFrom !== '') {
		roles = 'synAck';
		clientIsA = tracker.synAckFrom === 'b';
	} else {
		// Servers listen on the lower, usually well-known, port; clients get ephemeral ones.
		roles = 'port';
		clientIsA = a.port >= b.port;
	}
	const refused = tracker.rst && tracker.synAckFrom === '' && tracker.synFrom !== '';
	const ending: Ending = refused
		? 'refused'
		: tracker.rst
			? 'reset'
			: tracker.finA && tracker.finB
				? 'closed'
				: tracker.finA || tracker.finB
					? 'halfClosed'
					: 'open';
	return {
		id: tracker.id,
		family: tracker.family,
		client: clientIsA ? a : b,
		server: clientIsA ? b : a,
		roles,
		first: tracker.first,
		last: tracker.last,
		firstPacket: tracker.firstPacket,
		lastPacket: tracker.lastPacket,
		segments: tracker.segments,
		payloadBytes: tracker.payloadBytes,
		startedBefore: !isPureSyn(tracker.firstFlags),
		ending,
	};
}

export type Scan = {readonly listing: Listing; readonly segments: readonly CapturedSegment[]};

/**
 * List the connections; with `collect`, also gather that connection's segments (options
 * included) in a second pass that splits the capture exactly as the first did.
 */
export function scanCapture(source: ByteSource, collect?: number): Scan {
	const trackers: Tracker[] = [];
	const current = new Map<string, Tracker>();
	const skipped: Record<Skip, number> = {
		linkType: 0,
		notIp: 0,
		notTcp: 0,
		fragment: 0,
		cut: 0,
		malformed: 0,
	};
	let tcpSegments = 0;
	let start: Moment | null = null;
	const segments: CapturedSegment[] = [];
	const summary = readCapture(source, (packet) => {
		start ??= {seconds: packet.seconds, nanos: packet.nanos};
		const decoded = decodePacket(packet, false);
		if (typeof decoded === 'string') {
			skipped[decoded]++;
			return;
		}
		tcpSegments++;
		const from = endpointKey(decoded.src);
		const to = endpointKey(decoded.dst);
		const key = from < to ? `${from}>${to}` : `${to}>${from}`;
		let tracker = current.get(key);
		const side = tracker === undefined || tracker.aKey === from ? 'a' : 'b';
		if (tracker === undefined || startsAnew(tracker, side, decoded)) {
			tracker = newTracker(trackers.length + 1, decoded);
			trackers.push(tracker);
			current.set(key, tracker);
			track(tracker, 'a', decoded);
		} else {
			track(tracker, side, decoded);
		}
		if (tracker.id === collect) {
			const full = decodePacket(packet, true);
			if (typeof full !== 'string') segments.push(full);
		}
	});
	return {
		listing: {
			format: summary.format,
			packets: summary.packets,
			tcpSegments,
			linkTypes: summary.linkTypes,
			stop: summary.stop,
			skipped,
			start,
			connections: trackers.map(summaryOf),
		},
		segments,
	};
}

/** Milliseconds from `from` to `to`. */
export function millisBetween(from: Moment, to: Moment): number {
	return (to.seconds - from.seconds) * 1000 + (to.nanos - from.nanos) / 1e6;
}
