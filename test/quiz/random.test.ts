import fc from 'fast-check';
import {describe, expect, it} from 'vitest';
import {createRandom} from '../../source/quiz/random.js';

function draws(seed: number, count = 20): number[] {
	const random = createRandom(seed);
	return Array.from({length: count}, () => random.next());
}

describe('createRandom', () => {
	it('gives the same sequence for the same seed', () => {
		fc.assert(
			fc.property(fc.integer(), (seed) => {
				expect(draws(seed)).toEqual(draws(seed));
			}),
		);
	});

	it('gives different sequences for different seeds', () => {
		expect(draws(1)).not.toEqual(draws(2));
		expect(draws(0)).not.toEqual(draws(0xff_ff_ff_ff));
	});

	it('draws numbers in [0, 1)', () => {
		for (const value of draws(42, 10_000)) {
			expect(value).toBeGreaterThanOrEqual(0);
			expect(value).toBeLessThan(1);
		}
	});

	it('draws integers in the range, both ends included, and reaches both ends', () => {
		const random = createRandom(7);
		const seen = new Set<number>();
		for (let index = 0; index < 2000; index++) {
			const value = random.int(-2, 3);
			expect(Number.isInteger(value)).toBe(true);
			seen.add(value);
		}
		expect([...seen].sort((a, b) => a - b)).toEqual([-2, -1, 0, 1, 2, 3]);
	});

	it('draws the whole 32-bit range', () => {
		const random = createRandom(3);
		const values = Array.from({length: 1000}, () => random.int(0, 0xff_ff_ff_ff));
		expect(values.every((value) => value >= 0 && value <= 0xff_ff_ff_ff)).toBe(true);
		expect(values.some((value) => value > 0x80_00_00_00)).toBe(true);
	});

	it('refuses an empty range and an empty list', () => {
		const random = createRandom(1);
		expect(() => random.int(3, 2)).toThrow(RangeError);
		expect(() => random.pick([])).toThrow(RangeError);
	});

	it('shuffles into a permutation and leaves the input alone', () => {
		fc.assert(
			fc.property(fc.integer(), fc.array(fc.integer()), (seed, items) => {
				const before = [...items];
				const shuffled = createRandom(seed).shuffle(items);
				expect(items).toEqual(before);
				expect([...shuffled].sort()).toEqual([...items].sort());
			}),
		);
	});

	it('shuffles differently for different seeds', () => {
		const items = Array.from({length: 10}, (_, index) => index);
		expect(createRandom(1).shuffle(items)).not.toEqual(createRandom(2).shuffle(items));
	});
});
