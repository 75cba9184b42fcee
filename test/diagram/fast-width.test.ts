import fc from 'fast-check';
import stringWidth from 'string-width';
import {describe, expect, it} from 'vitest';
import fastWidth from '../../source/diagram/fast-width.js';

const esc = String.fromCharCode(27);

// Characters from inside the short cut's ranges and from just outside them, including the ones
// that combine or join (which must send the string to string-width).
const samples = [
	...'aZ09 ~!é×ÿ¡­–—…‰′※←↑→↓⇒⌘⏎⏩⌛─│┌┐└┘━╭╮▶◀▲●■✓✗✔❌✅✨、。〈〉「」あゝゞアー一中文漢字龥！？（）ｗ',
	'\u0301', // combining acute accent
	'\u200D', // zero-width joiner
	'\uFE0F', // variation selector 16
	'\u3099', // combining kana voiced mark
	'\u302A', // ideographic tone mark
	'\u1100', // Hangul leading jamo
	'\u1161', // Hangul vowel jamo
	'👍',
	'🇫',
	'\t',
	'\u00AD', // soft hyphen
	`${esc}[1m`,
	`${esc}[39m`,
	`${esc}[0m`,
];

describe('fastWidth', () => {
	it('agrees with string-width on strings mixing what this tool draws with what it must not cut short', () => {
		fc.assert(
			fc.property(fc.array(fc.constantFrom(...samples), {maxLength: 40}), (parts) => {
				const text = parts.join('');
				expect(fastWidth(text)).toBe(stringWidth(text));
			}),
			{numRuns: 5000, seed: 7},
		);
	});

	it('agrees on every character of its ranges, one by one', () => {
		const ranges = [
			[0xa0, 0xff],
			[0x2010, 0x205e],
			[0x2190, 0x23ff],
			[0x2500, 0x25ff],
			[0x2700, 0x27bf],
			[0x3000, 0x30ff],
			[0x4e00, 0x4eff],
			[0xff01, 0xff60],
		];
		for (const [from, to] of ranges) {
			for (let codePoint = from ?? 0; codePoint <= (to ?? 0); codePoint++) {
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
