// Every flag of the command line, declared once: its type (for meow), what --help writes after it,
// its check, the tasks that take it, and why another task refuses it. The parser (options.ts), the
// unknown-flag check, meow's flag list and the "X only with Y" refusals are all read from here.
import {type MessageKey, t} from '../i18n/index.js';
import {isLanguage, type Language, languageFromEnv, languages} from '../i18n/language.js';
import {challengeNamed, challenges} from '../learn/challenges.js';
import {lessonNamed, lessons} from '../learn/lessons.js';
import {type Scenario, scenarioNamed, scenarios} from '../learn/scenarios.js';
import {maxQuestions, minQuestions, topicChoices} from '../quiz/results.js';
import type {NetworkMode} from '../tcp/machine.js';
import {maxSequence} from '../tcp/segment.js';
import {sides} from '../tcp/states.js';
import {oneOf, UsageError, wholeNumber} from '../usage-error.js';

/** The environment, or the part of it that the options read (process.env fits). */
export type Environment = Readonly<Record<string, string | undefined>>;

/**
 * What a command line asks for: a screen to start on, a script to print, or a task that prints and
 * ends. A flag that chooses one (`selects`) names it; report and replay are commands, typed as words.
 */
export type Use =
	| 'sandbox'
	| 'menu'
	| 'lesson'
	| 'quiz'
	| 'challenge'
	| 'script'
	| 'list'
	| 'resetProgress'
	| 'report'
	| 'replay';

const screens = [
	'sandbox',
	'menu',
	'lesson',
	'quiz',
	'challenge',
] as const satisfies readonly Use[];
/** The screens a flag can choose: two of them, or one with a script or a scenario, conflict. */
const starts: readonly Use[] = ['menu', 'lesson', 'quiz', 'challenge'];
/** The learning modes that set the network and the players themselves. */
const guided: readonly Use[] = ['lesson', 'quiz', 'challenge'];
/** The uses that play the engine, and so take its ISNs. */
const engine = [...screens, 'script'] as const satisfies readonly Use[];
const everything = [...engine, 'list', 'resetProgress', 'report', 'replay'] as const;

const networkModes = ['instant', 'manual'] as const satisfies readonly NetworkMode[];

/** The flag as typed: isnClient is --isn-client. */
export function flagName(key: string): string {
	return `--${key.replaceAll(/[A-Z]/g, (letter) => `-${letter.toLowerCase()}`)}`;
}

/** How a refusal names the use that refused: the command's word, or the flag that chose it. */
function nameOfUse(use: Use): string {
	return use === 'report' || use === 'replay' || use === 'sandbox' ? use : flagName(use);
}

/** Why `use` refuses `flag` (in `lang`), or undefined when the general "cannot be used with" says it. */
type Refusal = (lang: Language, flag: string, use: Use) => string | undefined;

/** The parts of --help that list flags: the options, the learning modes, report's and replay's. */
export const helpParts = ['options', 'modes', 'tasks'] as const;

type FlagHelp = {
	readonly part: (typeof helpParts)[number];
	/** Listed indented under another flag: the quiz's own flags under --quiz. */
	readonly under?: string;
	/** On by default, so --help names the flag that turns it off: --no-color. */
	readonly negated?: true;
};

export type Declaration = {
	readonly type: 'string' | 'boolean';
	/** What --help writes after the flag: --count <n>. None for a boolean. */
	readonly value?: string;
	/** The uses that take the flag. */
	readonly takenBy: readonly Use[];
	/** Uses that have no use for the flag and let it pass: settings such as the ISNs or the name. */
	readonly ignoredBy?: readonly Use[];
	/** The flag chooses the use named after it; the first chosen in this table's order wins. */
	readonly selects?: true;
	/** Why a use that neither takes nor ignores the flag refuses it; the general words otherwise. */
	readonly refusal?: Refusal;
	/** Where --help lists the flag; its words there are the catalog's help.flag.<key>. */
	readonly help: FlagHelp;
	/**
	 * The value's meaning, or a usage error in `lang`. Checks that depend on the task (--format) are
	 * its own.
	 */
	readonly check?: (lang: Language, value: string, flag: string) => unknown;
};

/** "--X only works with …": the flag's own words, wherever it is refused. */
const only =
	(key: MessageKey): Refusal =>
	(lang, flag) =>
		t(lang, key, {flag});

/** A screen's flag, a script or a scenario given with another screen's flag. */
const together: Refusal = (lang, flag, use) =>
	starts.includes(use)
		? t(lang, 'cli.together', {flags: [flagName(use), flag].join(t(lang, 'cli.listAnd'))})
		: undefined;

/** A lesson, a challenge or a quiz sets the network and the players itself. */
const setByMode: Refusal = (lang, flag, use) =>
	guided.includes(use) ? t(lang, 'cli.fixedByMode', {flag, mode: flagName(use)}) : undefined;

/** The network and the players: free play sets them, a learning mode sets them itself. */
const setByModes = {takenBy: ['sandbox', 'menu', 'script'], refusal: setByMode} as const;

/** The quiz's own settings, which the menu passes on to the quiz it starts. */
const ofTheQuiz = {takenBy: ['quiz', 'menu'], refusal: only('cli.quizOnly')} as const;

function isn(lang: Language, value: string, flag: string): number {
	if (value === '') throw new UsageError(t(lang, 'cli.needsNumber', {flag}));
	return wholeNumber(lang, flag, value, 0, maxSequence);
}

function lessonName(lang: Language, name: string): string {
	if (lessonNamed(name)) return name;
	const valid = lessons.map((lesson) => lesson.name).join(', ');
	throw new UsageError(
		name === ''
			? t(lang, 'cli.lessonNeedsName', {valid})
			: t(lang, 'cli.unknownLesson', {name, valid}),
	);
}

function challengeName(lang: Language, name: string): string {
	if (challengeNamed(name)) return name;
	const valid = challenges.map((challenge) => challenge.name).join(', ');
	throw new UsageError(
		name === ''
			? t(lang, 'cli.challengeNeedsName', {valid})
			: t(lang, 'cli.unknownChallenge', {name, valid}),
	);
}

function scenarioOf(lang: Language, name: string): Scenario {
	const scenario = scenarioNamed(name);
	if (scenario) return scenario;
	const valid = scenarios.map((each) => each.name).join(', ');
	throw new UsageError(t(lang, 'cli.unknownScenario', {name, valid}));
}

/** Who takes the quiz and whose progress it is, from --name or the login name: 1 to 64 characters. */
export function studentName(lang: Language, name: string): string {
	if (name.trim() === '' || name.length > 64) throw new UsageError(t(lang, 'cli.nameLength'));
	return name.trim();
}

/**
 * The table. Its order is the order in which a flag chooses the use (--list before --quiz before
 * --script) and in which refusals and checks are made.
 */
export const flagTable = {
	list: {type: 'boolean', takenBy: ['list'], selects: true, help: {part: 'modes'}},
	resetProgress: {
		type: 'boolean',
		takenBy: ['resetProgress'],
		selects: true,
		help: {part: 'modes'},
	},
	menu: {
		type: 'boolean',
		takenBy: ['menu'],
		selects: true,
		refusal: together,
		help: {part: 'modes'},
	},
	lesson: {
		type: 'string',
		value: '<name>',
		takenBy: ['lesson'],
		selects: true,
		refusal: together,
		check: lessonName,
		help: {part: 'modes'},
	},
	quiz: {
		type: 'boolean',
		takenBy: ['quiz'],
		selects: true,
		refusal: together,
		help: {part: 'modes'},
	},
	challenge: {
		type: 'string',
		value: '<name>',
		takenBy: ['challenge'],
		selects: true,
		refusal: together,
		check: challengeName,
		help: {part: 'modes'},
	},
	script: {
		type: 'string',
		value: '<steps>',
		takenBy: ['script'],
		selects: true,
		refusal: together,
		help: {part: 'options'},
	},
	format: {
		type: 'string',
		value: '<f>',
		takenBy: ['script', 'report', 'replay'],
		refusal: only('cli.formatWithoutScript'),
		help: {part: 'options'},
	},
	json: {
		type: 'boolean',
		takenBy: ['script', 'quiz', 'report', 'replay'],
		refusal: only('cli.jsonWithoutScript'),
		help: {part: 'options'},
	},
	absolute: {
		type: 'boolean',
		takenBy: [...engine, 'replay'],
		ignoredBy: ['list', 'resetProgress', 'report'],
		help: {part: 'options'},
	},
	isnClient: {
		type: 'string',
		value: '<n>',
		takenBy: engine,
		ignoredBy: ['list', 'resetProgress', 'report'],
		check: isn,
		help: {part: 'options'},
	},
	isnServer: {
		type: 'string',
		value: '<n>',
		takenBy: engine,
		ignoredBy: ['list', 'resetProgress', 'report'],
		check: isn,
		help: {part: 'options'},
	},
	ascii: {type: 'boolean', takenBy: everything, help: {part: 'options'}},
	color: {type: 'boolean', takenBy: everything, help: {part: 'options', negated: true}},
	lang: {
		type: 'string',
		value: '<l>',
		takenBy: everything,
		check: (lang, value, flag): Language => oneOf(lang, flag, value, languages),
		help: {part: 'options'},
	},
	screenReader: {type: 'boolean', takenBy: everything, help: {part: 'options'}},
	width: {
		type: 'string',
		value: '<n>',
		takenBy: ['script', 'report', 'replay'],
		refusal: only('cli.widthWithoutScript'),
		check: (lang, value, flag) => wholeNumber(lang, flag, value, 40, 400),
		help: {part: 'options'},
	},
	network: {
		type: 'string',
		value: '<mode>',
		...setByModes,
		check: (lang, value, flag) => oneOf(lang, flag, value, networkModes),
		help: {part: 'options'},
	},
	peer: {
		type: 'string',
		value: '<side>',
		...setByModes,
		check: (lang, value, flag) => oneOf(lang, flag, value, sides),
		help: {part: 'options'},
	},
	scenario: {
		type: 'string',
		value: '<name>',
		takenBy: ['sandbox', 'script'],
		refusal: together,
		check: scenarioOf,
		help: {part: 'options'},
	},
	twoWay: {
		type: 'boolean',
		...setByModes,
		help: {part: 'options'},
	},
	count: {
		type: 'string',
		value: '<n>',
		...ofTheQuiz,
		check: (lang, value, flag) => wholeNumber(lang, flag, value, minQuestions, maxQuestions),
		help: {part: 'modes', under: 'quiz'},
	},
	seed: {
		type: 'string',
		value: '<n>',
		...ofTheQuiz,
		check: (lang, value, flag) => wholeNumber(lang, flag, value, 0, 2 ** 32 - 1),
		help: {part: 'modes', under: 'quiz'},
	},
	topic: {
		type: 'string',
		value: '<t>',
		...ofTheQuiz,
		check: (lang, value, flag) => oneOf(lang, flag, value, topicChoices),
		help: {part: 'modes', under: 'quiz'},
	},
	name: {
		type: 'string',
		value: '<name>',
		takenBy: [...screens, 'resetProgress'],
		ignoredBy: ['script', 'list', 'report'],
		check: studentName,
		help: {part: 'modes', under: 'quiz'},
	},
	yes: {
		type: 'boolean',
		takenBy: ['resetProgress'],
		refusal: only('cli.yesWithoutReset'),
		help: {part: 'modes', under: 'resetProgress'},
	},
	csv: {
		type: 'boolean',
		takenBy: ['report'],
		refusal: only('cli.csvWithoutReport'),
		help: {part: 'tasks'},
	},
	best: {
		type: 'boolean',
		takenBy: ['report'],
		refusal: only('report.cli.bestWithoutReport'),
		help: {part: 'tasks'},
	},
	connection: {
		type: 'string',
		value: '<n>',
		takenBy: ['replay'],
		refusal: only('replay.cli.withoutReplay'),
		check: (lang, value, flag) => wholeNumber(lang, flag, value, 1, Number.MAX_SAFE_INTEGER),
		help: {part: 'tasks'},
	},
	port: {
		type: 'string',
		value: '<p>',
		takenBy: ['replay'],
		refusal: only('replay.cli.withoutReplay'),
		check: (lang, value, flag) => wholeNumber(lang, flag, value, 0, 65_535),
		help: {part: 'tasks'},
	},
} as const satisfies Readonly<Record<string, Declaration>>;

type Table = typeof flagTable;
export type FlagKey = keyof Table;

export const flagKeys = Object.keys(flagTable) as FlagKey[];

export function declared(key: FlagKey): Declaration {
	return flagTable[key];
}

/** The flags that choose a use: each is named as the use it chooses, which the compiler checks. */
type Selecting = {[K in FlagKey]: Table[K] extends {readonly selects: true} ? K : never}[FlagKey];

const selecting = flagKeys.filter((key): key is Selecting => declared(key).selects === true);

/** The flags as meow gives them: a string as typed, a boolean true, or false for --no-X. */
export type Flags = {
	readonly [K in FlagKey]?: Table[K]['type'] extends 'boolean' ? boolean : string;
};

type Checked<D> = D extends {readonly check: (...arguments_: never[]) => infer Value}
	? Value
	: D extends {readonly type: 'boolean'}
		? boolean
		: string;

/** The flags given, each through its check: --count 5 is 5, --scenario normal the scenario. */
export type Values = {readonly [K in FlagKey]?: Checked<Table[K]>};

/** meow's flag list. No defaults: a flag left out stays undefined (--ascii defaults to the locale). */
export const flagSpec = Object.fromEntries(
	flagKeys.map((key) => [key, {type: flagTable[key].type}]),
) as {readonly [K in FlagKey]: {readonly type: Table[K]['type']}};

/** Every flag a user may type, as typed (meow also accepts --no-<boolean>). */
const knownFlags = new Set([
	'--help',
	'-h',
	'--version',
	'-v',
	...flagKeys.flatMap((key) => {
		const name = flagName(key);
		return flagTable[key].type === 'boolean' ? [name, `--no-${name.slice(2)}`] : [name];
	}),
]);

/**
 * Reject flags meow would pass through silently, with the one-line message meow does not give, in
 * `lang`.
 */
export function checkArgv(lang: Language, argv: readonly string[]): void {
	for (const token of argv) {
		if (token === '--') break;
		// '-' alone is a value: stdin, as in `--script -`.
		if (!token.startsWith('-') || token === '-' || /^-\d/.test(token)) continue;
		const name = token.split('=')[0] ?? token;
		if (!knownFlags.has(name)) {
			throw new UsageError(t(lang, 'cli.unknownFlag', {flag: name}));
		}
	}
}

/**
 * The language of the whole run, chosen once and before the flags are parsed, so that a mistake in
 * them is told in the user's language: --lang X or --lang=X when it names a language, else the
 * locale. A --lang that names none is then refused by its check, in that language.
 */
export function languageOfArgv(argv: readonly string[], env: Environment): Language {
	for (const [index, token] of argv.entries()) {
		if (token === '--') break;
		const value = token === '--lang' ? argv[index + 1] : /^--lang=(.*)$/.exec(token)?.[1];
		if (value !== undefined && isLanguage(value)) return value;
	}
	return languageFromEnv(env);
}

/** Given on the command line: --no-X for a boolean only restates its default. */
function given(value: unknown): boolean {
	return value !== undefined && value !== false;
}

/** What the command line asks for: the command typed, else the first flag that chooses a use. */
export function chosenUse(lang: Language, flags: Flags, input: readonly string[]): Use {
	const [command] = input;
	if (command === 'report' || command === 'replay') return command;
	if (command !== undefined) {
		throw new UsageError(t(lang, 'cli.unexpectedArgument', {argument: command}));
	}
	const chosen: Use | undefined = selecting.find((key) => given(flags[key]));
	return chosen ?? 'sandbox';
}

/** Refuse, in one line, the first flag given that `use` neither takes nor ignores. */
export function refuseOthers(lang: Language, flags: Flags, use: Use): void {
	for (const key of flagKeys) {
		const {takenBy, ignoredBy = [], refusal} = declared(key);
		if (!given(flags[key]) || takenBy.includes(use) || ignoredBy.includes(use)) continue;
		const flag = flagName(key);
		throw new UsageError(
			refusal?.(lang, flag, use) ??
				(use === 'replay'
					? t(lang, 'replay.cli.notWithReplay', {flag})
					: t(lang, 'cli.notWith', {flag, task: nameOfUse(use)})),
		);
	}
}

/** Every flag given, through its check. */
export function checkValues(lang: Language, flags: Flags): Values {
	const values: Record<string, unknown> = {};
	for (const key of flagKeys) {
		const value = flags[key];
		if (value === undefined) continue;
		const {check} = declared(key);
		values[key] = check && typeof value === 'string' ? check(lang, value, flagName(key)) : value;
	}
	return values as Values;
}
