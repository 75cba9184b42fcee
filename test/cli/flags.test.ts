// The flag table is the one place a flag is declared: the parser refuses exactly the flags it says a
// task does not take, meow and the unknown-flag check know exactly its flags, and --help, which is
// prose in each language's catalog, lists every one of them as the table writes it.
import {describe, expect, test} from 'vitest';
import {
	checkArgv,
	chosenUse,
	type FlagKey,
	type Flags,
	flagKeys,
	flagName,
	flagSpec,
	flagTable,
	type Use,
} from '../../source/cli/flags.js';
import {helpText, shownFlag} from '../../source/cli/help.js';
import {helpEntries} from '../../source/commands.js';
import {width} from '../../source/diagram/text.js';
import {t} from '../../source/i18n/index.js';
import {languages} from '../../source/i18n/language.js';
import {parseOptions} from '../../source/options.js';
import {UsageError} from '../../source/usage-error.js';
import {usageErrorOf} from '../helpers/usage-error.js';

/** A command line for each use, with nothing else given. */
const commandLines: Readonly<Record<Use, readonly [Flags, readonly string[]]>> = {
	sandbox: [{}, []],
	menu: [{menu: true}, []],
	lesson: [{lesson: 'handshake'}, []],
	quiz: [{quiz: true}, []],
	challenge: [{challenge: 'establish'}, []],
	script: [{script: 'c:syn'}, []],
	list: [{list: true}, []],
	resetProgress: [{resetProgress: true}, []],
	report: [{}, ['report', 'a.json']],
	replay: [{}, ['replay', 'a.pcap']],
};

/** A value each flag's check accepts, and that every task taking the flag accepts too. */
const samples: Readonly<Record<FlagKey, string | boolean>> = {
	list: true,
	resetProgress: true,
	menu: true,
	lesson: 'teardown',
	quiz: true,
	challenge: 'refused',
	script: 's:listen',
	format: 'json',
	json: true,
	absolute: true,
	isnClient: '7',
	isnServer: '9',
	ascii: true,
	color: true,
	lang: 'zh',
	screenReader: true,
	width: '100',
	network: 'manual',
	peer: 'server',
	scenario: 'normal',
	twoWay: true,
	count: '5',
	seed: '42',
	topic: 'teardown',
	name: 'alice',
	yes: true,
	csv: true,
	best: true,
	connection: '1',
	port: '80',
};

const uses = Object.keys(commandLines) as Use[];

describe('the table decides what each task takes', () => {
	test('each command line above asks for its own use', () => {
		for (const use of uses) {
			const [flags, input] = commandLines[use];
			expect(chosenUse('en', flags, input), use).toBe(use);
		}
	});

	test('a flag given to a task is taken or let through where the table says so, and refused in one line elsewhere', () => {
		const wrong: string[] = [];
		for (const use of uses) {
			for (const key of flagKeys) {
				const [base, input] = commandLines[use];
				const flags = {...base, [key]: samples[key]};
				// A flag that chooses a use of its own (--list, --script …) is a command line of that use.
				if (chosenUse('en', flags, input) !== use) continue;
				const {takenBy, ignoredBy = []} = flagTable[key] as {
					takenBy: readonly Use[];
					ignoredBy?: readonly Use[];
				};
				const expected = takenBy.includes(use) || ignoredBy.includes(use);
				let refusal: string | null = null;
				try {
					parseOptions('en', flags, input, {}, () => 0);
				} catch (error) {
					if (!(error instanceof UsageError)) throw error;
					refusal = error.message;
				}
				const said = `${use} with ${flagName(key)}: ${refusal ?? 'taken'}`;
				if (expected !== (refusal === null)) wrong.push(said);
				else if (refusal !== null && (!refusal.includes(flagName(key)) || refusal.includes('\n')))
					wrong.push(`${said} (one line, naming the flag)`);
			}
		}
		expect(wrong).toEqual([]);
	});

	test('a lesson, a challenge or the quiz names itself when it refuses the network flags', () => {
		expect(
			usageErrorOf(() => parseOptions('en', {quiz: true, peer: 'client'}, [], {}, () => 0)).message,
		).toBe('--peer cannot be used with --quiz, which sets the network and the players itself');
	});
});

describe('flag names', () => {
	test('a key is typed in kebab case', () => {
		expect(flagName('isnClient')).toBe('--isn-client');
		expect(flagName('resetProgress')).toBe('--reset-progress');
		expect(flagName('json')).toBe('--json');
	});

	test('meow is given every flag of the table, with its type', () => {
		expect(Object.keys(flagSpec).sort()).toEqual([...flagKeys].sort());
		for (const key of flagKeys) expect(flagSpec[key].type).toBe(flagTable[key].type);
	});

	test('every flag is known as typed, and a boolean as --no-X too; nothing else is', () => {
		for (const key of flagKeys) {
			const name = flagName(key);
			expect(() => checkArgv('en', [name])).not.toThrow();
			const negated = () => checkArgv('en', [`--no-${name.slice(2)}`]);
			if (flagTable[key].type === 'boolean') expect(negated).not.toThrow();
			else expect(negated).toThrow(UsageError);
		}
		expect(() => checkArgv('en', ['--isn'])).toThrow(UsageError);
	});
});

describe('--help is made from the table', () => {
	const helps = languages.flatMap((language) =>
		[false, true].map((ascii) => ({language, ascii, help: helpText(language, ascii)})),
	);
	const name = ({language, ascii}: {language: string; ascii: boolean}) =>
		`${language}${ascii ? ', ASCII' : ''}`;

	test.each(languages)('%s: every flag of the table, with its value and its words', (language) => {
		const help = helpText(language, false);
		const missing = flagKeys.filter((key) => !help.includes(shownFlag(key)));
		expect(missing.map(shownFlag)).toEqual([]);
		// Each flag's words start on its row, as the catalog has them.
		const rows = help.split('\n');
		const wrongWords = flagKeys.filter((key) => {
			const row = rows.find((line) => line.trimStart().startsWith(`${shownFlag(key)} `));
			const words = t(language, `help.flag.${key}`, {}).split(/[\s{]/)[0] ?? '';
			return !row?.includes(words);
		});
		expect(wrongWords).toEqual([]);
	});

	test.each(languages)('%s: no flag the table does not have', (language) => {
		const help = helpText(language, false);
		const known = new Set(flagKeys.map((key) => shownFlag(key).split(' ')[0]));
		const unknown = [...new Set(help.match(/--[a-z][a-z-]*/g) ?? [])].filter(
			(flag) => !known.has(flag),
		);
		expect(unknown).toEqual([]);
	});

	test.each(helps)('$language (ascii $ascii): fits in 80 columns', (each) => {
		const wide = each.help.split('\n').filter((line) => width(line) > 79);
		expect(wide, name(each)).toEqual([]);
	});

	test('in ASCII, only ASCII', () => {
		expect(helpText('en', true)).toMatch(/^[\x20-\x7e\n]*$/);
	});

	test.each(languages)(
		'%s: every key of the help over the sandbox, from the command table',
		(language) => {
			const help = helpText(language, false);
			const entries = [...helpEntries('keys'), ...helpEntries('more')];
			const missing = entries.filter(
				({keys, text}) =>
					!help.split('\n').some((line) => line.includes(keys) && line.includes(t(language, text))),
			);
			expect(missing).toEqual([]);
		},
	);

	test('a flag listed under another is indented below it, in the same part', () => {
		const help = helpText('en', false).split('\n');
		const at = (flag: string) => help.findIndex((line) => line.trimStart().startsWith(flag));
		expect(at('--count')).toBeGreaterThan(at('--quiz'));
		expect(help[at('--count')]).toMatch(/^ {6}--count/);
		expect(help[at('--yes')]).toMatch(/^ {6}--yes/);
		expect(at('--yes')).toBe(at('--reset-progress') + 1);
	});
});
