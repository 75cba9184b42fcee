import {describe, expect, test} from 'vitest';
import {
	checkArgv,
	type Environment,
	type Flags,
	type Options,
	parseOptions,
	prefersAscii,
	type ScriptTask,
	wantsColor,
} from '../source/options.js';
import {usageErrorOf} from './helpers/usage-error.js';

const noRandom = (): number => {
	throw new Error('random() must not be called when both ISNs are given');
};

function parse(flags: Flags, input: readonly string[] = [], env: Environment = {}) {
	return parseOptions('en', flags, input, env, noRandom);
}

/** The script task of parsed options; fails the test for any other task. */
function script(options: Options): ScriptTask {
	expect(options.task.kind).toBe('script');
	return options.task as ScriptTask;
}

const withIsns = {script: 'c:syn', isnClient: '1', isnServer: '2'} as const;

describe('parseOptions: ISNs', () => {
	test('accepts the bounds 0 and 4294967295', () => {
		const options = script(parse({script: 'c:syn', isnClient: '0', isnServer: '4294967295'}));
		expect(options.isnClient).toBe(0);
		expect(options.isnServer).toBe(4_294_967_295);
	});

	test('parses decimal digits with leading zeros as decimal', () => {
		expect(script(parse({...withIsns, isnClient: '007'})).isnClient).toBe(7);
	});

	test('draws a random ISN for each side that is not given', () => {
		const drawn = [11, 22];
		const options = script(
			parseOptions('en', {script: 'c:syn'}, [], {}, () => drawn.shift() ?? -1),
		);
		expect(options.isnClient).toBe(11);
		expect(options.isnServer).toBe(22);
		expect(drawn).toEqual([]);
	});

	test('draws only the missing ISN', () => {
		let calls = 0;
		const options = parseOptions('en', {script: 'c:syn', isnClient: '5'}, [], {}, () => {
			calls++;
			return 42;
		});
		expect(options.task).toMatchObject({isnClient: 5, isnServer: 42});
		expect(calls).toBe(1);
	});

	test('a task that plays no engine draws no ISN, and ignores the ISNs given', () => {
		const draw = () => {
			throw new Error('random() must not be called for a task without a connection');
		};
		for (const [flags, input] of [
			[{list: true}, []],
			[{resetProgress: true, yes: true}, []],
			[{isnClient: '5', isnServer: '6'}, ['report', 'a.json']],
		] as const) {
			expect(() => parseOptions('en', flags, input, {}, draw)).not.toThrow();
		}
		expect(
			usageErrorOf(() => parseOptions('en', {list: true, isnClient: 'x'}, [], {}, draw)).message,
		).toBe("--isn-client must be a whole number from 0 to 4294967295, not 'x'");
	});

	for (const flag of ['--isn-client', '--isn-server'] as const) {
		const key = flag === '--isn-client' ? 'isnClient' : 'isnServer';
		test.each(['-1', '4294967296', 'abc', '1e3', '0x10', '1.5', ' 5', '+5'])(
			`${flag} %j is rejected with a message naming the flag and the value`,
			(value) => {
				const error = usageErrorOf(() => parse({...withIsns, [key]: value}));
				expect(error.message).toContain(flag);
				expect(error.message).toContain(`'${value}'`);
				expect(error.message).toContain('4294967295');
				expect(error.exitCode).toBe(2);
			},
		);

		test(`${flag} '' (flag without a value) is rejected with a message naming the flag`, () => {
			const error = usageErrorOf(() => parse({...withIsns, [key]: ''}));
			expect(error.message).toContain(flag);
			expect(error.message).toMatch(/needs a number/);
			expect(error.exitCode).toBe(2);
		});
	}
});

describe('parseOptions: arguments and other flags', () => {
	test('defaults', () => {
		expect(parse(withIsns)).toEqual({
			ascii: false,
			color: true,
			absolute: false,
			width: 80,
			screenReader: false,
			task: {
				kind: 'script',
				script: 'c:syn',
				format: 'text',
				isnClient: 1,
				isnServer: 2,
				network: 'instant',
				peer: null,
				twoWay: false,
				scenario: null,
			},
		});
	});

	test('--network and --peer take their choices and reject others', () => {
		expect(parse({...withIsns, network: 'manual', peer: 'server'}).task).toMatchObject({
			network: 'manual',
			peer: 'server',
		});
		expect(usageErrorOf(() => parse({...withIsns, network: 'lossy'})).message).toBe(
			"--network must be instant or manual, not 'lossy'",
		);
		expect(usageErrorOf(() => parse({...withIsns, peer: 'both'})).message).toBe(
			"--peer must be client or server, not 'both'",
		);
	});

	test('passes the flags through', () => {
		const options = parse({...withIsns, json: true, absolute: true, ascii: true, width: '120'});
		expect(options).toMatchObject({absolute: true, ascii: true, width: 120});
		expect(script(options).format).toBe('json');
	});

	test('a stray positional argument is rejected, naming it', () => {
		const error = usageErrorOf(() => parse(withIsns, ['c:syn']));
		expect(error.message).toContain("unexpected argument 'c:syn'");
		expect(error.message).toContain('--script');
		expect(error.exitCode).toBe(2);
	});

	test('--json without --script is rejected', () => {
		const error = usageErrorOf(() => parse({json: true, isnClient: '1', isnServer: '2'}));
		expect(error.message).toContain('--json');
		expect(error.message).toContain('--script');
		expect(error.exitCode).toBe(2);
	});

	test('--json with --script is accepted', () => {
		expect(script(parse({...withIsns, json: true})).format).toBe('json');
	});

	test.each(['40', '400'])('--width %s is accepted', (value) => {
		expect(parse({...withIsns, width: value}).width).toBe(Number(value));
	});

	test.each(['39', '401', 'wide', ''])('--width %j is rejected', (value) => {
		const error = usageErrorOf(() => parse({...withIsns, width: value}));
		expect(error.message).toContain('--width');
	});

	test('without --ascii, the environment decides', () => {
		expect(parse(withIsns, [], {LANG: 'C'}).ascii).toBe(true);
		expect(parse(withIsns, [], {LANG: 'en_US.UTF-8'}).ascii).toBe(false);
		expect(parse({...withIsns, ascii: false}, [], {LANG: 'C'}).ascii).toBe(false);
	});

	test('colour follows wantsColor', () => {
		expect(parse({...withIsns, color: false}).color).toBe(false);
		expect(parse(withIsns, [], {NO_COLOR: '1'}).color).toBe(false);
	});
});

describe('checkArgv', () => {
	test.each([
		[['--bogus'], '--bogus'],
		[['-x'], '-x'],
		[['--Script', 'c:syn'], '--Script'],
		[['--no-script'], '--no-script'],
		[['--isn'], '--isn'],
		[['--script', 'c:syn', '--colour'], '--colour'],
		[['--script', 'c:syn', '--json', '--verbose=1'], '--verbose'],
	])('rejects %j, naming %s', (argv, unknown) => {
		const error = usageErrorOf(() => checkArgv('en', argv));
		expect(error.message).toContain(`unknown flag '${unknown}'`);
		expect(error.message).toContain('--help');
		expect(error.exitCode).toBe(2);
	});

	const accepted: ReadonlyArray<readonly string[]> = [
		[],
		['--help'],
		['--version'],
		['--script', 'c:syn s:syn c:ack', '--json'],
		['--script=c:syn', '--absolute', '--ascii'],
		['--no-color'],
		['--color'],
		['--no-absolute', '--no-ascii', '--no-json'],
		['--isn-client=5', '--isn-server', '300'],
		['--isn-client', '-1'],
		['--width', '100'],
		['--script', 'c:syn', 'stray'],
		['--', '--not-a-flag'],
	];
	for (const argv of accepted) {
		test(`accepts ${JSON.stringify(argv)}`, () => {
			expect(() => checkArgv('en', argv)).not.toThrow();
		});
	}
});

describe('wantsColor', () => {
	test.each([
		[{}, {}, true],
		[{color: true}, {}, true],
		[{color: false}, {}, false],
		[{}, {NO_COLOR: '1'}, false],
		// meow always passes color: true unless --no-color is given
		[{color: true}, {NO_COLOR: '1'}, false],
		// no-color.org: an empty NO_COLOR does not count
		[{color: true}, {NO_COLOR: ''}, true],
		[{color: true}, {FORCE_COLOR: '0'}, false],
		[{color: true}, {FORCE_COLOR: 'false'}, false],
		[{color: true}, {FORCE_COLOR: '1'}, true],
		[{color: true}, {FORCE_COLOR: '1', NO_COLOR: '1'}, true],
		[{color: true}, {FORCE_COLOR: '0', NO_COLOR: '1'}, false],
		[{color: false}, {FORCE_COLOR: '1'}, false],
		[{color: false}, {NO_COLOR: '1'}, false],
	] satisfies Array<[Flags, Environment, boolean]>)(
		'flags %j, env %j: %s',
		(flags, env, expected) => {
			expect(wantsColor(flags, env)).toBe(expected);
		},
	);
});

describe('prefersAscii', () => {
	test.each([
		[{}, false],
		[{LANG: 'C'}, true],
		[{LANG: 'POSIX'}, true],
		[{LANG: 'en_US.ISO-8859-1'}, true],
		[{LANG: 'de_DE.ISO8859-15@euro'}, true],
		[{LANG: 'en_US.UTF-8'}, false],
		[{LANG: 'en_US.utf8'}, false],
		[{LANG: 'C.UTF-8'}, false],
		[{LANG: 'en_US'}, false],
		[{TERM: 'dumb'}, true],
		[{TERM: 'vt100'}, true],
		[{TERM: 'xterm-256color'}, false],
		[{LANG: 'en_US.UTF-8', TERM: 'dumb'}, true],
		// LC_ALL beats LC_CTYPE beats LANG
		[{LC_ALL: 'C', LANG: 'en_US.UTF-8'}, true],
		[{LC_ALL: 'en_US.UTF-8', LANG: 'C'}, false],
		[{LC_CTYPE: 'en_US.ISO-8859-1', LANG: 'en_US.UTF-8'}, true],
		[{LC_CTYPE: 'en_US.UTF-8', LANG: 'C'}, false],
		// an empty variable counts as unset
		[{LC_ALL: '', LANG: 'C'}, true],
	] satisfies Array<[Environment, boolean]>)('%j: %s', (env, expected) => {
		expect(prefersAscii(env)).toBe(expected);
	});
});
