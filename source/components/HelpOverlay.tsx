import {Box, Text} from 'ink';
import {toAscii} from '../diagram/glyphs.js';
import {padEnd, truncate} from '../diagram/text.js';
import type {MessageKey} from '../i18n/index.js';
import {t} from '../i18n/index.js';
import {helpKeys, moreHelpKeys} from '../keys.js';
import {aliasesOf, states} from '../tcp/states.js';
import {toneColorOf, useDisplay} from './display.js';

type Props = {readonly width: number; readonly rows: number; readonly scroll: number};

type HelpLine = {readonly text: string; readonly heading?: boolean};

/** Key and description pairs in two columns when the width allows, one otherwise. */
function keyColumns(
	keys: ReadonlyArray<readonly [string, MessageKey]>,
	width: number,
	ascii: boolean,
): string[] {
	const ellipsis = ascii ? '...' : '…';
	const keyColumn = Math.floor((width - 1) / 2);
	const texts = keys.map(
		([key, description]) => `${padEnd(ascii ? toAscii(key) : key, 14)}${t(description)}`,
	);
	if (width < 72) return texts;
	const half = Math.ceil(texts.length / 2);
	return texts.slice(0, half).map((left, index) => {
		const right = texts[half + index] ?? '';
		return `${padEnd(truncate(left, keyColumn - 1, ellipsis), keyColumn)}${right}`;
	});
}

/** Keys, then a glossary line per state (name, meaning, other spellings), then the network's keys. */
export function helpLines(width: number, ascii: boolean): HelpLine[] {
	const stateRows = states.map((state) => {
		const aliases = aliasesOf[state].join(', ');
		return `${padEnd(state, 13)}${t(`state.${state}`)}${aliases ? `  (${aliases})` : ''}`;
	});
	return [
		{text: t('ui.helpKeys'), heading: true},
		...keyColumns(helpKeys, width, ascii).map((text) => ({text})),
		{text: t('ui.helpStates'), heading: true},
		...stateRows.map((text) => ({text})),
		{text: t('ui.helpMore'), heading: true},
		...keyColumns(moreHelpKeys, width, ascii).map((text) => ({text})),
	];
}

/** The help screen; it scrolls when the terminal is too short for all of it. */
export default function HelpOverlay({width, rows, scroll}: Props) {
	const display = useDisplay();
	const lines = helpLines(width, display.ascii);
	const bodyRows = rows - 2;
	const start = Math.min(scroll, Math.max(0, lines.length - bodyRows));
	const cut = (text: string) => truncate(text, width, display.glyphs.ellipsis);
	return (
		<Box flexDirection="column" height={rows}>
			<Text bold inverse wrap="truncate">
				{padEnd(cut(` ${t('ui.helpTitle')}`), width)}
			</Text>
			{lines.slice(start, start + bodyRows).map((line) => (
				<Text
					key={line.text}
					bold={line.heading}
					color={line.heading ? toneColorOf(display, 'info') : undefined}
					wrap="truncate"
				>
					{cut(line.text)}
				</Text>
			))}
			<Box flexGrow={1} />
			<Text color={toneColorOf(display, 'dim')} wrap="truncate">
				{cut(` ${display.ascii ? toAscii(t('ui.helpClose')) : t('ui.helpClose')}`)}
			</Text>
		</Box>
	);
}
