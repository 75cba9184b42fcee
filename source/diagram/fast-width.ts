// string-width, with a short cut for the text this tool draws. The bundle gives this to Ink too, in
// place of string-width (scripts/bundle.mjs). For any character outside ASCII, string-width first
// compiles its emoji expression (20 to 90 ms here) and then segments graphemes one by one: a fifth
// of the time to the first frame went there, for lines of box drawing and arrows.
import {eastAsianWidth} from 'get-east-asian-width';
import stringWidth from 'string-width';

type Options = {readonly ambiguousIsNarrow?: boolean; readonly countAnsiEscapeCodes?: boolean};

/**
 * Characters that are each a grapheme of their own, never join a neighbour (no combining marks,
 * joiners, variation selectors, jamo or format characters) and are as wide as their East Asian
 * Width says, as string-width would find: Latin-1 but the soft hyphen, punctuation, arrows and
 * technical symbols (⏎), box drawing and shapes, dingbats, CJK, kana and full-width forms, as a
 * regular expression's character class. A test holds them to string-width and to Intl.Segmenter
 * (the bundle's Intl.Segmenter splits text made of them by itself: scripts/shims).
 */
export const independentCharacters =
	' -~\\u00A0-\\u00AC\\u00AE-\\u00FF\\u2010-\\u2027\\u2030-\\u205E\\u2190-\\u23FF\\u2500-\\u25FF\\u2700-\\u27BF\\u3000-\\u3029\\u3030-\\u303F\\u3041-\\u3096\\u309B-\\u30FF\\u4E00-\\u9FFF\\uFF01-\\uFF60';

const esc = String.fromCharCode(27);
const styles = new RegExp(`${esc}\\[[\\d;]*m`, 'g');
const printableAscii = /^[ -~]*$/;
const independent = new RegExp(`^[${independentCharacters}]*$`);

/**
 * Characters one column wide, each a grapheme of its own: what English explanations are made of
 * (ASCII, Latin-1, punctuation, arrows, box drawing, ✓ and ✗). A test holds them to
 * get-east-asian-width and to independentCharacters.
 */
export const oneColumnCharacters =
	' -~\\u00A0-\\u00AC\\u00AE-\\u00FF\\u2010-\\u2027\\u2030-\\u205E\\u2190-\\u2319\\u2500-\\u25FC\\u270C-\\u2727';
const oneColumn = new RegExp(`^[${oneColumnCharacters}]*$`);

/** Whether every character of `text` is one column wide and a grapheme of its own (a fast test). */
export function oneColumnEach(text: string): boolean {
	return oneColumn.test(text);
}

export default function fastWidth(input: string, options: Options = {}): number {
	if (typeof input !== 'string') return 0;
	if (options.ambiguousIsNarrow === false || options.countAnsiEscapeCodes) {
		return stringWidth(input, options);
	}
	const text = input.includes(esc) ? input.replace(styles, '') : input;
	if (printableAscii.test(text)) return text.length;
	if (!independent.test(text)) return stringWidth(text);
	let columns = 0;
	for (const character of text) columns += eastAsianWidth(character.codePointAt(0) ?? 0);
	return columns;
}
