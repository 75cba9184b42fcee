// Chinese punctuation in every Chinese message, and in the quiz's questions as the code joins them:
// full-width marks between ideographs, and no space after a full-width mark.
//
// The rule, as written below:
// - No ASCII space after a full-width mark (。！？；：，、）) before Chinese text: "到达。此前",
//   never "到达。 此前". Nor a space before a full-width closing mark.
// - No ASCII : ( ) , next to an ideograph, or one space from it: "被拒绝：", "（最好 5/10）".
//   Between ASCII tokens they stay, as code and the RFC write them: seq=0, SYN,ACK, c:syn,
//   connect(), shutdown(SHUT_WR), timer:(timewait,59sec), {score}/{total}.
import {describe, expect, it} from 'vitest';
import {zh} from '../../source/i18n/zh.js';
import {makeQuiz} from '../../source/quiz/quiz.js';
import {joinSentences} from '../../source/tcp/explain.js';

const rules: ReadonlyArray<readonly [string, RegExp]> = [
	['a space after a full-width mark', /[。！？；：，、）] +(?=[\p{Script=Han}（])/u],
	['a space before a full-width closing mark', /\S +[，。：；！？）]/u],
	['ASCII punctuation next to an ideograph', /\p{Script=Han} ?[:(),]|[:(),] ?\p{Script=Han}/u],
];

/** Code in running text keeps its ASCII brackets: connect(), shutdown(SHUT_WR). */
const code = /\b[a-z_]+\([A-Z_]*\)/g;

/** Every breach of the rules in the texts, as "name: rule: …text around it…". */
function breaches(texts: ReadonlyArray<readonly [string, string]>): string[] {
	return texts.flatMap(([name, text]) => {
		const prose = text.replaceAll(code, 'code');
		return rules.flatMap(([rule, pattern]) => {
			const match = pattern.exec(prose);
			if (!match) return [];
			return [
				`${name}: ${rule}: …${prose.slice(Math.max(0, match.index - 12), match.index + 14)}…`,
			];
		});
	});
}

describe('Chinese punctuation', () => {
	it('is full-width in every Chinese message, with no space after a full-width mark', () => {
		const messages = Object.entries(zh).filter(
			(entry): entry is [string, string] => typeof entry[1] === 'string',
		);
		expect(messages.length).toBeGreaterThan(300);
		expect(breaches(messages)).toEqual([]);
	});

	it('stays so in the quiz, whose sentences the code joins', () => {
		const texts = Array.from({length: 40}, (_, seed) => seed * 7919 + 5).flatMap((seed) =>
			makeQuiz({lang: 'zh', count: 20, seed, topic: 'all'}).flatMap((question) => [
				[`${question.id} prompt`, question.prompt] as const,
				[`${question.id} explanation`, question.explanation] as const,
				...question.options.map((option, index) => [`${question.id} ${index}`, option] as const),
			]),
		);
		expect(breaches(texts)).toEqual([]);
	});

	it('catches each kind of breach', () => {
		const samples = [
			['space', '立即到达。 此前'],
			['colon', '✗ 被拒绝: 没有连接'],
			['brackets', '测验 (最好 5/10)'],
			['comma', '客户端, 服务器'],
		] as const;
		expect(breaches(samples)).toHaveLength(samples.length);
		expect(breaches([['code', '它调用 connect() 时，seq=0，SYN,ACK（c:syn）']])).toEqual([]);
	});

	it('joins Chinese sentences without a space, English ones with one', () => {
		expect(joinSentences(['立即到达。', '此前没有连接。'])).toBe('立即到达。此前没有连接。');
		expect(joinSentences(['Arrives at once.', 'No connection before.'])).toBe(
			'Arrives at once. No connection before.',
		);
	});
});
