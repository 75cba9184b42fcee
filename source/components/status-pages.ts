// The status's rows when its text is longer than they are: pages that break between sentences, so
// that the sentence teaching a step is read whole on one page, a mark saying more follows and which
// key shows it, and what to press next kept in view when there is room for it.
import {toAscii} from '../diagram/glyphs.js';
import {truncate, wrap} from '../diagram/text.js';
import {type Language, t} from '../i18n/index.js';
import {joinSentences} from '../tcp/explain.js';

export type StatusPage = {readonly lines: string[]; readonly pages: number};

/** A page must keep this many rows for text to keep the pinned paragraphs beside it: a teaching
 * sentence takes up to five rows at 40 columns. */
const leastText = 5;

/** Sentences, each with its closing mark: after . ! ? and a space (English), or after 。！？. */
export function sentencesOf(paragraph: string): string[] {
	return paragraph
		.split(/(?<=[.!?])\s+(?=[A-Z✓✗▶(“"'])|(?<=[。！？])/u)
		.filter((sentence) => sentence.trim() !== '');
}

/** Paragraphs cut into pages of `rows` lines, breaking between sentences where one fits. */
export function paginate(paragraphs: readonly string[], rows: number, width: number): string[][] {
	const pages: string[][] = [];
	let page: string[] = [];
	const turn = () => {
		if (page.length > 0) pages.push(page);
		page = [];
	};
	for (const paragraph of paragraphs) {
		let text = '';
		for (const sentence of sentencesOf(paragraph)) {
			const longer = text === '' ? sentence : joinSentences([text, sentence]);
			if (page.length + wrap(longer, width).length <= rows) {
				text = longer;
				continue;
			}
			if (text !== '') page.push(...wrap(text, width));
			turn();
			// A sentence longer than a page runs over as many as it needs.
			const lines = wrap(sentence, width);
			while (lines.length > rows) {
				pages.push(lines.splice(0, rows));
			}
			page = lines;
			text = '';
		}
		if (text !== '') page.push(...wrap(text, width));
	}
	turn();
	return pages;
}

/**
 * The lines for `rows` rows: all of them when they fit, else page `page` of the paragraphs before
 * the last `keep`, a line that says more follows, and the last `keep` (when the text keeps room).
 */
export function statusPage(
	lang: Language,
	paragraphs: readonly string[],
	keep: number,
	rows: number,
	page: number,
	width: number,
	ascii: boolean,
): StatusPage {
	const all = paragraphs.flatMap((paragraph) => wrap(paragraph, width));
	if (all.length <= rows) return {lines: all, pages: 1};
	const kept = paragraphs.slice(paragraphs.length - keep);
	let pinned = keep > 0 ? kept.flatMap((paragraph) => wrap(paragraph, width)) : [];
	if (rows - pinned.length - 1 < leastText) pinned = [];
	const body = paragraphs.slice(0, paragraphs.length - (pinned.length > 0 ? keep : 0));
	const room = Math.max(1, rows - pinned.length - 1);
	const pages = paginate(body, room, width);
	const at = Math.min(page, pages.length - 1);
	const mark = t(lang, 'ui.moreBelow', {
		key: at < pages.length - 1 ? 'PgDn' : 'PgUp',
		page: String(at + 1),
		pages: String(pages.length),
	});
	const shown = truncate(ascii ? toAscii(mark) : mark, width);
	return {lines: [...(pages[at] ?? []), shown, ...pinned].slice(0, rows), pages: pages.length};
}
