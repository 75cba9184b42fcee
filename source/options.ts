// Turn argv flags and the environment into validated options. Pure, so it is tested without a process.
import {type ExportFormat, exportFormats} from './export/formats.js';
import {t} from './i18n/index.js';
import {isLanguage, type Language, languageFromEnv, languages} from './i18n/language.js';
import {type ModeFlags, type ModeOptions, modeFlagSpec, parseModeOptions} from './mode-options.js';
import {
	type ReplayFlags,
	type ReplayTask,
	replayFlagSpec,
	replayTaskOf,
} from './replay/replay-options.js';
import {type Scenario, scenarioNamed, scenarios} from './scenarios/scenarios.js';
import type {NetworkMode} from './tcp/machine.js';
import {maxSequence} from './tcp/segment.js';
import {type Side, sides} from './tcp/states.js';
import {UsageError} from './usage-error.js';

export const flagSpec = {
	script: {type: 'string'},
	json: {type: 'boolean'},
	isnClient: {type: 'string'},
	isnServer: {type: 'string'},
	absolute: {type: 'boolean'},
	ascii: {type: 'boolean'},
	color: {type: 'boolean', default: true},
	width: {type: 'string'},
	network: {type: 'string'},
	peer: {type: 'string'},
	scenario: {type: 'string'},
	twoWay: {type: 'boolean'},
	format: {type: 'string'},
	lang: {type: 'string'},
	screenReader: {type: 'boolean'},
	...modeFlagSpec,
	...replayFlagSpec,
} as const;

/** Every flag a user may type, as typed (meow also accepts --no-<boolean>). */
const knownFlags = new Set([
	'--help',
	'-h',
	'--version',
	'-v',
	...Object.entries(flagSpec).flatMap(([name, spec]) => {
		const kebab = `--${name.replaceAll(/[A-Z]/g, (letter) => `-${letter.toLowerCase()}`)}`;
		return spec.type === 'boolean' ? [kebab, `--no-${kebab.slice(2)}`] : [kebab];
	}),
]);

/** The modes' flags and replay's, each declared beside its own checks. */
type ModeAndReplayFlags = ModeFlags & ReplayFlags;

export type Flags = ModeAndReplayFlags & {
	readonly script?: string;
	readonly json?: boolean;
	readonly isnClient?: string;
	readonly isnServer?: string;
	readonly absolute?: boolean;
	readonly ascii?: boolean;
	readonly color?: boolean;
	readonly width?: string;
	readonly network?: string;
	readonly peer?: string;
	readonly scenario?: string;
	readonly twoWay?: boolean;
	readonly format?: string;
	readonly lang?: string;
	readonly screenReader?: boolean;
};

export type Environment = Readonly<Record<string, string | undefined>>;

export type Options = Omit<ModeOptions, 'task'> & {
	readonly task: ModeOptions['task'] | ReplayTask;
	readonly isnClient: number;
	readonly isnServer: number;
	readonly ascii: boolean;
	readonly color: boolean;
	readonly absolute: boolean;
	readonly script: string | undefined;
	readonly json: boolean;
	readonly width: number;
	readonly network: NetworkMode;
	readonly peer: Side | null;
	readonly scenario: Scenario | null;
	readonly twoWay: boolean;
	/** What --script prints; --json is short for --format json. */
	readonly format: ExportFormat;
	readonly lang: Language;
	/** Ink's screen-reader mode: the screen as sentences, not boxes and arrows. */
	readonly screenReader: boolean;
};

/** Reject flags meow would pass through silently, with the one-line message meow does not give. */
export function checkArgv(argv: readonly string[]): void {
	for (const token of argv) {
		if (token === '--') break;
		if (!token.startsWith('-') || /^-\d/.test(token)) continue;
		const name = token.split('=')[0] ?? token;
		if (!knownFlags.has(name)) {
			throw new UsageError(t('cli.unknownFlag', {flag: name}));
		}
	}
}

/**
 * The language of the messages, decided before the flags are parsed so that a mistake in them is
 * told in the user's language: --lang X or --lang=X when it names a language, else the locale.
 */
export function languageOfArgv(argv: readonly string[], env: Environment): Language {
	for (const [index, token] of argv.entries()) {
		if (token === '--') break;
		const value = token === '--lang' ? argv[index + 1] : /^--lang=(.*)$/.exec(token)?.[1];
		if (value !== undefined && isLanguage(value)) return value;
	}
	return languageFromEnv(env);
}

function parseIsn(flag: string, value: string | undefined, random: () => number): number {
	if (value === undefined) return random();
	if (value === '') throw new UsageError(t('cli.needsNumber', {flag}));
	const number = /^\d+$/.test(value) ? Number(value) : Number.NaN;
	if (!(number >= 0 && number <= maxSequence)) {
		throw new UsageError(t('cli.wholeNumber', {flag, min: 0, max: maxSequence, value}));
	}
	return number;
}

function parseChoice<T extends string>(
	flag: string,
	value: string | undefined,
	choices: readonly T[],
): T | undefined {
	if (value === undefined) return undefined;
	if ((choices as readonly string[]).includes(value)) return value as T;
	throw new UsageError(t('cli.choice', {flag, choices: choices.join(t('cli.listOr')), value}));
}

function parseWidth(value: string | undefined): number {
	if (value === undefined) return 80;
	const number = /^\d+$/.test(value) ? Number(value) : Number.NaN;
	if (!(number >= 40 && number <= 400)) {
		throw new UsageError(t('cli.wholeNumber', {flag: '--width', min: 40, max: 400, value}));
	}
	return number;
}

/** A locale that names a charset other than UTF-8, or a terminal known to lack box drawing. */
export function prefersAscii(env: Environment): boolean {
	const locale = env['LC_ALL'] || env['LC_CTYPE'] || env['LANG'] || '';
	if (/^(C|POSIX)$/i.test(locale)) return true;
	if (locale.includes('.') && !/utf-?8/i.test(locale)) return true;
	return env['TERM'] === 'dumb' || /^vt\d+/.test(env['TERM'] ?? '');
}

/** --no-color and NO_COLOR turn colour off; FORCE_COLOR decides when set (0 or false: off). */
export function wantsColor(flags: Flags, env: Environment): boolean {
	if (flags.color === false) return false;
	const force = env['FORCE_COLOR'];
	if (force !== undefined) return force !== '0' && force !== 'false';
	return !env['NO_COLOR'];
}

/** A scenario brings its own network mode; --network may repeat it but not contradict it. */
function networkOptions(flags: Flags): {network: NetworkMode; scenario: Scenario | null} {
	const network = parseChoice('--network', flags.network, ['instant', 'manual'] as const);
	if (flags.scenario === undefined) return {network: network ?? 'instant', scenario: null};
	const scenario = scenarioNamed(flags.scenario);
	if (!scenario) {
		const valid = scenarios.map(({name}) => name).join(', ');
		throw new UsageError(t('cli.unknownScenario', {name: flags.scenario, valid}));
	}
	if (flags.peer !== undefined) {
		throw new UsageError(t('cli.peerWithScenario'));
	}
	if (network !== undefined && network !== scenario.network) {
		throw new UsageError(
			t('cli.scenarioNetwork', {name: scenario.name, network: scenario.network}),
		);
	}
	return {network: scenario.network, scenario};
}

function formatOf(flags: Flags): ExportFormat {
	const format = parseChoice('--format', flags.format, exportFormats);
	if (format !== undefined && flags.script === undefined) {
		throw new UsageError(t('cli.formatWithoutScript'));
	}
	if (flags.json && flags.script !== undefined && format !== undefined && format !== 'json') {
		throw new UsageError(t('cli.jsonWithFormat', {format}));
	}
	return flags.json && flags.script !== undefined ? 'json' : (format ?? 'text');
}

export function parseOptions(
	flags: Flags,
	input: readonly string[],
	env: Environment,
	random: () => number,
): Options {
	// `replay FILE` takes none of the modes' flags: replayTaskOf has refused them.
	const replay = replayTaskOf(flags, input);
	const modes = replay
		? {...parseModeOptions({}, [], env), task: replay}
		: parseModeOptions(flags, input, env);
	return {
		...modes,
		isnClient: parseIsn('--isn-client', flags.isnClient, random),
		isnServer: parseIsn('--isn-server', flags.isnServer, random),
		ascii: flags.ascii ?? prefersAscii(env),
		color: wantsColor(flags, env),
		absolute: flags.absolute ?? false,
		script: flags.script,
		json: flags.json ?? false,
		width: parseWidth(flags.width),
		...networkOptions(flags),
		peer: parseChoice('--peer', flags.peer, sides) ?? null,
		twoWay: (flags.twoWay ?? false) || Boolean(networkOptions(flags).scenario?.twoWay),
		// A report's --format is its own, in its task.
		format: replay || modes.task.kind === 'report' ? 'text' : formatOf(flags),
		lang: parseChoice('--lang', flags.lang, languages) ?? languageFromEnv(env),
		screenReader: flags.screenReader ?? env['INK_SCREEN_READER'] === 'true',
	};
}
