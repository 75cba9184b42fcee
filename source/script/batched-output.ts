// Output written in pieces of about 64 kB: script mode makes a piece per step, and a write per
// piece would be a system call per step.
import type {Write} from './run-script.js';

const batchSize = 65_536;

export function batched(stream: NodeJS.WritableStream): {
	readonly write: Write;
	readonly end: (last: string) => void;
} {
	let pending: string[] = [];
	let size = 0;
	const flush = () => {
		if (size > 0) stream.write(pending.join(''));
		pending = [];
		size = 0;
	};
	return {
		write(chunk) {
			if (typeof chunk !== 'string') {
				flush();
				stream.write(chunk);
				return;
			}
			pending.push(chunk);
			size += chunk.length;
			if (size >= batchSize) flush();
		},
		end(last) {
			pending.push(last);
			size += last.length;
			flush();
		},
	};
}
