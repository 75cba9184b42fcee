// The learning modes' flags and the sub-commands (report, --list, --reset-progress). Pure.
import type {Start} from './app.js';
import {challengeNamed, challenges} from './challenges/challenges.js';
import {t} from './i18n/index.js';
import {lessonNamed, lessons} from './lessons/lessons.js';
import {maxQuestions, minQuestions, type TopicChoice, topicChoices} from './quiz/results.js';
import {
	checkReportOnly,
	type ReportFlags,
	type ReportTask,
	reportFlagSpec,
	reportTaskOf,
} from './report/report-options.js';
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
	...reportFlagSpec,
	resetProgress: {type: 'boolean'},
	yes: {type: 'boolean'},
} as const;

export type ModeFlags = ReportFlags & {
	readonly menu?: boolean;
	readonly lesson?: string;
	readonly quiz?: boolean;
	readonly challenge?: string;
	readonly list?: boolean;
	readonly count?: string;
	readonly seed?: string;
	readonly topic?: string;
	readonly name?: string;
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
			throw new UsageError(t('cli.fixedByMode', {flag: name, mode: flag}));
		}
	}
}

export type Task =
	| {readonly kind: 'tui'}
	| {readonly kind: 'script'}
	| {readonly kind: 'list'}
	| ReportTask
	| {readonly kind: 'resetProgress'; readonly yes: boolean};

export type ModeOptions = {
	readonly task: Task;
	readonly start: Start;
	readonly count: number;
	/** Null: drawn at random when a quiz starts. */
	readonly seed: number | null;
	readonly topic: TopicChoice;
	readonly student: string;
	/** --name was given, so the menu need not ask whose progress it is. */
	readonly nameGiven: boolean;
};

export {maxQuestions} from './quiz/results.js';

function wholeNumber(flag: string, value: string, min: number, max: number): number {
	const number = /^\d+$/.test(value) ? Number(value) : Number.NaN;
	if (!(number >= min && number <= max)) {
		throw new UsageError(t('cli.wholeNumber', {flag, min, max, value}));
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
		const flagList = [...chosen, other].filter(Boolean).join(t('cli.listAnd'));
		throw new UsageError(t('cli.together', {flags: flagList}));
	}
	if (flags.lesson !== undefined) {
		if (!lessonNamed(flags.lesson)) {
			const valid = lessons.map(({name}) => name).join(', ');
			throw new UsageError(
				flags.lesson === ''
					? t('cli.lessonNeedsName', {valid})
					: t('cli.unknownLesson', {name: flags.lesson, valid}),
			);
		}
		return {mode: 'lesson', name: flags.lesson};
	}
	if (flags.challenge !== undefined) {
		if (!challengeNamed(flags.challenge)) {
			const valid = challenges.map(({name}) => name).join(', ');
			throw new UsageError(
				flags.challenge === ''
					? t('cli.challengeNeedsName', {valid})
					: t('cli.unknownChallenge', {name: flags.challenge, valid}),
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
		return reportTaskOf(flags, files);
	}
	if (first !== undefined) {
		throw new UsageError(t('cli.unexpectedArgument', {argument: first}));
	}
	checkReportOnly(flags);
	if (flags.list) return {kind: 'list'};
	if (flags.resetProgress) return {kind: 'resetProgress', yes: flags.yes ?? false};
	if (flags.yes) throw new UsageError(t('cli.yesWithoutReset'));
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
	if (flags.width !== undefined && flags.script === undefined && task.kind !== 'report') {
		throw new UsageError(t('cli.widthWithoutScript'));
	}
	const quizzing = start.mode === 'quiz' || start.mode === 'menu';
	for (const [flag, given] of [
		['--count', flags.count],
		['--seed', flags.seed],
		['--topic', flags.topic],
	] as const) {
		if (given !== undefined && !quizzing) {
			throw new UsageError(t('cli.quizOnly', {flag}));
		}
	}
	if (flags.json && flags.script === undefined && start.mode !== 'quiz' && task.kind !== 'report') {
		throw new UsageError(t('cli.jsonWithoutScript'));
	}
	const topic = flags.topic ?? 'all';
	if (!(topicChoices as readonly string[]).includes(topic)) {
		throw new UsageError(
			t('cli.choice', {flag: '--topic', choices: topicChoices.join(t('cli.listOr')), value: topic}),
		);
	}
	const name = flags.name ?? env['USER'] ?? env['LOGNAME'] ?? env['USERNAME'] ?? 'student';
	if (name.trim() === '' || name.length > 64) {
		throw new UsageError(t('cli.nameLength'));
	}
	return {
		task,
		start,
		count:
			flags.count === undefined
				? 10
				: wholeNumber('--count', flags.count, minQuestions, maxQuestions),
		seed: flags.seed === undefined ? null : wholeNumber('--seed', flags.seed, 0, 2 ** 32 - 1),
		topic: topic as TopicChoice,
		student: name.trim(),
		nameGiven: flags.name !== undefined,
	};
}
