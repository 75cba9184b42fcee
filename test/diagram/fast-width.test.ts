// The short cut for the characters this tool draws, in fastWidth (string-width) and in the bundle's
// Intl.Segmenter (scripts/shims): each must give what the code it stands in for gives.
import fc from 'fast-check';
import stringWidth from 'string-width';
import {describe, expect, it} from 'vitest';
import {FastSegmenter} from '../../scripts/shims/fast-segmenter.js';
import fastWidth, {oneColumnEach} from '../../source/diagram/fast-width.js';

const esc = String.fromCharCode(27);

// Characters from inside the short cut's ranges and from just outside them, including the ones
// that combine or join (which must send the string to string-width or to Intl.Segmenter).
const samples = [
	...'aZ09 ~!é×ÿ¡­–—…‰′※←↑→↓⇒⌘⏎⏩⌛─│┌┐└┘━╭╮▶◀▲●■✓✗✔❌✅✨、。〈〉「」あゝゞアー一中文漢字龥！？（）ｗ',
	'\u0301', // combining acute accent
	'\u200D', // zero-width joiner
	'\uFE0F', // variation selector 16
	'\u3099', // combining kana voiced mark
	'\u302A', // ideographic tone mark
	'\u1100', // Hangul leading jamo
	'\u1161', // Hangul vowel jamo
	'\uFF9E', // half-width voiced mark
	'👍',
	'🇫',
	'\t',
	'\r',
	'\n',
	'\u00AD', // soft hyphen
	`${esc}[1m`,
	`${esc}[39m`,
	`${esc}[0m`,
	`${esc}]8;;https://example.org\u0007`,
];

const ranges = [
	[0x20, 0x7e],
	[0xa0, 0xff],
	[0x2010, 0x205e],
	[0x2190, 0x23ff],
	[0x2500, 0x25ff],
	[0x2700, 0x27bf],
	[0x3000, 0x30ff],
	[0x4e00, 0x4eff],
	[0xff01, 0xff60],
] as const;

const text = fc.array(fc.constantFrom(...samples), {maxLength: 40}).map((parts) => parts.join(''));

describe('fastWidth, for string-width', () => {
	it('agrees with string-width on strings mixing what this tool draws with what it must not cut short', () => {
		fc.assert(
			fc.property(text, (input) => {
				expect(fastWidth(input)).toBe(stringWidth(input));
			}),
			{numRuns: 5000, seed: 7},
		);
	});

	it('agrees on every character of its ranges, one by one', () => {
		for (const [from, to] of ranges) {
			for (let codePoint = from; codePoint <= to; codePoint++) {
				const character = String.fromCodePoint(codePoint);
				expect([codePoint, fastWidth(character)]).toEqual([codePoint, stringWidth(character)]);
			}
		}
	});

	it('passes the options string-width knows on to it', () => {
		expect(fastWidth('…', {ambiguousIsNarrow: false})).toBe(2);
		expect(fastWidth(`${esc}[1mab`, {countAnsiEscapeCodes: true})).toBe(
			stringWidth(`${esc}[1mab`, {countAnsiEscapeCodes: true}),
		);
	});
});

describe('FastSegmenter, for Intl.Segmenter', () => {
	const real = new Intl.Segmenter();
	const fast = new FastSegmenter();
	const segments = (
		segmenter: {segment(input: string): Iterable<{segment: string; index: number}>},
		input: string,
	) => [...segmenter.segment(input)].map(({segment, index}) => [segment, index]);

	it('splits strings into the same graphemes, and finds the same one at each index', () => {
		fc.assert(
			fc.property(text, (input) => {
				expect(segments(fast, input)).toEqual(segments(real, input));
				const mine = fast.segment(input);
				const theirs = real.segment(input);
				for (let index = -1; index <= input.length; index++) {
					const found = theirs.containing(index);
					expect(mine.containing(index)).toEqual(
						found && {segment: found.segment, index: found.index, input},
					);
				}
			}),
			{numRuns: 3000, seed: 11},
		);
	});

	it('keeps every character of its ranges a grapheme of its own, beside each other and beside ESC', () => {
		for (const [from, to] of ranges) {
			let line = esc;
			for (let codePoint = from; codePoint <= to; codePoint++)
				line += String.fromCodePoint(codePoint);
			expect(segments(fast, line)).toEqual(segments(real, line));
		}
	});

	it('is Intl.Segmenter for words and sentences, and for its options', () => {
		const words = new FastSegmenter('en', {granularity: 'word'});
		expect(segments(words, 'a SYN, then')).toEqual(
			segments(new Intl.Segmenter('en', {granularity: 'word'}), 'a SYN, then'),
		);
		expect(fast.resolvedOptions().granularity).toBe('grapheme');
		expect(() => new FastSegmenter('en', {granularity: 'letters' as 'word'})).toThrow(RangeError);
	});
});

describe('oneColumnEach', () => {
	it('holds for a character exactly when string-width makes it one column and it stands alone', () => {
		for (const [from, to] of ranges) {
			for (let code = from; code <= to; code++) {
				const character = String.fromCodePoint(code);
				if (oneColumnEach(character)) {
					expect(stringWidth(character), character).toBe(1);
					expect(fastWidth(`a${character}`), character).toBe(2);
				}
			}
		}
		for (const sample of samples) {
			if (oneColumnEach(sample)) expect(stringWidth(sample), sample).toBe(sample.length);
		}
	});

	it('holds for English explanations and not for Chinese, tabs or escapes', () => {
		expect(oneColumnEach('The client sent SYN: CLOSED → SYN_SENT. ✓ “quoted” — 2MSL…')).toBe(true);
		for (const text of ['客户端', 'a\tb', `${esc}[1m`, '👍', 'e\u0301']) {
			expect(oneColumnEach(text), text).toBe(false);
		}
	});
});
