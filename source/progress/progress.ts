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

/** Null when the text is not version-1 progress in every field it has; unknown fields are ignored. */
export function parseProgress(text: string): Progress | null {
	let data: unknown;
	try {
		data = JSON.parse(text);
	} catch {
		return null;
	}

	if (!isObject(data) || data['version'] !== progressVersion) return null;
	const lessons = parseRecord(data['lessons'], parseLesson);
	const challenges = parseRecord(data['challenges'], parseChallenge);
	const quiz = parseQuiz(data['quiz']);
	if (!lessons || !challenges || !quiz) return null;
	return {version: progressVersion, lessons, challenges, quiz};
}
