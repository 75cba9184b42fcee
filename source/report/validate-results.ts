// Checks parsed JSON field by field against QuizResults, naming the first field that is wrong.
import {truncate} from '../diagram/text.js';
import {type MessageKey, t} from '../i18n/index.js';
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

function invalid(key: MessageKey, params: Readonly<Record<string, string | number>> = {}): never {
	throw new Invalid(t(key, params));
}

function isObject(value: unknown): value is Json {
	return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function shown(value: unknown): string {
	if (Array.isArray(value)) return t('report.found.list');
	if (isObject(value)) return t('report.found.object');
	return truncate(JSON.stringify(value), 30);
}

function get(object: Json, key: string): unknown {
	return Object.hasOwn(object, key) ? object[key] : undefined;
}

function wrong(object: Json, key: string, where: string, expected: string): never {
	const value = get(object, key);
	if (value === undefined) invalid('report.skip.missingField', {field: where + key});
	return invalid('report.skip.wrongField', {field: where + key, expected, found: shown(value)});
}

function text(object: Json, key: string, where: string): string {
	const value = get(object, key);
	return typeof value === 'string' ? value : wrong(object, key, where, t('report.expect.text'));
}

function boolean(object: Json, key: string, where: string): boolean {
	const value = get(object, key);
	return typeof value === 'boolean' ? value : wrong(object, key, where, t('report.expect.boolean'));
}

function finite(object: Json, key: string, where: string, min = -Infinity): number {
	const value = get(object, key);
	if (typeof value === 'number' && Number.isFinite(value) && value >= min) return value;
	const expected =
		min === -Infinity ? t('report.expect.number') : t('report.expect.numberFrom', {min});
	return wrong(object, key, where, expected);
}

function isWhole(value: unknown, min: number, max = Infinity): value is number {
	return Number.isSafeInteger(value) && (value as number) >= min && (value as number) <= max;
}

function whole(object: Json, key: string, where: string, min: number, max?: number): number {
	const value = get(object, key);
	if (isWhole(value, min, max)) return value;
	const expected =
		max === undefined
			? t('report.expect.wholeFrom', {min})
			: t('report.expect.wholeRange', {min, max});
	return wrong(object, key, where, expected);
}

function date(object: Json, key: string, where: string): string {
	const value = get(object, key);
	return typeof value === 'string' && !Number.isNaN(Date.parse(value))
		? value
		: wrong(object, key, where, t('report.expect.date'));
}

function oneOf<T extends string>(
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
	return wrong(object, key, where, t('report.expect.oneOf', {values}));
}

function list(object: Json, key: string, where: string): readonly unknown[] {
	const value = get(object, key);
	return Array.isArray(value) ? value : wrong(object, key, where, t('report.expect.list'));
}

function options(object: Json, where: string): string[] {
	const values = list(object, 'options', where);
	if (values.length === 0) {
		invalid('report.skip.wrongField', {
			field: `${where}options`,
			expected: t('report.expect.options'),
			found: '[]',
		});
	}
	return values.map((value, index) =>
		typeof value === 'string'
			? value
			: invalid('report.skip.wrongField', {
					field: `${where}options[${index}]`,
					expected: t('report.expect.text'),
					found: shown(value),
				}),
	);
}

function answer(object: Json, where: string, count: number): number | null {
	const value = get(object, 'answer');
	if (value === null) return null;
	if (isWhole(value, 0, count - 1)) return value;
	return wrong(object, 'answer', where, t('report.expect.answer', {max: count - 1}));
}

function textOrNull(object: Json, key: string, where: string): string | null {
	const value = get(object, key);
	if (value === null || typeof value === 'string') return value;
	return wrong(object, key, where, t('report.expect.textOrNull'));
}

/** Files from before concepts were recorded have none: the question's id tells it. */
function concept(object: Json, where: string, id: string, kind: QuestionKind): Concept {
	const value = get(object, 'concept');
	if (value === undefined || value === null) return conceptOfId(id, kind);
	return oneOf(object, 'concept', where, knownConcepts);
}

/** Absent from files written before the version was recorded. */
function optionalText(object: Json, key: string, where: string): string | undefined {
	return get(object, key) === undefined ? undefined : text(object, key, where);
}

function question(value: unknown, index: number): QuestionResult {
	const where = `questions[${index}].`;
	if (!isObject(value)) {
		return invalid('report.skip.wrongField', {
			field: `questions[${index}]`,
			expected: t('report.expect.object'),
			found: shown(value),
		});
	}
	const choices = options(value, where);
	const id = text(value, 'id', where);
	const kind = oneOf(value, 'kind', where, kinds);
	const checked: QuestionResult = {
		id,
		topic: oneOf(value, 'topic', where, topics),
		subject: text(value, 'subject', where),
		concept: concept(value, where, id, kind),
		kind,
		prompt: text(value, 'prompt', where),
		options: choices,
		answer: answer(value, where, choices.length),
		answerText: textOrNull(value, 'answerText', where),
		correct: whole(value, 'correct', where, 0, choices.length - 1),
		correctText: text(value, 'correctText', where),
		right: boolean(value, 'right', where),
		ms: finite(value, 'ms', where, 0),
	};
	if (checked.right !== (checked.answer === checked.correct)) {
		invalid('report.skip.rightMismatch', {
			index,
			right: String(checked.right),
			answer: String(checked.answer),
			correct: checked.correct,
		});
	}
	return checked;
}

function questions(object: Json): QuestionResult[] {
	const checked = list(object, 'questions', '').map((value, index) => question(value, index));
	const firstIndex = new Map<string, number>();
	for (const [index, {id}] of checked.entries()) {
		const first = firstIndex.get(id);
		if (first !== undefined) {
			invalid('report.skip.duplicateId', {id: JSON.stringify(id), first, second: index});
		}
		firstIndex.set(id, index);
	}
	return checked;
}

function header(json: unknown): Json {
	if (!isObject(json)) return invalid('report.skip.notResults');
	const format = get(json, 'format');
	if (format === undefined) invalid('report.skip.noFormat');
	if (format !== resultsFormat) {
		invalid('report.skip.format', {found: shown(format), expected: resultsFormat});
	}
	const version = whole(json, 'version', '', resultsVersion);
	if (version > resultsVersion) {
		invalid('report.skip.newerVersion', {found: version, supported: resultsVersion});
	}
	return json;
}

// The counts must agree with the questions, or the report would contradict itself.
function consistent(results: QuizResults): QuizResults {
	const {score, total, complete} = results;
	const count = results.questions.length;
	const right = results.questions.filter((item) => item.right).length;
	if (score !== right) invalid('report.skip.scoreMismatch', {score, right});
	if (complete && total !== count) invalid('report.skip.totalMismatch', {total, count});
	if (total < count) invalid('report.skip.totalTooSmall', {total, count});
	const unanswered = results.questions.findIndex((item) => item.answer === null);
	if (complete && unanswered !== -1) invalid('report.skip.unansweredComplete', {index: unanswered});
	return results;
}

function optionalVersion(object: Json): {toolVersion?: string} {
	const version = optionalText(object, 'toolVersion', '');
	return version === undefined ? {} : {toolVersion: version};
}

export function checkResults(json: unknown): Checked {
	try {
		const object = header(json);
		const results: QuizResults = {
			format: resultsFormat,
			version: resultsVersion,
			student: text(object, 'student', ''),
			startedAt: date(object, 'startedAt', ''),
			finishedAt: date(object, 'finishedAt', ''),
			seed: finite(object, 'seed', ''),
			topic: oneOf(object, 'topic', '', topicChoices),
			lang: text(object, 'lang', ''),
			...optionalVersion(object),
			complete: boolean(object, 'complete', ''),
			score: whole(object, 'score', '', 0),
			total: whole(object, 'total', '', 1),
			questions: questions(object),
		};
		return {ok: true, results: consistent(results)};
	} catch (error) {
		if (error instanceof Invalid) return {ok: false, reason: error.message};
		throw error;
	}
}
