import {Box, Text} from 'ink';
import {commandTable, keyOf, keysLabel} from '../commands.js';
import {toAscii} from '../diagram/glyphs.js';
import {width as displayWidth, padEnd, truncate} from '../diagram/text.js';
import {useLanguage} from '../hooks/use-language.js';
import {type Language, t} from '../i18n/index.js';
import {aliasesOf, states} from '../tcp/states.js';
import {toneColorOf, useDisplay} from './display.js';
import {keyColumns} from './key-columns.js';

type Props = {
	readonly width: number;
	readonly rows: number;
	/** How many lines the help is scrolled down from its top. */
	readonly scroll: number;
};

type HelpLine = {readonly text: string; readonly heading?: boolean};

/** Keys, then a glossary line per state (name, meaning, other spellings), then the network's keys. */
export function helpLines(lang: Language, width: number, ascii: boolean): HelpLine[] {
	const stateRows = states.map((state) => {
		const aliases = aliasesOf[state].join(', ');
		return `${padEnd(state, 13)}${t(lang, `state.${state}`)}${aliases ? `  (${aliases})` : ''}`;
	});
	return [
		{text: t(lang, 'ui.helpKeys'), heading: true},
		...keyColumns(lang, 'keys', width, ascii).map((text) => ({text})),
		{text: t(lang, 'ui.helpStates'), heading: true},
		...stateRows.map((text) => ({text})),
		{text: t(lang, 'ui.helpMore'), heading: true},
		...keyColumns(lang, 'more', width, ascii).map((text) => ({text})),
	];
}

/** The furthest the help scrolls: its last line at the bottom. */
export function helpMaxScroll(lines: number, bodyRows: number): number {
	return Math.max(0, lines - bodyRows);
}

/**
 * Which lines show, scrolled down by `scroll`: while more follow, the last row says so instead.
 */
export function helpWindow(lines: number, bodyRows: number, scroll: number) {
	const start = Math.max(0, Math.min(scroll, helpMaxScroll(lines, bodyRows)));
	const below = start + bodyRows < lines;
	const count = below ? bodyRows - 1 : bodyRows;
	return {start, count, above: start, below: below ? lines - start - count : 0};
}

/** The scroll keys as the help names them: "↑/↓ PgUp/PgDn". */
function scrollKeys(): string {
	return keysLabel(
		(['scroll-up', 'scroll-down', 'page-up', 'page-down'] as const).flatMap(
			(command) => commandTable[command].keys,
		),
	);
}

/** The parts of a line that fit, joined by " · ", the first always kept. */
function fitting(parts: readonly string[], width: number): string {
	let line = '';
	for (const part of parts) {
		const longer = line === '' ? part : `${line} · ${part}`;
		if (line !== '' && displayWidth(longer) > width) break;
		line = longer;
	}
	return line;
}

/** The help screen; it scrolls when the terminal is too short for all of it, and says so. */
export default function HelpOverlay({width, rows, scroll}: Props) {
	const lang = useLanguage();
	const display = useDisplay();
	const plain = (text: string) => (display.ascii ? toAscii(text) : text);
	const lines = helpLines(lang, width, display.ascii);
	const bodyRows = rows - 2;
	const {start, count, above, below} = helpWindow(lines.length, bodyRows, scroll);
	const cut = (text: string) => truncate(text, width, display.glyphs.ellipsis);
	const aboveMark =
		above > 0
			? plain(
					t(lang, 'ui.helpAbove', {
						count: above,
						keys: `${keyOf('scroll-up')}/${keyOf('page-up')}`,
					}),
				)
			: '';
	const title = ` ${t(lang, 'ui.helpTitle')}`;
	const titleRoom = width - (aboveMark ? displayWidth(aboveMark) + 2 : 0);
	const titleLine = aboveMark
		? `${padEnd(truncate(title, titleRoom, display.glyphs.ellipsis), titleRoom)}${aboveMark} `
		: cut(title);
	const closing = fitting(
		[
			t(lang, 'ui.helpClose', {help: keyOf('help'), close: keyOf('close')}),
			t(lang, 'ui.helpScroll', {keys: scrollKeys()}),
		],
		width - 1,
	);
	return (
		<Box flexDirection="column" height={rows}>
			<Text bold inverse wrap="truncate">
				{padEnd(cut(titleLine), width)}
			</Text>
			{lines.slice(start, start + count).map((line) => (
				<Text
					key={line.text}
					bold={line.heading}
					color={line.heading ? toneColorOf(display, 'info') : undefined}
					wrap="truncate"
				>
					{cut(line.text)}
				</Text>
			))}
			{below > 0 && (
				<Text bold color={toneColorOf(display, 'info')} wrap="truncate">
					{cut(
						plain(
							t(lang, 'ui.helpBelow', {
								count: below,
								keys: `${keyOf('scroll-down')}/${keyOf('page-down')}`,
							}),
						),
					)}
				</Text>
			)}
			<Box flexGrow={1} />
			<Text color={toneColorOf(display, 'dim')} wrap="truncate">
				{cut(` ${plain(closing)}`)}
			</Text>
		</Box>
	);
}
