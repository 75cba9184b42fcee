// @alcalzone/ansi-tokenize, with short cuts for the text this tool draws. Ink's Output cuts every
// line of every frame into styled characters with it and joins them again, and the library does
// that a character at a time: a grapheme segmenter, a copy of the style list for each character,
// and three Sets to compare each character's styles with its neighbour's. That was half of the CPU
// time of a keypress. Here:
// - text made only of one-column characters that are graphemes of their own, without escape
//   sequences (source/diagram/fast-width.ts), is cut by code unit, each character unstyled;
// - characters between two escape sequences share one list of styles, rather than a copy each;
// - joining skips the comparison where two neighbours have the same list, or none.
// The results are the library's own (test/diagram/fast-ansi-tokenize.test.ts compares them). The
// bundle (scripts/bundle.mjs) and the tests (vitest.config.ts) give Ink this module instead.
import {
	type AnsiCode,
	ansiCodesToString,
	type Char,
	diffAnsiCodes,
	reduceAnsiCodesIncremental,
	type StyledChar,
	type Token,
	tokenize as tokenizeAll,
} from '@alcalzone/ansi-tokenize';
import {oneColumnCharacters} from '../../source/diagram/fast-width.js';

export * from '@alcalzone/ansi-tokenize';

/** No escape sequence (ESC and CSI are outside the set), and one column per code unit. */
const plain = new RegExp(`^[${oneColumnCharacters}]*$`);

// A plain character, and the same character unstyled, are made once and shared by every line of
// every frame: Ink puts them in its grid and reads them, and never changes one. So is the empty list
// of styles (the library's functions make new lists rather than change one).
const noStyles: AnsiCode[] = [];
const plainTokens: Char[] = [];
const unstyled: StyledChar[] = [];

function plainToken(code: number): Char {
	let token = plainTokens[code];
	if (token === undefined) {
		token = {type: 'char', value: String.fromCharCode(code), fullWidth: false};
		plainTokens[code] = token;
	}
	return token;
}

function unstyledChar(token: Char): StyledChar {
	if (token.fullWidth || token.value.length !== 1) return {...token, styles: noStyles};
	const code = token.value.charCodeAt(0);
	let char = unstyled[code];
	if (char === undefined) {
		char = {type: 'char', value: token.value, fullWidth: false, styles: noStyles};
		unstyled[code] = char;
	}
	return char;
}

export function tokenize(text: string, endChar = Number.POSITIVE_INFINITY): Token[] {
	if (!plain.test(text)) return tokenizeAll(text, endChar);
	const tokens: Token[] = [];
	// As the library does: a character is taken, then the count is compared with endChar.
	for (let index = 0; index < text.length; index++) {
		tokens.push(plainToken(text.charCodeAt(index)));
		if (index + 1 >= endChar) break;
	}
	return tokens;
}

export function styledCharsFromTokens(tokens: readonly Token[]): StyledChar[] {
	let codes = noStyles;
	const chars: StyledChar[] = [];
	for (const token of tokens) {
		if (token.type === 'ansi') {
			codes = reduceAnsiCodesIncremental(codes, [token]);
		} else {
			// Shared until the next escape sequence, which makes a new list.
			chars.push(codes.length === 0 ? unstyledChar(token) : {...token, styles: codes});
		}
	}
	return chars;
}

export function styledCharsToString(chars: readonly StyledChar[]): string {
	let text = '';
	let before: AnsiCode[] = [];
	for (const [index, char] of chars.entries()) {
		const {styles} = char;
		if (index === 0) {
			if (styles.length > 0) text += ansiCodesToString(styles);
		} else if (styles !== before && (styles.length > 0 || before.length > 0)) {
			text += ansiCodesToString(diffAnsiCodes(before, styles));
		}
		text += char.value;
		before = styles;
	}
	// What is still on is turned off at the end.
	if (before.length > 0) text += ansiCodesToString(diffAnsiCodes(before, []));
	return text;
}
