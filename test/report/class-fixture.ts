// A class of quiz results made by the real quiz (seed 42, ten questions), with what a teacher meets:
// a misconception most of the class shares (the same wrong option of one question), students who
// took the quiz twice, one who left early, a wide (CJK) name, and one student on another seed.
// test/report/fixtures/class holds these files as made once, for the README's sample and for
// trying `tcp-tui report` by hand; the tests make them afresh, so a change to the bank cannot
// leave them behind.
import {
	makeQuiz,
	type Question,
	quizReducer,
	resultsOf,
	startQuiz,
} from '../../source/quiz/quiz.js';
import type {QuizResults} from '../../source/quiz/results.js';

export const classSeed = 42;
export const otherSeed = 7;
export const classCount = 10;

/** The question of the planted misconception, by its index in the quiz. */
export const planted = 3;

export const classQuiz: readonly Question[] = makeQuiz({
	lang: 'en',
	count: classCount,
	seed: classSeed,
	topic: 'all',
});

/** The wrong options of a question, in option order: 'w' picks the first, 'x' the second. */
export function wrongOptions(question: Question): number[] {
	return question.options.map((_, index) => index).filter((index) => index !== question.correct);
}

/**
 * One attempt. `marks` has a letter per question: r right, w the first wrong option, x the second,
 * and - for a question never reached (the student left: the quiz is incomplete from there on).
 */
export function attempt(
	student: string,
	marks: string,
	finishedAt: string,
	seed = classSeed,
): QuizResults {
	// The files say they are in English: the questions are asked in English.
	const questions = makeQuiz({lang: 'en', count: classCount, seed, topic: 'all'});
	const start = Date.parse(finishedAt) - 10 * 60_000;
	let state = startQuiz(questions, start);
	for (const [index, question] of questions.entries()) {
		const mark = marks[index] ?? '-';
		if (mark === '-') break;
		const wrong = wrongOptions(question);
		const choice =
			mark === 'r' ? question.correct : ((mark === 'w' ? wrong[0] : wrong[1]) ?? question.correct);
		state = quizReducer(state, {type: 'answer', choice, now: start + 30_000 * (index + 1)});
		state = quizReducer(state, {type: 'next', now: start + 30_000 * (index + 1) + 1000});
	}
	return resultsOf(state, {student, seed, topic: 'all', lang: 'en', now: Date.parse(finishedAt)});
}

export type ClassFile = {readonly name: string; readonly results: QuizResults};

let made: readonly ClassFile[] | undefined;

/** The files as the students saved them, in no particular order. Column 4 is the planted question. */
export function classFiles(): readonly ClassFile[] {
	made ??= [
		{name: 'alice-1.json', results: attempt('alice', 'rwwwrwrwrr', '2025-03-03T09:00:00Z')},
		{name: 'alice-2.json', results: attempt('alice', 'rrrwrrrrrr', '2025-03-03T09:40:00Z')},
		{name: 'bob-1.json', results: attempt('bob', 'rrrrrrrrrw', '2025-03-03T09:05:00Z')},
		{name: 'bob-2.json', results: attempt('Bob', 'rwrwrrwrrw', '2025-03-03T09:45:00Z')},
		{name: 'carol.json', results: attempt('carol', 'rrwwrrrrxr', '2025-03-03T09:10:00Z')},
		{name: 'dan.json', results: attempt('dan', 'wrrwrrrwrr', '2025-03-03T09:12:00Z')},
		{name: 'erin.json', results: attempt('erin', 'rrrrrrrrrr', '2025-03-03T09:14:00Z')},
		{name: 'frank.json', results: attempt('frank', 'rrrxrr----', '2025-03-03T09:16:00Z')},
		{name: 'wang.json', results: attempt('王芳', 'rrrrwrrrrr', '2025-03-03T09:18:00Z')},
		{name: 'zoe.json', results: attempt('zoe', 'rrrrrwrrrr', '2025-03-03T09:20:00Z', otherSeed)},
	];
	return made;
}
