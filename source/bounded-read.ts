// Reading a file a user named, without trusting it: only a regular file (a link is followed to
// one), never blocking (a FIFO or a device is refused before any read), and never more than a cap.
import fs from 'node:fs';

export type BoundedRead =
	| {readonly ok: true; readonly data: Buffer}
	| {readonly ok: false; readonly problem: 'notRegular' | 'tooLarge'; readonly size?: number};

/**
 * The file's bytes, or why not. Errors from the file system (ENOENT, EACCES, EISDIR …) are thrown
 * as usual, for the caller to word.
 */
export function readBounded(file: string, limit: number): BoundedRead {
	// O_NONBLOCK: opening a FIFO with no writer would otherwise wait forever.
	const fd = fs.openSync(file, fs.constants.O_RDONLY | fs.constants.O_NONBLOCK);
	try {
		const stat = fs.fstatSync(fd);
		if (stat.isDirectory()) {
			throw Object.assign(new Error(`EISDIR: ${file}`), {code: 'EISDIR'});
		}
		if (!stat.isFile()) return {ok: false, problem: 'notRegular'};
		if (stat.size > limit) return {ok: false, problem: 'tooLarge', size: stat.size};
		// The size can change under us (/proc files say 0): read at most limit + 1 bytes.
		const chunks: Buffer[] = [];
		let total = 0;
		const buffer = Buffer.alloc(64 * 1024);
		for (;;) {
			const count = fs.readSync(fd, buffer, 0, buffer.length, null);
			if (count === 0) break;
			total += count;
			if (total > limit) return {ok: false, problem: 'tooLarge', size: total};
			chunks.push(Buffer.from(buffer.subarray(0, count)));
		}
		return {ok: true, data: Buffer.concat(chunks, total)};
	} finally {
		fs.closeSync(fd);
	}
}
