// Synthetic captures for the reader's tests: TCP segments in IPv4 or IPv6 packets, framed by a
// link layer, written as pcap (either magic and byte order) or pcapng (sections, interfaces).

import {bufferSource} from '../../source/replay/byte-source.js';
import {readCapture} from '../../source/replay/capture.js';

/** The value, or a failed test when it is missing (instead of a `!` that would hide it). */
export function must<T>(value: T | undefined, what = 'a value'): T {
	if (value === undefined) throw new Error(`missing ${what}`);
	return value;
}

export const flag = {F: 0x01, S: 0x02, R: 0x04, P: 0x08, A: 0x10} as const;

export type TcpSpec = {
	readonly sport?: number;
	readonly dport?: number;
	readonly seq?: number;
	readonly ack?: number;
	/** Flag letters: 'S', 'SA', 'A', 'PA', 'FA', 'R', 'RA'. */
	readonly flags?: string;
	readonly window?: number;
	readonly payload?: number;
	/** Raw option bytes (padded to 4 with NOPs). */
	readonly options?: readonly number[];
};

function flagBits(letters: string): number {
	let bits = 0;
	for (const letter of letters) bits |= flag[letter as keyof typeof flag] ?? 0;
	return bits;
}

export function tcp(spec: TcpSpec = {}): Uint8Array {
	const options = [...(spec.options ?? [])];
	while (options.length % 4 !== 0) options.push(1);
	const header = 20 + options.length;
	const bytes = new Uint8Array(header + (spec.payload ?? 0));
	const view = new DataView(bytes.buffer);
	view.setUint16(0, spec.sport ?? 40_000);
	view.setUint16(2, spec.dport ?? 80);
	view.setUint32(4, (spec.seq ?? 1000) >>> 0);
	view.setUint32(8, (spec.ack ?? 0) >>> 0);
	bytes[12] = (header / 4) << 4;
	bytes[13] = flagBits(spec.flags ?? 'S');
	view.setUint16(14, spec.window ?? 65_535);
	bytes.set(options, 20);
	bytes.fill(0x61, header);
	return bytes;
}

/** MSS 1460, SACK permitted, timestamps 7/0, NOP, window scale 7: what Linux puts in a SYN. */
export const synOptions = [2, 4, 5, 180, 4, 2, 8, 10, 0, 0, 0, 7, 0, 0, 0, 0, 1, 3, 3, 7];

export type IpSpec = {
	readonly src?: readonly number[];
	readonly dst?: readonly number[];
	/** IPv4 option bytes (a multiple of 4). */
	readonly ipOptions?: readonly number[];
	/** IPv4 fragment field (flags and offset). */
	readonly fragment?: number;
	readonly protocol?: number;
	/** A total length other than the true one (0 for an offload super-packet). */
	readonly totalLength?: number;
};

export function ipv4(segment: Uint8Array, spec: IpSpec = {}): Uint8Array {
	const options = spec.ipOptions ?? [];
	const header = 20 + options.length;
	const bytes = new Uint8Array(header + segment.length);
	const view = new DataView(bytes.buffer);
	bytes[0] = 0x40 | (header / 4);
	view.setUint16(2, spec.totalLength ?? bytes.length);
	view.setUint16(6, spec.fragment ?? 0x40_00);
	bytes[8] = 64;
	bytes[9] = spec.protocol ?? 6;
	bytes.set(spec.src ?? [10, 0, 0, 1], 12);
	bytes.set(spec.dst ?? [10, 0, 0, 2], 16);
	bytes.set(options, 20);
	bytes.set(segment, header);
	return bytes;
}

export type Extension = {readonly type: number; readonly bytes: readonly number[]};

/** An IPv6 packet with extension headers; each header's first byte (next header) is filled in. */
export function ipv6(
	segment: Uint8Array,
	{
		extensions = [],
		src = [0xfe80, 0, 0, 0, 0, 0, 0, 1],
		dst = [0xfe80, 0, 0, 0, 0, 0, 0, 2],
		protocol = 6,
	}: {
		extensions?: readonly Extension[];
		src?: readonly number[];
		dst?: readonly number[];
		protocol?: number;
	} = {},
): Uint8Array {
	const extra = extensions.reduce((sum, extension) => sum + extension.bytes.length, 0);
	const bytes = new Uint8Array(40 + extra + segment.length);
	const view = new DataView(bytes.buffer);
	bytes[0] = 0x60;
	view.setUint16(4, extra + segment.length);
	bytes[6] = extensions[0]?.type ?? protocol;
	bytes[7] = 64;
	for (const [index, group] of src.entries()) view.setUint16(8 + index * 2, group);
	for (const [index, group] of dst.entries()) view.setUint16(24 + index * 2, group);
	let at = 40;
	for (const [index, extension] of extensions.entries()) {
		bytes.set(extension.bytes, at);
		bytes[at] = extensions[index + 1]?.type ?? protocol;
		at += extension.bytes.length;
	}
	bytes.set(segment, at);
	return bytes;
}

export const extension = {
	hopByHop: {type: 0, bytes: [0, 0, 1, 4, 0, 0, 0, 0]},
	/** A routing header of 24 bytes (length field 2). */
	routing: {type: 43, bytes: [0, 2, 0, 0, 0, 0, 0, 0, ...Array.from({length: 16}, () => 0)]},
	destination: {type: 60, bytes: [0, 0, 1, 4, 0, 0, 0, 0]},
	/** An atomic fragment: offset 0, no more fragments (RFC 6946). */
	atomicFragment: {type: 44, bytes: [0, 0, 0, 0, 0, 0, 0, 1]},
	laterFragment: {type: 44, bytes: [0, 0, 0, 0x18, 0, 0, 0, 1]},
} as const satisfies Record<string, Extension>;

function concat(...parts: readonly Uint8Array[]): Uint8Array {
	const bytes = new Uint8Array(parts.reduce((sum, part) => sum + part.length, 0));
	let at = 0;
	for (const part of parts) {
		bytes.set(part, at);
		at += part.length;
	}
	return bytes;
}

function etherType(ip: Uint8Array): number {
	return (ip[0] ?? 0) >> 4 === 6 ? 0x86_dd : 0x08_00;
}

function u16(value: number): Uint8Array {
	return new Uint8Array([value >> 8, value & 0xff]);
}

export const link = {
	ethernet(ip: Uint8Array, vlans = 0): Uint8Array {
		const tags = Array.from({length: vlans}, () => new Uint8Array([0x81, 0x00, 0x00, 0x05]));
		return concat(new Uint8Array(12).fill(2), ...tags, u16(etherType(ip)), ip);
	},
	cooked(ip: Uint8Array): Uint8Array {
		const header = new Uint8Array(16);
		header.set([0, 0, 0x03, 0x04, 0, 6], 0);
		header.set(u16(etherType(ip)), 14);
		return concat(header, ip);
	},
	cooked2(ip: Uint8Array): Uint8Array {
		const header = new Uint8Array(20);
		header.set(u16(etherType(ip)), 0);
		header.set([0, 0, 0, 1, 0x03, 0x04, 0, 6], 4);
		return concat(header, ip);
	},
	/** BSD loopback: the address family in the capturing machine's byte order. */
	null(ip: Uint8Array, little = true, inet6 = 30): Uint8Array {
		const family = (ip[0] ?? 0) >> 4 === 6 ? inet6 : 2;
		const header = new Uint8Array(4);
		new DataView(header.buffer).setUint32(0, family, little);
		return concat(header, ip);
	},
	loop(ip: Uint8Array): Uint8Array {
		const header = new Uint8Array(4);
		new DataView(header.buffer).setUint32(0, (ip[0] ?? 0) >> 4 === 6 ? 24 : 2, false);
		return concat(header, ip);
	},
	raw(ip: Uint8Array): Uint8Array {
		return ip;
	},
};

export type Packet = {
	readonly data: Uint8Array;
	/** Seconds since 1970 and nanoseconds; 1 700 000 000 s by default. */
	readonly seconds?: number;
	readonly nanos?: number;
	/** The length on the wire, when the snap length cut the packet. */
	readonly originalLength?: number;
};

export type PcapOptions = {
	readonly little?: boolean;
	readonly nano?: boolean;
	readonly linkType?: number;
	readonly snapLength?: number;
};

export function pcap(packets: readonly Packet[], options: PcapOptions = {}): Uint8Array {
	const {little = true, nano = false, linkType = 1, snapLength = 262_144} = options;
	const parts: Uint8Array[] = [];
	const header = new Uint8Array(24);
	const view = new DataView(header.buffer);
	view.setUint32(0, nano ? 0xa1_b2_3c_4d : 0xa1_b2_c3_d4, little);
	view.setUint16(4, 2, little);
	view.setUint16(6, 4, little);
	view.setUint32(16, snapLength, little);
	view.setUint32(20, linkType, little);
	parts.push(header);
	for (const packet of packets) {
		const record = new Uint8Array(16);
		const recordView = new DataView(record.buffer);
		const nanos = packet.nanos ?? 0;
		recordView.setUint32(0, packet.seconds ?? 1_700_000_000, little);
		recordView.setUint32(4, nano ? nanos : Math.floor(nanos / 1000), little);
		recordView.setUint32(8, packet.data.length, little);
		recordView.setUint32(12, packet.originalLength ?? packet.data.length, little);
		parts.push(record, packet.data);
	}
	return concat(...parts);
}

export type NgInterface = {
	readonly linkType: number;
	/** if_tsresol's byte: 6 for microseconds (the default), 9 for nanoseconds, 0x80|n for 2^-n. */
	readonly resolution?: number;
	readonly snapLength?: number;
};

export type NgPacket = Packet & {
	readonly interfaceId?: number;
	/** 'epb' (the usual), 'spb' (simple, interface 0) or 'pb' (the obsolete Packet Block). */
	readonly block?: 'epb' | 'spb' | 'pb';
};

export type NgSection = {
	readonly little?: boolean;
	readonly interfaces: readonly NgInterface[];
	readonly packets: readonly NgPacket[];
	/** Blocks of other types to put before the packets (name resolution, statistics …). */
	readonly otherBlocks?: readonly number[];
};

function block(type: number, body: Uint8Array, little: boolean): Uint8Array {
	const padded = Math.ceil(body.length / 4) * 4;
	const length = 12 + padded;
	const bytes = new Uint8Array(length);
	const view = new DataView(bytes.buffer);
	view.setUint32(0, type, little);
	view.setUint32(4, length, little);
	bytes.set(body, 8);
	view.setUint32(length - 4, length, little);
	return bytes;
}

function units(resolution: number): bigint {
	return resolution & 0x80 ? 2n ** BigInt(resolution & 0x7f) : 10n ** BigInt(resolution);
}

export function pcapng(sections: readonly NgSection[]): Uint8Array {
	const parts: Uint8Array[] = [];
	for (const section of sections) {
		const little = section.little ?? true;
		const shb = new Uint8Array(16);
		const shbView = new DataView(shb.buffer);
		shbView.setUint32(0, 0x1a_2b_3c_4d, little);
		shbView.setUint16(4, 1, little);
		shbView.setBigInt64(8, -1n, little);
		parts.push(block(0x0a_0d_0d_0a, shb, little));
		for (const face of section.interfaces) {
			const resolution = face.resolution ?? 6;
			const idb = new Uint8Array(8 + (resolution === 6 ? 0 : 8) + 4);
			const view = new DataView(idb.buffer);
			view.setUint16(0, face.linkType, little);
			view.setUint32(4, face.snapLength ?? 0, little);
			if (resolution !== 6) {
				view.setUint16(8, 9, little);
				view.setUint16(10, 1, little);
				idb[12] = resolution;
			}
			parts.push(block(1, idb, little));
		}
		for (const type of section.otherBlocks ?? [])
			parts.push(block(type, new Uint8Array(8), little));
		for (const packet of section.packets) {
			const id = packet.interfaceId ?? 0;
			const resolution = section.interfaces[id]?.resolution ?? 6;
			const perSecond = units(resolution);
			const stamp =
				BigInt(packet.seconds ?? 1_700_000_000) * perSecond +
				(BigInt(packet.nanos ?? 0) * perSecond) / 1_000_000_000n;
			const original = packet.originalLength ?? packet.data.length;
			if (packet.block === 'spb') {
				const body = new Uint8Array(4 + packet.data.length);
				new DataView(body.buffer).setUint32(0, original, little);
				body.set(packet.data, 4);
				parts.push(block(3, body, little));
				continue;
			}
			const body = new Uint8Array(20 + packet.data.length);
			const view = new DataView(body.buffer);
			if (packet.block === 'pb') view.setUint16(0, id, little);
			else view.setUint32(0, id, little);
			view.setUint32(4, Number(stamp >> 32n), little);
			view.setUint32(8, Number(stamp & 0xff_ff_ff_ffn), little);
			view.setUint32(12, packet.data.length, little);
			view.setUint32(16, original, little);
			body.set(packet.data, 20);
			parts.push(block(packet.block === 'pb' ? 2 : 6, body, little));
		}
	}
	return concat(...parts);
}

/** The same packets as a pcapng file, one interface with the pcap's link type and nanoseconds. */
export function pcapToPcapng(bytes: Uint8Array, little = true): Uint8Array {
	const packets: NgPacket[] = [];
	let linkType = 1;
	readCapture(bufferSource(bytes), (packet) => {
		linkType = packet.linkType;
		packets.push({
			data: packet.data.slice(),
			seconds: packet.seconds,
			nanos: packet.nanos,
			originalLength: packet.originalLength,
		});
	});
	return pcapng([{little, interfaces: [{linkType, resolution: 9}], packets}]);
}

export type Exchange = ReadonlyArray<
	readonly [from: 'c' | 's', flags: string, seq: number, ack: number, payload?: number]
>;

/** A conversation between 10.0.0.1:40000 (c) and 10.0.0.2:80 (s), one packet a millisecond. */
export function conversation(
	exchange: Exchange,
	wrap = link.ethernet,
	clientPort = 40_000,
): Packet[] {
	return exchange.map(([from, flags, seq, ack, payload], index) => {
		const client = from === 'c';
		const segment = tcp({
			sport: client ? clientPort : 80,
			dport: client ? 80 : clientPort,
			seq,
			ack,
			flags,
			payload: payload ?? 0,
			options: flags.includes('S') ? synOptions : [],
		});
		const ip = ipv4(segment, {
			src: client ? [10, 0, 0, 1] : [10, 0, 0, 2],
			dst: client ? [10, 0, 0, 2] : [10, 0, 0, 1],
		});
		return {
			data: wrap(ip),
			seconds: 1_700_000_000 + Math.floor(index / 1000),
			nanos: (index % 1000) * 1_000_000,
		};
	});
}

/** A whole connection, opened and closed, as the tmux tests replay it: client 1000, server 5000. */
export function demoCapture(): Uint8Array {
	return pcap(
		conversation([
			['c', 'S', 1000, 0],
			['s', 'SA', 5000, 1001],
			['c', 'A', 1001, 5001],
			['c', 'FA', 1001, 5001],
			['s', 'FA', 5001, 1002],
			['c', 'A', 1002, 5002],
		]),
	);
}
