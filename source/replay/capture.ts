// A small reader for pcap (microsecond and nanosecond, either byte order, and the old "modified"
// pcap) and pcapng (several sections, interfaces and link types). It streams: the file is read
// in chunks with readSync, and each packet is handed to a callback as a view into the chunk.
import type {ByteSource} from './byte-source.js';
import {CaptureError} from './capture-error.js';

export type CaptureFormat = 'pcap' | 'pcapng';

/** One captured packet. `data` is only valid during the callback: the chunk is reused. */
export type RawPacket = {
	/** 1 for the file's first packet, as Wireshark numbers them. */
	readonly number: number;
	readonly linkType: number;
	/** The pcapng interface (0 in a pcap file). */
	readonly interfaceId: number;
	/** Capture time: whole seconds since 1970, and nanoseconds within the second. */
	readonly seconds: number;
	readonly nanos: number;
	readonly data: Uint8Array;
	/** The packet's length on the wire; more than data.length when the snap length cut it. */
	readonly originalLength: number;
};

/** Where reading stopped before the end of the file, and why. */
export type Stop = {
	readonly kind: 'truncated' | 'damaged';
	/** The number of the packet that could not be read (the last one read is one less). */
	readonly packet: number;
	/** Byte offset of the record or block where reading stopped. */
	readonly offset: number;
};

export type CaptureSummary = {
	readonly format: CaptureFormat;
	readonly packets: number;
	readonly linkTypes: readonly number[];
	readonly stop: Stop | null;
};

/** A record or block larger than this is taken for damage rather than read into memory. */
const maxRecord = 64 * 1024 * 1024;
const chunkSize = 1024 * 1024;

/**
 * Bytes from a source through one reusable buffer: `need(n)` makes n bytes available from
 * `start`, reading more (and moving what is left to the front) only when it must.
 */
class Reader {
	buffer: Uint8Array;
	view: DataView;
	start = 0;
	private end = 0;
	/** File offset of buffer[end]. */
	private filled = 0;
	private readonly source: ByteSource;

	constructor(source: ByteSource) {
		this.source = source;
		// A small file gets a buffer its size; a large one is read a chunk at a time.
		this.buffer = new Uint8Array(Math.min(chunkSize, Math.max(4096, source.size)));
		this.view = new DataView(this.buffer.buffer);
	}

	/** File offset of buffer[start]. */
	get offset(): number {
		return this.filled - (this.end - this.start);
	}

	get available(): number {
		return this.end - this.start;
	}

	need(count: number): boolean {
		if (this.end - this.start >= count) return true;
		if (this.buffer.length - this.start < count) {
			const rest = this.buffer.subarray(this.start, this.end);
			if (this.buffer.length < count) {
				const bigger = new Uint8Array(Math.max(count, this.buffer.length * 2));
				bigger.set(rest);
				this.buffer = bigger;
				this.view = new DataView(bigger.buffer);
			} else {
				this.buffer.copyWithin(0, this.start, this.end);
			}
			this.end -= this.start;
			this.start = 0;
		}
		while (this.end - this.start < count) {
			const read = this.source.read(
				this.buffer,
				this.end,
				this.buffer.length - this.end,
				this.filled,
			);
			if (read <= 0) return false;
			this.end += read;
			this.filled += read;
		}
		return true;
	}

	skip(count: number): void {
		this.start += count;
	}

	u32(at: number, little: boolean): number {
		return this.view.getUint32(this.start + at, little);
	}

	u16(at: number, little: boolean): number {
		return this.view.getUint16(this.start + at, little);
	}

	bytes(at: number, length: number): Uint8Array {
		return this.buffer.subarray(this.start + at, this.start + at + length);
	}
}

export type PacketHandler = (packet: RawPacket) => void;

const pcapMagics: Readonly<Record<number, {little: boolean; nano: boolean; modified?: true}>> = {
	2712847316: {little: true, nano: false},
	3569595041: {little: false, nano: false},
	2712812621: {little: true, nano: true},
	1295823521: {little: false, nano: true},
	// Alexey Kuznetzov's "modified pcap": 8 more bytes in each record header.
	2712849716: {little: true, nano: false, modified: true},
	885895841: {little: false, nano: false, modified: true},
};

const shbType = 0x0a_0d_0d_0a;

/** Read every packet of a capture, in file order. Throws CaptureError if it is not one. */
export function readCapture(source: ByteSource, onPacket: PacketHandler): CaptureSummary {
	const reader = new Reader(source);
	if (!reader.need(4)) {
		throw new CaptureError(source.size === 0 ? 'replay.error.empty' : 'replay.error.notCapture', {
			start: hexStart(reader),
		});
	}
	const magic = reader.u32(0, true);
	if (magic === shbType) return readPcapng(reader, onPacket);
	const pcap = pcapMagics[magic];
	if (!pcap) throw new CaptureError('replay.error.notCapture', {start: hexStart(reader)});
	return readPcap(reader, pcap, onPacket);
}

function hexStart(reader: Reader): string {
	return [...reader.bytes(0, Math.min(4, reader.available))]
		.map((byte) => byte.toString(16).padStart(2, '0'))
		.join(' ');
}

function readPcap(
	reader: Reader,
	{little, nano, modified}: {little: boolean; nano: boolean; modified?: true},
	onPacket: PacketHandler,
): CaptureSummary {
	if (!reader.need(24)) throw new CaptureError('replay.error.shortHeader');
	// Bits 16 and up carry the FCS length; the link type is the low 16 bits.
	const linkType = reader.u32(20, little) & 0xff_ff;
	reader.skip(24);
	const headerLength = modified ? 24 : 16;
	let number = 0;
	const summary = (stop: Stop | null): CaptureSummary => ({
		format: 'pcap',
		packets: number,
		linkTypes: [linkType],
		stop,
	});
	for (;;) {
		if (!reader.need(headerLength)) {
			return summary(
				reader.available === 0
					? null
					: {kind: 'truncated', packet: number + 1, offset: reader.offset},
			);
		}
		const seconds = reader.u32(0, little);
		const fraction = reader.u32(4, little);
		const captured = reader.u32(8, little);
		const original = reader.u32(12, little);
		if (captured > maxRecord || fraction >= (nano ? 1e9 : 1e6)) {
			return summary({kind: 'damaged', packet: number + 1, offset: reader.offset});
		}
		if (!reader.need(headerLength + captured)) {
			return summary({kind: 'truncated', packet: number + 1, offset: reader.offset});
		}
		number++;
		onPacket({
			number,
			linkType,
			interfaceId: 0,
			seconds,
			nanos: nano ? fraction : fraction * 1000,
			data: reader.bytes(headerLength, captured),
			originalLength: Math.max(original, captured),
		});
		reader.skip(headerLength + captured);
	}
}

type Interface = {
	readonly linkType: number;
	readonly snapLength: number;
	/** Timestamp units per second, from if_tsresol (10^6 by default). */
	readonly unitsPerSecond: number;
	/** if_tsoffset: seconds to add to every timestamp. */
	readonly offsetSeconds: number;
};

function interfaceOptions(
	reader: Reader,
	from: number,
	to: number,
	little: boolean,
): Pick<Interface, 'unitsPerSecond' | 'offsetSeconds'> {
	let unitsPerSecond = 1e6;
	let offsetSeconds = 0;
	let at = from;
	while (at + 4 <= to) {
		const code = reader.u16(at, little);
		const length = reader.u16(at + 2, little);
		if (code === 0) break;
		const value = at + 4;
		if (value + length > to) break;
		if (code === 9 && length >= 1) {
			const resolution = reader.bytes(value, 1)[0] ?? 6;
			const exponent = resolution & 0x7f;
			// Beyond these the units are too fine for a double to hold a timestamp's seconds.
			unitsPerSecond =
				resolution & 0x80 ? 2 ** Math.min(exponent, 62) : 10 ** Math.min(exponent, 18);
		}
		if (code === 14 && length >= 8) {
			const high = reader.u32(little ? value + 4 : value, little) | 0;
			const low = reader.u32(little ? value : value + 4, little);
			offsetSeconds = high * 2 ** 32 + low;
		}
		at = value + Math.ceil(length / 4) * 4;
	}
	return {unitsPerSecond, offsetSeconds};
}

/** A 64-bit timestamp in `units` per second, as whole seconds and nanoseconds, exactly. */
export function splitTimestamp(
	high: number,
	low: number,
	unitsPerSecond: number,
): {seconds: number; nanos: number} {
	if (high < 0x20_00_00 && Number.isSafeInteger(unitsPerSecond)) {
		const value = high * 2 ** 32 + low;
		let seconds = Math.floor(value / unitsPerSecond);
		let rest = value - seconds * unitsPerSecond;
		if (rest < 0) {
			seconds--;
			rest += unitsPerSecond;
		} else if (rest >= unitsPerSecond) {
			seconds++;
			rest -= unitsPerSecond;
		}
		return {seconds, nanos: Math.floor((rest * 1e9) / unitsPerSecond)};
	}
	const value = (BigInt(high) << 32n) | BigInt(low);
	const units = BigInt(unitsPerSecond);
	return {
		seconds: Number(value / units),
		nanos: Number(((value % units) * 1_000_000_000n) / units),
	};
}

function readPcapng(reader: Reader, onPacket: PacketHandler): CaptureSummary {
	let little = true;
	let interfaces: Interface[] = [];
	const linkTypes = new Set<number>();
	let number = 0;
	let sawSection = false;
	const summary = (stop: Stop | null): CaptureSummary => ({
		format: 'pcapng',
		packets: number,
		linkTypes: [...linkTypes],
		stop,
	});
	const damaged = () => summary({kind: 'damaged', packet: number + 1, offset: reader.offset});
	const truncated = () => summary({kind: 'truncated', packet: number + 1, offset: reader.offset});
	for (;;) {
		if (!reader.need(8)) return reader.available === 0 ? summary(null) : truncated();
		let type = reader.u32(0, little);
		if (type === shbType) {
			// The section's byte order is in its byte-order magic, after the type and length.
			if (!reader.need(12)) {
				if (sawSection) return truncated();
				throw new CaptureError('replay.error.shortHeader');
			}
			const order = reader.u32(8, true);
			if (order === 0x1a_2b_3c_4d) little = true;
			else if (order === 0x4d_3c_2b_1a) little = false;
			else if (sawSection) return damaged();
			else throw new CaptureError('replay.error.notCapture', {start: hexStart(reader)});
			type = shbType;
		}
		const length = reader.u32(4, little);
		if (length < 12 || length % 4 !== 0 || length > maxRecord) {
			if (!sawSection) throw new CaptureError('replay.error.shortHeader');
			return damaged();
		}
		if (!reader.need(length)) {
			if (!sawSection) throw new CaptureError('replay.error.shortHeader');
			return truncated();
		}
		if (reader.u32(length - 4, little) !== length) {
			if (!sawSection) throw new CaptureError('replay.error.shortHeader');
			return damaged();
		}
		const body = length - 4;
		switch (type) {
			case shbType:
				sawSection = true;
				interfaces = [];
				break;
			case 1: {
				if (length < 20) return damaged();
				const linkType = reader.u16(8, little);
				linkTypes.add(linkType);
				interfaces.push({
					linkType,
					snapLength: reader.u32(12, little),
					...interfaceOptions(reader, 16, body, little),
				});
				break;
			}
			case 6:
			case 2: {
				// Enhanced Packet Block, or the obsolete Packet Block (a 16-bit interface id).
				if (length < 32) return damaged();
				const id = type === 6 ? reader.u32(8, little) : reader.u16(8, little);
				const captured = reader.u32(20, little);
				const original = reader.u32(24, little);
				const face = interfaces[id];
				if (!face || 28 + captured > body) return damaged();
				const {seconds, nanos} = splitTimestamp(
					reader.u32(12, little),
					reader.u32(16, little),
					face.unitsPerSecond,
				);
				number++;
				onPacket({
					number,
					linkType: face.linkType,
					interfaceId: id,
					seconds: seconds + face.offsetSeconds,
					nanos,
					data: reader.bytes(28, captured),
					originalLength: Math.max(original, captured),
				});
				break;
			}
			case 3: {
				// Simple Packet Block: interface 0, no timestamp, captured length implied.
				const face = interfaces[0];
				if (!face || length < 16) return damaged();
				const original = reader.u32(8, little);
				const room = body - 12;
				const captured = Math.min(original, room, face.snapLength || room);
				number++;
				onPacket({
					number,
					linkType: face.linkType,
					interfaceId: 0,
					seconds: 0,
					nanos: 0,
					data: reader.bytes(12, captured),
					originalLength: Math.max(original, captured),
				});
				break;
			}
			default:
				// Name resolution, statistics, decryption secrets, custom blocks: nothing to replay.
				break;
		}
		reader.skip(length);
	}
}
