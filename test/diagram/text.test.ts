// Text measured and broken in terminal columns: English breaks at spaces exactly as it always has,
// Chinese also between ideographs, with its punctuation kept off the start of a line.
import fc from 'fast-check';
import {describe, expect, it} from 'vitest';
import {fitParagraphs, sliceColumns, truncate, width, wrap} from '../../source/diagram/text.js';
import {en} from '../../source/i18n/en.js';
import {zh} from '../../source/i18n/zh.js';

/** wrap() before it knew about ideographs: the English reference. */
function wordWrap(text: string, columns: number): string[] {
	const lines: string[] = [];
	let line = '';
	for (const word of text.split(/\s+/).filter(Boolean)) {
		const candidate = line === '' ? word : `${line} ${word}`;
		if (width(candidate) <= columns) {
			line = candidate;
			continue;
		}
		if (line !== '') lines.push(line);
		line = width(word) <= columns ? word : truncate(word, columns);
	}
	if (line !== '') lines.push(line);
	return lines;
}

const widths = [1, 3, 8, 13, 20, 27, 39, 40, 57, 60, 76, 79, 80, 120];
const english = Object.values(en);
const chinese = Object.values(zh).filter((text): text is string => text !== undefined);
const closers = [...'，。、：；！？）」』》…”'];
const openers = [...'（「『《“'];

describe('wrap, in English', () => {
	it('breaks every English message where the word wrap did, at every width', () => {
		for (const columns of widths) {
			for (const text of english) expect(wrap(text, columns)).toEqual(wordWrap(text, columns));
		}
	});

	/** wrap() breaks every text `texts` makes where the word wrap did, at any width. */
	const breaksLikeWordWrap = (texts: fc.Arbitrary<string>, numRuns: number) => {
		fc.assert(
			fc.property(texts, fc.integer({min: 1, max: 90}), (text, columns) => {
				expect(wrap(text, columns)).toEqual(wordWrap(text, columns));
			}),
			{numRuns},
		);
	};

	it('breaks any text without ideographs where the word wrap did (property)', () => {
		const character = fc.constantFrom(...'ab cd  EF,.;:()…—→✓│▶\n\t"\'-–?!0123456789“”');
		breaksLikeWordWrap(
			fc.array(character, {maxLength: 120}).map((chars) => chars.join('')),
			500,
		);
	});

	it('breaks words joined by single spaces where the word wrap did, long words too (property)', () => {
		// A no-break space is white space too: the words either side of it are two words.
		const word = fc
			.array(fc.constantFrom(...'abEF,.;()…—→✓│▶"-–?!09“”\u00A0'), {minLength: 1, maxLength: 30})
			.map((chars) => chars.join(''));
		breaksLikeWordWrap(
			fc.array(word, {maxLength: 30}).map((words) => words.join(' ')),
			1000,
		);
	});

	it('leaves English alone even when it starts with a closing mark like …', () => {
		const text = '…and the client’s retransmitted SYN now opens a fresh connection.';
		expect(wrap(text, 12)).toEqual(wordWrap(text, 12));
		expect(wrap(text, 12)[0]).toBe('…and the');
	});
});

describe('wrap, in Chinese', () => {
	it('breaks between ideographs when a sentence has no spaces', () => {
		expect(wrap('客户端发送数据服务器确认', 8)).toEqual(['客户端发', '送数据服', '务器确认']);
	});

	it('keeps the spaces between words and adds none between ideographs', () => {
		const text = '客户端发送 SYN，带上自己的初始序列号 ISN = 100。';
		expect(wrap(text, 200)).toEqual([text]);
		expect(wrap(text, 16)).toEqual(['客户端发送 SYN，', '带上自己的初始序', '列号 ISN = 100。']);
	});

	it('never starts a line with closing punctuation, nor ends one with opening punctuation', () => {
		for (const columns of [6, 13, 20, 39, 79]) {
			for (const text of chinese) {
				const lines = wrap(text, columns);
				// A text that itself starts with a closing mark ("……and then") may start a line with it.
				for (const line of lines.slice(closers.includes(text.charAt(0)) ? 1 : 0)) {
					expect(width(line), line).toBeLessThanOrEqual(columns);
					expect(closers.includes(line.charAt(0)), `${columns}: ${line}`).toBe(false);
					expect(openers.includes(line.at(-1) ?? ''), `${columns}: ${line}`).toBe(false);
				}
			}
		}
	});

	it('loses no character: the lines rejoined are the text without its spaces', () => {
		// From 24 columns on, no piece is so wide that it is cut short with an ellipsis.
		for (const columns of [24, 39, 60]) {
			for (const text of chinese) {
				const joined = wrap(text, columns).join('').replaceAll(/\s/g, '');
				expect(joined).toBe(text.replaceAll(/\s/g, ''));
			}
		}
	});

	it('moves a closing mark to the line before, with its ideograph, when it would start a line', () => {
		// At 6 columns '服务器' fills a line; the 。 goes with 器 onto the next line instead.
		expect(wrap('服务器。好', 6)).toEqual(['服务', '器。好']);
		expect(wrap('（主动 OPEN）', 6)).toEqual(['（主动', 'OPEN）']);
	});

	it("fills lines: the next line's first piece would not have fitted on the line before", () => {
		for (const text of chinese) {
			const lines = wrap(text, 40);
			for (const [index, line] of lines.slice(0, -1).entries()) {
				const next = lines[index + 1] ?? '';
				// The next line's first ideograph (or word), with a closing mark that holds on to it.
				const first =
					next.match(/^(?:[^\s\p{Script=Han}]+|\p{Script=Han})[，。、：；！？）]*/u)?.[0] ?? next;
				expect(width(line) + width(first), `${line} | ${next}`).toBeGreaterThan(40 - 1);
			}
		}
	});
});

describe('sliceColumns', () => {
	it('slices by columns, leaving out a wide character an edge cuts through', () => {
		expect(sliceColumns('ab客户端cd', 2, 8)).toBe('客户端');
		expect(sliceColumns('ab客户端cd', 3, 8)).toBe('户端');
		expect(sliceColumns('ab客户端cd', 2, 7)).toBe('客户');
		expect(sliceColumns('ab客户端cd', 8)).toBe('cd');
		expect(sliceColumns('hello', 1, 3)).toBe('el');
		expect(sliceColumns('hello', -2, 2)).toBe('he');
	});
});

describe('fitParagraphs', () => {
	const explanation = ['the engine says', 'why the move was fine'];
	const proved = ['what it proved'];
	const press = ['Press a (ACK) on the server.'];

	it('keeps every line when they fit', () => {
		expect(fitParagraphs([explanation, press], 3, 40)).toEqual([...explanation, ...press]);
	});

	it('cuts a single paragraph at its end', () => {
		expect(fitParagraphs([explanation], 1, 40)).toEqual(['the engine says …']);
	});

	it('cuts several paragraphs from the top, keeping the last whole', () => {
		expect(fitParagraphs([explanation, proved, press], 2, 40)).toEqual([
			'… what it proved',
			'Press a (ACK) on the server.',
		]);
	});

	it('never marks the cut on the last paragraph when it takes every row', () => {
		expect(fitParagraphs([explanation, press], 1, 40)).toEqual(press);
	});
});
