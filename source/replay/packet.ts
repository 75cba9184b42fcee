// IPv4 and IPv6 (options and extension headers skipped), then the TCP header and its options.
import type {RawPacket} from './capture.js';
import {isKnownLinkType, networkStart} from './link.js';

export const tcpFlags = {
	FIN: 0x01,
	SYN: 0x02,
	RST: 0x04,
	PSH: 0x08,
	ACK: 0x10,
	URG: 0x20,
	ECE: 0x40,
	CWR: 0x80,
} as const;

export type TcpOptions = {
	readonly mss?: number;
	readonly windowScale?: number;
	readonly sackPermitted?: true;
	/** SACK blocks, as [left, right) pairs of sequence numbers. */
	readonly sack?: ReadonlyArray<readonly [number, number]>;
	readonly timestamp?: {readonly value: number; readonly echo: number};
};

export type Address = {readonly ip: string; readonly port: number};

/** A TCP segment as the capture shows it, with its place and time in the file. */
export type CapturedSegment = {
	readonly number: number;
	readonly seconds: number;
	readonly nanos: number;
	readonly family: 4 | 6;
	readonly src: Address;
	readonly dst: Address;
	readonly seq: number;
	readonly ack: number;
	/** The flag bits (tcpFlags). */
	readonly flags: number;
	readonly window: number;
	readonly headerLength: number;
	readonly payloadLength: number;
	/** Null when the snap length cut the options off; read only when asked for. */
	readonly options: TcpOptions | null;
};

/** Why a packet is not a TCP segment this reader can use. */
export type Skip = 'linkType' | 'notIp' | 'notTcp' | 'fragment' | 'cut' | 'malformed';

export type Decoded = CapturedSegment | Skip;

function u16(data: Uint8Array, at: number): number {
	return ((data[at] ?? 0) << 8) | (data[at + 1] ?? 0);
}

function u32(data: Uint8Array, at: number): number {
	return (
		(((data[at] ?? 0) << 24) |
			((data[at + 1] ?? 0) << 16) |
			((data[at + 2] ?? 0) << 8) |
			(data[at + 3] ?? 0)) >>>
		0
	);
}

function ipv4Text(data: Uint8Array, at: number): string {
	return `${data[at]}.${data[at + 1]}.${data[at + 2]}.${data[at + 3]}`;
}

/** RFC 5952: lower-case hex, the longest run of two or more zero groups as ::. */
export function ipv6Text(data: Uint8Array, at: number): string {
	const groups: number[] = [];
	for (let index = 0; index < 8; index++) groups.push(u16(data, at + index * 2));
	let bestStart = -1;
	let bestLength = 1;
	for (let index = 0; index < 8; ) {
		if (groups[index] !== 0) {
			index++;
			continue;
		}
		let end = index;
		while (end < 8 && groups[end] === 0) end++;
		if (end - index > bestLength) {
			bestStart = index;
			bestLength = end - index;
		}
		index = end;
	}
	const hex = (from: number, to: number) =>
		groups
			.slice(from, to)
			.map((group) => group.toString(16))
			.join(':');
	if (bestStart < 0) return hex(0, 8);
	// An IPv4-mapped address keeps its dotted tail, as ss and tcpdump print it.
	if (bestStart === 0 && bestLength === 5 && groups[5] === 0xff_ff) {
		return `::ffff:${ipv4Text(data, at + 12)}`;
	}
	return `${hex(0, bestStart)}::${hex(bestStart + bestLength, 8)}`;
}

/** Where the TCP header starts and how long the TCP segment is, from the IP header's lengths. */
type Transport = {
	readonly family: 4 | 6;
	readonly src: string;
	readonly dst: string;
	readonly tcp: number;
	readonly tcpLength: number;
};

function ipv4(data: Uint8Array, at: number): Transport | Skip {
	if (data.length < at + 20) return 'cut';
	const headerLength = ((data[at] ?? 0) & 0x0f) * 4;
	if ((data[at] ?? 0) >> 4 !== 4 || headerLength < 20) return 'malformed';
	if ((data[at + 9] ?? 0) !== 6) return 'notTcp';
	const fragment = u16(data, at + 6);
	// A later fragment has no TCP header; a first one with more to come has only part of the data.
	if ((fragment & 0x1f_ff) !== 0 || (fragment & 0x20_00) !== 0) return 'fragment';
	const total = u16(data, at + 2);
	// A total length of 0 is what a capture of a segmentation-offload "super packet" shows.
	const length = total === 0 ? data.length - at : total;
	if (length < headerLength) return 'malformed';
	if (data.length < at + headerLength) return 'cut';
	return {
		family: 4,
		src: ipv4Text(data, at + 12),
		dst: ipv4Text(data, at + 16),
		tcp: at + headerLength,
		tcpLength: length - headerLength,
	};
}

const hopByHop = 0;
const routing = 43;
const fragmentHeader = 44;
const destinationOptions = 60;
const authentication = 51;
const mobility = 135;

function ipv6(data: Uint8Array, at: number): Transport | Skip {
	if (data.length < at + 40) return 'cut';
	if ((data[at] ?? 0) >> 4 !== 6) return 'malformed';
	const payload = u16(data, at + 4);
	// A jumbogram (payload length 0) takes its length from the capture.
	let remaining = payload === 0 ? data.length - at - 40 : payload;
	let next = data[at + 6] ?? 0;
	let offset = at + 40;
	for (let headers = 0; headers < 16; headers++) {
		if (next === 6) {
			return {
				family: 6,
				src: ipv6Text(data, at + 8),
				dst: ipv6Text(data, at + 24),
				tcp: offset,
				tcpLength: remaining,
			};
		}
		let length: number;
		if (next === hopByHop || next === routing || next === destinationOptions || next === mobility) {
			if (data.length < offset + 2) return 'cut';
			length = ((data[offset + 1] ?? 0) + 1) * 8;
		} else if (next === fragmentHeader) {
			if (data.length < offset + 8) return 'cut';
			const fragment = u16(data, offset + 2);
			// Only an atomic fragment (offset 0, no more to come, RFC 6946) holds a whole segment.
			if ((fragment & 0xff_f8) !== 0 || (fragment & 1) !== 0) return 'fragment';
			length = 8;
		} else if (next === authentication) {
			if (data.length < offset + 2) return 'cut';
			length = ((data[offset + 1] ?? 0) + 2) * 4;
		} else {
			// No next header (59), ESP (50), ICMPv6, UDP …
			return 'notTcp';
		}
		next = data[offset] ?? 0;
		offset += length;
		remaining -= length;
		if (remaining < 0) return 'malformed';
	}
	return 'malformed';
}

function tcpOptions(data: Uint8Array, from: number, to: number): TcpOptions {
	const options: {
		mss?: number;
		windowScale?: number;
		sackPermitted?: true;
		sack?: Array<readonly [number, number]>;
		timestamp?: {value: number; echo: number};
	} = {};
	let at = from;
	while (at < to) {
		const kind = data[at] ?? 0;
		if (kind === 0) break;
		if (kind === 1) {
			at++;
			continue;
		}
		const length = data[at + 1] ?? 0;
		if (length < 2 || at + length > to) break;
		if (kind === 2 && length === 4) options.mss = u16(data, at + 2);
		if (kind === 3 && length === 3) options.windowScale = data[at + 2] ?? 0;
		if (kind === 4 && length === 2) options.sackPermitted = true;
		if (kind === 5 && length >= 10) {
			const blocks: Array<readonly [number, number]> = [];
			for (let block = at + 2; block + 8 <= at + length; block += 8) {
				blocks.push([u32(data, block), u32(data, block + 4)]);
			}
			options.sack = blocks;
		}
		if (kind === 8 && length === 10) {
			options.timestamp = {value: u32(data, at + 2), echo: u32(data, at + 6)};
		}
		at += length;
	}
	return options;
}

/** The TCP segment in a captured packet, or why there is none. Options are read when asked for. */
export function decodePacket(packet: RawPacket, withOptions: boolean): Decoded {
	if (!isKnownLinkType(packet.linkType)) return 'linkType';
	const {data} = packet;
	const start = networkStart(packet.linkType, data);
	if (start.offset < 0) return 'cut';
	if (start.version === 0) return 'notIp';
	const transport = start.version === 4 ? ipv4(data, start.offset) : ipv6(data, start.offset);
	if (typeof transport === 'string') return transport;
	const {tcp, tcpLength} = transport;
	// The fixed 20 bytes hold the ports, the numbers and the flags: without them there is nothing.
	if (data.length < tcp + 20) return 'cut';
	const headerLength = ((data[tcp + 12] ?? 0) >> 4) * 4;
	if (headerLength < 20 || headerLength > tcpLength) return 'malformed';
	const optionsEnd = tcp + headerLength;
	return {
		number: packet.number,
		seconds: packet.seconds,
		nanos: packet.nanos,
		family: transport.family,
		src: {ip: transport.src, port: u16(data, tcp)},
		dst: {ip: transport.dst, port: u16(data, tcp + 2)},
		seq: u32(data, tcp + 4),
		ack: u32(data, tcp + 8),
		flags: data[tcp + 13] ?? 0,
		window: u16(data, tcp + 14),
		headerLength,
		payloadLength: tcpLength - headerLength,
		options:
			!withOptions || data.length < optionsEnd ? null : tcpOptions(data, tcp + 20, optionsEnd),
	};
}

/** tcpdump's flag letters: [S.], [P.], [F.], [R.] … */
export function flagLetters(flags: number): string {
	const letters: Array<[number, string]> = [
		[tcpFlags.SYN, 'S'],
		[tcpFlags.FIN, 'F'],
		[tcpFlags.PSH, 'P'],
		[tcpFlags.RST, 'R'],
		[tcpFlags.URG, 'U'],
		[tcpFlags.ECE, 'E'],
		[tcpFlags.CWR, 'W'],
	];
	const text = letters.flatMap(([bit, letter]) => (flags & bit ? [letter] : [])).join('');
	return flags & tcpFlags.ACK ? `${text}.` : text || 'none';
}

export function addressText({ip, port}: Address): string {
	return ip.includes(':') ? `[${ip}]:${port}` : `${ip}:${port}`;
}
