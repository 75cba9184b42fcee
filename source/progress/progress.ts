// What a student has done, kept between runs: the shape, pure updaters, and a strict reader.
import {type TopicChoice, topicChoices} from '../quiz/results.js';

export const progressVersion = 1;

export type LessonRecord = {readonly completedAt: string};

/** 'shown': the student saw the solution without having solved the challenge. */
export type ChallengeRecord =
	| {
			readonly status: 'solved';
			/** The fewest moves among all the solves. */
			readonly best: number;
			/** When that best was reached. */
			readonly at: string;
	  }
	| {readonly status: 'shown'; readonly at: string};

export type QuizBest = {readonly score: number; readonly total: number; readonly at: string};

export type Progress = {
	readonly version: typeof progressVersion;
	readonly lessons: Readonly<Record<string, LessonRecord>>;
	readonly challenges: Readonly<Record<string, ChallengeRecord>>;
	readonly quiz: Readonly<Partial<Record<TopicChoice, QuizBest>>>;
};

export function emptyProgress(): Progress {
	return {version: progressVersion, lessons: {}, challenges: {}, quiz: {}};
}

// Names come from a file, so 'constructor' or 'toString' must not find Object.prototype.
function own<T>(record: Readonly<Record<string, T>>, key: string): T | undefined {
	return Object.hasOwn(record, key) ? record[key] : undefined;
}

export function lessonCompleted(progress: Progress, name: string): boolean {
	return own(progress.lessons, name) !== undefined;
}

export function challengeRecord(progress: Progress, name: string): ChallengeRecord | undefined {
	return own(progress.challenges, name);
}

/** The first completion is the one kept: the progress object itself comes back if nothing changed. */
export function withLesson(progress: Progress, name: string, now: Date): Progress {
	if (lessonCompleted(progress, name)) return progress;
	const lessons = {...progress.lessons, [name]: {completedAt: now.toISOString()}};
	return {...progress, lessons};
}

/** A solve beats a shown solution and is never undone by one; best keeps the fewest moves. */
export function withChallenge(
	progress: Progress,
	name: string,
	result: {readonly solved: boolean; readonly moves: number},
	now: Date,
): Progress {
	const old = challengeRecord(progress, name);
	let next: ChallengeRecord;
	if (result.solved) {
		checkCount('moves', result.moves);
		if (old?.status === 'solved' && old.best <= result.moves) return progress;
		next = {status: 'solved', best: result.moves, at: now.toISOString()};
	} else {
		if (old) return progress;
		next = {status: 'shown', at: now.toISOString()};
	}

	return {...progress, challenges: {...progress.challenges, [name]: next}};
}

/** Keeps the best score by ratio, then the longer quiz; a tie keeps the earlier one. */
export function withQuizScore(
	progress: Progress,
	topic: TopicChoice,
	score: number,
	total: number,
	now: Date,
): Progress {
	checkCount('score', score);
	checkCount('total', total);
	if (total === 0 || score > total) {
		throw new RangeError(
			`A quiz score needs 0 <= score <= total and total > 0, not ${score}/${total}`,
		);
	}

	const old = progress.quiz[topic];
	if (old && !beats({score, total}, old)) return progress;
	return {...progress, quiz: {...progress.quiz, [topic]: {score, total, at: now.toISOString()}}};
}

function beats(
	a: {readonly score: number; readonly total: number},
	b: {readonly score: number; readonly total: number},
): boolean {
	// Cross-multiplied, so that 2/3 and 4/6 compare equal without floating point.
	const difference = a.score * b.total - b.score * a.total;
	return difference > 0 || (difference === 0 && a.total > b.total);
}

// A bad count from the caller would be written as null or 1.5 and make the file unreadable next time.
function checkCount(name: string, value: number): void {
	if (!isCount(value)) throw new RangeError(`${name} must be a whole number >= 0, not ${value}`);
}

function isCount(value: unknown): value is number {
	return Number.isSafeInteger(value) && (value as number) >= 0;
}

function isObject(value: unknown): value is Record<string, unknown> {
	return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isTime(value: unknown): value is string {
	return typeof value === 'string' && !Number.isNaN(Date.parse(value));
}

function parseLesson(value: unknown): LessonRecord | undefined {
	if (!isObject(value) || !isTime(value['completedAt'])) return undefined;
	return {completedAt: value['completedAt']};
}

function parseChallenge(value: unknown): ChallengeRecord | undefined {
	if (!isObject(value) || !isTime(value['at'])) return undefined;
	const at = value['at'];
	if (value['status'] === 'shown') return {status: 'shown', at};
	if (value['status'] === 'solved' && isCount(value['best'])) {
		return {status: 'solved', best: value['best'], at};
	}

	return undefined;
}

function parseQuizBest(value: unknown): QuizBest | undefined {
	if (!isObject(value) || !isTime(value['at'])) return undefined;
	const {score, total} = value;
	if (!isCount(score) || !isCount(total) || total === 0 || score > total) return undefined;
	return {score, total, at: value['at']};
}

function parseRecord<T>(
	value: unknown,
	parseEntry: (entry: unknown) => T | undefined,
): Record<string, T> | undefined {
	if (!isObject(value)) return undefined;
	const entries: Array<[string, T]> = [];
	for (const [key, entry] of Object.entries(value)) {
		const parsed = parseEntry(entry);
		if (parsed === undefined) return undefined;
		entries.push([key, parsed]);
	}

	return Object.fromEntries(entries);
}

function parseQuiz(value: unknown): Partial<Record<TopicChoice, QuizBest>> | undefined {
	if (!isObject(value)) return undefined;
	const quiz: Partial<Record<TopicChoice, QuizBest>> = {};
	for (const topic of topicChoices) {
		if (!Object.hasOwn(value, topic)) continue;
		const best = parseQuizBest(value[topic]);
		if (best === undefined) return undefined;
		quiz[topic] = best;
	}

	return quiz;
}

/** One student's sections; in a version-2 file a section not yet written is empty. */
function parseStudent(data: Record<string, unknown>, missing: unknown): Progress | null {
	const section = (name: string) => (Object.hasOwn(data, name) ? data[name] : missing);
	const lessons = parseRecord(section('lessons'), parseLesson);
	const challenges = parseRecord(section('challenges'), parseChallenge);
	const quiz = parseQuiz(section('quiz'));
	if (!lessons || !challenges || !quiz) return null;
	return {version: progressVersion, lessons, challenges, quiz};
}

function parseJson(text: string): unknown {
	try {
		return JSON.parse(text);
	} catch {
		return undefined;
	}
}

/** Null when the text is not version-1 progress in every field it has; unknown fields are ignored. */
export function parseProgress(text: string): Progress | null {
	const data = parseJson(text);
	if (!isObject(data) || data['version'] !== progressVersion) return null;
	return parseStudent(data, undefined);
}

// ---------------------------------------------------------------------------------------------
// The file: one lab account, many students. Version 2 keeps each student's progress by name;
// version 1 held one student's, and is read as the progress of the account's owner.

export const progressFileVersion = 2;

type Json = Readonly<Record<string, unknown>>;

export type ProgressFile = {
	/** Each student's progress, by the name as first written. */
	readonly students: Readonly<Record<string, Progress>>;
	/**
	 * The file's JSON as read, in version 2's shape: what it has that this version does not know
	 * (a newer tcp-tui's fields, anywhere) is written back as it was.
	 */
	readonly raw: Json;
};

export function emptyProgressFile(): ProgressFile {
	return {students: {}, raw: {version: progressFileVersion, students: {}}};
}

/** A name as it is kept: no surrounding blanks, one Unicode form. */
export function cleanName(name: string): string {
	return name.trim().normalize('NFC');
}

/** The name the file keeps `name`'s progress under: the same letters, in any case. */
export function studentKey(file: ProgressFile, name: string): string {
	const clean = cleanName(name);
	const lower = clean.toLowerCase();
	return Object.keys(file.students).find((key) => key.toLowerCase() === lower) ?? clean;
}

export function studentsOf(file: ProgressFile): string[] {
	return Object.keys(file.students);
}

export function progressOfStudent(file: ProgressFile, name: string): Progress {
	return own(file.students, studentKey(file, name)) ?? emptyProgress();
}

/**
 * Null when the text is not progress this version can read. A version-1 file becomes the progress
 * of `owner` (the login name: the account's one student), with its other fields.
 */
export function parseProgressFile(text: string, owner: string): ProgressFile | null {
	const data = parseJson(text);
	if (!isObject(data)) return null;
	if (data['version'] === progressVersion) {
		const progress = parseStudent(data, undefined);
		if (!progress) return null;
		const {version: _, ...student} = data;
		const name = cleanName(owner) || 'student';
		return {
			students: Object.fromEntries([[name, progress]]),
			raw: {version: progressFileVersion, students: Object.fromEntries([[name, student]])},
		};
	}

	if (data['version'] !== progressFileVersion || !isObject(data['students'])) return null;
	const students: Array<[string, Progress]> = [];
	for (const [name, value] of Object.entries(data['students'])) {
		const progress = isObject(value) ? parseStudent(value, {}) : null;
		if (!progress) return null;
		students.push([name, progress]);
	}

	return {students: Object.fromEntries(students), raw: data};
}

function earlier(a: string, b: string): boolean {
	return Date.parse(a) < Date.parse(b);
}

function betterChallenge(a: ChallengeRecord, b: ChallengeRecord): ChallengeRecord {
	if (a.status !== b.status) return a.status === 'solved' ? a : b;
	if (a.status === 'solved' && b.status === 'solved' && a.best !== b.best) {
		return a.best < b.best ? a : b;
	}

	return earlier(b.at, a.at) ? b : a;
}

function betterQuiz(a: QuizBest, b: QuizBest): QuizBest {
	if (beats(a, b)) return a;
	if (beats(b, a)) return b;
	return earlier(b.at, a.at) ? b : a;
}

function mergeRecords<T>(
	a: Readonly<Record<string, T>>,
	b: Readonly<Record<string, T>>,
	better: (x: T, y: T) => T,
): Record<string, T> {
	const merged = new Map<string, T>(Object.entries(a));
	for (const [name, record] of Object.entries(b)) {
		const old = merged.get(name);
		merged.set(name, old === undefined ? record : better(old, record));
	}

	return Object.fromEntries(merged);
}

/** The best of both for every item: the first completion, the fewest moves, the best score. */
export function mergeProgress(a: Progress, b: Progress): Progress {
	return {
		version: progressVersion,
		lessons: mergeRecords(a.lessons, b.lessons, (x, y) =>
			earlier(y.completedAt, x.completedAt) ? y : x,
		),
		challenges: mergeRecords(a.challenges, b.challenges, betterChallenge),
		quiz: mergeRecords(a.quiz, b.quiz, betterQuiz),
	};
}

/** `name`'s progress merged into the file's: saving never loses what another run saved. */
export function withStudentProgress(
	file: ProgressFile,
	name: string,
	progress: Progress,
): ProgressFile {
	const key = studentKey(file, name);
	const old = own(file.students, key);
	const merged = old ? mergeProgress(old, progress) : progress;
	return {
		students: Object.fromEntries([...Object.entries(file.students), [key, merged]]),
		raw: file.raw,
	};
}

export function withoutStudent(file: ProgressFile, name: string): ProgressFile {
	const key = studentKey(file, name);
	const students = Object.entries(file.students).filter(([other]) => other !== key);
	const raw = isObject(file.raw['students']) ? file.raw['students'] : {};
	return {
		students: Object.fromEntries(students),
		raw: {
			...file.raw,
			students: Object.fromEntries(Object.entries(raw).filter(([other]) => other !== key)),
		},
	};
}

/** Each known entry written over the raw one, so that fields this version does not know stay. */
function overlay<T extends object>(raw: unknown, known: Readonly<Record<string, T>>): Json {
	const entries = new Map(Object.entries(isObject(raw) ? raw : {}));
	for (const [name, record] of Object.entries(known)) {
		const old = entries.get(name);
		entries.set(name, {...(isObject(old) ? old : {}), ...record});
	}

	// fromEntries, not assignment, so that a lesson named __proto__ stays a lesson.
	return Object.fromEntries(entries);
}

/** The file as JSON text, in version 2's shape. */
export function progressFileText(file: ProgressFile): string {
	const rawStudents = isObject(file.raw['students']) ? file.raw['students'] : {};
	const students = new Map(Object.entries(rawStudents));
	for (const [name, progress] of Object.entries(file.students)) {
		const old = students.get(name);
		const base = isObject(old) ? old : {};
		students.set(name, {
			...base,
			lessons: overlay(base['lessons'], progress.lessons),
			challenges: overlay(base['challenges'], progress.challenges),
			quiz: overlay(base['quiz'], progress.quiz),
		});
	}

	const json = {...file.raw, version: progressFileVersion, students: Object.fromEntries(students)};
	return `${JSON.stringify(json, null, '\t')}\n`;
}
