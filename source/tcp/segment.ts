// Segments and sequence-number arithmetic modulo 2^32 (RFC 9293 §3.4).
import type {Side} from './states.js';

export const maxSequence = 0xff_ff_ff_ff;

export type Flag = 'SYN' | 'ACK' | 'FIN' | 'RST';

/** Flags in the order Wireshark and tcpdump print them. */
export const flagOrder: readonly Flag[] = ['SYN', 'FIN', 'RST', 'ACK'];

export type Segment = {
	readonly from: Side;
	readonly to: Side;
	readonly flags: readonly Flag[];
	readonly seq: number;
	/** Null when the ACK flag is off. */
	readonly ack: number | null;
	/** Payload length in bytes. */
	readonly len: number;
};

export function seqAdd(a: number, n: number): number {
	return (a + n) >>> 0;
}

/** Signed distance b - a in sequence space, so that comparisons survive the 2^32 wrap. */
export function seqDiff(a: number, b: number): number {
	return (b - a) | 0;
}

export function seqLt(a: number, b: number): boolean {
	return seqDiff(a, b) > 0;
}

export function seqLe(a: number, b: number): boolean {
	return seqDiff(a, b) >= 0;
}

export function has(segment: Segment, flag: Flag): boolean {
	return segment.flags.includes(flag);
}

/** How much sequence space a segment occupies: SYN and FIN count one each, data its length. */
export function segmentLength(segment: Segment): number {
	return segment.len + (has(segment, 'SYN') ? 1 : 0) + (has(segment, 'FIN') ? 1 : 0);
}

export function flagsLabel(flags: readonly Flag[]): string {
	return flagOrder.filter((flag) => flags.includes(flag)).join(',');
}

/** The same segment: sender, numbers, length and flags (in any order). */
export function sameSegment(a: Segment, b: Segment): boolean {
	return (
		a.from === b.from &&
		a.seq === b.seq &&
		a.ack === b.ack &&
		a.len === b.len &&
		a.flags.length === b.flags.length &&
		a.flags.every((flag) => b.flags.includes(flag))
	);
}
