import {Box, Text} from 'ink';
import {toAscii} from '../diagram/glyphs.js';
import {width as displayWidth, padEnd, truncate} from '../diagram/text.js';
import {useLanguage} from '../hooks/use-language.js';
import {type Language, t} from '../i18n/index.js';
import type {Endpoint} from '../tcp/endpoint.js';
import type {Option} from '../tcp/machine.js';
import {owedKey, situationOf} from '../tcp/situation.js';
import {stateColor, useDisplay} from './display.js';
import {hintLines, variableLines} from './pane-text.js';

export type PaneProps = {
	readonly endpoint: Endpoint;
	readonly active: boolean;
	/** The moves valid now, with what each would send. */
	readonly options: readonly Option[];
	readonly absolute: boolean;
	/** Outer width in columns, borders included. */
	readonly width: number;
	/** Content lines below the state line: variables, situation, hints, in that order of priority. */
	readonly lines: number;
	readonly hints: boolean;
};

/** Exactly `lines` lines under the state, most important first: what it owes, the valid keys,
 * then the variables; shown in reading order, padded so that the pane keeps its height. */
function contentLines(
	lang: Language,
	props: PaneProps,
	separator: string,
	inner: number,
): string[] {
	const {endpoint, options, absolute, lines, hints} = props;
	const [sendLine, receiveLine] = variableLines(lang, endpoint, absolute);
	const situation = t(lang, situationOf(endpoint), {me: endpoint.side});
	const hintRows = hints ? hintLines(lang, endpoint, options, separator, inner).slice(0, 2) : [];
	const room = Math.max(0, lines - 1 - hintRows.length);
	const variables = [sendLine, receiveLine].slice(0, room);
	const shown = [...variables, situation, ...hintRows].slice(0, lines);
	return [...shown, ...Array.from({length: lines - shown.length}, () => '')];
}

/** One endpoint in a frame: its name and state first, then what it knows and owes. */
export default function EndpointPane(props: PaneProps) {
	const lang = useLanguage();
	const display = useDisplay();
	const {glyphs, ascii} = display;
	const {endpoint, active, width} = props;
	const inner = width - 4;
	const name = t(lang, `ladder.${endpoint.side}`);
	const title = active ? ` ${glyphs.active} ${name} ` : ` ${name} `;
	// Only the top edge marks the active pane (heavy, with ▶): switching sides then redraws one row.
	const edge = ascii
		? {tl: '+', tr: '+', bl: '+', br: '+', h: '-', top: active ? '=' : '-', v: '|'}
		: {tl: '╭', tr: '╮', bl: '╰', br: '╯', h: '─', top: active ? '━' : '─', v: '│'};
	const top = `${edge.tl}${edge.top}${title}${edge.top.repeat(Math.max(0, width - 3 - displayWidth(title)))}${edge.tr}`;
	const separator = ascii ? '; ' : ' · ';
	const owes = owedKey(endpoint);
	const badge = owes ? ` ${glyphs.dot} ${t(lang, owes)}` : '';
	const stateWidth = Math.min(displayWidth(endpoint.state), inner);
	return (
		<Box flexDirection="column" width={width}>
			<Text bold={active}>{top}</Text>
			<Text>
				{edge.v}{' '}
				<Text bold color={stateColor(display, endpoint.state)}>
					{truncate(endpoint.state, inner)}
				</Text>
				{padEnd(truncate(badge, inner - stateWidth, glyphs.ellipsis), inner - stateWidth)} {edge.v}
			</Text>
			{contentLines(lang, props, separator, inner).map((line, index) => (
				// biome-ignore lint/suspicious/noArrayIndexKey: a pane line is its position
				<Text key={index}>
					{edge.v} {padEnd(truncate(ascii ? toAscii(line) : line, inner, glyphs.ellipsis), inner)}{' '}
					{edge.v}
				</Text>
			))}
			<Text>{`${edge.bl}${edge.h.repeat(width - 2)}${edge.br}`}</Text>
		</Box>
	);
}
