// The progress file on disk: every student's progress on one lab account, never fatal, never
// trusted. Read only when it is a regular file of at most 1 MB, without ever blocking; saved by
// re-reading it under a lock and merging, so that two instances keep the best of both; written
// as a new file renamed onto the old one (through a symbolic link, onto its target); and never
// put in place of a device, a FIFO or a directory.
import {randomBytes} from 'node:crypto';
import * as nodeFs from 'node:fs';
import path from 'node:path';
import {type BoundedRead, readBounded} from '../bounded-read.js';
import {type Language, t} from '../i18n/index.js';
import {
	emptyProgressFile,
	type Progress,
	type ProgressFile,
	parseProgressFile,
	progressFileText,
	progressOfStudent,
	studentsOf,
	withoutStudent,
	withStudentProgress,
} from './progress.js';

/** A progress file is a few kilobytes; anything past this is not one, and is not read whole. */
export const progressFileLimit = 1024 * 1024;

/** The file system calls the store makes; tests pass some that fail. */
export type ProgressFs = {
	/** readBounded: a regular file's bytes, or why not, without blocking. */
	read(file: string, limit: number): BoundedRead;
	writeFileSync(file: string, data: string, options: {mode: number; flag: string}): void;
	renameSync(from: string, to: string): void;
	mkdirSync(directory: string, options: {mode: number}): unknown;
	unlinkSync(file: string): void;
	lstatSync(file: string): nodeFs.Stats;
	statSync(file: string): nodeFs.Stats;
	realpathSync(file: string): string;
};

export const realFs: ProgressFs = {
	read: readBounded,
	writeFileSync: (file, data, options) => nodeFs.writeFileSync(file, data, options),
	renameSync: (from, to) => nodeFs.renameSync(from, to),
	mkdirSync: (directory, options) => nodeFs.mkdirSync(directory, options),
	unlinkSync: (file) => nodeFs.unlinkSync(file),
	lstatSync: (file) => nodeFs.lstatSync(file),
	statSync: (file) => nodeFs.statSync(file),
	realpathSync: (file) => nodeFs.realpathSync(file),
};

export type StoreOptions = {
	/** The language of the warnings and failures the store words. */
	readonly lang: Language;
	/** Whose progress a version-1 file (one student's) was: the login name. */
	readonly owner?: string;
	readonly fs?: ProgressFs;
	/** How long a save waits for another instance's lock before taking it, in milliseconds. */
	readonly lockWait?: number;
};

export type ProgressStore = {
	/** One line to show at start when the file could not be used, else null. */
	readonly warning: string | null;
	/** The names with progress in the file, as last read or saved (cheap: for every frame). */
	students(): string[];
	/** The student's progress, read again from the file (another instance may have saved). */
	progressOf(student: string): Progress;
	/**
	 * Merges the student's progress into the file. Null when saved; the first failure returns one
	 * line, and after that saving stops, silently.
	 */
	save(student: string, next: Progress): string | null;
	/** Deletes the file (a missing one is fine), or with a name only that student's progress. */
	reset(student?: string): string | null;
};

/** Thrown with the reason already worded, for "cannot save … ({reason})". */
class Refused extends Error {}

type Loaded =
	| {readonly ok: true; readonly file: ProgressFile}
	| {readonly ok: false; readonly warning: string; readonly reason: string};

type Saving = 'on' | 'keepFile' | 'failed';

export function openProgressStore(file: string, options: StoreOptions): ProgressStore {
	// A holder that crashed is seen at once (its pid is gone); this is for one alive but stuck.
	const {lang, owner = 'student', fs = realFs, lockWait = 10_000} = options;
	const opened = load(lang, file, owner, fs);
	let current = opened.ok ? opened.file : emptyProgressFile();
	// Saving over a file that could not be read would lose whatever it holds.
	let saving: Saving = opened.ok ? 'on' : 'keepFile';
	const refresh = () => {
		const again = load(lang, file, owner, fs);
		if (again.ok) current = again.file;
	};

	/** Read the file again under the lock, change it, and write it; one line if that failed. */
	const update = (change: (latest: ProgressFile) => ProgressFile): string | null => {
		try {
			const target = writableTarget(lang, file, fs);
			const unlock = lock(target, fs, lockWait);
			try {
				const latest = load(lang, file, owner, fs);
				if (!latest.ok) throw new Refused(latest.reason);
				const next = change(latest.file);
				write(target, progressFileText(next), fs);
				current = next;
			} finally {
				unlock();
			}
			return null;
		} catch (error) {
			return error instanceof Refused ? error.message : reasonOf(error);
		}
	};

	return {
		warning: opened.ok ? null : opened.warning,
		students() {
			return studentsOf(current);
		},
		progressOf(student) {
			refresh();
			return progressOfStudent(current, student);
		},
		save(student, next) {
			if (saving !== 'on') return null;
			const failed = update((latest) => withStudentProgress(latest, student, next));
			if (failed === null) return null;
			saving = 'failed';
			return t(lang, 'progress.unwritable', {path: file, reason: failed});
		},
		reset(student) {
			if (student !== undefined) {
				const failed = update((latest) => withoutStudent(latest, student));
				return failed === null
					? null
					: t(lang, 'progress.resetFailed', {path: file, reason: failed});
			}

			const failed = remove(lang, file, fs);
			if (failed) return t(lang, 'progress.resetFailed', {path: file, reason: failed});
			current = emptyProgressFile();
			if (saving === 'keepFile') saving = 'on';
			return null;
		},
	};
}

function load(lang: Language, file: string, owner: string, fs: ProgressFs): Loaded {
	let read: BoundedRead;
	try {
		read = fs.read(file, progressFileLimit);
	} catch (error) {
		if (codeOf(error) === 'ENOENT') return {ok: true, file: emptyProgressFile()};
		const reason = reasonOf(error);
		return {ok: false, warning: t(lang, 'progress.unreadable', {path: file, reason}), reason};
	}

	if (!read.ok) {
		return read.problem === 'notRegular'
			? {
					ok: false,
					warning: t(lang, 'progress.notRegular', {path: file}),
					reason: t(lang, 'progress.reason.notRegular'),
				}
			: {
					ok: false,
					warning: t(lang, 'progress.tooLarge', {path: file, limit: '1 MB'}),
					reason: t(lang, 'progress.reason.tooLarge', {limit: '1 MB'}),
				};
	}

	const text = read.data.toString('utf8');
	// An empty file (from touch, say) holds nothing to lose.
	if (text.trim() === '') return {ok: true, file: emptyProgressFile()};
	const parsed = parseProgressFile(text, owner);
	if (parsed) return {ok: true, file: parsed};
	return {
		ok: false,
		warning: t(lang, 'progress.corrupt', {path: file}),
		reason: t(lang, 'progress.reason.corrupt'),
	};
}

/**
 * The regular file a save replaces: the file itself, the target of a symbolic link to one, or a
 * new file. Anything else (a device, a FIFO, a directory, a link to nothing) is refused.
 */
function writableTarget(lang: Language, file: string, fs: ProgressFs): string {
	let stats: nodeFs.Stats;
	try {
		stats = fs.lstatSync(file);
	} catch (error) {
		if (codeOf(error) !== 'ENOENT') throw error;
		makeDirectories(path.dirname(file), fs);
		return file;
	}

	if (stats.isFile()) return file;
	if (stats.isSymbolicLink()) {
		let target: string;
		try {
			target = fs.realpathSync(file);
		} catch (error) {
			if (codeOf(error) === 'ENOENT') {
				throw new Refused(t(lang, 'progress.reason.danglingLink'));
			}
			throw error;
		}
		if (isRegular(target, fs)) return target;
	}

	throw new Refused(t(lang, 'progress.reason.notRegular'));
}

/** False for anything but a regular file, a name that leads nowhere included. */
function isRegular(file: string, fs: ProgressFs): boolean {
	try {
		return fs.statSync(file).isFile();
	} catch (error) {
		if (codeOf(error) === 'ENOENT') return false;
		throw error;
	}
}

/**
 * mkdir -p, one level at a time: Node's recursive mkdir never returns under /proc, where every
 * missing parent "exists". A path deeper than any config directory is refused.
 */
function makeDirectories(directory: string, fs: ProgressFs): void {
	const missing: string[] = [];
	let at = path.resolve(directory);
	for (;;) {
		try {
			if (!fs.statSync(at).isDirectory()) {
				throw Object.assign(new Error(`ENOTDIR: ${at}`), {code: 'ENOTDIR'});
			}
			break;
		} catch (error) {
			if (codeOf(error) !== 'ENOENT') throw error;
		}
		const parent = path.dirname(at);
		if (parent === at || missing.length >= 32) {
			throw Object.assign(new Error(`ENOENT: ${directory}`), {code: 'ENOENT'});
		}
		missing.unshift(at);
		at = parent;
	}

	for (const each of missing) {
		try {
			fs.mkdirSync(each, {mode: 0o700});
		} catch (error) {
			if (codeOf(error) !== 'EEXIST') throw error;
		}
	}
}

/** Sleeps without a timer, since saving is synchronous (an Ink callback waits for it). */
function pause(ms: number): void {
	Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
}

function alive(pid: number): boolean {
	try {
		process.kill(pid, 0);
		return true;
	} catch (error) {
		return codeOf(error) === 'EPERM';
	}
}

/** A lock held longer than this is left over from a crash: saving takes milliseconds. */
const staleAfter = 10_000;

/**
 * An exclusive lock beside the target (`progress.json.lock`, holding the owner's pid), so that
 * two instances saving at once take turns. A lock whose owner is gone, or that is old, is taken
 * over; after `wait` ms so is any lock, since a progress file must never stop the program.
 */
function lock(target: string, fs: ProgressFs, wait: number): () => void {
	const name = `${target}.lock`;
	const deadline = Date.now() + wait;
	for (;;) {
		try {
			fs.writeFileSync(name, String(process.pid), {mode: 0o600, flag: 'wx'});
			return () => removeQuietly(name, fs);
		} catch (error) {
			if (codeOf(error) !== 'EEXIST') throw error;
		}
		if (Date.now() > deadline || stale(name, fs)) removeQuietly(name, fs);
		else pause(5 + Math.random() * 10);
	}
}

function stale(name: string, fs: ProgressFs): boolean {
	try {
		const read = fs.read(name, 64);
		const pid = read.ok ? Number(read.data.toString('utf8')) : Number.NaN;
		const age = Date.now() - fs.statSync(name).mtimeMs;
		// A lock just made may not have its pid written yet.
		if (!Number.isSafeInteger(pid) || pid <= 0) return age > 1000;
		return age > staleAfter || !alive(pid);
	} catch {
		// Gone already: try again.
		return false;
	}
}

// A reader never sees half a file: the new one is complete before it takes the old one's name.
function write(target: string, text: string, fs: ProgressFs): void {
	// Random and exclusive, so nobody can plant a link at the name in a shared directory.
	const temporary = `${target}.${randomBytes(6).toString('hex')}.tmp`;
	try {
		fs.writeFileSync(temporary, text, {mode: 0o600, flag: 'wx'});
		fs.renameSync(temporary, target);
	} catch (error) {
		removeQuietly(temporary, fs);
		throw error;
	}
}

/** Deletes a regular file, or empties the one a link points to (the link stays); else says why. */
function remove(lang: Language, file: string, fs: ProgressFs): string | null {
	let stats: nodeFs.Stats;
	try {
		stats = fs.lstatSync(file);
	} catch (error) {
		return codeOf(error) === 'ENOENT' ? null : reasonOf(error);
	}

	try {
		if (stats.isFile()) fs.unlinkSync(file);
		else write(writableTarget(lang, file, fs), progressFileText(emptyProgressFile()), fs);
		return null;
	} catch (error) {
		return error instanceof Refused ? error.message : reasonOf(error);
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
