// At most `most` pieces of work at a time; the rest wait their turn, in order. For the kernel tests,
// which run a few network namespaces side by side, not all of them at once.
export function limited(most: number): <T>(work: () => Promise<T>) => Promise<T> {
	let running = 0;
	const waiting: Array<() => void> = [];
	return async (work) => {
		if (running >= most) {
			await new Promise<void>((resolve) => {
				waiting.push(resolve);
			});
		}
		running++;
		try {
			return await work();
		} finally {
			running--;
			waiting.shift()?.();
		}
	};
}
