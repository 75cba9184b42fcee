// The command line's own words (usage errors and --help) come from the catalog: Chinese when the
// locale or --lang asks for it, decided before the flags are parsed, and English unchanged.
// The CLI tests need `npm run build` first.
import {readFileSync} from 'node:fs';
import {beforeAll, describe, expect, it, test} from 'vitest';
import {helpText} from '../../source/cli/help.js';
import {width} from '../../source/diagram/text.js';
import {en, type MessageKey} from '../../source/i18n/en.js';
import {t} from '../../source/i18n/index.js';
import {zh} from '../../source/i18n/zh.js';
import {parseModeOptions} from '../../source/mode-options.js';
import {languageOfArgv} from '../../source/options.js';
import {parseSteps} from '../../source/script/parse-steps.js';
import {actionTypes} from '../../source/tcp/machine.js';
import {requireBuiltCli, run, testEnvironment} from '../helpers/cli.js';
import {usageErrorOf} from '../helpers/usage-error.js';

const packageJson = JSON.parse(
	readFileSync(new URL('../../package.json', import.meta.url), 'utf8'),
) as {description: string};

const cliKeys = (Object.keys(en) as MessageKey[]).filter((key) => key.startsWith('cli.'));

/** Flag names, step syntax (c:syn, net:drop:K) and the commands quoted in a message. */
function literals(text: string): string[] {
	const flags = text.match(/--[a-z][a-z-]*/g) ?? [];
	const steps = text.match(/\b(?:c|s|net|data):[a-z{}]+(?::[\dK{}a-z]+)?/g) ?? [];
	// "what if" is words, translated; "c:syn s:ack" and "<steps>" are syntax, kept.
	const quoted = (text.match(/"[^"]*"/g) ?? []).filter((quote) => /[:<]/.test(quote));
	return [...new Set([...flags, ...steps, ...quoted])].sort();
}

const hasChinese = (text: string) => /\p{Script=Han}/u.test(text);

describe('languageOfArgv: the language is known before the flags are parsed', () => {
	it.each([
		[['--lang', 'zh'], {}, 'zh'],
		[['--lang=zh'], {}, 'zh'],
		[['--script', 'c:syn', '--lang', 'zh'], {LANG: 'en_US.UTF-8'}, 'zh'],
		[['--lang', 'en'], {LC_ALL: 'zh_CN.UTF-8'}, 'en'],
		[['--lang=en'], {LANG: 'zh_CN.UTF-8'}, 'en'],
		// Not a language: the locale decides, and the parser then refuses the value in that language.
		[['--lang', 'xx'], {LANG: 'zh_CN.UTF-8'}, 'zh'],
		[['--lang'], {LANG: 'zh_CN.UTF-8'}, 'zh'],
		[['--lang='], {}, 'en'],
		[[], {LC_MESSAGES: 'zh_CN.UTF-8'}, 'zh'],
		[['--count', '0'], {}, 'en'],
		// After -- nothing is a flag.
		[['--', '--lang', 'zh'], {}, 'en'],
	] as const)('%j with %j speaks %s', (argv, env, language) => {
		expect(languageOfArgv(argv, env)).toBe(language);
	});
});

describe('the catalog part', () => {
	it('has the usage errors and the help', () => {
		expect(cliKeys).toContain('cli.helpUsage');
		expect(cliKeys).toContain('cli.unknownFlag');
		expect(cliKeys.length).toBeGreaterThan(30);
	});

	it('every cli.* message keeps every flag, step and quoted command in Chinese', () => {
		const wrong = cliKeys.flatMap((key) => {
			const chinese = literals(zh[key] ?? '');
			const english = literals(en[key]);
			return chinese.join('\n') === english.join('\n') ? [] : [{key, chinese, english}];
		});
		expect(wrong).toEqual([]);
	});

	it('every cli.* message is translated (but the list joiners)', () => {
		const translated = cliKeys.filter(
			(key) => !['cli.listOr', 'cli.listAnd', 'cli.listComma'].includes(key),
		);
		expect(translated.filter((key) => !hasChinese(zh[key] ?? ''))).toEqual([]);
	});

	it('the English description is the package description meow used to print', () => {
		expect(en['cli.description']).toBe(packageJson.description);
	});

	it('the Chinese usage keeps the layout: lines, indents, and no line wider than the English', () => {
		const english = en['cli.helpUsage'].split('\n');
		const chinese = (zh['cli.helpUsage'] ?? '').split('\n');
		expect(chinese.map((line) => /^ */.exec(line)?.[0].length)).toEqual(
			english.map((line) => /^ */.exec(line)?.[0].length),
		);
		const widest = Math.max(...english.map((line) => width(line)));
		expect(chinese.filter((line) => width(line) > widest)).toEqual([]);
	});

	it('the examples are not translated', () => {
		const examples = (help: string) => help.slice(help.lastIndexOf('\n\n'));
		expect(examples(helpText('zh', false))).toBe(
			examples(helpText('en', false)).replace('Examples', '示例'),
		);
	});
});

describe('the parsers speak the language they are given', () => {
	it('English when given en, exactly as before', () => {
		expect(
			usageErrorOf(() => parseModeOptions('en', {quiz: true, count: '0'}, [], {})).message,
		).toBe("--count must be a whole number from 1 to 50, not '0'");
	});

	it('Chinese when given zh, with the flag and the value as typed', () => {
		const message = usageErrorOf(() =>
			parseModeOptions('zh', {quiz: true, count: '0'}, [], {}),
		).message;
		expect(message).toBe("--count 必须是 1 到 50 之间的整数，而不是 '0'");
		const step = usageErrorOf(() => parseSteps('zh', 'c:syn:3')).message;
		expect(step).toBe("步骤 'c:syn:3' 有误：只有 data 能带长度，如 c:data:200");
	});

	it('lists are joined in the language too', () => {
		const message = usageErrorOf(() =>
			parseModeOptions('zh', {menu: true, quiz: true}, [], {}),
		).message;
		expect(message).toBe('--menu 和 --quiz 不能同时使用');
	});
});

beforeAll(requireBuiltCli);

/**
 * The built CLI's answer to `args`, run once per arguments and environment: the runs here only
 * print (usage errors and the help), and several tests read the same one.
 */
const runs = new Map<string, ReturnType<typeof run>>();
function cli(args: readonly string[], options?: {env: NodeJS.ProcessEnv}): ReturnType<typeof run> {
	const key = JSON.stringify([args, options?.env ?? null]);
	let result = runs.get(key);
	if (!result) {
		result = run(args, options);
		runs.set(key, result);
	}
	return result;
}

const chineseLocale = {env: {...testEnvironment(), LANG: 'zh_CN.UTF-8'}};

/** A usage error from the built CLI: exit 2, nothing on stdout, one line on stderr. */
function usageLine(result: ReturnType<typeof run>): string {
	expect(result.status, result.stderr).toBe(2);
	expect(result.stdout).toBe('');
	expect(result.stderr).toMatch(/^tcp-tui: [^\n]+\n$/);
	return result.stderr.trimEnd();
}

const cases: ReadonlyArray<
	readonly [readonly string[], MessageKey, Record<string, string | number>]
> = [
	[['--x'], 'cli.unknownFlag', {flag: '--x'}],
	[['--quiz', '--count', '0'], 'cli.wholeNumber', {flag: '--count', min: 1, max: 50, value: '0'}],
	[
		['--peer', 'nobody'],
		'cli.choice',
		{flag: '--peer', choices: 'client 或 server', value: 'nobody'},
	],
	[
		['--script', 'c:foo'],
		'cli.step.unknownAction',
		{action: 'foo', step: 'c:foo', valid: actionTypes.join(', ')},
	],
	[['--count', '1', '--count', '2', '--quiz'], 'cli.repeatedFlag', {flag: '--count'}],
	[['--width', '80'], 'cli.widthWithoutScript', {}],
];

describe('usage errors from the built CLI, in Chinese', () => {
	test.each(cases)('LANG=zh_CN.UTF-8 %j', (args, key, params) => {
		const line = usageLine(cli(args, chineseLocale));
		expect(line).toBe(`tcp-tui: ${t('zh', key, params)}`);
		expect(hasChinese(line)).toBe(true);
	});

	test.each(cases)('--lang zh %j, in an English locale', (args, key, params) => {
		const line = usageLine(cli(['--lang', 'zh', ...args]));
		expect(line).toBe(`tcp-tui: ${t('zh', key, params)}`);
	});

	test('--lang=zh as one token; a bad --lang value is refused in the locale language', () => {
		expect(usageLine(cli(['--lang=zh', '--x']))).toBe(
			"tcp-tui: 未知选项 '--x'（见 tcp-tui --help）",
		);
		expect(usageLine(cli(['--lang', 'xx'], chineseLocale))).toBe(
			"tcp-tui: --lang 只能是 en 或 zh，不是 'xx'",
		);
		expect(usageLine(cli(['--lang', 'xx']))).toBe("tcp-tui: --lang must be en or zh, not 'xx'");
	});

	test('--lang en wins over a Chinese locale', () => {
		expect(usageLine(cli(['--lang', 'en', '--x'], chineseLocale))).toBe(
			"tcp-tui: unknown flag '--x' (see tcp-tui --help)",
		);
	});

	test('no arguments and no terminal: exit 1, one Chinese line (meow is not needed for this)', () => {
		const result = cli([], chineseLocale);
		expect(result.status).toBe(1);
		expect(result.stderr).toBe(`tcp-tui: ${zh['cli.notATerminal']}\n`);
	});
});

describe('--help', () => {
	const flagsOf = (help: string) => [...new Set(help.match(/--[a-z][a-z-]*/g) ?? [])].sort();

	test('English: the catalog text as meow prints it, the same for --help, -h and --lang en', () => {
		const {status, stdout} = cli(['--help']);
		expect(status).toBe(0);
		expect(stdout).toBe(`\n  ${en['cli.description']}\n\n${helpText('en', false)}\n\n`);
		expect(cli(['-h']).stdout).toBe(stdout);
		expect(cli(['--lang', 'en', '--help'], chineseLocale).stdout).toBe(stdout);
	});

	test('Chinese: translated, with every flag name the English help has', () => {
		const english = cli(['--help']).stdout;
		const result = cli(['--help'], chineseLocale);
		expect(result.status).toBe(0);
		expect(hasChinese(result.stdout)).toBe(true);
		expect(result.stdout).toContain('用法');
		expect(flagsOf(result.stdout)).toEqual(flagsOf(english));
		expect(flagsOf(english).length).toBeGreaterThan(25);
		expect(cli(['--lang', 'zh', '--help']).stdout).toBe(result.stdout);
		expect(cli(['--lang=zh', '-h']).stdout).toBe(result.stdout);
	});

	test('fits an 80-column terminal in both languages: no line wider than 79 columns', () => {
		for (const environment of [undefined, chineseLocale]) {
			const lines = cli(['--help'], environment).stdout.split('\n');
			expect(lines.filter((line) => width(line) > 79)).toEqual([]);
		}
	});
});
