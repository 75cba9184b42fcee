// A seeded pseudo-random generator (mulberry32), so that `--seed` gives every student the same quiz.

export type Random = {
	/** A number in [0, 1). */
	readonly next: () => number;
	/** An integer from min to max, both included. */
	readonly int: (min: number, max: number) => number;
	readonly pick: <T>(items: readonly T[]) => T;
	/** A shuffled copy (Fisher-Yates); the input is left as it was. */
	readonly shuffle: <T>(items: readonly T[]) => T[];
};

export function createRandom(seed: number): Random {
	let state = seed >>> 0;
	const next = (): number => {
		state = (state + 0x6d_2b_79_f5) >>> 0;
		let mixed = state;
		mixed = Math.imul(mixed ^ (mixed >>> 15), mixed | 1);
		mixed ^= mixed + Math.imul(mixed ^ (mixed >>> 7), mixed | 61);
		return ((mixed ^ (mixed >>> 14)) >>> 0) / 4_294_967_296;
	};
	const int = (min: number, max: number): number => {
		if (!Number.isInteger(min) || !Number.isInteger(max) || max < min) {
			throw new RangeError(`no integer from ${min} to ${max}`);
		}
		return min + Math.floor(next() * (max - min + 1));
	};
	const pick = <T>(items: readonly T[]): T => {
		if (items.length === 0) throw new RangeError('cannot pick from an empty list');
		return items[int(0, items.length - 1)] as T;
	};
	const shuffle = <T>(items: readonly T[]): T[] => {
		const copy = [...items];
		for (let index = copy.length - 1; index > 0; index--) {
			const other = int(0, index);
			[copy[index], copy[other]] = [copy[other] as T, copy[index] as T];
		}
		return copy;
	};
	return {next, int, pick, shuffle};
}
