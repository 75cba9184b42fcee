import {Box, Text} from 'ink';
import {toAscii} from '../diagram/glyphs.js';
import {padEnd, truncate} from '../diagram/text.js';
import {t} from '../i18n/index.js';
import {helpKeys} from '../keys.js';
import {aliasesOf, states} from '../tcp/states.js';
import {toneColorOf, useDisplay} from './display.js';

type Props = {readonly width: number; readonly rows: number; readonly scroll: number};

type HelpLine = {readonly text: string; readonly heading?: boolean};

/** Keys in two columns, then a glossary line per state: name, meaning, other spellings. */
export function helpLines(width: number, ascii: boolean): HelpLine[] {
	const keyColumn = Math.floor((width - 1) / 2);
	const keyTexts = helpKeys.map(([key, description]) => {
		const label = ascii
			? key
					.replaceAll('←', '<-')
					.replaceAll('→', '->')
					.replaceAll('↑', 'Up')
					.replaceAll('↓', 'Down')
			: key;
		return `${padEnd(label, 14)}${t(description)}`;
	});
	const half = Math.ceil(keyTexts.length / 2);
	const keyRows = keyTexts.slice(0, half).map((left, index) => {
		const right = keyTexts[half + index] ?? '';
		return width >= 72 ? `${padEnd(truncate(left, keyColumn - 1), keyColumn)}${right}` : left;
	});
	const singleColumn = width >= 72 ? [] : keyTexts.slice(half);
	const stateRows = states.map((state) => {
		const aliases = aliasesOf[state].join(', ');
		return `${padEnd(state, 13)}${t(`state.${state}`)}${aliases ? `  (${aliases})` : ''}`;
	});
	return [
		{text: t('ui.helpKeys'), heading: true},
		...[...keyRows, ...singleColumn].map((text) => ({text})),
		{text: t('ui.helpStates'), heading: true},
		...stateRows.map((text) => ({text})),
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
