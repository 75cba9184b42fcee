// A quiz: which questions, in which order, for a seed; and the pure reducer that runs it.
import type {Language} from '../i18n/index.js';
import {factQuestion, facts} from './bank.js';
import {type GeneratedKind, generate} from './generate.js';
import type {Question} from './question.js';
import {createRandom, type Random} from './random.js';
import {
	maxQuestions,
	minQuestions,
	type QuizResults,
	type QuizTopic,
	resultsFormat,
	resultsVersion,
	type TopicChoice,
	toolVersion,
} from './results.js';

export type {Question} from './question.js';

export {maxQuestions, minQuestions} from './results.js';

/** Where the next question comes from; null once it can give no new one. */
type Source = () => Question | null;

/** A generator may land on situations that do not suit its kind, or on a question already asked. */
const attemptsPerQuestion = 40;

function bankSource(lang: Language, topic: QuizTopic, random: Random): Source {
	const queue = random.shuffle(facts.filter((fact) => fact.topic === topic));
	return () => {
		const fact = queue.shift();
		return fact ? factQuestion(lang, fact, random) : null;
	};
}

function generatorSource(
	lang: Language,
	kind: GeneratedKind,
	topic: QuizTopic,
	random: Random,
	isNew: (question: Question) => boolean,
): Source {
	return () => {
		for (let attempt = 0; attempt < attemptsPerQuestion; attempt++) {
			const question = generate(lang, kind, topic, random);
			if (question && isNew(question)) return question;
		}
		return null;
	};
}

export type QuizOptions = {
	/** The language the questions are asked in. */
	readonly lang: Language;
	readonly count: number;
	readonly seed: number;
	readonly topic: TopicChoice;
};

/**
 * The same options always give the same quiz. About two questions in five come from the bank of
 * facts, the rest from the engine, mixed in a seeded order.
 */
export function makeQuiz({lang, count, seed, topic}: QuizOptions): Question[] {
	if (!Number.isInteger(count) || count < minQuestions || count > maxQuestions) {
		throw new RangeError(`a quiz has ${minQuestions} to ${maxQuestions} questions, not ${count}`);
	}
	const random = createRandom(seed);
	const quiz: Question[] = [];
	const ids = new Set<string>();
	const prompts = new Set<string>();
	const isNew = (question: Question) => !ids.has(question.id) && !prompts.has(question.prompt);
	const topics: QuizTopic[] = topic === 'all' ? ['handshake', 'teardown'] : [topic];
	let sources: Source[] = topics.flatMap((each) => {
		const bank = bankSource(lang, each, random);
		return [
			bank,
			bank,
			generatorSource(lang, 'predict-state', each, random, isNew),
			generatorSource(lang, 'sequence', each, random, isNew),
			generatorSource(lang, 'valid-move', each, random, isNew),
		];
	});
	while (quiz.length < count && sources.length > 0) {
		const exhausted = new Set<Source>();
		for (const source of random.shuffle(sources)) {
			if (quiz.length >= count) break;
			const question = source();
			if (question === null || !isNew(question)) {
				exhausted.add(source);
				continue;
			}
			quiz.push(question);
			ids.add(question.id);
			prompts.add(question.prompt);
		}
		sources = sources.filter((source) => !exhausted.has(source));
	}
	if (quiz.length < count) {
		throw new RangeError(`only ${quiz.length} different questions on this topic, not ${count}`);
	}
	return quiz;
}

export type Answer = {readonly choice: number; readonly ms: number};

export type QuizPhase = 'asking' | 'feedback' | 'summary';

export type QuizState = {
	readonly questions: readonly Question[];
	readonly index: number;
	readonly answers: ReadonlyArray<Answer | undefined>;
	readonly phase: QuizPhase;
	/** When the current question was shown, in milliseconds, as the caller's clock gives them. */
	readonly shownAt: number;
	readonly startedAt: number;
};

export type QuizAction =
	| {readonly type: 'answer'; readonly choice: number; readonly now: number}
	| {readonly type: 'next'; readonly now: number};

export function startQuiz(questions: readonly Question[], now: number): QuizState {
	return {
		questions,
		index: 0,
		answers: questions.map(() => undefined),
		phase: questions.length === 0 ? 'summary' : 'asking',
		shownAt: now,
		startedAt: now,
	};
}

export function quizReducer(state: QuizState, action: QuizAction): QuizState {
	switch (action.type) {
		case 'answer': {
			const question = state.questions[state.index];
			const valid =
				question !== undefined &&
				Number.isInteger(action.choice) &&
				action.choice >= 0 &&
				action.choice < question.options.length;
			if (state.phase !== 'asking' || !valid) return state;
			const answers = [...state.answers];
			answers[state.index] = {choice: action.choice, ms: Math.max(0, action.now - state.shownAt)};
			return {...state, answers, phase: 'feedback'};
		}
		case 'next': {
			if (state.phase !== 'feedback') return state;
			if (state.index + 1 >= state.questions.length) return {...state, phase: 'summary'};
			return {...state, index: state.index + 1, phase: 'asking', shownAt: action.now};
		}
	}
}

function isRight(question: Question, answer: Answer | undefined): boolean {
	return answer?.choice === question.correct;
}

export function score(state: QuizState): number {
	return state.questions.filter((question, index) => isRight(question, state.answers[index]))
		.length;
}

export type ResultsMeta = {
	readonly student: string;
	readonly seed: number;
	readonly topic: TopicChoice;
	readonly lang: string;
	/** When the results are taken, in milliseconds since the epoch. */
	readonly now: number;
};

export function resultsOf(state: QuizState, meta: ResultsMeta): QuizResults {
	return {
		format: resultsFormat,
		version: resultsVersion,
		student: meta.student,
		startedAt: new Date(state.startedAt).toISOString(),
		finishedAt: new Date(meta.now).toISOString(),
		seed: meta.seed,
		topic: meta.topic,
		lang: meta.lang,
		toolVersion,
		// Every question answered is a complete quiz, however the program is left afterwards.
		complete: state.questions.every((_, index) => state.answers[index] !== undefined),
		score: score(state),
		total: state.questions.length,
		questions: state.questions.map((question, index) => {
			const answer = state.answers[index];
			return {
				id: question.id,
				topic: question.topic,
				subject: question.subject,
				concept: question.concept,
				kind: question.kind,
				prompt: question.prompt,
				options: question.options,
				answer: answer?.choice ?? null,
				answerText: answer === undefined ? null : (question.options[answer.choice] ?? null),
				correct: question.correct,
				correctText: question.options[question.correct] ?? '',
				right: isRight(question, answer),
				ms: answer?.ms ?? 0,
			};
		}),
	};
}
