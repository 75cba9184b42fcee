import {Box, Text} from 'ink';
import {toAscii} from '../diagram/glyphs.js';
import {width as displayWidth, padEnd, truncate} from '../diagram/text.js';
import {t} from '../i18n/index.js';
import {actionKeys} from '../keys.js';
import type {Endpoint} from '../tcp/endpoint.js';
import type {ActionType} from '../tcp/machine.js';
import {situationOf} from '../tcp/situation.js';
import {stateColor, useDisplay} from './display.js';

type Props = {
	readonly endpoint: Endpoint;
	readonly active: boolean;
	readonly validNow: readonly ActionType[];
	readonly absolute: boolean;
	/** Outer width in columns, borders included. */
	readonly width: number;
	/** Content lines below the state line: variables, situation, hints, in that order of priority. */
	readonly lines: number;
	readonly hints: boolean;
};

function offset(value: number, base: number, baseName: string): string {
	return `${baseName}+${(value - base) >>> 0}`;
}

function variables(endpoint: Endpoint, absolute: boolean): [string, string] {
	const {iss, irs, sndNxt, rcvNxt} = endpoint;
	const snd = absolute ? String(sndNxt) : offset(sndNxt, iss, 'ISS');
	const rcv =
		rcvNxt === null || irs === null ? '—' : absolute ? String(rcvNxt) : offset(rcvNxt, irs, 'IRS');
	return [
		`${padEnd(`ISS ${iss}`, 15)} SND.NXT ${snd}`,
		`${padEnd(`IRS ${irs ?? '—'}`, 15)} RCV.NXT ${rcv}`,
	];
}

export function validKeysText(validNow: readonly ActionType[], separator: string): string {
	return validNow.map((action) => `${actionKeys[action]} ${t(`action.${action}`)}`).join(separator);
}

export function hintText(
	endpoint: Endpoint,
	validNow: readonly ActionType[],
	separator: string,
): string {
	return validNow.length === 0
		? t('ui.nothingValid', {me: endpoint.side})
		: t('ui.validNow', {keys: validKeysText(validNow, separator)});
}

/** The lines under the state, most important first, cut to how many fit. */
function contentLines(props: Props, separator: string): string[] {
	const {endpoint, validNow, absolute, lines, hints} = props;
	const [sendLine, receiveLine] = variables(endpoint, absolute);
	const situation = t(situationOf(endpoint), {me: endpoint.side});
	const byPriority = [
		situation,
		...(hints ? [hintText(endpoint, validNow, separator)] : []),
		sendLine,
		receiveLine,
	];
	const kept = new Set(byPriority.slice(0, lines));
	return [sendLine, receiveLine, situation, hintText(endpoint, validNow, separator)].filter(
		(line) => kept.has(line),
	);
}

/** One endpoint in a frame: its name and state first, then what it knows and owes. */
export default function EndpointPane(props: Props) {
	const display = useDisplay();
	const {glyphs, ascii} = display;
	const {endpoint, active, width} = props;
	const inner = width - 4;
	const name = t(`ladder.${endpoint.side}`);
	const title = active ? ` ${glyphs.active} ${name} ` : ` ${name} `;
	const edge = ascii
		? {tl: '+', tr: '+', bl: '+', br: '+', h: active ? '=' : '-', v: '|'}
		: active
			? {tl: '╔', tr: '╗', bl: '╚', br: '╝', h: '═', v: '║'}
			: {tl: '╭', tr: '╮', bl: '╰', br: '╯', h: '─', v: '│'};
	const top = `${edge.tl}${edge.h}${title}${edge.h.repeat(Math.max(0, width - 3 - displayWidth(title)))}${edge.tr}`;
	const separator = ascii ? ', ' : ' · ';
	return (
		<Box flexDirection="column" width={width}>
			<Text bold={active}>{top}</Text>
			<Text>
				{edge.v}{' '}
				<Text bold color={stateColor(display, endpoint.state)}>
					{padEnd(truncate(endpoint.state, inner), inner)}
				</Text>{' '}
				{edge.v}
			</Text>
			{contentLines(props, separator).map((line) => (
				<Text key={line}>
					{edge.v} {padEnd(truncate(ascii ? toAscii(line) : line, inner, glyphs.ellipsis), inner)}{' '}
					{edge.v}
				</Text>
			))}
			<Text bold={active}>{`${edge.bl}${edge.h.repeat(width - 2)}${edge.br}`}</Text>
		</Box>
	);
}
