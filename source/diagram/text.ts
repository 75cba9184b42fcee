// Text measured in terminal columns, not UTF-16 code units, so wide characters lay out right.
import fastWidth, {oneColumnEach} from './fast-width.js';

export function width(text: string): number {
	return fastWidth(text);
}

/** Cut `text` to at most `columns` columns, marking the cut with an ellipsis. */
export function truncate(text: string, columns: number, ellipsis = '…'): string {
	if (width(text) <= columns) return text;
	if (columns <= 0) return '';
	const room = columns - width(ellipsis);
	let out = '';
	let used = 0;
	for (const char of text) {
		used += width(char);
		if (used > room) break;
		out += char;
	}
	return out + ellipsis;
}

/** The first `rows` lines; if some are left out, the last kept one ends with an ellipsis. */
export function clipLines(lines: string[], rows: number, width: number, ellipsis = '…'): string[] {
	if (lines.length <= rows) return lines;
	if (rows <= 0) return [];
	const kept = lines.slice(0, rows);
	kept[rows - 1] = truncate(`${kept[rows - 1]} ${ellipsis}`, width, ellipsis);
	return kept;
}

/**
 * Paragraphs in `rows` lines. One paragraph (a move's explanation) is cut at its end. Several come
 * from the least needed to the most (a lesson's next key comes last), so they are cut from the
 * top; the mark of the cut never costs the last paragraph a word.
 */
export function fitParagraphs(
	paragraphs: readonly string[][],
	rows: number,
	width: number,
	ellipsis = '…',
): string[] {
	const lines = paragraphs.flat();
	if (lines.length <= rows) return lines;
	const last = paragraphs.at(-1) ?? [];
	if (paragraphs.length === 1 || last.length >= rows)
		return clipLines(last.length >= rows ? last : lines, rows, width, ellipsis);
	const kept = lines.slice(-rows);
	kept[0] = truncate(`${ellipsis} ${kept[0]}`, width, ellipsis);
	return kept;
}

export function padEnd(text: string, columns: number): string {
	return text + ' '.repeat(Math.max(0, columns - width(text)));
}

export function padStart(text: string, columns: number): string {
	return ' '.repeat(Math.max(0, columns - width(text))) + text;
}

/**
 * The characters of `text` that lie within columns [start, end), as a terminal draws them. A wide
 * character that either edge cuts through is left out.
 */
export function sliceColumns(text: string, start: number, end = Number.POSITIVE_INFINITY): string {
	let out = '';
	let column = 0;
	for (const char of text) {
		const next = column + width(char);
		if (column >= start && next <= end) out += char;
		column = next;
		if (column >= end) break;
	}
	return out;
}

// Chinese (and Japanese, Korean) is written without spaces: a line may break between any two
// ideographs. Punctuation stays with its neighbour, as Chinese typesetting wants: closing marks
// never start a line, opening marks never end one.
const ideographic =
	'\\p{Script=Han}\\p{Script=Hiragana}\\p{Script=Katakana}\\p{Script=Hangul}\\u3000-\\u303F\\uFF00-\\uFFEF';
/** One ideograph, or a run of anything else (a word of English, a number, "SYN,ACK"). */
const unit = new RegExp(`[${ideographic}]|[^${ideographic}]+`, 'gu');
const isIdeographic = new RegExp(`^[${ideographic}]`, 'u');
const closing = new Set([...'，。、：；！？）」』》〉】〕…”’']);
const opening = new Set([...'（「『《〈【〔“‘']);

/** A piece of text no line breaks inside; `spaced` when a space comes before it on a line. */
type Piece = {text: string; readonly spaced: boolean};

const printableAscii = /^[ -~]*$/;
const hasIdeograph = new RegExp(`[${ideographic}]`, 'u');

/** The pieces of `text`: its words, with every ideograph a piece of its own. */
function piecesOf(text: string): Piece[] {
	const pieces: Piece[] = [];
	// Words without ideographs are a piece each: no mark in them holds on to the word before.
	const plain = printableAscii.test(text) || !hasIdeograph.test(text);
	for (const word of text.split(/\s+/)) {
		if (word === '') continue;
		if (plain) {
			pieces.push({text: word, spaced: true});
			continue;
		}
		let glued = false;
		for (const [index, part] of (word.match(unit) ?? []).entries()) {
			const first = index === 0;
			const lead = part.charAt(0);
			// Inside a word any closing mark holds on; after a space only a full-width one does, so
			// that English ("…and then") breaks exactly where it always has.
			const closes = closing.has(lead) && (!first || isIdeographic.test(lead));
			const previous = pieces.at(-1);
			if (previous && (closes || (glued && !first))) {
				previous.text += `${first ? ' ' : ''}${part}`;
			} else {
				pieces.push({text: part, spaced: first});
			}
			glued = opening.has(part.at(-1) ?? '');
		}
	}
	return pieces;
}

/**
 * Break text into lines of at most `columns` columns, at spaces where possible, and between
 * ideographs (never before a closing mark like ，or 。).
 */
export function wrap(text: string, columns: number): string[] {
	if (columns >= 1 && oneColumnEach(text) && singleSpaced(text)) return wrapColumns(text, columns);
	const lines: string[] = [];
	let line = '';
	let used = 0;
	for (const {text: piece, spaced} of piecesOf(text)) {
		const pieceWidth = width(piece);
		const gap = line !== '' && spaced ? 1 : 0;
		if (used + gap + pieceWidth <= columns) {
			line += gap ? ` ${piece}` : piece;
			used += gap + pieceWidth;
			continue;
		}
		if (line !== '') lines.push(line);
		line = pieceWidth <= columns ? piece : truncate(piece, columns);
		used = width(line);
	}
	if (line !== '') lines.push(line);
	return lines;
}

/**
 * One space between words, and none at either end, in text whose characters are one column each:
 * of the other white space only the no-break space is among them.
 */
function singleSpaced(text: string): boolean {
	return (
		!text.includes('  ') && !text.startsWith(' ') && !text.endsWith(' ') && !text.includes('\u00A0')
	);
}

/**
 * wrap() for text whose characters are one column each, with one space between words, as
 * explanations are: each line is found by looking back from its last column for a space, not word
 * by word (script mode wraps 100,000 of them).
 */
function wrapColumns(text: string, columns: number): string[] {
	const lines: string[] = [];
	let start = 0;
	while (text.length - start > columns) {
		const space = text.lastIndexOf(' ', start + columns);
		if (space > start) {
			lines.push(text.slice(start, space));
			start = space + 1;
			continue;
		}
		// A word longer than a line has a line of its own, cut.
		const end = text.indexOf(' ', start);
		lines.push(truncate(text.slice(start, end === -1 ? text.length : end), columns));
		if (end === -1) return lines;
		start = end + 1;
	}
	if (start < text.length) lines.push(text.slice(start));
	return lines;
}
