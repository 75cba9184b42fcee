// Message lookup and interpolation. One catalog today; the lookup is where a second one plugs in.
import {en, type MessageKey} from './en.js';

export type {MessageKey} from './en.js';

type Params = Readonly<Record<string, string | number>>;

const sideParams = new Set(['me', 'peer']);

function capitalise(text: string): string {
	return text.charAt(0).toUpperCase() + text.slice(1);
}

function sideName(value: string | number): string {
	const key = `side.${value}`;
	return key in en ? en[key as MessageKey] : String(value);
}

/** Fill `{name}` placeholders; `{Name}` gives the same value capitalised. Side names are translated. */
export function t(key: MessageKey, params: Params = {}): string {
	const all: Record<string, string | number> = {...params};
	if (params['me'] !== undefined && params['peer'] === undefined) {
		all['peer'] = params['me'] === 'client' ? 'server' : 'client';
	}
	return en[key].replaceAll(/\{(\w+)\}/g, (whole, name: string) => {
		const lower = name.charAt(0).toLowerCase() + name.slice(1);
		const value = all[lower];
		if (value === undefined) return whole;
		const text = sideParams.has(lower) ? sideName(value) : String(value);
		return name === lower ? text : capitalise(text);
	});
}

/** The short form of a message for the diagram, or '' if it has none. */
export function brief(key: MessageKey): string {
	const briefKey = `brief.${key}`;
	return briefKey in en ? en[briefKey as MessageKey] : '';
}
