// The capture reader on synthetic files: every magic and byte order, pcapng blocks, each link
// type, IPv4 options and IPv6 extension headers, a cut end and a snap length that cut headers.
import {describe, expect, it} from 'vitest';
import {bufferSource} from '../../source/replay/byte-source.js';
import {type RawPacket, readCapture, splitTimestamp} from '../../source/replay/capture.js';
import {CaptureError} from '../../source/replay/capture-error.js';
import {scanCapture} from '../../source/replay/connections.js';
import {type CapturedSegment, decodePacket, ipv6Text} from '../../source/replay/packet.js';
import {emptyReason} from '../../source/replay/run-replay.js';
import {
	conversation,
	extension,
	ipv4,
	ipv6,
	link,
	must,
	pcap,
	pcapng,
	synOptions,
	tcp,
} from './build-capture.js';

const handshake = conversation([
	['c', 'S', 1000, 0],
	['s', 'SA', 5000, 1001],
	['c', 'A', 1001, 5001],
]);

function packetsOf(bytes: Uint8Array): RawPacket[] {
	const packets: RawPacket[] = [];
	readCapture(bufferSource(bytes), (packet) =>
		packets.push({...packet, data: packet.data.slice()}),
	);
	return packets;
}

function decoded(linkType: number, data: Uint8Array): CapturedSegment {
	const result = decodePacket(
		{number: 1, linkType, interfaceId: 0, seconds: 0, nanos: 0, data, originalLength: data.length},
		true,
	);
	if (typeof result === 'string') throw new Error(`not decoded: ${result}`);
	return result;
}

function captureError(run: () => unknown): CaptureError {
	try {
		run();
	} catch (error) {
		if (error instanceof CaptureError) return error;
		throw error;
	}
	throw new Error('no CaptureError');
}

describe('pcap', () => {
	it.each([
		{little: true, nano: false},
		{little: false, nano: false},
		{little: true, nano: true},
		{little: false, nano: true},
	])('reads little-endian $little, nanoseconds $nano', (options) => {
		const packets = handshake.map((packet, index) => ({...packet, nanos: index * 1_234_567}));
		const read = packetsOf(pcap(packets, options));
		expect(read.map((packet) => packet.number)).toEqual([1, 2, 3]);
		expect(read.every((packet) => packet.seconds === 1_700_000_000)).toBe(true);
		// Microseconds keep three digits fewer.
		expect(read[2]?.nanos).toBe(options.nano ? 2_469_134 : 2_469_000);
		const {listing} = scanCapture(bufferSource(pcap(packets, options)));
		expect(listing.format).toBe('pcap');
		expect(listing.connections).toHaveLength(1);
		expect(listing.connections[0]).toMatchObject({
			segments: 3,
			client: {ip: '10.0.0.1', port: 40_000},
			server: {ip: '10.0.0.2', port: 80},
			roles: 'syn',
			startedBefore: false,
			ending: 'open',
		});
	});

	it('takes the link type from the low 16 bits (the rest is the FCS length)', () => {
		const bytes = pcap(handshake, {linkType: 1 | (0x1 << 28) | (4 << 26)});
		expect(packetsOf(bytes)[0]?.linkType).toBe(1);
	});

	it('says what a file that is not a capture starts with', () => {
		const error = captureError(() =>
			readCapture(bufferSource(Buffer.from('GET / HTTP/1.1')), () => {}),
		);
		expect(error.key).toBe('replay.error.notCapture');
		expect(error.params).toEqual({start: '47 45 54 20'});
		expect(captureError(() => readCapture(bufferSource(new Uint8Array()), () => {})).key).toBe(
			'replay.error.empty',
		);
		const header = pcap([]).slice(0, 10);
		expect(captureError(() => readCapture(bufferSource(header), () => {})).key).toBe(
			'replay.error.shortHeader',
		);
	});

	it('stops at a record cut short and keeps what came before', () => {
		const whole = pcap(handshake);
		const cut = whole.slice(0, whole.length - 10);
		const {listing} = scanCapture(bufferSource(cut));
		expect(listing.packets).toBe(2);
		expect(listing.stop).toMatchObject({kind: 'truncated', packet: 3});
		expect(listing.connections[0]?.segments).toBe(2);
		// Cut inside the record header too.
		const inHeader = scanCapture(
			bufferSource(whole.slice(0, 24 + 16 + must(handshake[0]).data.length + 5)),
		);
		expect(inHeader.listing.stop).toMatchObject({kind: 'truncated', packet: 2});
	});

	it('takes an absurd record length for damage, not a reason to allocate', () => {
		const bytes = pcap(handshake);
		new DataView(bytes.buffer).setUint32(24 + 8, 0xff_ff_ff_f0, true);
		const {listing} = scanCapture(bufferSource(bytes));
		expect(listing.stop).toMatchObject({kind: 'damaged', packet: 1});
	});
});

describe('pcapng', () => {
	it('reads several sections, byte orders, interfaces, link types and block kinds', () => {
		const [syn, synAck, ack] = handshake;
		const raw = must(conversation([['c', 'A', 1001, 5001, 10]], link.raw)[0]);
		const cooked = must(conversation([['s', 'A', 5001, 1011]], link.cooked2)[0]);
		const bytes = pcapng([
			{
				interfaces: [{linkType: 1}, {linkType: 101, resolution: 9}],
				otherBlocks: [4, 5, 0x0bad],
				packets: [
					{...must(syn), interfaceId: 0},
					{...must(synAck), interfaceId: 0, block: 'pb'},
					{...must(ack), block: 'spb'},
					{...raw, interfaceId: 1, nanos: 3_000_123},
				],
			},
			{
				little: false,
				interfaces: [{linkType: 276, resolution: 0x80 | 20}],
				packets: [{...cooked, seconds: 1_700_000_001, nanos: 300_000_000}],
			},
		]);
		const packets = packetsOf(bytes);
		expect(packets.map((packet) => packet.linkType)).toEqual([1, 1, 1, 101, 276]);
		expect(packets.map((packet) => packet.interfaceId)).toEqual([0, 0, 0, 1, 0]);
		// Nanosecond resolution keeps every digit; 2^-20 s rounds to the nanosecond below.
		expect(packets[3]?.nanos).toBe(3_000_123);
		expect(packets[4]).toMatchObject({seconds: 1_700_000_001, nanos: 299_999_237});
		// A Simple Packet Block has no time.
		expect(packets[2]?.seconds).toBe(0);
		const {listing} = scanCapture(bufferSource(bytes));
		expect(listing.format).toBe('pcapng');
		expect(listing.linkTypes).toEqual([1, 101, 276]);
		expect(listing.connections).toHaveLength(1);
		expect(listing.connections[0]).toMatchObject({segments: 5, payloadBytes: 10});
	});

	it('stops at a block cut short, and at a block whose two lengths differ', () => {
		const bytes = pcapng([{interfaces: [{linkType: 1}], packets: handshake}]);
		const cut = scanCapture(bufferSource(bytes.slice(0, bytes.length - 6))).listing;
		expect(cut.stop?.kind).toBe('truncated');
		expect(cut.connections[0]?.segments).toBe(2);
		const damaged = bytes.slice();
		new DataView(damaged.buffer).setUint32(damaged.length - 4, 12, true);
		expect(scanCapture(bufferSource(damaged)).listing.stop?.kind).toBe('damaged');
	});

	it('splits 64-bit timestamps exactly, whatever their resolution', () => {
		// 1 700 000 000.123456789 s in nanoseconds passes 2^53.
		const stamp = 1_700_000_000_123_456_789n;
		const split = splitTimestamp(Number(stamp >> 32n), Number(stamp & 0xff_ff_ff_ffn), 1e9);
		expect(split).toEqual({seconds: 1_700_000_000, nanos: 123_456_789});
		const micro = 1_700_000_000_654_321n;
		expect(splitTimestamp(Number(micro >> 32n), Number(micro & 0xff_ff_ff_ffn), 1e6)).toEqual({
			seconds: 1_700_000_000,
			nanos: 654_321_000,
		});
	});
});

describe('link types', () => {
	const segment = tcp({sport: 1234, dport: 443, seq: 7, flags: 'S', options: synOptions});
	const v4 = ipv4(segment, {src: [192, 0, 2, 1], dst: [198, 51, 100, 2]});
	const v6 = ipv6(segment, {
		src: [0x2001, 0xdb8, 0, 0, 0, 0, 0, 1],
		dst: [0x2001, 0xdb8, 0, 0, 0, 0, 0, 2],
	});
	it.each([
		['Ethernet', 1, link.ethernet(v4)],
		['Ethernet with an 802.1Q tag', 1, link.ethernet(v4, 1)],
		['Ethernet with two tags', 1, link.ethernet(v6, 2)],
		['Linux cooked v1', 113, link.cooked(v4)],
		['Linux cooked v2', 276, link.cooked2(v6)],
		['BSD loopback, little-endian', 0, link.null(v4, true)],
		['BSD loopback, big-endian', 0, link.null(v6, false)],
		['BSD loopback, Linux AF_INET6', 0, link.null(v6, true, 10)],
		['OpenBSD loopback', 108, link.loop(v6)],
		['raw IP (101)', 101, link.raw(v4)],
		['raw IP (12)', 12, link.raw(v6)],
		['raw IP (14)', 14, link.raw(v4)],
		['raw IPv4', 228, v4],
		['raw IPv6', 229, v6],
	])('%s', (_, linkType, data) => {
		const result = decoded(linkType, data);
		expect(result).toMatchObject({
			src: {port: 1234},
			dst: {port: 443},
			seq: 7,
			flags: 0x02,
			payloadLength: 0,
		});
		expect(result.src.ip).toBe(result.family === 4 ? '192.0.2.1' : '2001:db8::1');
		expect(result.options).toEqual({
			mss: 1460,
			sackPermitted: true,
			timestamp: {value: 7, echo: 0},
			windowScale: 7,
		});
	});

	it('skips what is not TCP over IP, and a link type it does not know', () => {
		const udp = ipv4(tcp(), {protocol: 17});
		const packet = (linkType: number, data: Uint8Array) =>
			decodePacket(
				{
					number: 1,
					linkType,
					interfaceId: 0,
					seconds: 0,
					nanos: 0,
					data,
					originalLength: data.length,
				},
				false,
			);
		expect(packet(1, link.ethernet(udp))).toBe('notTcp');
		const arp = link.ethernet(v4);
		arp.set([0x08, 0x06], 12);
		expect(packet(1, arp)).toBe('notIp');
		expect(packet(147, v4)).toBe('linkType');
	});
});

describe('IP headers', () => {
	const segment = tcp({seq: 9, flags: 'PA', payload: 100});

	it('skips IPv4 options, and takes the length from the IP header, not the frame', () => {
		const withOptions = ipv4(segment, {ipOptions: [0x94, 4, 0, 0, 1, 1, 1, 0]});
		// Ethernet pads short frames; the padding is not data.
		const framed = new Uint8Array([...link.ethernet(withOptions), 0, 0, 0, 0]);
		expect(decoded(1, framed)).toMatchObject({seq: 9, payloadLength: 100});
	});

	it('takes the captured length when the total length is 0 (segmentation offload)', () => {
		expect(decoded(101, ipv4(segment, {totalLength: 0})).payloadLength).toBe(100);
	});

	it('skips IPv6 hop-by-hop, routing, destination options and an atomic fragment header', () => {
		const packet = ipv6(segment, {
			extensions: [
				extension.hopByHop,
				extension.routing,
				extension.destination,
				extension.atomicFragment,
			],
		});
		expect(decoded(229, packet)).toMatchObject({seq: 9, payloadLength: 100});
	});

	it('leaves out fragments that do not hold a whole segment', () => {
		const skip = (data: Uint8Array) =>
			decodePacket(
				{number: 1, linkType: 101, interfaceId: 0, seconds: 0, nanos: 0, data, originalLength: 0},
				false,
			);
		expect(skip(ipv6(segment, {extensions: [extension.laterFragment]}))).toBe('fragment');
		expect(skip(ipv4(segment, {fragment: 0x20_00}))).toBe('fragment');
		expect(skip(ipv4(segment, {fragment: 0x00_10}))).toBe('fragment');
	});

	it('writes IPv6 addresses as RFC 5952 does', () => {
		const text = (groups: number[]) => {
			const bytes = new Uint8Array(16);
			for (const [index, group] of groups.entries())
				new DataView(bytes.buffer).setUint16(index * 2, group);
			return ipv6Text(bytes, 0);
		};
		expect(text([0, 0, 0, 0, 0, 0, 0, 1])).toBe('::1');
		expect(text([0x2001, 0xdb8, 0, 1, 0, 0, 0, 1])).toBe('2001:db8:0:1::1');
		expect(text([0, 0, 0, 0, 0, 0xffff, 0xc000, 0x0201])).toBe('::ffff:192.0.2.1');
		expect(text([1, 2, 3, 4, 5, 6, 7, 8])).toBe('1:2:3:4:5:6:7:8');
	});
});

describe('snap length and empty captures', () => {
	it('counts packets whose TCP header the snap length cut, and says why nothing is left', () => {
		const cut = handshake.map((packet) => ({
			...packet,
			data: packet.data.slice(0, 14 + 20 + 10),
			originalLength: packet.data.length,
		}));
		const {listing} = scanCapture(bufferSource(pcap(cut, {snapLength: 44})));
		expect(listing.skipped.cut).toBe(3);
		expect(listing.connections).toEqual([]);
		expect(emptyReason(listing).key).toBe('replay.error.cutHeaders');
	});

	it('reads a segment whose options the snap length cut, without them', () => {
		const packet = must(handshake[0]);
		const data = packet.data.slice(0, 14 + 20 + 24);
		const result = decoded(1, data);
		expect(result.seq).toBe(1000);
		expect(result.options).toBeNull();
	});

	it('tells a capture with no TCP from one with no packets', () => {
		const udp = link.ethernet(ipv4(tcp(), {protocol: 17}));
		const none = scanCapture(bufferSource(pcap([{data: udp}, {data: udp}]))).listing;
		expect(emptyReason(none).key).toBe('replay.error.noTcp');
		expect(emptyReason(scanCapture(bufferSource(pcap([]))).listing).key).toBe(
			'replay.error.noPackets',
		);
	});
});

describe('connections', () => {
	it('splits a reused 4-tuple into connections, and tells how each ended', () => {
		const first = conversation([
			['c', 'S', 100, 0],
			['s', 'RA', 0, 101],
			['c', 'S', 9000, 0],
			['s', 'SA', 7000, 9001],
			['c', 'A', 9001, 7001],
			['c', 'FA', 9001, 7001],
			['s', 'FA', 7001, 9002],
			['c', 'A', 9002, 7002],
		]);
		const {listing} = scanCapture(bufferSource(pcap(first)));
		expect(listing.connections.map((connection) => connection.ending)).toEqual([
			'refused',
			'closed',
		]);
		expect(listing.connections.map((connection) => connection.segments)).toEqual([2, 6]);
	});

	it('guesses the server by the lower port when no SYN was captured', () => {
		const midstream = conversation([
			['s', 'PA', 7000, 9000, 10],
			['c', 'A', 9000, 7010],
		]);
		const {listing} = scanCapture(bufferSource(pcap(midstream)));
		expect(listing.connections[0]).toMatchObject({
			roles: 'port',
			startedBefore: true,
			server: {port: 80},
			ending: 'open',
		});
	});
});
