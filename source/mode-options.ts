// The learning modes' flags and the sub-commands (report, --list, --reset-progress). Pure.
import type {Start} from './app.js';
import {challengeNamed, challenges} from './challenges/challenges.js';
import {lessonNamed, lessons} from './lessons/lessons.js';
import type {TopicChoice} from './quiz/results.js';
import {UsageError} from './usage-error.js';

export const modeFlagSpec = {
	menu: {type: 'boolean'},
	lesson: {type: 'string'},
	quiz: {type: 'boolean'},
	challenge: {type: 'string'},
	list: {type: 'boolean'},
	count: {type: 'string'},
	seed: {type: 'string'},
	topic: {type: 'string'},
	name: {type: 'string'},
	csv: {type: 'boolean'},
	resetProgress: {type: 'boolean'},
	yes: {type: 'boolean'},
} as const;

export type ModeFlags = {
	readonly menu?: boolean;
	readonly lesson?: string;
	readonly quiz?: boolean;
	readonly challenge?: string;
	readonly list?: boolean;
	readonly count?: string;
	readonly seed?: string;
	readonly topic?: string;
	readonly name?: string;
	readonly csv?: boolean;
	readonly resetProgress?: boolean;
	readonly yes?: boolean;
	readonly script?: string;
	readonly json?: boolean;
	readonly scenario?: string;
	readonly network?: string;
	readonly peer?: string;
	readonly twoWay?: boolean;
	readonly width?: string;
};

/** Flags a lesson, challenge or quiz sets for itself, so that giving them would change nothing. */
function checkFixedByMode(flags: ModeFlags, start: Start): void {
	if (start.mode === 'sandbox' || start.mode === 'menu') return;
	const flag = `--${start.mode}`;
	for (const [name, given] of [
		['--network', flags.network],
		['--peer', flags.peer],
		['--two-way', flags.twoWay],
	] as const) {
		if (given !== undefined) {
			throw new UsageError(
				`${name} cannot be used with ${flag}, which sets the network and the players itself`,
			);
		}
	}
}

export type Task =
	| {readonly kind: 'tui'}
	| {readonly kind: 'script'}
	| {readonly kind: 'list'}
	| {readonly kind: 'report'; readonly files: readonly string[]; readonly csv: boolean}
	| {readonly kind: 'resetProgress'; readonly yes: boolean};

export type ModeOptions = {
	readonly task: Task;
	readonly start: Start;
	readonly count: number;
	/** Null: drawn at random when a quiz starts. */
	readonly seed: number | null;
	readonly topic: TopicChoice;
	readonly student: string;
};

export const maxQuestions = 50;
const topics: readonly TopicChoice[] = ['all', 'handshake', 'teardown'];

function wholeNumber(flag: string, value: string, min: number, max: number): number {
	const number = /^\d+$/.test(value) ? Number(value) : Number.NaN;
	if (!(number >= min && number <= max)) {
		throw new UsageError(`${flag} must be a whole number from ${min} to ${max}, not '${value}'`);
	}
	return number;
}

function startOf(flags: ModeFlags): Start {
	const chosen = [
		flags.menu && '--menu',
		flags.lesson !== undefined && '--lesson',
		flags.quiz && '--quiz',
		flags.challenge !== undefined && '--challenge',
	].filter(Boolean);
	// A script may start from a scenario; the learning modes start from nothing else.
	const other =
		flags.script === undefined ? flags.scenario !== undefined && '--scenario' : '--script';
	if (chosen.length > 1 || (chosen.length === 1 && other)) {
		throw new UsageError(
			`${[...chosen, other].filter(Boolean).join(' and ')} cannot be used together`,
		);
	}
	if (flags.lesson !== undefined) {
		if (!lessonNamed(flags.lesson)) {
			const valid = lessons.map(({name}) => name).join(', ');
			throw new UsageError(
				flags.lesson === ''
					? `--lesson needs a name: ${valid}`
					: `unknown lesson '${flags.lesson}' (valid: ${valid})`,
			);
		}
		return {mode: 'lesson', name: flags.lesson};
	}
	if (flags.challenge !== undefined) {
		if (!challengeNamed(flags.challenge)) {
			const valid = challenges.map(({name}) => name).join(', ');
			throw new UsageError(
				flags.challenge === ''
					? `--challenge needs a name: ${valid}`
					: `unknown challenge '${flags.challenge}' (valid: ${valid})`,
			);
		}
		return {mode: 'challenge', name: flags.challenge};
	}
	if (flags.quiz) return {mode: 'quiz'};
	if (flags.menu) return {mode: 'menu'};
	return {mode: 'sandbox'};
}

function taskOf(flags: ModeFlags, input: readonly string[]): Task {
	const [first, ...files] = input;
	if (first === 'report') {
		if (files.length === 0) {
			throw new UsageError('report needs the results files, e.g. tcp-tui report results/*.json');
		}
		return {kind: 'report', files, csv: flags.csv ?? false};
	}
	if (first !== undefined) {
		throw new UsageError(
			`unexpected argument '${first}' (steps go in --script "c:syn s:syn c:ack"; the only command is report)`,
		);
	}
	if (flags.csv) throw new UsageError('--csv only works with report: tcp-tui report --csv FILE…');
	if (flags.list) return {kind: 'list'};
	if (flags.resetProgress) return {kind: 'resetProgress', yes: flags.yes ?? false};
	if (flags.yes) throw new UsageError('--yes only works with --reset-progress');
	return flags.script === undefined ? {kind: 'tui'} : {kind: 'script'};
}

export function parseModeOptions(
	flags: ModeFlags,
	input: readonly string[],
	env: Readonly<Record<string, string | undefined>>,
): ModeOptions {
	const task = taskOf(flags, input);
	const start = startOf(flags);
	checkFixedByMode(flags, start);
	if (flags.width !== undefined && flags.script === undefined) {
		throw new UsageError(
			"--width only works with --script (the screen takes the terminal's width)",
		);
	}
	const quizzing = start.mode === 'quiz' || start.mode === 'menu';
	for (const [flag, given] of [
		['--count', flags.count],
		['--seed', flags.seed],
		['--topic', flags.topic],
	] as const) {
		if (given !== undefined && !quizzing) {
			throw new UsageError(`${flag} only works with --quiz (or --menu)`);
		}
	}
	if (flags.json && flags.script === undefined && start.mode !== 'quiz') {
		throw new UsageError('--json only works with --script or --quiz');
	}
	const topic = flags.topic ?? 'all';
	if (!(topics as readonly string[]).includes(topic)) {
		throw new UsageError(`--topic must be ${topics.join(' or ')}, not '${topic}'`);
	}
	const name = flags.name ?? env['USER'] ?? env['LOGNAME'] ?? env['USERNAME'] ?? 'student';
	if (name.trim() === '' || name.length > 64) {
		throw new UsageError('--name must be 1 to 64 characters');
	}
	return {
		task,
		start,
		count: flags.count === undefined ? 10 : wholeNumber('--count', flags.count, 1, maxQuestions),
		seed: flags.seed === undefined ? null : wholeNumber('--seed', flags.seed, 0, 2 ** 32 - 1),
		topic: topic as TopicChoice,
		student: name.trim(),
	};
}
