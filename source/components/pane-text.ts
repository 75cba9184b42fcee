// The words in an endpoint pane: its variables, and the keys that would be valid now (their keys
// from the command table).
import {keyOf, moveCommands} from '../commands.js';
import {width as displayWidth, padEnd} from '../diagram/text.js';
import {type Language, t} from '../i18n/index.js';
import type {Endpoint} from '../tcp/endpoint.js';
import {optionLabel} from '../tcp/explain.js';
import type {Option} from '../tcp/machine.js';

function offset(value: number, base: number, baseName: string): string {
	return `${baseName}+${(value - base) >>> 0}`;
}

/** ISS and SND.NXT on one line, IRS and RCV.NXT on the next; relative to the ISNs unless absolute. */
export function variableLines(
	lang: Language,
	endpoint: Endpoint,
	absolute: boolean,
): [string, string] {
	const {iss, irs, sndNxt, rcvNxt, state} = endpoint;
	if (state === 'CLOSED')
		return [t(lang, 'ui.nextIss', {iss: String(iss)}), t(lang, 'ui.noSequence')];
	const snd = absolute ? String(sndNxt) : offset(sndNxt, iss, 'ISS');
	const rcv =
		rcvNxt === null || irs === null ? '—' : absolute ? String(rcvNxt) : offset(rcvNxt, irs, 'IRS');
	return [
		`${padEnd(`ISS ${iss}`, 15)} SND.NXT ${snd}`,
		`${padEnd(`IRS ${irs ?? '—'}`, 15)} RCV.NXT ${rcv}`,
	];
}

export function hintText(
	lang: Language,
	endpoint: Endpoint,
	options: readonly Option[],
	separator: string,
): string {
	return hintLines(lang, endpoint, options, separator, Number.POSITIVE_INFINITY).join(separator);
}

/** The valid keys in lines of at most `width` columns, broken between keys, never inside one. */
export function hintLines(
	lang: Language,
	endpoint: Endpoint,
	options: readonly Option[],
	separator: string,
	width: number,
): string[] {
	if (options.length === 0) return [t(lang, 'ui.nothingValid', {me: endpoint.side})];
	const items = options.map(
		(option) => `${keyOf(moveCommands[option.type])} ${optionLabel(lang, option)}`,
	);
	const lines: string[] = [];
	let line = t(lang, 'ui.validNow', {keys: items[0] ?? ''});
	for (const item of items.slice(1)) {
		const longer = `${line}${separator}${item}`;
		if (displayWidth(longer) <= width) {
			line = longer;
		} else {
			lines.push(line);
			line = `  ${item}`;
		}
	}
	return [...lines, line];
}
