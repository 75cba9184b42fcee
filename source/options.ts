// The command line as a task: what to do, with only the options that task takes, and how to draw.
// Pure, so it is tested without a process. The flags themselves are declared in cli/flags.ts.
import {
	checkValues,
	chosenUse,
	type Environment,
	type Flags,
	refuseOthers,
	type Use,
	type Values,
} from './cli/flags.js';
import {type ExportFormat, exportFormats} from './export/formats.js';
import {type Language, t} from './i18n/index.js';
import type {Scenario} from './learn/scenarios.js';
import {type LearningOptions, learningOptionsOf} from './mode-options.js';
import {type ReplayTask, replayTaskOf} from './replay/replay-options.js';
import {type ReportTask, reportTaskOf} from './report/report-options.js';
import type {NetworkMode} from './tcp/machine.js';
import type {Side} from './tcp/states.js';
import {oneOf, UsageError} from './usage-error.js';

export {checkArgv, type Environment, type Flags, languageOfArgv} from './cli/flags.js';

/** The engine's settings, for the interactive screen and for a script. */
export type SandboxOptions = {
	readonly isnClient: number;
	readonly isnServer: number;
	readonly network: NetworkMode;
	readonly peer: Side | null;
	readonly twoWay: boolean;
	readonly scenario: Scenario | null;
};

/** The interactive screen: the sandbox, the menu, a lesson, a challenge or the quiz. */
export type TuiTask = {
	readonly kind: 'tui';
	/** The quiz's results go to stdout as JSON, and the screen to stderr. */
	readonly json: boolean;
} & SandboxOptions &
	LearningOptions;

/** --script: print what the steps do, after the scenario's, if one is given. */
export type ScriptTask = {
	readonly kind: 'script';
	readonly script: string;
	/** What to print; --json is short for --format json. */
	readonly format: ExportFormat;
} & SandboxOptions;

export type ResetProgressTask = {
	readonly kind: 'resetProgress';
	/** --yes: do not ask. */
	readonly yes: boolean;
	/** --name: forget only this student's progress; null: everyone's. */
	readonly student: string | null;
};

export type Task =
	| TuiTask
	| ScriptTask
	| {readonly kind: 'list'}
	| ReportTask
	| ReplayTask
	| ResetProgressTask;

/** How the ladder and the screen are drawn, whatever the task. */
export type Drawing = {
	readonly ascii: boolean;
	readonly color: boolean;
	readonly absolute: boolean;
	/** The width of a printed ladder (--script, replay); the report has its own. */
	readonly width: number;
	/** Ink's screen-reader mode: the screen as sentences, not boxes and arrows. */
	readonly screenReader: boolean;
};

export type Options = Drawing & {readonly task: Task};

/** What the interactive screen starts with: its task's options, the drawing, and a seed drawn. */
export type TuiOptions = Drawing & Omit<TuiTask, 'kind' | 'seed'> & {readonly seed: number};

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
function sandboxOf(lang: Language, values: Values, random: () => number): SandboxOptions {
	const {scenario} = values;
	if (scenario !== undefined) {
		if (values.peer !== undefined) throw new UsageError(t(lang, 'cli.peerWithScenario'));
		if (values.network !== undefined && values.network !== scenario.network) {
			throw new UsageError(
				t(lang, 'cli.scenarioNetwork', {name: scenario.name, network: scenario.network}),
			);
		}
	}
	return {
		isnClient: values.isnClient ?? random(),
		isnServer: values.isnServer ?? random(),
		network: scenario?.network ?? values.network ?? 'instant',
		peer: values.peer ?? null,
		twoWay: (values.twoWay ?? false) || Boolean(scenario?.twoWay),
		scenario: scenario ?? null,
	};
}

function scriptFormatOf(lang: Language, values: Values): ExportFormat {
	const {format, json} = values;
	const named = format === undefined ? undefined : oneOf(lang, '--format', format, exportFormats);
	if (json && named !== undefined && named !== 'json') {
		throw new UsageError(t(lang, 'cli.jsonWithFormat', {format: named}));
	}
	return json ? 'json' : (named ?? 'text');
}

function taskOf(
	lang: Language,
	use: Use,
	values: Values,
	operands: readonly string[],
	env: Environment,
	random: () => number,
): Task {
	switch (use) {
		case 'list':
			return {kind: 'list'};
		case 'resetProgress':
			return {kind: 'resetProgress', yes: values.yes ?? false, student: values.name ?? null};
		case 'report':
			return reportTaskOf(lang, values, operands);
		case 'replay':
			return replayTaskOf(lang, values, operands);
		case 'script':
			return {
				kind: 'script',
				script: values.script ?? '',
				format: scriptFormatOf(lang, values),
				...sandboxOf(lang, values, random),
			};
		case 'sandbox':
		case 'menu':
		case 'lesson':
		case 'quiz':
		case 'challenge':
			return {
				kind: 'tui',
				json: values.json ?? false,
				...sandboxOf(lang, values, random),
				...learningOptionsOf(lang, values, env),
			};
	}
}

/**
 * The task the flags and the words after them (`report FILE…`, `replay FILE`) ask for. A flag the
 * task does not take is refused in one line, in `lang`; `random` draws an ISN that is not given.
 */
export function parseOptions(
	lang: Language,
	flags: Flags,
	input: readonly string[],
	env: Environment,
	random: () => number,
): Options {
	const use = chosenUse(lang, flags, input);
	refuseOthers(lang, flags, use);
	const values = checkValues(lang, flags);
	return {
		ascii: values.ascii ?? prefersAscii(env),
		color: wantsColor(flags, env),
		absolute: values.absolute ?? false,
		width: values.width ?? 80,
		screenReader: values.screenReader ?? env['INK_SCREEN_READER'] === 'true',
		task: taskOf(lang, use, values, input.slice(1), env, random),
	};
}
