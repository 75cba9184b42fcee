// The quiz in Chinese: the same questions as in English, every one of them askable.
import {describe, expect, it} from 'vitest';
import {makeQuiz, maxQuestions} from '../../source/quiz/quiz.js';

const han = /\p{Script=Han}/u;
const topics = ['handshake', 'teardown', 'all'] as const;
/** 24 seeds of 50 questions on each topic: 3,600 questions, every generator many times over. */
const seeds = Array.from({length: 24}, (_, index) => index * 7919 + 1);

/**
 * The quiz of a seed and topic in a language. makeQuiz is deterministic and each quiz takes tens
 * of milliseconds, so each is made once: the second test compares the quizzes the first one checked.
 */
const made = new Map<string, ReturnType<typeof makeQuiz>>();

function quizIn(language: 'en' | 'zh', seed: number, topic: (typeof topics)[number]) {
	const key = `${language} ${seed} ${topic}`;
	const known = made.get(key);
	if (known) return known;
	const quiz = makeQuiz({lang: language, count: maxQuestions, seed, topic});
	made.set(key, quiz);
	return quiz;
}

describe('makeQuiz in Chinese', () => {
	it.each(topics)(
		'asks %s questions for many seeds, every option distinct and non-empty',
		(topic) => {
			for (const seed of seeds) {
				const quiz = quizIn('zh', seed, topic);
				expect(quiz).toHaveLength(maxQuestions);
				for (const question of quiz) {
					expect(question.prompt.trim(), question.id).not.toBe('');
					expect(question.prompt, question.id).toMatch(han);
					expect(question.explanation.trim(), question.id).not.toBe('');
					expect(
						question.options.every((option) => option.trim() !== ''),
						question.id,
					).toBe(true);
					expect(new Set(question.options).size, question.id).toBe(question.options.length);
				}
			}
		},
	);

	it.each(topics)('asks the same %s questions as in English, for the same seed', (topic) => {
		// A Chinese prompt that collapsed two English ones would change which questions are asked.
		for (const seed of seeds.slice(0, 12)) {
			const ids = (language: 'en' | 'zh') =>
				quizIn(language, seed, topic).map((question) => [question.id, question.correct]);
			expect(ids('zh')).toEqual(ids('en'));
		}
	});
});
