// The numbers of the generated questions: how often the arithmetic wraps around 2^32, and that an
// explanation never brings a number the question did not give.
import {describe, expect, it} from 'vitest';
import type {Question} from '../../source/quiz/question.js';
import {makeQuiz} from '../../source/quiz/quiz.js';

const seeds = Array.from({length: 300}, (_, index) => index * 104_729 + 3);
const generated = seeds.flatMap((seed) =>
	makeQuiz({lang: 'en', count: 12, seed, topic: 'all'}).filter(
		(question) => question.kind !== 'fact',
	),
);
const arithmetic = generated.filter((question) => question.kind === 'sequence');

/** Within this of 2^32, a number is one a student notices as "about to wrap". */
const nearTheTop = 2 ** 16;

function numbersIn(text: string): number[] {
	return (text.match(/\d+/g) ?? []).map(Number);
}

function wraps(question: Question): boolean {
	return [question.prompt, ...question.options].some((text) =>
		numbersIn(text).some((number) => number >= 2 ** 32 - nearTheTop),
	);
}

/**
 * What an explanation may say without the question giving it: state names (FIN_WAIT_2),
 * references (RFC 9293 3.10.7.2, Figure 7, RFC 5961 section 4, SHLD-31), 2MSL and 2^32, times
 * measured on Linux ("3 to 8 ms", "60 seconds"), the largest sequence number (in the note on
 * wrapping), and the panes' relative numbers (ISS+101, IRS+1), which count from ISNs that state
 * and move questions do not give.
 */
const allowed = [
	/\b[A-Z]+(?:_[A-Z0-9]+)+\b/g,
	/RFC \d+(?:,? (?:section |§)?\d+(?:\.\d+)*)?/g,
	/Figure \d+/g,
	/\b[A-Z]{3,4}-\d+\b/g,
	/\b2MSL\b/g,
	/2\^32/g,
	/\d+(?: to \d+)? ?(?:ms|sec|seconds)\b/g,
	/wrap around after 4294967295/g,
	/\b(?:ISS|IRS)\+\d+/g,
];

/**
 * The numbers an explanation brings that the question (its prompt and its options) did not give,
 * and that no sum written out in it ("a + b = c", every term known) derives. The 1 that a SYN or a
 * FIN adds is said in words by every explanation that adds it ("the SYN uses one sequence number").
 */
function unexplained(question: Question): number[] {
	let text = question.explanation;
	for (const pattern of allowed) text = text.replaceAll(pattern, ' ');
	const known = new Set([1, ...numbersIn(`${question.prompt} ${question.options.join(' ')}`)]);
	const sums = [...text.matchAll(/(\d+(?: \+ \d+)+) = (\d+)/g)].map((match) => ({
		terms: numbersIn(match[1] ?? ''),
		total: Number(match[2]),
	}));
	for (let grew = true; grew; ) {
		grew = false;
		for (const {terms, total} of sums) {
			const sum = terms.reduce((a, b) => a + b, 0) % 2 ** 32;
			if (!known.has(total) && sum === total && terms.every((term) => known.has(term))) {
				known.add(total);
				grew = true;
			}
		}
	}
	return numbersIn(text).filter((number) => !known.has(number));
}

describe('the numbers of generated questions', () => {
	it('wrap around 2^32 in at most about one arithmetic question in five, but do', () => {
		expect(arithmetic.length).toBeGreaterThan(300);
		const rate = arithmetic.filter(wraps).length / arithmetic.length;
		expect(rate).toBeLessThanOrEqual(0.22);
		expect(rate).toBeGreaterThan(0.08);
		// A question near the top really wraps, and says so.
		const wrapping = arithmetic.filter(wraps);
		expect(wrapping.filter((question) => question.explanation.includes('2^32')).length).toBe(
			wrapping.length,
		);
	});

	it('explain with the numbers the question gave, or sums written out from them', () => {
		const problems = generated.flatMap((question) => {
			const extra = unexplained(question);
			return extra.length > 0
				? [`${question.id}: ${extra.join(', ')} in "${question.explanation}"`]
				: [];
		});
		expect(problems).toEqual([]);
	});

	it('catch a number from nowhere', () => {
		const [question] = arithmetic;
		if (!question) throw new Error('no arithmetic question');
		expect(unexplained({...question, explanation: 'The ISN was 2847561023.'})).toEqual([
			2_847_561_023,
		]);
		expect(unexplained({...question, explanation: 'So 5 + 1 = 6.'})).toEqual([5, 6]);
	});
});
