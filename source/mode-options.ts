// The learning modes: the screen a sitting starts on (--menu, --lesson, --quiz, --challenge), the
// quiz's settings, and whose progress it is. Pure; the other tasks are options.ts's.
import {
	checkValues,
	chosenUse,
	type Environment,
	type Flags,
	refuseOthers,
	studentName,
	type Values,
} from './cli/flags.js';
import type {Language} from './i18n/index.js';
import type {TopicChoice} from './quiz/results.js';
import type {Start} from './start.js';

export type LearningOptions = {
	readonly start: Start;
	readonly count: number;
	/** Null: drawn at random when a quiz starts. */
	readonly seed: number | null;
	readonly topic: TopicChoice;
	readonly student: string;
	/** --name was given, so the menu need not ask whose progress it is. */
	readonly nameGiven: boolean;
};

/** The flag's checks and refusals leave at most one screen chosen. */
function startOf(values: Values): Start {
	if (values.lesson !== undefined) return {mode: 'lesson', name: values.lesson};
	if (values.challenge !== undefined) return {mode: 'challenge', name: values.challenge};
	if (values.quiz) return {mode: 'quiz'};
	if (values.menu) return {mode: 'menu'};
	return {mode: 'sandbox'};
}

/** --name, or else the login name, which must make a name too. */
function studentOf(lang: Language, values: Values, env: Environment): string {
	return (
		values.name ?? studentName(lang, env['USER'] ?? env['LOGNAME'] ?? env['USERNAME'] ?? 'student')
	);
}

/** The learning options from the flags once checked (cli/flags.ts). */
export function learningOptionsOf(
	lang: Language,
	values: Values,
	env: Environment,
): LearningOptions {
	return {
		start: startOf(values),
		count: values.count ?? 10,
		seed: values.seed ?? null,
		topic: values.topic ?? 'all',
		student: studentOf(lang, values, env),
		nameGiven: values.name !== undefined,
	};
}

/**
 * The learning options of a whole command line, its flags refused and checked as the parser does;
 * a command line that starts no screen (--list, report …) gets the sandbox's. Mistakes are said in
 * `lang`.
 */
export function parseModeOptions(
	lang: Language,
	flags: Flags,
	input: readonly string[],
	env: Environment,
): LearningOptions {
	refuseOthers(lang, flags, chosenUse(lang, flags, input));
	return learningOptionsOf(lang, checkValues(lang, flags), env);
}
