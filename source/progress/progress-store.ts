// The progress file on disk: read once at start, saved atomically, and never fatal.
import {randomBytes} from 'node:crypto';
import * as nodeFs from 'node:fs';
import path from 'node:path';
import {t} from '../i18n/index.js';
import {emptyProgress, type Progress, parseProgress} from './progress.js';

/** The part of node:fs the store uses; tests pass one that fails. */
export type ProgressFs = {
	readFileSync(file: string, encoding: 'utf8'): string;
	writeFileSync(file: string, data: string, options: {mode: number; flag: string}): void;
	renameSync(from: string, to: string): void;
	mkdirSync(directory: string, options: {recursive: true; mode: number}): unknown;
	unlinkSync(file: string): void;
};

export type ProgressStore = {
	/** What the file held at start: empty if it was missing or could not be used. */
	readonly progress: Progress;
	/** One line to show at start when the file could not be used, else null. */
	readonly warning: string | null;
	/** Null when saved. The first failure returns one line; after that saving stops, silently. */
	save(next: Progress): string | null;
	/** Deletes the file (a missing one is fine); one line if it could not. */
	reset(): string | null;
};

type Saving = 'on' | 'keepFile' | 'failed';

export function openProgressStore(file: string, fs: ProgressFs = nodeFs): ProgressStore {
	const opened = read(file, fs);
	// Saving over a file that could not be read would lose whatever it holds.
	let saving: Saving = opened.warning === null ? 'on' : 'keepFile';
	return {
		...opened,
		save(next) {
			if (saving !== 'on') return null;
			try {
				write(file, next, fs);
				return null;
			} catch (error) {
				saving = 'failed';
				return t('progress.unwritable', {path: file, reason: reasonOf(error)});
			}
		},
		reset() {
			try {
				fs.unlinkSync(file);
			} catch (error) {
				if (codeOf(error) !== 'ENOENT') {
					return t('progress.resetFailed', {path: file, reason: reasonOf(error)});
				}
			}

			if (saving === 'keepFile') saving = 'on';
			return null;
		},
	};
}

function read(file: string, fs: ProgressFs): {progress: Progress; warning: string | null} {
	let text: string;
	try {
		text = fs.readFileSync(file, 'utf8');
	} catch (error) {
		if (codeOf(error) === 'ENOENT') return {progress: emptyProgress(), warning: null};
		const warning = t('progress.unreadable', {path: file, reason: reasonOf(error)});
		return {progress: emptyProgress(), warning};
	}

	// An empty file (from touch, say) holds nothing to lose.
	if (text.trim() === '') return {progress: emptyProgress(), warning: null};
	const progress = parseProgress(text);
	if (progress) return {progress, warning: null};
	return {progress: emptyProgress(), warning: t('progress.corrupt', {path: file})};
}

// A reader never sees half a file: the new one is complete before it takes the old one's name.
function write(file: string, progress: Progress, fs: ProgressFs): void {
	fs.mkdirSync(path.dirname(file), {recursive: true, mode: 0o700});
	// Random and exclusive, so nobody can plant a link at the name in a shared directory.
	const temporary = `${file}.${randomBytes(6).toString('hex')}.tmp`;
	try {
		fs.writeFileSync(temporary, `${JSON.stringify(progress, null, '\t')}\n`, {
			mode: 0o600,
			flag: 'wx',
		});
		fs.renameSync(temporary, file);
	} catch (error) {
		removeQuietly(temporary, fs);
		throw error;
	}
}

function removeQuietly(file: string, fs: ProgressFs): void {
	try {
		fs.unlinkSync(file);
	} catch {
		// It may never have been created; the error worth reporting is the caller's.
	}
}

function codeOf(error: unknown): string | undefined {
	const code = (error as {code?: unknown} | null)?.code;
	return typeof code === 'string' ? code : undefined;
}

function reasonOf(error: unknown): string {
	const text = codeOf(error) ?? (error instanceof Error ? error.message : String(error));
	return text.replaceAll(/\s+/g, ' ');
}
