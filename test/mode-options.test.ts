// The learning modes' flags and the other tasks, through parseModeOptions and parseOptions: which
// screen starts, what goes together and what does not, and the defaults taken from the environment.
import {describe, expect, test} from 'vitest';
import {exportFormats} from '../source/export/formats.js';
import {challenges} from '../source/learn/challenges.js';
import {lessons} from '../source/learn/lessons.js';
import {parseModeOptions} from '../source/mode-options.js';
import {
	type Environment,
	type Flags,
	languageOfArgv,
	parseOptions,
	type ScriptTask,
	type Task,
	type TuiTask,
} from '../source/options.js';
import {maxQuestions} from '../source/quiz/results.js';
import {usageErrorOf} from './helpers/usage-error.js';

/** Both ISNs are given wherever parseOptions runs, so that nothing random is drawn. */
const isns = {isnClient: '100', isnServer: '300'} as const;

function parse(flags: Flags, input: readonly string[] = [], env: Environment = {}) {
	return parseOptions('en', {...isns, ...flags}, input, env, () => {
		throw new Error('random() must not be called when both ISNs are given');
	});
}

function modes(flags: Flags, input: readonly string[] = [], env: Environment = {}) {
	return parseModeOptions('en', flags, input, env);
}

function task(flags: Flags, input: readonly string[] = []): Task {
	return parse(flags, input).task;
}

/** The interactive task the flags start; fails the test for any other task. */
function tui(flags: Flags): TuiTask {
	const found = task(flags);
	expect(found.kind).toBe('tui');
	return found as TuiTask;
}

/** The script task the flags ask for; fails the test for any other task. */
function script(flags: Flags): ScriptTask {
	const found = task(flags);
	expect(found.kind).toBe('script');
	return found as ScriptTask;
}

/** The one-line message of the usage error a call throws, checked to mean exit status 2. */
function refusal(call: () => unknown): string {
	const error = usageErrorOf(call);
	expect(error.exitCode).toBe(2);
	expect(error.message).not.toContain('\n');
	return error.message;
}

const firstLesson = lessons[0]?.name ?? '';
const firstChallenge = challenges[0]?.name ?? '';

describe('the screen to start on', () => {
	test('nothing: the sandbox, interactive', () => {
		expect(tui({})).toMatchObject({start: {mode: 'sandbox'}});
		expect(modes({}).start).toEqual({mode: 'sandbox'});
	});

	test('--menu, --quiz', () => {
		expect(modes({menu: true}).start).toEqual({mode: 'menu'});
		expect(modes({quiz: true}).start).toEqual({mode: 'quiz'});
		expect(tui({quiz: true}).start).toEqual({mode: 'quiz'});
	});

	test.each(lessons.map(({name}) => name))('--lesson %s', (name) => {
		expect(tui({lesson: name}).start).toEqual({mode: 'lesson', name});
	});

	test.each(challenges.map(({name}) => name))('--challenge %s', (name) => {
		expect(tui({challenge: name}).start).toEqual({mode: 'challenge', name});
	});

	test('an unknown lesson names every valid one', () => {
		const message = refusal(() => modes({lesson: 'handshak'}));
		expect(message).toContain("unknown lesson 'handshak'");
		for (const {name} of lessons) expect(message).toContain(name);
	});

	test('an unknown challenge names every valid one', () => {
		const message = refusal(() => modes({challenge: 'nope'}));
		expect(message).toContain("unknown challenge 'nope'");
		for (const {name} of challenges) expect(message).toContain(name);
	});

	test('an empty lesson or challenge name is refused, not taken as the default', () => {
		expect(refusal(() => modes({lesson: ''}))).toContain('--lesson needs a name: handshake');
		expect(refusal(() => modes({challenge: ''}))).toContain('--challenge needs a name: establish');
	});
});

describe('start flags that conflict', () => {
	const starts: ReadonlyArray<readonly [string, Flags]> = [
		['--menu', {menu: true}],
		['--lesson', {lesson: firstLesson}],
		['--quiz', {quiz: true}],
		['--challenge', {challenge: firstChallenge}],
	];
	const pairs = starts.flatMap((a, index) => starts.slice(index + 1).map((b) => [a, b] as const));

	test.each(pairs.map(([[a, aFlags], [b, bFlags]]) => [a, b, {...aFlags, ...bFlags}] as const))(
		'%s with %s',
		(a, b, flags) => {
			const message = refusal(() => modes(flags));
			expect(message).toContain(a);
			expect(message).toContain(b);
			expect(message).toContain('cannot be used together');
		},
	);

	test.each(starts)('%s with --script', (flag, flags) => {
		const message = refusal(() => parse({...flags, script: 'c:syn'}));
		expect(message).toBe(`${flag} and --script cannot be used together`);
	});

	test.each(starts)('%s with --scenario', (flag, flags) => {
		const message = refusal(() => parse({...flags, scenario: 'normal'}));
		expect(message).toBe(`${flag} and --scenario cannot be used together`);
	});

	test('--script with --scenario stays allowed: the scenario plays first', () => {
		const options = script({script: 'c:syn', scenario: 'lost-syn'});
		expect(options.scenario?.name).toBe('lost-syn');
		expect(options.network).toBe('manual');
	});
});

describe('--count, --seed, --topic', () => {
	test('defaults: 10 questions, a seed drawn later, every topic', () => {
		expect(modes({quiz: true})).toMatchObject({count: 10, seed: null, topic: 'all'});
	});

	test('the bounds are accepted', () => {
		expect(modes({quiz: true, count: '1', seed: '0'})).toMatchObject({count: 1, seed: 0});
		expect(modes({quiz: true, count: String(maxQuestions), seed: '4294967295'})).toMatchObject({
			count: maxQuestions,
			seed: 4_294_967_295,
		});
	});

	test.each(['0', String(maxQuestions + 1), 'ten', '1.5', '-1', '', ' 3', '0x10'])(
		'--count %j is refused',
		(count) => {
			const message = refusal(() => modes({quiz: true, count}));
			expect(message).toBe(
				`--count must be a whole number from 1 to ${maxQuestions}, not '${count}'`,
			);
		},
	);

	test.each(['4294967296', 'seven', '-5', '2.0', ''])('--seed %j is refused', (seed) => {
		const message = refusal(() => modes({quiz: true, seed}));
		expect(message).toBe(`--seed must be a whole number from 0 to 4294967295, not '${seed}'`);
	});

	test.each([
		['--count', {count: '5'}],
		['--seed', {seed: '5'}],
		['--topic', {topic: 'handshake'}],
	] as const)('%s needs --quiz or --menu', (flag, flags) => {
		expect(refusal(() => modes(flags))).toBe(`${flag} only works with --quiz (or --menu)`);
		expect(refusal(() => modes({...flags, lesson: firstLesson}))).toContain(flag);
		expect(() => modes({...flags, quiz: true})).not.toThrow();
		expect(() => modes({...flags, menu: true})).not.toThrow();
	});

	test.each(['all', 'handshake', 'teardown'] as const)('--topic %s', (topic) => {
		expect(modes({quiz: true, topic}).topic).toBe(topic);
	});

	test.each(['close', 'ALL', ''])('--topic %j is refused, naming the topics', (topic) => {
		const message = refusal(() => modes({quiz: true, topic}));
		expect(message).toBe(`--topic must be all or handshake or teardown, not '${topic}'`);
	});
});

describe('--json', () => {
	test('without --script or --quiz it is refused', () => {
		expect(refusal(() => parse({json: true}))).toBe('--json only works with --script or --quiz');
		expect(refusal(() => parse({json: true, menu: true}))).toContain('--json');
		expect(refusal(() => parse({json: true, lesson: firstLesson}))).toContain('--json');
	});

	test('with --quiz it is accepted, and no script runs to take a format', () => {
		const options = tui({json: true, quiz: true});
		expect(options).toMatchObject({json: true, start: {mode: 'quiz'}});
		expect(options).not.toHaveProperty('format');
	});

	test('with --script it means --format json', () => {
		expect(script({json: true, script: 'c:syn'}).format).toBe('json');
	});
});

describe('report, --list, --reset-progress', () => {
	test('report FILE… with or without --csv', () => {
		expect(task({}, ['report', 'a.json', 'b.json'])).toEqual({
			kind: 'report',
			files: ['a.json', 'b.json'],
			format: 'text',
			basis: 'latest',
			width: null,
		});
		expect(task({csv: true}, ['report', 'a.json'])).toMatchObject({
			kind: 'report',
			files: ['a.json'],
			format: 'csv',
		});
	});

	test('report without files is refused', () => {
		expect(refusal(() => task({}, ['report']))).toContain('report needs the results files');
		expect(refusal(() => task({csv: true}, ['report']))).toContain(
			'report needs the results files',
		);
	});

	test('--csv without report is refused', () => {
		expect(refusal(() => modes({csv: true}))).toContain('--csv only works with report');
		expect(refusal(() => modes({csv: true, quiz: true}))).toContain('--csv only works with report');
	});

	test('another word than report is refused, naming it', () => {
		expect(refusal(() => modes({}, ['reports', 'a.json']))).toContain(
			"unexpected argument 'reports'",
		);
	});

	test('--list', () => {
		expect(task({list: true})).toEqual({kind: 'list'});
	});

	test('--reset-progress asks unless --yes; with --name it forgets only that student', () => {
		expect(task({resetProgress: true})).toEqual({kind: 'resetProgress', yes: false, student: null});
		expect(task({resetProgress: true, yes: true})).toEqual({
			kind: 'resetProgress',
			yes: true,
			student: null,
		});
		expect(task({resetProgress: true, name: ' alice '})).toMatchObject({student: 'alice'});
	});

	test.each([
		[{list: true, script: 'c:syn'}, [], '--script cannot be used with --list'],
		[{list: true, quiz: true}, [], '--quiz cannot be used with --list'],
		[{list: true, resetProgress: true}, [], '--reset-progress cannot be used with --list'],
		[
			{resetProgress: true, network: 'manual'},
			[],
			'--network cannot be used with --reset-progress',
		],
		[{lesson: 'handshake'}, ['report', 'a.json'], '--lesson cannot be used with report'],
		[{scenario: 'normal'}, ['report', 'a.json'], '--scenario cannot be used with report'],
	] as const)('a task refuses a flag it does not take: %j %j', (flags, input, message) => {
		expect(refusal(() => task(flags, input))).toBe(message);
	});

	test('settings a task has no use for are let through: the ISNs, the name, --absolute', () => {
		const settings = {isnClient: '1', isnServer: '2', absolute: true} as const;
		expect(task({...settings, list: true, name: 'alice'})).toEqual({kind: 'list'});
		expect(task({...settings, name: 'alice'}, ['report', 'a.json'])).toMatchObject({
			kind: 'report',
		});
		expect(script({...settings, script: 'c:syn', name: 'alice'})).toMatchObject({isnClient: 1});
	});

	test('--yes without --reset-progress is refused', () => {
		expect(refusal(() => modes({yes: true}))).toBe('--yes only works with --reset-progress');
		expect(refusal(() => modes({yes: true, quiz: true}))).toContain('--yes');
	});
});

describe('--format', () => {
	test.each(exportFormats)('--format %s with --script', (format) => {
		expect(script({script: 'c:syn', format}).format).toBe(format);
	});

	test('defaults to text', () => {
		expect(script({script: 'c:syn'}).format).toBe('text');
	});

	test.each(['html', 'md', 'JSON', ''])('--format %j is refused, naming the choices', (format) => {
		const message = refusal(() => parse({script: 'c:syn', format}));
		expect(message).toBe(`--format must be ${exportFormats.join(' or ')}, not '${format}'`);
	});

	test.each(exportFormats)('--format %s without --script is refused', (format) => {
		expect(refusal(() => parse({format}))).toBe('--format only works with --script');
		expect(refusal(() => parse({format, quiz: true}))).toBe('--format only works with --script');
	});

	test.each(exportFormats.filter((format) => format !== 'json'))(
		'--json with --format %s is a contradiction',
		(format) => {
			const message = refusal(() => parse({script: 'c:syn', json: true, format}));
			expect(message).toBe(`--json means --format json, so it cannot go with --format ${format}`);
		},
	);

	test('--json with --format json agrees', () => {
		expect(script({script: 'c:syn', json: true, format: 'json'}).format).toBe('json');
	});
});

describe('--lang: chosen once, from argv and the locale; its check refuses what names no language', () => {
	test.each(['en', 'zh'] as const)('--lang %s', (lang) => {
		expect(languageOfArgv(['--lang', lang], {})).toBe(lang);
		expect(() => parse({lang})).not.toThrow();
	});

	test.each(['fr', 'zh_CN', 'EN', ''])('--lang %j is refused', (lang) => {
		expect(refusal(() => parse({lang}))).toBe(`--lang must be en or zh, not '${lang}'`);
	});

	test.each([
		[{}, 'en'],
		[{LANG: 'zh_CN.UTF-8'}, 'zh'],
		[{LANG: 'en_US.UTF-8'}, 'en'],
		[{LC_MESSAGES: 'zh_TW'}, 'zh'],
		[{LC_ALL: 'zh'}, 'zh'],
		[{LC_ALL: 'en_GB.UTF-8', LC_MESSAGES: 'zh_CN', LANG: 'zh_CN'}, 'en'],
		[{LC_MESSAGES: 'en_US', LANG: 'zh_CN.UTF-8'}, 'en'],
		[{LC_MESSAGES: 'zh_CN', LANG: 'en_US.UTF-8'}, 'zh'],
		// An empty variable counts as unset.
		[{LC_ALL: '', LC_MESSAGES: '', LANG: 'zh_CN.UTF-8'}, 'zh'],
		[{LC_ALL: 'C', LANG: 'zh_CN.UTF-8'}, 'en'],
		[{LC_ALL: 'POSIX'}, 'en'],
	] as const)('the environment %j gives %s', (env, lang) => {
		expect(languageOfArgv([], env)).toBe(lang);
	});

	test('--lang beats the environment', () => {
		expect(languageOfArgv(['--lang', 'en'], {LC_ALL: 'zh_CN.UTF-8'})).toBe('en');
		expect(languageOfArgv(['--lang=zh'], {LANG: 'en_US.UTF-8'})).toBe('zh');
	});
});

describe('--screen-reader', () => {
	test('off by default', () => {
		expect(parse({}).screenReader).toBe(false);
	});

	test('--screen-reader, or INK_SCREEN_READER=true', () => {
		expect(parse({screenReader: true}).screenReader).toBe(true);
		expect(parse({}, [], {INK_SCREEN_READER: 'true'}).screenReader).toBe(true);
	});

	test.each(['1', 'false', 'TRUE', ''])('INK_SCREEN_READER=%j is not true', (value) => {
		expect(parse({}, [], {INK_SCREEN_READER: value}).screenReader).toBe(false);
	});

	test('--no-screen-reader beats INK_SCREEN_READER=true', () => {
		expect(parse({screenReader: false}, [], {INK_SCREEN_READER: 'true'}).screenReader).toBe(false);
	});
});

describe('--name', () => {
	test('defaults to USER, then LOGNAME, then USERNAME, then "student"', () => {
		expect(modes({quiz: true}, [], {USER: 'alice', LOGNAME: 'bob'}).student).toBe('alice');
		expect(modes({quiz: true}, [], {LOGNAME: 'bob', USERNAME: 'carol'}).student).toBe('bob');
		expect(modes({quiz: true}, [], {USERNAME: 'carol'}).student).toBe('carol');
		expect(modes({quiz: true}, [], {}).student).toBe('student');
	});

	test('--name beats USER, trimmed', () => {
		expect(modes({quiz: true, name: '  Dana Li '}, [], {USER: 'alice'}).student).toBe('Dana Li');
	});

	test.each(['', '   ', 'x'.repeat(65)])('--name %j is refused', (name) => {
		expect(refusal(() => modes({quiz: true, name}))).toBe('--name must be 1 to 64 characters');
	});

	test('64 characters are fine', () => {
		expect(modes({quiz: true, name: 'x'.repeat(64)}).student).toBe('x'.repeat(64));
	});
});
