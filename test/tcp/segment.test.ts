import {describe, expect, it} from 'vitest';
import {
	type Flag,
	flagsLabel,
	has,
	maxSequence,
	type Segment,
	segmentLength,
	seqAdd,
	seqDiff,
	seqLe,
	seqLt,
} from '../../source/tcp/segment.js';

const top = maxSequence; // 2^32 - 1

function segment(flags: readonly Flag[], len = 0): Segment {
	return {from: 'client', to: 'server', flags, seq: 0, ack: flags.includes('ACK') ? 0 : null, len};
}

describe('seqAdd', () => {
	it.each([
		[0, 0, 0],
		[100, 1, 101],
		[100, 65_535, 65_635],
		[top, 1, 0],
		[top, 2, 1],
		[top - 15, 32, 16],
		[0, top, top],
		[2 ** 31, 2 ** 31, 0],
		[top, top, top - 1],
	])('%i + %i = %i (mod 2^32)', (a, n, sum) => {
		expect(seqAdd(a, n)).toBe(sum);
	});
});

describe('seqDiff', () => {
	it.each([
		[10, 20, 10],
		[20, 10, -10],
		[7, 7, 0],
		[top, 0, 1],
		[0, top, -1],
		[top - 15, 16, 32],
		[16, top - 15, -32],
		[0, 2 ** 31 - 1, 2 ** 31 - 1],
		// Half way round the circle the distance is ambiguous; the int32 result is negative.
		[0, 2 ** 31, -(2 ** 31)],
	])('from %i to %i is %i', (a, b, distance) => {
		expect(seqDiff(a, b)).toBe(distance);
	});
});

describe('seqLt and seqLe', () => {
	it.each([
		{a: 1, b: 2, lt: true, le: true},
		{a: 2, b: 1, lt: false, le: false},
		{a: 5, b: 5, lt: false, le: true},
		{a: top, b: 0, lt: true, le: true},
		{a: 0, b: top, lt: false, le: false},
		{a: top - 15, b: 5, lt: true, le: true},
		{a: 5, b: top - 15, lt: false, le: false},
		{a: top, b: top, lt: false, le: true},
		{a: 2 ** 31 - 1, b: 2 ** 31, lt: true, le: true},
	])('$a < $b is $lt, $a <= $b is $le', ({a, b, lt, le}) => {
		expect(seqLt(a, b)).toBe(lt);
		expect(seqLe(a, b)).toBe(le);
	});
});

describe('segmentLength', () => {
	it.each([
		{flags: ['ACK'], len: 0, length: 0},
		{flags: ['SYN'], len: 0, length: 1},
		{flags: ['SYN', 'ACK'], len: 0, length: 1},
		{flags: ['FIN', 'ACK'], len: 0, length: 1},
		{flags: ['ACK'], len: 100, length: 100},
		{flags: ['FIN', 'ACK'], len: 50, length: 51},
		{flags: ['SYN', 'FIN'], len: 0, length: 2},
		{flags: ['RST'], len: 0, length: 0},
		{flags: ['RST', 'ACK'], len: 0, length: 0},
	] satisfies Array<{flags: Flag[]; len: number; length: number}>)(
		'$flags with $len bytes occupies $length',
		({flags, len, length}) => {
			expect(segmentLength(segment(flags, len))).toBe(length);
		},
	);

	it('a SYN at 2^32 - 1 makes the next sequence number 0, a FIN there too', () => {
		expect(seqAdd(top, segmentLength(segment(['SYN'])))).toBe(0);
		expect(seqAdd(top, segmentLength(segment(['FIN', 'ACK'])))).toBe(0);
		expect(seqAdd(top - 9, segmentLength(segment(['ACK'], 20)))).toBe(10);
	});
});

describe('flagsLabel and has', () => {
	it.each([
		{flags: [], label: ''},
		{flags: ['ACK'], label: 'ACK'},
		{flags: ['ACK', 'SYN'], label: 'SYN,ACK'},
		{flags: ['SYN', 'ACK'], label: 'SYN,ACK'},
		{flags: ['ACK', 'FIN'], label: 'FIN,ACK'},
		{flags: ['RST', 'ACK'], label: 'RST,ACK'},
		{flags: ['ACK', 'RST', 'FIN', 'SYN'], label: 'SYN,FIN,RST,ACK'},
	] satisfies Array<{flags: Flag[]; label: string}>)(
		'$flags prints as "$label"',
		({flags, label}) => {
			expect(flagsLabel(flags)).toBe(label);
		},
	);

	it('has looks at the flags only', () => {
		const synAck = segment(['SYN', 'ACK']);
		expect(has(synAck, 'SYN')).toBe(true);
		expect(has(synAck, 'ACK')).toBe(true);
		expect(has(synAck, 'FIN')).toBe(false);
		expect(has(synAck, 'RST')).toBe(false);
	});
});
