// The class summary, pure, so that the text, markdown, CSV and JSON reports agree: results are put
// in groups of the same quiz, each student's attempts are gathered and one is counted, and every
// question gets its right rate and the wrong options chosen.
import path from 'node:path';
import {isLanguage, type Language} from '../i18n/index.js';
import {makeQuiz, type Question} from '../quiz/quiz.js';
import {
	type Concept,
	concepts,
	type QuestionKind,
	type QuestionResult,
	type TopicChoice,
} from '../quiz/results.js';
import type {ResultFile} from './read-results.js';

/** Which attempt counts when a student took the same quiz more than once. */
export type Basis = 'latest' | 'best';

/** Results are compared only within one quiz: the same seed, topic, language and tcp-tui version. */
export type GroupKey = {
	readonly seed: number;
	readonly topic: TopicChoice;
	readonly lang: string;
	/** Null for files written before the version was recorded. */
	readonly toolVersion: string | null;
};

export type Attempt = {
	readonly path: string;
	readonly score: number;
	readonly total: number;
	/** 0 to 100. */
	readonly percent: number;
	readonly complete: boolean;
	readonly startedAt: string;
	readonly finishedAt: string;
};

export type ConceptCount = {readonly concept: Concept; readonly wrong: number};

export type Answer = {readonly choice: number | null; readonly right: boolean};

export type StudentSummary = {
	/** As the counted attempt spells it; the file name when the file names nobody. */
	readonly name: string;
	readonly counted: Attempt;
	/** The student's other attempts at this quiz, oldest first. */
	readonly others: readonly Attempt[];
	/** Question id -> the counted attempt's answer; a question left unanswered is absent. */
	readonly answers: ReadonlyMap<string, Answer>;
	/** The concepts of the questions this student got wrong, most missed first. */
	readonly missed: readonly ConceptCount[];
};

export type OptionSummary = {
	readonly index: number;
	readonly text: string;
	/** How many students chose it. */
	readonly chosen: number;
	readonly correct: boolean;
};

export type QuestionSummary = {
	readonly id: string;
	/** Short and stable: the same question has the same short id in every file and report. */
	readonly shortId: string;
	/** The question's text, in the report's language when this tcp-tui can ask it again. */
	readonly prompt: string;
	readonly concept: Concept;
	readonly kind: QuestionKind;
	readonly answered: number;
	readonly right: number;
	/** right / answered, from 0 to 1; null when nobody answered it. */
	readonly rate: number | null;
	readonly options: readonly OptionSummary[];
	/** The wrong option chosen most (the first of equals); null when nobody answered wrong. */
	readonly mostChosenWrong: OptionSummary | null;
};

export type ConceptSummary = {
	readonly concept: Concept;
	readonly answered: number;
	readonly wrong: number;
	/** The students who missed at least one question on it, most misses first. */
	readonly students: readonly string[];
};

export type GroupSummary = {
	readonly key: GroupKey;
	/** Ordered by name. */
	readonly students: readonly StudentSummary[];
	/** In quiz order. */
	readonly questions: readonly QuestionSummary[];
	/** Missed most first; concepts nobody missed are left out. */
	readonly concepts: readonly ConceptSummary[];
	/** The mean of the counted attempts' percents. */
	readonly average: number;
};

export type Summary = {
	readonly basis: Basis;
	/** The largest group first. */
	readonly groups: readonly GroupSummary[];
};

function sameName(name: string): string {
	return name.trim().normalize('NFC').toLowerCase();
}

function keyText({seed, topic, lang, toolVersion}: GroupKey): string {
	return JSON.stringify([seed, topic, lang, toolVersion]);
}

function keyOf({results}: ResultFile): GroupKey {
	const {seed, topic, lang, toolVersion} = results;
	return {seed, topic, lang, toolVersion: toolVersion ?? null};
}

/** FNV-1a, 32 bits: a short id that stays the same wherever the question appears. */
function hash(text: string): number {
	let value = 0x811c9dc5;
	for (const byte of new TextEncoder().encode(text)) {
		value ^= byte;
		value = Math.imul(value, 0x01000193) >>> 0;
	}
	return value;
}

/** `Q` and four hex digits; eight where two questions of one group would share four. */
export function shortIds(ids: readonly string[]): Map<string, string> {
	const long = (id: string) => `Q${hash(id).toString(16).padStart(8, '0')}`;
	const short = (id: string) => long(id).slice(0, 5);
	const count = new Map<string, number>();
	for (const id of new Set(ids)) count.set(short(id), (count.get(short(id)) ?? 0) + 1);
	return new Map(ids.map((id) => [id, (count.get(short(id)) ?? 0) > 1 ? long(id) : short(id)]));
}

function attemptOf({path: file, results}: ResultFile): Attempt {
	return {
		path: file,
		score: results.score,
		total: results.total,
		percent: (100 * results.score) / results.total,
		complete: results.complete,
		startedAt: results.startedAt,
		finishedAt: results.finishedAt,
	};
}

function later(a: ResultFile, b: ResultFile): number {
	return (
		Date.parse(a.results.finishedAt) - Date.parse(b.results.finishedAt) ||
		Date.parse(a.results.startedAt) - Date.parse(b.results.startedAt) ||
		a.path.localeCompare(b.path)
	);
}

/** Positive when a scored better than b: the higher share right, then finished, then later. */
function better(a: ResultFile, b: ResultFile): number {
	// Cross-multiplied, so that 2/3 and 4/6 compare equal without floating point.
	const share = a.results.score * b.results.total - b.results.score * a.results.total;
	return share || Number(a.results.complete) - Number(b.results.complete) || later(a, b);
}

function conceptRank(a: Concept, b: Concept): number {
	return concepts.indexOf(a) - concepts.indexOf(b);
}

function missedConcepts(questions: readonly QuestionResult[]): ConceptCount[] {
	const wrong = new Map<Concept, number>();
	for (const question of questions) {
		if (question.answer === null || question.right) continue;
		const concept = question.concept ?? 'states';
		wrong.set(concept, (wrong.get(concept) ?? 0) + 1);
	}
	return [...wrong]
		.map(([concept, count]) => ({concept, wrong: count}))
		.sort((a, b) => b.wrong - a.wrong || conceptRank(a.concept, b.concept));
}

/** One student's files: the counted one, and the others oldest first. */
function student(
	files: readonly ResultFile[],
	basis: Basis,
): {file: ResultFile; summary: StudentSummary} {
	const byTime = [...files].sort(later);
	const counted = [...byTime].sort(basis === 'best' ? better : later).at(-1) as ResultFile;
	const {results} = counted;
	return {
		file: counted,
		summary: {
			name: results.student.trim() || path.basename(counted.path),
			counted: attemptOf(counted),
			others: byTime.filter((file) => file !== counted).map(attemptOf),
			answers: new Map(
				results.questions
					.filter((question) => question.answer !== null)
					.map((question) => [question.id, {choice: question.answer, right: question.right}]),
			),
			missed: missedConcepts(results.questions),
		},
	};
}

function students(files: readonly ResultFile[], basis: Basis) {
	const byName = new Map<string, ResultFile[]>();
	for (const file of files) {
		// A file that names nobody is nobody else's attempt.
		const name = sameName(file.results.student) || `\u0000${file.path}`;
		byName.set(name, [...(byName.get(name) ?? []), file]);
	}
	return [...byName.values()]
		.map((attempts) => student(attempts, basis))
		.sort(
			(a, b) =>
				a.summary.name.localeCompare(b.summary.name) ||
				a.summary.counted.path.localeCompare(b.summary.counted.path),
		);
}

/**
 * The quiz asked again in the report's language, when the files are in another: the same seed
 * gives the same questions, which each file's ids confirm one by one. Null when it cannot be.
 */
function retold(lang: Language, key: GroupKey, count: number): readonly Question[] | null {
	if (key.lang === lang || !isLanguage(key.lang)) return null;
	if (key.topic !== 'all' && key.topic !== 'handshake' && key.topic !== 'teardown') return null;
	try {
		return makeQuiz({lang, count, seed: key.seed, topic: key.topic});
	} catch {
		return null;
	}
}

type QuestionCount = {
	first: QuestionResult;
	position: number;
	answered: number;
	right: number;
	chosen: number[];
};

function questions(
	lang: Language,
	key: GroupKey,
	all: readonly ResultFile[],
	counted: readonly ResultFile[],
): QuestionSummary[] {
	const byId = new Map<string, QuestionCount>();
	for (const {results} of all) {
		for (const [position, question] of results.questions.entries()) {
			if (!byId.has(question.id)) {
				const chosen = question.options.map(() => 0);
				byId.set(question.id, {first: question, position, answered: 0, right: 0, chosen});
			}
		}
	}
	for (const {results} of counted) {
		for (const question of results.questions) {
			const entry = byId.get(question.id);
			if (!entry || question.answer === null) continue;
			entry.answered++;
			if (question.right) entry.right++;
			if (question.answer < entry.chosen.length) {
				entry.chosen[question.answer] = (entry.chosen[question.answer] ?? 0) + 1;
			}
		}
	}
	const count = Math.max(...all.map(({results}) => results.total));
	const again = retold(lang, key, count);
	const ids = shortIds([...byId.keys()]);
	return [...byId.entries()]
		.sort(([, a], [, b]) => a.position - b.position)
		.map(([id, {first, position, answered, right, chosen}]) => {
			const asked = again?.[position];
			const same = asked?.id === id && asked.options.length === first.options.length;
			const texts = same ? asked.options : first.options;
			const options = texts.map((text, index) => ({
				index,
				text,
				chosen: chosen[index] ?? 0,
				correct: index === first.correct,
			}));
			const wrong = options
				.filter((option) => !option.correct && option.chosen > 0)
				.sort((a, b) => b.chosen - a.chosen || a.index - b.index);
			return {
				id,
				shortId: ids.get(id) ?? id,
				prompt: same ? asked.prompt : first.prompt,
				concept: first.concept ?? 'states',
				kind: first.kind,
				answered,
				right,
				rate: answered === 0 ? null : right / answered,
				options,
				mostChosenWrong: wrong[0] ?? null,
			};
		});
}

function conceptSummaries(list: readonly StudentSummary[], counted: readonly ResultFile[]) {
	const byConcept = new Map<Concept, {answered: number; wrong: number}>();
	for (const {results} of counted) {
		for (const question of results.questions) {
			if (question.answer === null) continue;
			const concept = question.concept ?? 'states';
			const entry = byConcept.get(concept) ?? {answered: 0, wrong: 0};
			entry.answered++;
			if (!question.right) entry.wrong++;
			byConcept.set(concept, entry);
		}
	}
	const missedBy = (concept: Concept) =>
		list
			.map(({name, missed}) => ({
				name,
				wrong: missed.find((each) => each.concept === concept)?.wrong ?? 0,
			}))
			.filter(({wrong}) => wrong > 0)
			.sort((a, b) => b.wrong - a.wrong || a.name.localeCompare(b.name))
			.map(({name}) => name);
	// Most wrong answers first; between equals, the larger share wrong, then the course's order.
	return [...byConcept]
		.filter(([, {wrong}]) => wrong > 0)
		.map(([concept, entry]) => ({concept, ...entry, students: missedBy(concept)}))
		.sort(
			(a, b) =>
				b.wrong - a.wrong ||
				b.wrong / b.answered - a.wrong / a.answered ||
				conceptRank(a.concept, b.concept),
		);
}

function group(
	lang: Language,
	key: GroupKey,
	files: readonly ResultFile[],
	basis: Basis,
): GroupSummary {
	const people = students(files, basis);
	const list = people.map(({summary}) => summary);
	const counted = people.map(({file}) => file);
	const average = list.reduce((sum, {counted: {percent}}) => sum + percent, 0) / list.length;
	return {
		key,
		students: list,
		questions: questions(lang, key, files, counted),
		concepts: conceptSummaries(list, counted),
		average,
	};
}

/** The class summary; a quiz taken in another language has its questions told in `lang`. */
export function summarise(
	lang: Language,
	files: readonly ResultFile[],
	basis: Basis = 'latest',
): Summary {
	const byKey = new Map<string, {key: GroupKey; files: ResultFile[]}>();
	for (const file of files) {
		const key = keyOf(file);
		const entry = byKey.get(keyText(key)) ?? {key, files: []};
		entry.files.push(file);
		byKey.set(keyText(key), entry);
	}
	const groups = [...byKey.values()]
		.map(({key, files: members}) => group(lang, key, members, basis))
		.sort(
			(a, b) =>
				b.students.length - a.students.length ||
				a.key.seed - b.key.seed ||
				keyText(a.key).localeCompare(keyText(b.key)),
		);
	return {basis, groups};
}

/** With no usable results there is nothing to report, and a script should know: exit 1. */
export function reportExitCode(summary: Summary): 0 | 1 {
	return summary.groups.length === 0 ? 1 : 0;
}
