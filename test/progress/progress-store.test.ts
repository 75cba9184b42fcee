// The progress file on disk: per student, merged on save, and never trusted. Files that are not
// regular (devices, FIFOs, /proc), too large, or links are read and written safely or refused with
// a reason, within a few seconds; two processes saving at once lose nothing.
import {execFileSync, spawn} from 'node:child_process';
import * as fs from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {buildSync} from 'esbuild';
import {afterEach, describe, expect, test} from 'vitest';
import {
	emptyProgress,
	type Progress,
	withChallenge,
	withLesson,
	withQuizScore,
} from '../../source/progress/progress.js';
import {
	openProgressStore,
	type ProgressFs,
	progressFileLimit,
	realFs,
} from '../../source/progress/progress-store.js';

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
const later = new Date('2026-03-03T09:00:00.000Z');

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
	const all: ProgressFs = {...realFs, ...overrides};
	const counted = Object.fromEntries(
		Object.entries(all).map(([name, call]) => [
			name,
			(...args: unknown[]) => {
				calls.push(name);
				return (call as (...a: unknown[]) => unknown)(...args);
			},
		]),
	) as ProgressFs;
	return {fs: counted, calls};
}

function expectOneLine(warning: string | null, ...parts: string[]): void {
	expect(warning).not.toBeNull();
	expect(warning).not.toContain('\n');
	for (const part of parts) expect(warning).toContain(part);
}

function fileIn(directory = temporaryDirectory()): string {
	return path.join(directory, 'progress.json');
}

function json(file: string): Record<string, unknown> {
	return JSON.parse(fs.readFileSync(file, 'utf8'));
}

describe('reading', () => {
	test('a missing file is empty progress and no warning', () => {
		const store = openProgressStore(path.join(temporaryDirectory(), 'none', 'progress.json'), {
			lang: 'en',
		});
		expect(store.progressOf('alice')).toEqual(emptyProgress());
		expect(store.students()).toEqual([]);
		expect(store.warning).toBeNull();
	});

	test('an empty file is empty progress, no warning, and is saved over', () => {
		const file = fileIn();
		fs.writeFileSync(file, '');
		const store = openProgressStore(file, {lang: 'en'});
		expect(store.warning).toBeNull();
		expect(store.save('alice', someProgress())).toBeNull();
		expect(openProgressStore(file, {lang: 'en'}).progressOf('alice')).toEqual(someProgress());
	});

	test.each([
		['corrupt JSON', '{"version": 2, "students": {'],
		['valid JSON of the wrong shape', JSON.stringify({version: 2, students: {a: {lessons: []}}})],
		['a newer version', JSON.stringify({version: 3, students: {}})],
	])('%s: empty progress, one warning, and the file is left as it was', (_what, text) => {
		const file = fileIn();
		fs.writeFileSync(file, text);
		const {fs: spy, calls} = fakeFs();
		const store = openProgressStore(file, {lang: 'en', fs: spy});
		expect(store.progressOf('alice')).toEqual(emptyProgress());
		expectOneLine(store.warning, file, 'not saving over it');
		// The warning at start was the one warning: saving is silent and touches nothing.
		calls.length = 0;
		expect(store.save('alice', someProgress())).toBeNull();
		expect(fs.readFileSync(file, 'utf8')).toBe(text);
		expect(calls).toEqual([]);
	});

	test('a file over 1 MB is treated as corrupt: read no further, never saved over', () => {
		const file = fileIn();
		const big = JSON.stringify({version: 2, students: {}, pad: 'x'.repeat(progressFileLimit)});
		fs.writeFileSync(file, big);
		const store = openProgressStore(file, {lang: 'en'});
		expectOneLine(store.warning, file, '1 MB', 'not saving over it');
		expect(store.save('alice', someProgress())).toBeNull();
		expect(fs.statSync(file).size).toBe(big.length);
	});

	test('after reset, a corrupt file is gone and saving works again', () => {
		const file = fileIn();
		fs.writeFileSync(file, 'garbage');
		const store = openProgressStore(file, {lang: 'en'});
		expect(store.warning).not.toBeNull();
		expect(store.reset()).toBeNull();
		expect(fs.existsSync(file)).toBe(false);
		expect(store.save('alice', someProgress())).toBeNull();
		expect(openProgressStore(file, {lang: 'en'}).progressOf('alice')).toEqual(someProgress());
	});

	test('a directory: one warning, and it is not touched', () => {
		const file = fileIn();
		fs.mkdirSync(file);
		fs.writeFileSync(path.join(file, 'keep'), 'x');
		const store = openProgressStore(file, {lang: 'en'});
		expectOneLine(store.warning, file, 'EISDIR');
		expect(store.save('alice', someProgress())).toBeNull();
		expect(fs.readdirSync(file)).toEqual(['keep']);
	});
});

describe('one file, many students', () => {
	test('two names share one file, each with their own progress', () => {
		const file = fileIn();
		const alice = openProgressStore(file, {lang: 'en'});
		expect(alice.save('alice', someProgress())).toBeNull();
		const bob = openProgressStore(file, {lang: 'en'});
		expect(bob.progressOf('bob')).toEqual(emptyProgress());
		expect(bob.save('bob', withLesson(emptyProgress(), 'teardown', later))).toBeNull();
		const again = openProgressStore(file, {lang: 'en'});
		expect(again.students().sort()).toEqual(['alice', 'bob']);
		expect(again.progressOf('alice')).toEqual(someProgress());
		expect(Object.keys(again.progressOf('bob').lessons)).toEqual(['teardown']);
		// A name is the same in any case, and with blanks around it.
		expect(again.progressOf(' Alice ')).toEqual(someProgress());
		expect(json(file)).toMatchObject({version: 2, students: {alice: {}, bob: {}}});
	});

	test('a version-1 file (one student) becomes the progress of the login name, not lost', () => {
		const file = fileIn();
		const old = {
			version: 1,
			theme: 'dark',
			lessons: {handshake: {completedAt: now.toISOString(), stars: 3}},
			challenges: {},
			quiz: {all: {score: 8, total: 10, at: now.toISOString()}},
		};
		fs.writeFileSync(file, JSON.stringify(old));
		const store = openProgressStore(file, {lang: 'en', owner: 'lab'});
		expect(store.warning).toBeNull();
		expect(store.students()).toEqual(['lab']);
		expect(store.progressOf('lab').quiz.all?.score).toBe(8);
		// The file is left as it was until something is saved; then it is version 2, lab kept.
		expect(json(file)).toEqual(old);
		expect(store.save('ada', someProgress())).toBeNull();
		expect(json(file)).toEqual({
			version: 2,
			students: {
				lab: {
					theme: 'dark',
					lessons: {handshake: {completedAt: now.toISOString(), stars: 3}},
					challenges: {},
					quiz: {all: {score: 8, total: 10, at: now.toISOString()}},
				},
				ada: JSON.parse(JSON.stringify({...someProgress(), version: undefined})),
			},
		});
	});

	test('forgetting one student keeps the others', () => {
		const file = fileIn();
		const store = openProgressStore(file, {lang: 'en'});
		store.save('alice', someProgress());
		store.save('bob', someProgress());
		expect(store.reset('ALICE')).toBeNull();
		expect(openProgressStore(file, {lang: 'en'}).students()).toEqual(['bob']);
	});
});

describe('saving: merged, never losing what another run saved', () => {
	test('a save re-reads the file and keeps the best of each item', () => {
		const file = fileIn();
		const first = openProgressStore(file, {lang: 'en'});
		const second = openProgressStore(file, {lang: 'en'});
		// Both started from an empty file; each saves what it did.
		let mine = withLesson(emptyProgress(), 'handshake', later);
		mine = withChallenge(mine, 'closing', {solved: true, moves: 6}, later);
		mine = withQuizScore(mine, 'all', 5, 10, later);
		let theirs = withLesson(emptyProgress(), 'handshake', now);
		theirs = withLesson(theirs, 'teardown', now);
		theirs = withChallenge(theirs, 'closing', {solved: true, moves: 4}, now);
		theirs = withChallenge(theirs, 'refused', {solved: false, moves: 0}, now);
		theirs = withQuizScore(theirs, 'all', 9, 10, now);
		expect(second.save('alice', theirs)).toBeNull();
		expect(first.save('alice', mine)).toBeNull();
		const kept = openProgressStore(file, {lang: 'en'}).progressOf('alice');
		expect(kept.lessons).toEqual({
			handshake: {completedAt: now.toISOString()},
			teardown: {completedAt: now.toISOString()},
		});
		expect(kept.challenges['closing']).toMatchObject({status: 'solved', best: 4});
		expect(kept.challenges['refused']).toMatchObject({status: 'shown'});
		expect(kept.quiz.all).toMatchObject({score: 9, total: 10});
	});

	test('fields this version does not know are kept, at every level', () => {
		const file = fileIn();
		const newer = {
			version: 2,
			sync: {server: 'lab-7'},
			students: {
				alice: {
					avatar: 'cat',
					lessons: {handshake: {completedAt: now.toISOString(), stars: 3}, 'window-scaling': {}},
					challenges: {},
					quiz: {'window-scaling': {score: 1}},
				},
				bob: {future: true},
			},
		};
		// A newer tcp-tui's lesson entry without completedAt would not be valid here: keep it valid.
		newer.students.alice.lessons['window-scaling'] = {completedAt: now.toISOString()};
		fs.writeFileSync(file, JSON.stringify(newer));
		const store = openProgressStore(file, {lang: 'en'});
		expect(store.warning).toBeNull();
		expect(store.save('alice', withLesson(emptyProgress(), 'teardown', later))).toBeNull();
		const saved = json(file) as typeof newer;
		expect(saved.sync).toEqual({server: 'lab-7'});
		expect(saved.students.bob).toMatchObject({future: true});
		expect(saved.students.alice.avatar).toBe('cat');
		expect(saved.students.alice.lessons.handshake).toEqual({
			completedAt: now.toISOString(),
			stars: 3,
		});
		expect(saved.students.alice.quiz).toEqual({'window-scaling': {score: 1}});
		expect(Object.keys(saved.students.alice.lessons).sort()).toEqual([
			'handshake',
			'teardown',
			'window-scaling',
		]);
	});

	test('a later save replaces the earlier one; no temporary or lock file is left', () => {
		const directory = temporaryDirectory();
		const file = fileIn(directory);
		const store = openProgressStore(file, {lang: 'en'});
		expect(store.save('alice', emptyProgress())).toBeNull();
		expect(store.save('alice', someProgress())).toBeNull();
		expect(openProgressStore(file, {lang: 'en'}).progressOf('alice')).toEqual(someProgress());
		expect(fs.readdirSync(directory)).toEqual(['progress.json']);
	});

	test('creates the missing directories, private to the user', () => {
		const directory = path.join(temporaryDirectory(), 'config', 'tcp-tui');
		const file = path.join(directory, 'progress.json');
		expect(openProgressStore(file, {lang: 'en'}).save('alice', someProgress())).toBeNull();
		expect(fs.statSync(directory).mode & 0o777).toBe(0o700);
		expect(fs.statSync(file).mode & 0o777).toBe(0o600);
	});

	test('writes a temporary file in the same directory, then renames it over the file', () => {
		const file = fileIn();
		const renames: Array<[string, string]> = [];
		const {fs: spy} = fakeFs({
			renameSync(from, to) {
				renames.push([from, to]);
				fs.renameSync(from, to);
			},
		});
		expect(openProgressStore(file, {lang: 'en', fs: spy}).save('alice', someProgress())).toBeNull();
		const [[from, to] = ['', '']] = renames;
		expect(path.dirname(from)).toBe(path.dirname(file));
		expect(from).not.toBe(file);
		expect(to).toBe(file);
	});

	test.skipIf(isRoot)('a read-only directory (chmod 0o500): one warning, then silence', () => {
		const directory = temporaryDirectory();
		const file = fileIn(directory);
		openProgressStore(file, {lang: 'en'}).save('alice', someProgress());
		const saved = fs.readFileSync(file, 'utf8');
		fs.chmodSync(directory, 0o500);
		const store = openProgressStore(file, {lang: 'en'});
		expect(store.warning).toBeNull();
		expectOneLine(store.save('alice', emptyProgress()), file, 'EACCES', 'without saving');
		expect(store.save('alice', emptyProgress())).toBeNull();
		expect(fs.readFileSync(file, 'utf8')).toBe(saved);
		expect(fs.readdirSync(directory)).toEqual(['progress.json']);
	});

	test('a directory that refuses writes (simulated, so it runs as root too): one warning, then no more tries', () => {
		const file = fileIn();
		const {fs: readOnly, calls} = fakeFs({
			writeFileSync() {
				throw accessDenied('open');
			},
		});
		const store = openProgressStore(file, {lang: 'en', fs: readOnly});
		expect(store.warning).toBeNull();
		expectOneLine(store.save('alice', someProgress()), file, 'EACCES', 'without saving');
		expect(store.save('alice', someProgress())).toBeNull();
		expect(calls.filter((call) => call === 'writeFileSync')).toHaveLength(1);
		expect(fs.existsSync(file)).toBe(false);
	});

	test('a failed rename removes its temporary file and keeps the old file', () => {
		const directory = temporaryDirectory();
		const file = fileIn(directory);
		openProgressStore(file, {lang: 'en'}).save('alice', someProgress());
		const saved = fs.readFileSync(file, 'utf8');
		const {fs: noRename} = fakeFs({
			renameSync() {
				throw accessDenied('rename');
			},
		});
		expectOneLine(
			openProgressStore(file, {lang: 'en', fs: noRename}).save('bob', emptyProgress()),
			'EACCES',
		);
		expect(fs.readdirSync(directory)).toEqual(['progress.json']);
		expect(fs.readFileSync(file, 'utf8')).toBe(saved);
	});

	test('a directory that cannot be created (a file is in the way): one warning', () => {
		const directory = temporaryDirectory();
		fs.writeFileSync(path.join(directory, 'config'), 'not a directory');
		const file = path.join(directory, 'config', 'tcp-tui', 'progress.json');
		const store = openProgressStore(file, {lang: 'en'});
		// Reading through a file fails as "not a directory", which is not "missing": so no save.
		expectOneLine(store.warning, file);
		expect(store.save('alice', someProgress())).toBeNull();
	});

	test('a lock left by a process that is gone is taken over', () => {
		const file = fileIn();
		fs.writeFileSync(`${file}.lock`, '999999999');
		const started = Date.now();
		expect(openProgressStore(file, {lang: 'en'}).save('alice', someProgress())).toBeNull();
		expect(Date.now() - started).toBeLessThan(1000);
		expect(fs.existsSync(`${file}.lock`)).toBe(false);
	});

	test('a lock held too long is taken over after the wait', () => {
		const file = fileIn();
		fs.writeFileSync(`${file}.lock`, String(process.pid));
		expect(
			openProgressStore(file, {lang: 'en', lockWait: 100}).save('alice', someProgress()),
		).toBeNull();
		expect(openProgressStore(file, {lang: 'en'}).progressOf('alice')).toEqual(someProgress());
	});
});

describe('files that are not what they seem', () => {
	/** Each must end within 5 s (the test's timeout), with a reason. */
	const within = {timeout: 5000};

	test.each(['/dev/zero', '/dev/null'])(
		'%s is not read, never replaced, and says why',
		(device) => {
			const before = fs.statSync(device);
			const store = openProgressStore(device, {lang: 'en'});
			expectOneLine(store.warning, device, 'not a regular file');
			expect(store.save('alice', someProgress())).toBeNull();
			expectOneLine(store.reset(), device, 'not a regular file');
			const after = fs.statSync(device);
			expect(after.isFile()).toBe(false);
			expect([after.dev, after.ino, after.rdev]).toEqual([before.dev, before.ino, before.rdev]);
		},
		within.timeout,
	);

	test(
		'/proc/self/fd/0 (a terminal, a pipe or a socket) is not read and never replaced',
		() => {
			const link = '/proc/self/fd/0';
			const store = openProgressStore(link, {lang: 'en'});
			// The reason depends on what stdin is: not a regular file, or ENXIO for a socket.
			expectOneLine(store.warning, link);
			expect(store.save('alice', someProgress())).toBeNull();
			expectOneLine(store.reset(), link);
			expect(fs.statSync(link).isFile()).toBe(false);
		},
		within.timeout,
	);

	test(
		'/proc/self/pagemap (regular, size 0, endless) is read no further than 1 MB',
		() => {
			const store = openProgressStore('/proc/self/pagemap', {lang: 'en'});
			expectOneLine(store.warning, 'pagemap');
			expect(store.save('alice', someProgress())).toBeNull();
		},
		within.timeout,
	);

	test(
		'a FIFO with nobody writing is not waited on',
		() => {
			const fifo = path.join(temporaryDirectory(), 'progress.json');
			execFileSync('mkfifo', [fifo]);
			const store = openProgressStore(fifo, {lang: 'en'});
			expectOneLine(store.warning, fifo, 'not a regular file');
			expectOneLine(store.reset(), 'not a regular file');
			expect(fs.statSync(fifo).isFIFO()).toBe(true);
		},
		within.timeout,
	);

	test(
		'a path under /proc, whose parents cannot be made, fails at once (no mkdir loop)',
		() => {
			const store = openProgressStore('/proc/self/tcp-tui/deeper/progress.json', {lang: 'en'});
			expect(store.warning).toBeNull();
			expectOneLine(store.save('alice', someProgress()), 'cannot save');
		},
		within.timeout,
	);

	test('a symbolic link is followed: the target is written, the link stays a link', () => {
		const directory = temporaryDirectory();
		const elsewhere = temporaryDirectory();
		const target = path.join(elsewhere, 'real.json');
		const link = path.join(directory, 'progress.json');
		openProgressStore(target, {lang: 'en'}).save('bob', someProgress());
		fs.symlinkSync(target, link);
		const store = openProgressStore(link, {lang: 'en'});
		expect(store.progressOf('bob')).toEqual(someProgress());
		expect(store.save('alice', someProgress())).toBeNull();
		expect(fs.lstatSync(link).isSymbolicLink()).toBe(true);
		expect(Object.keys((json(target) as {students: object}).students).sort()).toEqual([
			'alice',
			'bob',
		]);
		// The temporary file was made beside the target, and is gone.
		expect(fs.readdirSync(elsewhere)).toEqual(['real.json']);
		expect(fs.readdirSync(directory)).toEqual(['progress.json']);
		// Reset empties the target and keeps the link.
		expect(store.reset()).toBeNull();
		expect(fs.lstatSync(link).isSymbolicLink()).toBe(true);
		expect(openProgressStore(link, {lang: 'en'}).students()).toEqual([]);
	});

	test('a link to nothing, or to a device, is refused with a reason, never replaced', () => {
		const directory = temporaryDirectory();
		const dangling = path.join(directory, 'progress.json');
		fs.symlinkSync(path.join(directory, 'missing.json'), dangling);
		expectOneLine(
			openProgressStore(dangling, {lang: 'en'}).save('alice', someProgress()),
			'does not exist',
		);
		expect(fs.lstatSync(dangling).isSymbolicLink()).toBe(true);
		const toDevice = path.join(directory, 'zero.json');
		fs.symlinkSync('/dev/zero', toDevice);
		const store = openProgressStore(toDevice, {lang: 'en'});
		expectOneLine(store.warning, 'not a regular file');
		expectOneLine(store.reset(), 'not a regular file');
		expect(fs.lstatSync(toDevice).isSymbolicLink()).toBe(true);
		expect(fs.statSync('/dev/zero').isCharacterDevice()).toBe(true);
	});
});

describe('two processes saving interleaved', () => {
	test('every item each one saved is in the file, and what neither knows is kept', async () => {
		const directory = temporaryDirectory();
		const file = path.join(directory, 'progress.json');
		fs.writeFileSync(file, JSON.stringify({version: 2, kept: 'yes', students: {}}));
		// Each process saves forty lessons, one at a time, as a student finishing them would.
		const entry = path.join(directory, 'saver.ts');
		const store = path.resolve('source/progress/progress-store.ts');
		const progress = path.resolve('source/progress/progress.ts');
		fs.writeFileSync(
			entry,
			`import {openProgressStore} from ${JSON.stringify(store)};
import {emptyProgress, withLesson} from ${JSON.stringify(progress)};
const [file, tag, count] = process.argv.slice(2);
const store = openProgressStore(file, {lang: 'en'});
let mine = emptyProgress();
for (let index = 0; index < Number(count); index++) {
	mine = withLesson(mine, tag + '-' + index, new Date());
	const failed = store.save(tag === 'a' ? 'alice' : 'Alice', mine);
	if (failed) throw new Error(failed);
	store.save('student-' + tag, mine);
}
`,
		);
		const bundle = path.join(directory, 'saver.mjs');
		buildSync({
			entryPoints: [entry],
			bundle: true,
			platform: 'node',
			format: 'esm',
			outfile: bundle,
		});
		const run = (tag: string) =>
			new Promise<number | null>((resolve) => {
				const child = spawn(process.execPath, [bundle, file, tag, '40'], {stdio: 'inherit'});
				child.on('exit', resolve);
			});
		expect(await Promise.all([run('a'), run('b')])).toEqual([0, 0]);
		const saved = json(file) as {kept: string; students: Record<string, {lessons: object}>};
		expect(saved.kept).toBe('yes');
		// "alice" and "Alice" are one student, under the name first written.
		const names = Object.keys(saved.students);
		expect(names.map((name) => name.toLowerCase()).sort()).toEqual([
			'alice',
			'student-a',
			'student-b',
		]);
		const alice = names.find((name) => name.toLowerCase() === 'alice') ?? '';
		const lessons = Object.keys(saved.students[alice]?.lessons ?? {});
		expect(lessons).toHaveLength(80);
		expect(fs.readdirSync(directory).sort()).toEqual(['progress.json', 'saver.mjs', 'saver.ts']);
	}, 30_000);
});

describe('reset', () => {
	test('deletes the file; a missing one is fine', () => {
		const file = fileIn();
		const store = openProgressStore(file, {lang: 'en'});
		store.save('alice', someProgress());
		expect(store.reset()).toBeNull();
		expect(fs.existsSync(file)).toBe(false);
		expect(store.reset()).toBeNull();
	});

	test('a file that cannot be deleted gives one line', () => {
		const file = fileIn();
		fs.writeFileSync(file, '');
		const {fs: stuck} = fakeFs({
			unlinkSync() {
				throw Object.assign(new Error('EPERM'), {code: 'EPERM'});
			},
		});
		expectOneLine(openProgressStore(file, {lang: 'en', fs: stuck}).reset(), file, 'EPERM');
	});
});
