// Checks parsed JSON field by field against QuizResults, naming the first field that is wrong.
import {truncate} from '../diagram/text.js';
import {type Language, type MessageKey, t} from '../i18n/index.js';
import {conceptOfId} from '../quiz/bank.js';
import {
	type Concept,
	concepts,
	type QuestionKind,
	type QuestionResult,
	type QuizResults,
	type QuizTopic,
	resultsFormat,
	resultsVersion,
	type TopicChoice,
} from '../quiz/results.js';

export type Checked =
	| {readonly ok: true; readonly results: QuizResults}
	| {readonly ok: false; readonly reason: string};

type Json = Readonly<Record<string, unknown>>;

// Records rather than arrays, so that a new kind or topic is a compile error here until it is listed.
const kinds = {
	fact: true,
	'predict-state': true,
	sequence: true,
	'valid-move': true,
} as const satisfies Record<QuestionKind, true>;
const topics = {handshake: true, teardown: true} as const satisfies Record<QuizTopic, true>;
const knownConcepts: Readonly<Record<Concept, true>> = Object.fromEntries(
	concepts.map((concept) => [concept, true]),
) as Record<Concept, true>;
const topicChoices = {...topics, all: true} as const satisfies Record<TopicChoice, true>;

/** Thrown inside this module only; checkResults() turns it into a reason. */
class Invalid extends Error {}

function invalid(
	lang: Language,
	key: MessageKey,
	params: Readonly<Record<string, string | number>> = {},
): never {
	throw new Invalid(t(lang, key, params));
}

function isObject(value: unknown): value is Json {
	return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function shown(lang: Language, value: unknown): string {
	if (Array.isArray(value)) return t(lang, 'report.found.list');
	if (isObject(value)) return t(lang, 'report.found.object');
	return truncate(JSON.stringify(value), 30);
}

function get(object: Json, key: string): unknown {
	return Object.hasOwn(object, key) ? object[key] : undefined;
}

function wrong(lang: Language, object: Json, key: string, where: string, expected: string): never {
	const value = get(object, key);
	if (value === undefined) invalid(lang, 'report.skip.missingField', {field: where + key});
	return invalid(lang, 'report.skip.wrongField', {
		field: where + key,
		expected,
		found: shown(lang, value),
	});
}

function text(lang: Language, object: Json, key: string, where: string): string {
	const value = get(object, key);
	return typeof value === 'string'
		? value
		: wrong(lang, object, key, where, t(lang, 'report.expect.text'));
}

function boolean(lang: Language, object: Json, key: string, where: string): boolean {
	const value = get(object, key);
	return typeof value === 'boolean'
		? value
		: wrong(lang, object, key, where, t(lang, 'report.expect.boolean'));
}

function finite(lang: Language, object: Json, key: string, where: string, min = -Infinity): number {
	const value = get(object, key);
	if (typeof value === 'number' && Number.isFinite(value) && value >= min) return value;
	const expected =
		min === -Infinity
			? t(lang, 'report.expect.number')
			: t(lang, 'report.expect.numberFrom', {min});
	return wrong(lang, object, key, where, expected);
}

function isWhole(value: unknown, min: number, max = Infinity): value is number {
	return Number.isSafeInteger(value) && (value as number) >= min && (value as number) <= max;
}

function whole(
	lang: Language,
	object: Json,
	key: string,
	where: string,
	min: number,
	max?: number,
): number {
	const value = get(object, key);
	if (isWhole(value, min, max)) return value;
	const expected =
		max === undefined
			? t(lang, 'report.expect.wholeFrom', {min})
			: t(lang, 'report.expect.wholeRange', {min, max});
	return wrong(lang, object, key, where, expected);
}

function date(lang: Language, object: Json, key: string, where: string): string {
	const value = get(object, key);
	return typeof value === 'string' && !Number.isNaN(Date.parse(value))
		? value
		: wrong(lang, object, key, where, t(lang, 'report.expect.date'));
}

function oneOf<T extends string>(
	lang: Language,
	object: Json,
	key: string,
	where: string,
	allowed: Readonly<Record<T, true>>,
): T {
	const value = get(object, key);
	if (typeof value === 'string' && Object.hasOwn(allowed, value)) return value as T;
	const values = Object.keys(allowed)
		.map((name) => `"${name}"`)
		.join(', ');
	return wrong(lang, object, key, where, t(lang, 'report.expect.oneOf', {values}));
}

function list(lang: Language, object: Json, key: string, where: string): readonly unknown[] {
	const value = get(object, key);
	return Array.isArray(value)
		? value
		: wrong(lang, object, key, where, t(lang, 'report.expect.list'));
}

function options(lang: Language, object: Json, where: string): string[] {
	const values = list(lang, object, 'options', where);
	if (values.length === 0) {
		invalid(lang, 'report.skip.wrongField', {
			field: `${where}options`,
			expected: t(lang, 'report.expect.options'),
			found: '[]',
		});
	}
	return values.map((value, index) =>
		typeof value === 'string'
			? value
			: invalid(lang, 'report.skip.wrongField', {
					field: `${where}options[${index}]`,
					expected: t(lang, 'report.expect.text'),
					found: shown(lang, value),
				}),
	);
}

function answer(lang: Language, object: Json, where: string, count: number): number | null {
	const value = get(object, 'answer');
	if (value === null) return null;
	if (isWhole(value, 0, count - 1)) return value;
	return wrong(lang, object, 'answer', where, t(lang, 'report.expect.answer', {max: count - 1}));
}

function textOrNull(lang: Language, object: Json, key: string, where: string): string | null {
	const value = get(object, key);
	if (value === null || typeof value === 'string') return value;
	return wrong(lang, object, key, where, t(lang, 'report.expect.textOrNull'));
}

/** Files from before concepts were recorded have none: the question's id tells it. */
function concept(
	lang: Language,
	object: Json,
	where: string,
	id: string,
	kind: QuestionKind,
): Concept {
	const value = get(object, 'concept');
	if (value === undefined || value === null) return conceptOfId(id, kind);
	return oneOf(lang, object, 'concept', where, knownConcepts);
}

/** Absent from files written before the version was recorded. */
function optionalText(
	lang: Language,
	object: Json,
	key: string,
	where: string,
): string | undefined {
	return get(object, key) === undefined ? undefined : text(lang, object, key, where);
}

function question(lang: Language, value: unknown, index: number): QuestionResult {
	const where = `questions[${index}].`;
	if (!isObject(value)) {
		return invalid(lang, 'report.skip.wrongField', {
			field: `questions[${index}]`,
			expected: t(lang, 'report.expect.object'),
			found: shown(lang, value),
		});
	}
	const choices = options(lang, value, where);
	const id = text(lang, value, 'id', where);
	const kind = oneOf(lang, value, 'kind', where, kinds);
	const checked: QuestionResult = {
		id,
		topic: oneOf(lang, value, 'topic', where, topics),
		subject: text(lang, value, 'subject', where),
		concept: concept(lang, value, where, id, kind),
		kind,
		prompt: text(lang, value, 'prompt', where),
		options: choices,
		answer: answer(lang, value, where, choices.length),
		answerText: textOrNull(lang, value, 'answerText', where),
		correct: whole(lang, value, 'correct', where, 0, choices.length - 1),
		correctText: text(lang, value, 'correctText', where),
		right: boolean(lang, value, 'right', where),
		ms: finite(lang, value, 'ms', where, 0),
	};
	if (checked.right !== (checked.answer === checked.correct)) {
		invalid(lang, 'report.skip.rightMismatch', {
			index,
			right: String(checked.right),
			answer: String(checked.answer),
			correct: checked.correct,
		});
	}
	return checked;
}

function questions(lang: Language, object: Json): QuestionResult[] {
	const checked = list(lang, object, 'questions', '').map((value, index) =>
		question(lang, value, index),
	);
	const firstIndex = new Map<string, number>();
	for (const [index, {id}] of checked.entries()) {
		const first = firstIndex.get(id);
		if (first !== undefined) {
			invalid(lang, 'report.skip.duplicateId', {id: JSON.stringify(id), first, second: index});
		}
		firstIndex.set(id, index);
	}
	return checked;
}

function header(lang: Language, json: unknown): Json {
	if (!isObject(json)) return invalid(lang, 'report.skip.notResults');
	const format = get(json, 'format');
	if (format === undefined) invalid(lang, 'report.skip.noFormat');
	if (format !== resultsFormat) {
		invalid(lang, 'report.skip.format', {found: shown(lang, format), expected: resultsFormat});
	}
	const version = whole(lang, json, 'version', '', resultsVersion);
	if (version > resultsVersion) {
		invalid(lang, 'report.skip.newerVersion', {found: version, supported: resultsVersion});
	}
	return json;
}

// The counts must agree with the questions, or the report would contradict itself.
function consistent(lang: Language, results: QuizResults): QuizResults {
	const {score, total, complete} = results;
	const count = results.questions.length;
	const right = results.questions.filter((item) => item.right).length;
	if (score !== right) invalid(lang, 'report.skip.scoreMismatch', {score, right});
	if (complete && total !== count) invalid(lang, 'report.skip.totalMismatch', {total, count});
	if (total < count) invalid(lang, 'report.skip.totalTooSmall', {total, count});
	const unanswered = results.questions.findIndex((item) => item.answer === null);
	if (complete && unanswered !== -1)
		invalid(lang, 'report.skip.unansweredComplete', {index: unanswered});
	return results;
}

function optionalVersion(lang: Language, object: Json): {toolVersion?: string} {
	const version = optionalText(lang, object, 'toolVersion', '');
	return version === undefined ? {} : {toolVersion: version};
}

export function checkResults(lang: Language, json: unknown): Checked {
	try {
		const object = header(lang, json);
		const results: QuizResults = {
			format: resultsFormat,
			version: resultsVersion,
			student: text(lang, object, 'student', ''),
			startedAt: date(lang, object, 'startedAt', ''),
			finishedAt: date(lang, object, 'finishedAt', ''),
			seed: finite(lang, object, 'seed', ''),
			topic: oneOf(lang, object, 'topic', '', topicChoices),
			lang: text(lang, object, 'lang', ''),
			...optionalVersion(lang, object),
			complete: boolean(lang, object, 'complete', ''),
			score: whole(lang, object, 'score', '', 0),
			total: whole(lang, object, 'total', '', 1),
			questions: questions(lang, object),
		};
		return {ok: true, results: consistent(lang, results)};
	} catch (error) {
		if (error instanceof Invalid) return {ok: false, reason: error.message};
		throw error;
	}
}
