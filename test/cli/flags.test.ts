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

describe('--help lists the table', () => {
	/** How the help writes a flag: --count <n>, and a flag on by default as --no-X. */
	const shown = (key: FlagKey) => {
		const declared: {type: string; value?: string} = flagTable[key];
		const name = key === 'color' ? '--no-color' : flagName(key);
		return declared.value === undefined ? name : `${name} ${declared.value}`;
	};

	test.each(languages)('%s: every flag of the table, with its value', (language) => {
		const help = t(language, 'cli.help');
		const missing = flagKeys.filter((key) => !help.includes(shown(key)));
		expect(missing.map(shown)).toEqual([]);
	});

	test.each(languages)('%s: no flag the table does not have', (language) => {
		const help = t(language, 'cli.help');
		const known = new Set(flagKeys.map((key) => shown(key).split(' ')[0]));
		const unknown = [...new Set(help.match(/--[a-z][a-z-]*/g) ?? [])].filter(
			(flag) => !known.has(flag),
		);
		expect(unknown).toEqual([]);
	});

	test.each(languages)('%s: each option row writes the value the table declares', (language) => {
		const help = t(language, 'cli.help');
		const rows = help.split('\n').flatMap((line) => {
			const row = /^ {4,6}(--[a-z-]+)(?: (<[a-z]+>))? {2,}/.exec(line);
			return row ? [[row[1] ?? '', row[2]] as const] : [];
		});
		expect(rows.length).toBeGreaterThan(25);
		const wrong = rows.filter(([flag, value]) => {
			const key = flagKeys.find((each) => shown(each).split(' ')[0] === flag);
			return key === undefined || shown(key) !== (value === undefined ? flag : `${flag} ${value}`);
		});
		expect(wrong).toEqual([]);
	});
});
