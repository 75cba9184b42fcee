import * as fs from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {afterEach, describe, expect, test} from 'vitest';
import {
	emptyProgress,
	type Progress,
	parseProgress,
	withChallenge,
	withLesson,
	withQuizScore,
} from '../../source/progress/progress.js';
import {openProgressStore, type ProgressFs} from '../../source/progress/progress-store.js';

// Root writes through chmod 0o500, so as root the read-only directory is simulated with an fs that
// fails as the kernel would for anyone else.
const isRoot = process.getuid?.() === 0;

const directories: string[] = [];

function temporaryDirectory(): string {
	const directory = fs.mkdtempSync(path.join(tmpdir(), 'tcp-tui-progress-'));
	directories.push(directory);
	return directory;
}

afterEach(() => {
	for (const directory of directories.splice(0)) {
		fs.chmodSync(directory, 0o700);
		fs.rmSync(directory, {recursive: true, force: true});
	}
});

const now = new Date('2026-03-02T09:00:00.000Z');

function someProgress(): Progress {
	let p = withLesson(emptyProgress(), 'handshake', now);
	p = withChallenge(p, 'lost-ack', {solved: true, moves: 6}, now);
	p = withChallenge(p, 'simultaneous-open', {solved: false, moves: 0}, now);
	return withQuizScore(p, 'teardown', 3, 4, now);
}

function accessDenied(syscall: string): Error {
	return Object.assign(new Error(`EACCES: permission denied, ${syscall}`), {code: 'EACCES'});
}

/** The real fs, with some calls replaced, counting the calls to each. */
function fakeFs(overrides: Partial<ProgressFs> = {}) {
	const calls: string[] = [];
	const real: ProgressFs = fs;
	const all: ProgressFs = {...real, ...overrides};
	const count =
		<A extends unknown[], R>(name: string, call: (...args: A) => R) =>
		(...args: A): R => {
			calls.push(name);
			return call(...args);
		};
	const counted: ProgressFs = {
		readFileSync: count('read', all.readFileSync),
		writeFileSync: count('write', all.writeFileSync),
		renameSync: count('rename', all.renameSync),
		mkdirSync: count('mkdir', all.mkdirSync),
		unlinkSync: count('unlink', all.unlinkSync),
	};
	return {fs: counted, calls};
}

function expectOneLine(warning: string | null, ...parts: string[]): void {
	expect(warning).not.toBeNull();
	expect(warning).not.toContain('\n');
	for (const part of parts) expect(warning).toContain(part);
}

describe('openProgressStore: reading', () => {
	test('a missing file is empty progress and no warning', () => {
		const store = openProgressStore(path.join(temporaryDirectory(), 'none', 'progress.json'));
		expect(store.progress).toEqual(emptyProgress());
		expect(store.warning).toBeNull();
	});

	test('an empty file is empty progress, no warning, and is saved over', () => {
		const file = path.join(temporaryDirectory(), 'progress.json');
		fs.writeFileSync(file, '');
		const store = openProgressStore(file);
		expect(store.progress).toEqual(emptyProgress());
		expect(store.warning).toBeNull();
		expect(store.save(someProgress())).toBeNull();
		expect(parseProgress(fs.readFileSync(file, 'utf8'))).toEqual(someProgress());
	});

	test.each([
		['corrupt JSON', '{"version": 1, "lessons": {'],
		['valid JSON of the wrong shape', JSON.stringify({...someProgress(), lessons: ['handshake']})],
		['a newer version', JSON.stringify({...someProgress(), version: 2})],
	])('%s: empty progress, one warning, and the file is left as it was', (_what, text) => {
		const file = path.join(temporaryDirectory(), 'progress.json');
		fs.writeFileSync(file, text);
		const {fs: spy, calls} = fakeFs();
		const store = openProgressStore(file, spy);
		expect(store.progress).toEqual(emptyProgress());
		expectOneLine(store.warning, file, 'not saving over it');
		// The warning at start was the one warning: saving is silent and touches nothing.
		expect(store.save(someProgress())).toBeNull();
		expect(store.save(someProgress())).toBeNull();
		expect(fs.readFileSync(file, 'utf8')).toBe(text);
		expect(calls).toEqual(['read']);
	});

	test('after reset, a corrupt file is gone and saving works again', () => {
		const file = path.join(temporaryDirectory(), 'progress.json');
		fs.writeFileSync(file, 'garbage');
		const store = openProgressStore(file);
		expect(store.warning).not.toBeNull();
		expect(store.reset()).toBeNull();
		expect(fs.existsSync(file)).toBe(false);
		expect(store.save(someProgress())).toBeNull();
		expect(parseProgress(fs.readFileSync(file, 'utf8'))).toEqual(someProgress());
	});

	test('a path that cannot be read (a directory): one warning, and it is not touched', () => {
		const file = path.join(temporaryDirectory(), 'progress.json');
		fs.mkdirSync(file);
		fs.writeFileSync(path.join(file, 'keep'), 'x');
		const store = openProgressStore(file);
		expect(store.progress).toEqual(emptyProgress());
		expectOneLine(store.warning, file, 'EISDIR');
		expect(store.save(someProgress())).toBeNull();
		expect(fs.readdirSync(file)).toEqual(['keep']);
	});
});

describe('openProgressStore: saving', () => {
	test('round trip: what is saved is read back by the next run', () => {
		const file = path.join(temporaryDirectory(), 'progress.json');
		const first = openProgressStore(file);
		expect(first.save(someProgress())).toBeNull();
		const second = openProgressStore(file);
		expect(second.warning).toBeNull();
		expect(second.progress).toEqual(someProgress());
	});

	test('a later save replaces the earlier one, and no temporary file is left', () => {
		const directory = temporaryDirectory();
		const file = path.join(directory, 'progress.json');
		const store = openProgressStore(file);
		expect(store.save(emptyProgress())).toBeNull();
		expect(store.save(someProgress())).toBeNull();
		expect(openProgressStore(file).progress).toEqual(someProgress());
		expect(fs.readdirSync(directory)).toEqual(['progress.json']);
	});

	test('creates the missing directories, private to the user', () => {
		const directory = path.join(temporaryDirectory(), 'config', 'tcp-tui');
		const file = path.join(directory, 'progress.json');
		expect(openProgressStore(file).save(someProgress())).toBeNull();
		expect(fs.statSync(directory).mode & 0o777).toBe(0o700);
		expect(fs.statSync(file).mode & 0o777).toBe(0o600);
	});

	test('writes a temporary file in the same directory, then renames it over the file', () => {
		const file = path.join(temporaryDirectory(), 'progress.json');
		const renames: Array<[string, string]> = [];
		const {fs: spy, calls} = fakeFs({
			renameSync(from, to) {
				renames.push([from, to]);
				fs.renameSync(from, to);
			},
		});
		expect(openProgressStore(file, spy).save(someProgress())).toBeNull();
		expect(calls).toEqual(['read', 'mkdir', 'write', 'rename']);
		const [[from, to] = ['', '']] = renames;
		expect(path.dirname(from)).toBe(path.dirname(file));
		expect(from).not.toBe(file);
		expect(to).toBe(file);
	});

	test.skipIf(isRoot)('a read-only directory (chmod 0o500): one warning, then silence', () => {
		const directory = temporaryDirectory();
		const file = path.join(directory, 'progress.json');
		const saved = `${JSON.stringify(someProgress())}\n`;
		fs.writeFileSync(file, saved);
		fs.chmodSync(directory, 0o500);
		const store = openProgressStore(file);
		expect(store.warning).toBeNull();
		expect(store.progress).toEqual(someProgress());
		expectOneLine(store.save(emptyProgress()), file, 'EACCES', 'without saving');
		expect(store.save(emptyProgress())).toBeNull();
		expect(fs.readFileSync(file, 'utf8')).toBe(saved);
		expect(fs.readdirSync(directory)).toEqual(['progress.json']);
	});

	test('a directory that refuses writes (simulated, so it runs as root too): one warning, then no more tries', () => {
		const directory = temporaryDirectory();
		const file = path.join(directory, 'progress.json');
		const {fs: readOnly, calls} = fakeFs({
			writeFileSync() {
				throw accessDenied('open');
			},
			renameSync() {
				throw accessDenied('rename');
			},
		});
		const store = openProgressStore(file, readOnly);
		expect(store.warning).toBeNull();
		expectOneLine(store.save(someProgress()), file, 'EACCES', 'without saving');
		expect(store.save(someProgress())).toBeNull();
		expect(store.save(someProgress())).toBeNull();
		expect(calls.filter((call) => call === 'write')).toHaveLength(1);
		expect(fs.existsSync(file)).toBe(false);
	});

	test('a failed rename removes its temporary file and keeps the old file', () => {
		const directory = temporaryDirectory();
		const file = path.join(directory, 'progress.json');
		const saved = `${JSON.stringify(someProgress())}\n`;
		fs.writeFileSync(file, saved);
		const {fs: noRename} = fakeFs({
			renameSync() {
				throw accessDenied('rename');
			},
		});
		const store = openProgressStore(file, noRename);
		expectOneLine(store.save(emptyProgress()), 'EACCES');
		expect(fs.readdirSync(directory)).toEqual(['progress.json']);
		expect(fs.readFileSync(file, 'utf8')).toBe(saved);
	});

	test('a directory that cannot be created (a file is in the way): one warning', () => {
		const directory = temporaryDirectory();
		fs.writeFileSync(path.join(directory, 'config'), 'not a directory');
		const file = path.join(directory, 'config', 'tcp-tui', 'progress.json');
		const store = openProgressStore(file);
		// Reading through a file fails as "not a directory", which is not "missing": so no save.
		expectOneLine(store.warning, file);
		expect(store.save(someProgress())).toBeNull();
	});

	test('an error without a code still gives one line', () => {
		const file = path.join(temporaryDirectory(), 'progress.json');
		const {fs: broken} = fakeFs({
			mkdirSync() {
				throw new Error('disk on fire\nreally');
			},
		});
		expectOneLine(openProgressStore(file, broken).save(someProgress()), 'disk on fire really');
	});
});

describe('openProgressStore: reset', () => {
	test('deletes the file', () => {
		const file = path.join(temporaryDirectory(), 'progress.json');
		const store = openProgressStore(file);
		store.save(someProgress());
		expect(store.reset()).toBeNull();
		expect(fs.existsSync(file)).toBe(false);
		expect(openProgressStore(file).progress).toEqual(emptyProgress());
	});

	test('a missing file is fine', () => {
		const store = openProgressStore(path.join(temporaryDirectory(), 'progress.json'));
		expect(store.reset()).toBeNull();
	});

	test('a file that cannot be deleted gives one line', () => {
		const file = path.join(temporaryDirectory(), 'progress.json');
		const {fs: stuck} = fakeFs({
			unlinkSync() {
				throw Object.assign(new Error('EPERM'), {code: 'EPERM'});
			},
		});
		expectOneLine(openProgressStore(file, stuck).reset(), file, 'EPERM');
	});
});
