// The keys of a part of the help, laid out in columns: for the help over the sandbox and for --help.
import {type HelpSection, helpEntries} from '../commands.js';
import {toAscii} from '../diagram/glyphs.js';
import {width as displayWidth, padEnd} from '../diagram/text.js';
import {type Language, t} from '../i18n/index.js';

/**
 * A section's keys and what they do, the keys in a column as wide as its widest key plus two
 * spaces; in two columns when every entry fits its half, else in one.
 */
export function keyColumns(
	lang: Language,
	section: HelpSection,
	width: number,
	ascii: boolean,
): string[] {
	const entries = helpEntries(section).map(({keys, text}) => ({
		keys: ascii ? toAscii(keys) : keys,
		text: t(lang, text),
	}));
	const lay = (part: typeof entries) => {
		const keyWidth = Math.max(0, ...part.map(({keys}) => displayWidth(keys))) + 2;
		return part.map(({keys, text}) => `${padEnd(keys, keyWidth)}${text}`);
	};
	const half = Math.ceil(entries.length / 2);
	const left = lay(entries.slice(0, half));
	const right = lay(entries.slice(half));
	const column = Math.floor(width / 2);
	const fits =
		left.every((text) => displayWidth(text) < column) &&
		right.every((text) => displayWidth(text) <= width - column);
	if (!fits) return lay(entries);
	return left.map((text, index) => `${padEnd(text, column)}${right[index] ?? ''}`.trimEnd());
}
