// Where a capture's bytes come from: a regular file read in chunks (never whole, so a 1 GB
// capture costs a few megabytes), or a buffer in memory for the tests.
import {closeSync, constants, fstatSync, openSync, readSync, type Stats} from 'node:fs';
import {CaptureError} from './capture-error.js';

export type ByteSource = {
	/** The file's size in bytes, as it was when opened. */
	readonly size: number;
	/** Copy up to `length` bytes found at `position` into `target` at `offset`; how many were read. */
	read(target: Uint8Array, offset: number, length: number, position: number): number;
	close(): void;
};

export function bufferSource(bytes: Uint8Array): ByteSource {
	return {
		size: bytes.length,
		read(target, offset, length, position) {
			const end = Math.min(bytes.length, position + length);
			if (end <= position) return 0;
			target.set(bytes.subarray(position, end), offset);
			return end - position;
		},
		close() {
			// Nothing to release.
		},
	};
}

/** Why a file that is not a regular file is refused, in the words for its kind. */
function refusalOf(stats: Stats): CaptureError['key'] {
	if (stats.isFIFO()) return 'replay.error.fifo';
	if (stats.isDirectory()) return 'replay.error.directory';
	if (stats.isCharacterDevice() || stats.isBlockDevice()) return 'replay.error.device';
	return 'replay.error.notRegular';
}

function openError(path: string, error: unknown): CaptureError {
	const code = (error as NodeJS.ErrnoException).code ?? '';
	if (code === 'ENOENT') return new CaptureError('replay.error.missing', {file: path});
	if (code === 'EACCES' || code === 'EPERM') {
		return new CaptureError('replay.error.permission', {file: path});
	}
	if (code === 'EISDIR') return new CaptureError('replay.error.directory', {file: path});
	return new CaptureError('replay.error.open', {file: path, reason: code || String(error)});
}

/**
 * Open a capture for reading. Only a regular file is accepted: a FIFO or a device could block
 * for ever or never end, and a capture is read twice (once to list, once to replay). The file is
 * opened non-blocking, so that even a FIFO swapped in after a check cannot hang the open.
 */
export function fileSource(path: string): ByteSource {
	let fd: number;
	try {
		fd = openSync(path, constants.O_RDONLY | constants.O_NONBLOCK);
	} catch (error) {
		throw openError(path, error);
	}
	try {
		const stats = fstatSync(fd);
		if (!stats.isFile()) {
			throw new CaptureError(refusalOf(stats), {file: path});
		}
		return {
			size: stats.size,
			read(target, offset, length, position) {
				return readSync(fd, target, offset, length, position);
			},
			close() {
				closeSync(fd);
			},
		};
	} catch (error) {
		closeSync(fd);
		if (error instanceof CaptureError) throw error;
		throw openError(path, error);
	}
}
