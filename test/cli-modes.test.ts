// The built CLI's learning-mode commands, as a shell runs them: --list, report, --reset-progress,
// usage errors, and script mode's --format and --lang. Run `npm run build` first (npm test does).
// Expected output is computed in this process from the same modules the bundle was built from.
import {existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {afterAll, beforeAll, describe, expect, test} from 'vitest';
import {type ExportFormat, exportFormats, formatSession} from '../source/export/formats.js';
import {type Language, t} from '../source/i18n/index.js';
import {challenges} from '../source/learn/challenges.js';
import {lessons} from '../source/learn/lessons.js';
import {scenarios, scenarioText} from '../source/learn/scenarios.js';
import {parseOptions} from '../source/options.js';
import {emptyProgress, withLesson} from '../source/progress/progress.js';
import {makeQuiz, quizReducer, resultsOf, startQuiz} from '../source/quiz/quiz.js';
import type {QuizResults} from '../source/quiz/results.js';
import {runReport} from '../source/report/report.js';
import {parseSteps} from '../source/script/parse-steps.js';
import {runSteps} from '../source/script/run-script.js';
import {fixedIsns, requireBuiltCli, run, testEnvironment} from './helpers/cli.js';
import {words} from './helpers/frames.js';

const handshake = 'c:syn s:syn c:ack';
let directory = '';

beforeAll(() => {
	requireBuiltCli();
	directory = mkdtempSync(path.join(tmpdir(), 'tcp-tui-cli-modes-'));
});

afterAll(() => {
	rmSync(directory, {recursive: true, force: true});
});

/** A path in this file's temporary directory. */
function file(name: string): string {
	return path.join(directory, name);
}

/** What a usage error looks like: exit 2, nothing on stdout, one `tcp-tui: …` line, no stack. */
function expectUsageError(result: ReturnType<typeof run>): string {
	expect(result.status, result.stderr).toBe(2);
	expect(result.stdout).toBe('');
	expect(result.stderr).toMatch(/^tcp-tui: [^\n]+\n$/);
	expect(result.stderr).not.toMatch(/\n\s+at |Error:|node:internal/);
	return result.stderr.trim();
}

describe('--list', () => {
	const result = () => run(['--list']);

	test('exits 0 with every lesson, challenge, quiz topic and scenario name', () => {
		const {status, stdout, stderr} = result();
		expect(status).toBe(0);
		expect(stderr).toBe('');
		const names = new Set(stdout.split('\n').map((line) => line.trim().split(/\s+/)[0]));
		for (const {name} of [...lessons, ...challenges, ...scenarios]) {
			expect(names, `${name} listed`).toContain(name);
		}
		for (const topic of ['all', 'handshake', 'teardown']) expect(names).toContain(topic);
	});

	test('lists each group under its flag, in order', () => {
		const lines = result().stdout.split('\n');
		const heading = (flag: string) => lines.findIndex((line) => line.includes(flag));
		const order = ['--lesson', '--challenge', '--topic', '--scenario'].map(heading);
		expect(order.every((index) => index >= 0)).toBe(true);
		expect([...order].sort((a, b) => a - b)).toEqual(order);
		// Each name sits under its own heading.
		const under = (name: string) => lines.findIndex((line) => line.trim().startsWith(`${name} `));
		for (const {name} of lessons) {
			expect(under(name)).toBeGreaterThan(order[0] ?? -1);
			expect(under(name)).toBeLessThan(order[1] ?? -1);
		}
		for (const {name, title} of challenges) {
			expect(under(name)).toBeGreaterThan(order[1] ?? -1);
			expect(lines[under(name)]).toContain(t('en', title));
		}
	});
});

/** A finished quiz's results: right on the questions in `right` (by index), wrong elsewhere. */
function quizResults(student: string, seed: number, right: ReadonlySet<number>): QuizResults {
	const questions = makeQuiz({lang: 'en', count: 4, seed, topic: 'all'});
	let state = startQuiz(questions, Date.UTC(2025, 0, 6, 9));
	for (const [index, question] of questions.entries()) {
		const choice = right.has(index)
			? question.correct
			: (question.correct + 1) % question.options.length;
		state = quizReducer(state, {type: 'answer', choice, now: state.shownAt + 1000 * (index + 2)});
		state = quizReducer(state, {type: 'next', now: state.shownAt + 1000 * (index + 3)});
	}
	return resultsOf(state, {student, seed, topic: 'all', lang: 'en', now: Date.UTC(2025, 0, 6, 10)});
}

describe('report', () => {
	let good: string[] = [];
	let truncated = '';
	let missing = '';

	beforeAll(() => {
		good = [
			['alice', new Set([0, 1, 2, 3])],
			['bob', new Set([0, 2])],
		].map(([student, right]) => {
			const name = file(`${student}.json`);
			const results = quizResults(student as string, 42, right as Set<number>);
			writeFileSync(name, `${JSON.stringify(results, null, 2)}\n`);
			return name;
		});
		const whole = JSON.stringify(quizResults('carol', 42, new Set([1])), null, 2);
		truncated = file('cut-short.json');
		writeFileSync(truncated, whole.slice(0, Math.floor(whole.length / 2)));
		missing = file('dave.json');
	});

	/** The report for these files as this process computes it (stdout is a pipe: 80 columns). */
	const expected = (files: readonly string[], csv: boolean) =>
		runReport(files, {lang: 'en', format: csv ? 'csv' : 'text', columns: 80});

	test('good, truncated and missing files: exit 0, the good ones reported, the others skipped with why', () => {
		const files = [...good, truncated, missing];
		const result = run(['report', ...files]);
		const want = expected(files, false);
		expect(result.status).toBe(0);
		expect(want.exitCode).toBe(0);
		expect(result.stdout).toBe(want.stdout);
		expect(result.stderr).toBe(want.stderr);

		const text = words(result.stdout);
		expect(text).toContain('alice');
		expect(text).toContain('bob');
		expect(text).toContain(t('en', 'report.skipped', {count: 2}));
		expect(text).toContain(
			t('en', 'report.skippedFile', {path: truncated, reason: t('en', 'report.skip.truncated')}),
		);
		expect(text).toContain(
			t('en', 'report.skippedFile', {path: missing, reason: t('en', 'report.skip.notFound')}),
		);
		expect(text).not.toContain('carol');
	});

	test('--csv: a grid of the good files on stdout, the skipped ones on stderr', () => {
		const files = [...good, truncated, missing];
		const result = run(['report', '--csv', ...files]);
		const want = expected(files, true);
		expect(result.status).toBe(0);
		expect(result.stdout).toBe(want.stdout);
		expect(result.stderr).toBe(want.stderr);

		const rows = result.stdout.split('\r\n').filter(Boolean);
		expect(rows[0]).toMatch(/^student,file,score,total,percent,complete,/);
		expect(rows.slice(1).map((row) => row.split(',')[0])).toEqual(['alice', 'bob']);
		expect(rows.slice(1).map((row) => row.split(',').slice(2, 4).join('/'))).toEqual([
			'4/4',
			'2/4',
		]);
		expect(result.stdout).not.toContain(truncated);
		expect(words(result.stderr)).toContain(truncated);
		expect(words(result.stderr)).toContain(missing);
	});

	test('no usable file: exit 1, the reason on stderr, nothing on stdout', () => {
		const notJson = file('notes.txt');
		writeFileSync(notJson, 'alice: 4/4\n');
		const files = [truncated, missing, notJson];
		const result = run(['report', ...files]);
		const want = expected(files, false);
		expect(result.status).toBe(1);
		expect(want.exitCode).toBe(1);
		expect(result.stdout).toBe('');
		expect(result.stderr).toBe(want.stderr);
		expect(words(result.stderr)).toContain(words(t('en', 'report.none')));
	});

	test('report with no files is a usage error', () => {
		expect(expectUsageError(run(['report']))).toContain('report needs the results files');
	});
});

describe('--reset-progress', () => {
	const progressFile = () => file('progress.json');
	const withProgress = () => ({...testEnvironment(), TCP_TUI_PROGRESS: progressFile()});
	const write = () => {
		const progress = withLesson(emptyProgress(), 'handshake', new Date(Date.UTC(2025, 0, 1)));
		writeFileSync(progressFile(), `${JSON.stringify(progress)}\n`);
	};

	test('--yes deletes the TCP_TUI_PROGRESS file and says so', () => {
		write();
		const result = run(['--reset-progress', '--yes'], {env: withProgress()});
		expect(result.status, result.stderr).toBe(0);
		expect(existsSync(progressFile())).toBe(false);
		expect(result.stderr).toContain(progressFile());
		expect(result.stdout).toBe('');
	});

	test('--yes with no file is fine too', () => {
		rmSync(progressFile(), {force: true});
		const result = run(['--reset-progress', '--yes'], {env: withProgress()});
		expect(result.status, result.stderr).toBe(0);
	});

	test('without --yes and without a terminal: exit 2, one line, and the file is kept', () => {
		write();
		const before = readFileSync(progressFile(), 'utf8');
		const message = expectUsageError(run(['--reset-progress'], {env: withProgress()}));
		expect(message).toContain('--yes');
		expect(readFileSync(progressFile(), 'utf8')).toBe(before);
	});
});

describe('usage errors: exit 2 and one line', () => {
	const cases: ReadonlyArray<readonly [string[], string]> = [
		[['--quiz', '--lesson', firstName(lessons)], 'cannot be used together'],
		[['--menu', '--script', handshake], '--menu and --script cannot be used together'],
		[['--lesson', firstName(lessons), '--scenario', 'normal'], 'cannot be used together'],
		[['--lesson', 'nope'], "unknown lesson 'nope'"],
		[['--challenge', 'nope'], "unknown challenge 'nope'"],
		[['--quiz', '--count', '0'], '--count must be a whole number'],
		[['--quiz', '--count', 'many'], '--count must be a whole number'],
		[['--quiz', '--seed', '4294967296'], '--seed must be a whole number'],
		[['--count', '5'], '--count only works with --quiz'],
		[['--quiz', '--topic', 'closing'], '--topic must be'],
		[['--json'], '--json only works with --script or --quiz'],
		[['--csv'], '--csv only works with report'],
		[['--yes'], '--yes only works with --reset-progress'],
		[['--format', 'markdown'], '--format only works with --script'],
		[['--script', handshake, '--format', 'html'], '--format must be'],
		[['--script', handshake, '--json', '--format', 'markdown'], '--json means --format json'],
		[['--lang', 'fr'], '--lang must be en or zh'],
		[['--quiz', '--name', ''], '--name must be 1 to 64 characters'],
		[
			['--lesson', firstName(lessons), '--lesson', firstName(lessons)],
			'flag --lesson can only be set once',
		],
		[['--frobnicate'], "unknown flag '--frobnicate'"],
	];

	test.each(cases)('%j', (args, message) => {
		expect(expectUsageError(run(args))).toContain(message);
	});

	test('the valid lessons are listed when the name is wrong', () => {
		const message = expectUsageError(run(['--lesson', 'nope']));
		for (const {name} of lessons) expect(message).toContain(name);
	});
});

function firstName(list: readonly {name: string}[]): string {
	const [first] = list;
	if (!first) throw new Error('empty list');
	return first.name;
}

/** What script mode prints for these flags, computed here as cli.tsx computes it. */
function scriptOutput(script: string, format: ExportFormat | undefined, lang: Language): string {
	const {task, ...drawing} = parseOptions(
		lang,
		{script, format, isnClient: '100', isnServer: '300', lang},
		[],
		testEnvironment(),
		() => 0,
	);
	if (task.kind !== 'script') throw new Error(`a script, not ${task.kind}`);
	const steps = parseSteps(lang, script);
	const session = runSteps(steps, task);
	const scenario = task.scenario && scenarioText(lang, task.scenario);
	return `${formatSession(session, task.format, {...drawing, lang, scenario, steps})}\n`;
}

describe('--script with --format', () => {
	test.each(exportFormats)('--format %s: exit 0, the format as the modules make it', (format) => {
		const result = run(['--script', handshake, '--format', format, ...fixedIsns]);
		expect(result.status, result.stderr).toBe(0);
		expect(result.stderr).toBe('');
		expect(result.stdout).toBe(scriptOutput(handshake, format, 'en'));
	});

	test('the formats differ from one another', () => {
		const outputs = exportFormats.map(
			(format) => run(['--script', handshake, '--format', format, ...fixedIsns]).stdout,
		);
		expect(new Set(outputs).size).toBe(exportFormats.length);
	});

	test('--format json is exactly --json, and parses', () => {
		const json = run(['--script', handshake, '--json', ...fixedIsns]);
		const format = run(['--script', handshake, '--format', 'json', ...fixedIsns]);
		expect(json.status).toBe(0);
		expect(format.stdout).toBe(json.stdout);
		const parsed = JSON.parse(json.stdout) as {final: {client: string; server: string}};
		const session = runSteps(parseSteps('en', handshake), {isnClient: 100, isnServer: 300});
		expect(parsed.final).toEqual({
			client: session.connection.client.state,
			server: session.connection.server.state,
		});
	});

	test('text is the default format', () => {
		const plain = run(['--script', handshake, ...fixedIsns]);
		const text = run(['--script', handshake, '--format', 'text', ...fixedIsns]);
		expect(plain.stdout).toBe(text.stdout);
	});

	test('--markdown and --mermaid look like what they are', () => {
		const markdown = run(['--script', handshake, '--format', 'markdown', ...fixedIsns]).stdout;
		expect(markdown).toMatch(/^\|.*\|$/m);
		const mermaid = run(['--script', handshake, '--format', 'mermaid', ...fixedIsns]).stdout;
		expect(mermaid).toMatch(/sequenceDiagram/);
	});
});

describe('--lang zh', () => {
	const han = /\p{Script=Han}/u;

	test('--lang zh --script prints the explanations in Chinese', () => {
		const result = run(['--lang', 'zh', '--script', handshake, ...fixedIsns]);
		expect(result.status, result.stderr).toBe(0);
		expect(result.stdout).toMatch(han);
		expect(result.stdout).toBe(scriptOutput(handshake, undefined, 'zh'));
		const english = run(['--lang', 'en', '--script', handshake, ...fixedIsns]);
		expect(english.stdout).not.toMatch(han);
		expect(english.stdout).toBe(scriptOutput(handshake, undefined, 'en'));
	});

	test('LANG=zh_CN.UTF-8 chooses Chinese, and --lang en overrides it', () => {
		const env = {...testEnvironment(), LANG: 'zh_CN.UTF-8'};
		expect(run(['--script', handshake, ...fixedIsns], {env}).stdout).toMatch(han);
		expect(run(['--lang', 'en', '--script', handshake, ...fixedIsns], {env}).stdout).not.toMatch(
			han,
		);
	});

	test('a usage error in Chinese is still one line with exit 2', () => {
		expectUsageError(run(['--lang', 'zh', '--lesson', 'nope']));
	});
});
