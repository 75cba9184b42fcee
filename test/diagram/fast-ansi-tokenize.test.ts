// The short cuts Ink's output gets (scripts/shims/fast-ansi-tokenize.ts) must give what the library
// they stand in for gives: the same tokens, the same styled characters, the same joined text.
import * as library from '@alcalzone/ansi-tokenize';
import fc from 'fast-check';
import {describe, expect, it} from 'vitest';
import * as shim from '../../scripts/shims/fast-ansi-tokenize.js';

const esc = String.fromCharCode(27);

// Plain characters from inside and just outside the short cut's ranges, characters that combine or
// join, and escape sequences: colours, compound codes, resets, a link.
const samples = [
	...'aZ09 ~!é×ÿ¡­–—…‰′※←↑→↓⇒⏎─│┌┐└┘━╭╮▶◀▲●■✓✗✔❌✅、。「」あア中文漢字！（）',
	'\u0301',
	'\u200D',
	'\uFE0F',
	'👍',
	'🇫🇷',
	'\t',
	'\u00AD',
	'\u009B',
	`${esc}[1m`,
	`${esc}[2m`,
	`${esc}[22m`,
	`${esc}[31m`,
	`${esc}[39m`,
	`${esc}[1;4;38;5;208m`,
	`${esc}[38;2;10;20;30m`,
	`${esc}[7m`,
	`${esc}[27m`,
	`${esc}[0m`,
	`${esc}]8;;https://example.org\u0007`,
	`${esc}]8;;\u0007`,
];

const text = fc.array(fc.constantFrom(...samples), {maxLength: 30}).map((parts) => parts.join(''));

describe('the short cuts for @alcalzone/ansi-tokenize', () => {
	it('tokenize as the library does, with and without a limit', () => {
		fc.assert(
			fc.property(text, fc.option(fc.integer({min: 0, max: 40})), (input, limit) => {
				const endChar = limit ?? undefined;
				expect(shim.tokenize(input, endChar)).toEqual(library.tokenize(input, endChar));
			}),
			{numRuns: 3000, seed: 11},
		);
	});

	it('tokenize every character of the plain ranges as the library does', () => {
		let all = '';
		for (let code = 0x20; code <= 0x2fff; code++) all += String.fromCharCode(code);
		for (const character of all) {
			expect(shim.tokenize(character)).toEqual(library.tokenize(character));
		}
	});

	it('style and join characters as the library does', () => {
		fc.assert(
			fc.property(text, (input) => {
				const styled = shim.styledCharsFromTokens(shim.tokenize(input));
				const expected = library.styledCharsFromTokens(library.tokenize(input));
				expect(styled).toEqual(expected);
				expect(shim.styledCharsToString(styled)).toBe(library.styledCharsToString(expected));
			}),
			{numRuns: 3000, seed: 12},
		);
	});

	it('join a row as Ink makes it: lines written over blank cells, each with styles of its own', () => {
		fc.assert(
			fc.property(text, text, fc.integer({min: 0, max: 10}), (first, second, gap) => {
				const blank = () => ({type: 'char' as const, value: ' ', fullWidth: false, styles: []});
				const row = [
					...shim.styledCharsFromTokens(shim.tokenize(first)),
					...Array.from({length: gap}, blank),
					...shim.styledCharsFromTokens(shim.tokenize(second)),
					blank(),
				];
				expect(shim.styledCharsToString(row)).toBe(library.styledCharsToString(row));
			}),
			{numRuns: 2000, seed: 13},
		);
	});
});
