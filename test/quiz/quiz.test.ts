import fc from 'fast-check';
import {describe, expect, it} from 'vitest';
import type {Question} from '../../source/quiz/question.js';
import {
	makeQuiz,
	maxQuestions,
	type QuizState,
	quizReducer,
	resultsOf,
	score,
	startQuiz,
} from '../../source/quiz/quiz.js';
import {resultsFormat, resultsVersion, toolVersion} from '../../source/quiz/results.js';

describe('makeQuiz', () => {
	it('gives the asked number of questions, with no id or prompt twice', () => {
		for (const count of [1, 7, 20, maxQuestions]) {
			for (const topic of ['handshake', 'teardown', 'all'] as const) {
				const quiz = makeQuiz({lang: 'en', count, seed: 5, topic});
				expect(quiz).toHaveLength(count);
				expect(new Set(quiz.map((question) => question.id)).size).toBe(count);
				expect(new Set(quiz.map((question) => question.prompt)).size).toBe(count);
			}
		}
	});

	it('refuses a count outside 1 to 50', () => {
		for (const count of [0, -1, 51, 1.5, Number.NaN]) {
			expect(() => makeQuiz({lang: 'en', count, seed: 1, topic: 'all'})).toThrow(RangeError);
		}
	});

	it('gives the same quiz for the same seed', () => {
		fc.assert(
			fc.property(fc.integer(), fc.constantFrom('handshake', 'teardown', 'all'), (seed, topic) => {
				expect(makeQuiz({lang: 'en', count: 12, seed, topic})).toEqual(
					makeQuiz({lang: 'en', count: 12, seed, topic}),
				);
			}),
			{numRuns: 30},
		);
	});

	it('gives different quizzes for different seeds', () => {
		const ids = (seed: number) =>
			makeQuiz({lang: 'en', count: 10, seed, topic: 'all'}).map(({id}) => id);
		expect(ids(1)).not.toEqual(ids(2));
		const quizzes = new Set(Array.from({length: 20}, (_, seed) => ids(seed).join(' ')));
		expect(quizzes.size).toBe(20);
	});

	it('keeps to the topic, and mixes facts with questions from the engine', () => {
		for (const topic of ['handshake', 'teardown'] as const) {
			const quiz = makeQuiz({lang: 'en', count: 20, seed: 9, topic});
			expect(quiz.every((question) => question.topic === topic)).toBe(true);
			const kinds = new Set(quiz.map((question) => question.kind));
			expect([...kinds].sort()).toEqual(['fact', 'predict-state', 'sequence', 'valid-move']);
		}
		const all = makeQuiz({lang: 'en', count: 20, seed: 9, topic: 'all'});
		expect(new Set(all.map((question) => question.topic))).toEqual(
			new Set(['handshake', 'teardown']),
		);
	});

	it('never has two right options or a repeated option (property)', () => {
		fc.assert(
			fc.property(
				fc.integer(),
				fc.integer({min: 1, max: maxQuestions}),
				fc.constantFrom('handshake', 'teardown', 'all'),
				(seed, count, topic) => {
					for (const question of makeQuiz({lang: 'en', count, seed, topic})) {
						expect(new Set(question.options).size).toBe(question.options.length);
						expect(question.correct).toBeGreaterThanOrEqual(0);
						expect(question.correct).toBeLessThan(question.options.length);
						for (const text of [question.prompt, question.explanation, ...question.options]) {
							expect(text.trim().length).toBeGreaterThan(0);
						}
					}
				},
			),
			{numRuns: 60},
		);
	});
});

function sample(id: string, correct: number): Question {
	return {
		id,
		topic: 'handshake',
		subject: 'handshake-states',
		concept: 'states',
		kind: 'fact',
		prompt: `Question ${id}?`,
		options: ['A', 'B', 'C'],
		correct,
		explanation: `Because ${id}.`,
	};
}

const three = [sample('q1', 0), sample('q2', 1), sample('q3', 2)];

function run(state: QuizState, ...actions: Parameters<typeof quizReducer>[1][]): QuizState {
	return actions.reduce(quizReducer, state);
}

describe('quizReducer', () => {
	it('starts asking the first question, nothing answered', () => {
		const state = startQuiz(three, 1000);
		expect(state).toEqual({
			questions: three,
			index: 0,
			answers: [undefined, undefined, undefined],
			phase: 'asking',
			shownAt: 1000,
			startedAt: 1000,
		});
		expect(score(state)).toBe(0);
	});

	it('records an answer and the time taken, then shows feedback', () => {
		const state = run(startQuiz(three, 1000), {type: 'answer', choice: 2, now: 3500});
		expect(state.phase).toBe('feedback');
		expect(state.index).toBe(0);
		expect(state.answers[0]).toEqual({choice: 2, ms: 2500});
	});

	it('ignores a second answer during feedback, and an option that does not exist', () => {
		const answered = run(startQuiz(three, 0), {type: 'answer', choice: 1, now: 10});
		expect(quizReducer(answered, {type: 'answer', choice: 0, now: 20})).toBe(answered);
		const asking = startQuiz(three, 0);
		for (const choice of [-1, 3, 0.5]) {
			expect(quizReducer(asking, {type: 'answer', choice, now: 5})).toBe(asking);
		}
	});

	it('ignores next while a question waits for its answer', () => {
		const state = startQuiz(three, 0);
		expect(quizReducer(state, {type: 'next', now: 5})).toBe(state);
	});

	it('moves to the next question, timing it from when it is shown', () => {
		const state = run(
			startQuiz(three, 0),
			{type: 'answer', choice: 0, now: 100},
			{type: 'next', now: 4000},
			{type: 'answer', choice: 1, now: 4700},
		);
		expect(state.index).toBe(1);
		expect(state.phase).toBe('feedback');
		expect(state.answers[1]).toEqual({choice: 1, ms: 700});
		expect(state.startedAt).toBe(0);
	});

	it('reaches the summary after the last question, and stays there', () => {
		const state = run(
			startQuiz(three, 0),
			{type: 'answer', choice: 0, now: 1},
			{type: 'next', now: 2},
			{type: 'answer', choice: 0, now: 3},
			{type: 'next', now: 4},
			{type: 'answer', choice: 2, now: 5},
			{type: 'next', now: 6},
		);
		expect(state.phase).toBe('summary');
		expect(quizReducer(state, {type: 'next', now: 7})).toBe(state);
		expect(quizReducer(state, {type: 'answer', choice: 0, now: 7})).toBe(state);
		// q1 right (0), q2 wrong (0 for 1), q3 right (2)
		expect(score(state)).toBe(2);
	});

	it('goes straight to the summary with no questions', () => {
		expect(startQuiz([], 0).phase).toBe('summary');
	});

	it('never counts an unanswered question as right', () => {
		const state = run(startQuiz([sample('q1', 0)], 0));
		expect(score(state)).toBe(0);
	});
});

const meta = {student: 'ada', seed: 42, topic: 'handshake', lang: 'en'} as const;

describe('resultsOf', () => {
	it('describes a finished quiz', () => {
		const state = run(
			startQuiz(three, Date.UTC(2025, 0, 1, 9, 0, 0)),
			{type: 'answer', choice: 0, now: Date.UTC(2025, 0, 1, 9, 0, 3)},
			{type: 'next', now: Date.UTC(2025, 0, 1, 9, 0, 4)},
			{type: 'answer', choice: 2, now: Date.UTC(2025, 0, 1, 9, 0, 6)},
			{type: 'next', now: Date.UTC(2025, 0, 1, 9, 0, 7)},
			{type: 'answer', choice: 2, now: Date.UTC(2025, 0, 1, 9, 0, 8)},
			{type: 'next', now: Date.UTC(2025, 0, 1, 9, 0, 9)},
		);
		const results = resultsOf(state, {...meta, now: Date.UTC(2025, 0, 1, 9, 0, 10)});
		expect(results).toMatchObject({
			format: resultsFormat,
			version: resultsVersion,
			student: 'ada',
			startedAt: '2025-01-01T09:00:00.000Z',
			finishedAt: '2025-01-01T09:00:10.000Z',
			seed: 42,
			topic: 'handshake',
			lang: 'en',
			toolVersion,
			complete: true,
			score: 2,
			total: 3,
		});
		expect(results.questions[1]).toEqual({
			id: 'q2',
			topic: 'handshake',
			subject: 'handshake-states',
			concept: 'states',
			kind: 'fact',
			prompt: 'Question q2?',
			options: ['A', 'B', 'C'],
			answer: 2,
			answerText: 'C',
			correct: 1,
			correctText: 'B',
			right: false,
			ms: 2000,
		});
		expect(results.questions.map((question) => question.right)).toEqual([true, false, true]);
	});

	it('marks a quiz left early as incomplete, unanswered questions null, wrong, 0 ms', () => {
		const state = run(startQuiz(three, 0), {type: 'answer', choice: 0, now: 1500});
		const results = resultsOf(state, {...meta, now: 2000});
		expect(results.complete).toBe(false);
		expect(results.score).toBe(1);
		expect(results.total).toBe(3);
		expect(results.questions[0]).toMatchObject({answer: 0, answerText: 'A', right: true, ms: 1500});
		for (const question of results.questions.slice(1)) {
			expect(question).toMatchObject({answer: null, answerText: null, right: false, ms: 0});
		}
	});

	it('is complete once every question is answered, before the summary is shown', () => {
		const two = startQuiz([sample('q1', 0), sample('q2', 1)], 0);
		const first = run(two, {type: 'answer', choice: 0, now: 1});
		expect(resultsOf(first, {...meta, now: 2}).complete).toBe(false);
		const state = run(quizReducer(first, {type: 'next', now: 3}), {
			type: 'answer',
			choice: 1,
			now: 4,
		});
		expect(resultsOf(state, {...meta, now: 5}).complete).toBe(true);
		expect(resultsOf(quizReducer(state, {type: 'next', now: 6}), {...meta, now: 7}).complete).toBe(
			true,
		);
	});

	it('survives a round trip through JSON', () => {
		const quiz = makeQuiz({lang: 'en', count: 5, seed: 3, topic: 'all'});
		const results = resultsOf(startQuiz(quiz, 0), {...meta, topic: 'all', now: 0});
		expect(JSON.parse(JSON.stringify(results))).toEqual(results);
	});
});
