// Message lookup and interpolation in the language the caller names, English where a translation is
// missing. Nothing here remembers a language: every call says which one it wants.
import {en, type MessageKey} from './en.js';
import type {Language} from './language.js';
import {zh} from './zh.js';

export type {MessageKey} from './en.js';
export {isLanguage, type Language, languageFromEnv, languages} from './language.js';

type Params = Readonly<Record<string, string | number>>;

const catalogs: Readonly<Record<Language, Partial<Record<MessageKey, string>>>> = {en, zh};

/** The message as written in `lang`, or in English while it has no translation. */
function template(lang: Language, key: MessageKey): string {
	return catalogs[lang][key] ?? en[key];
}

function isKey(key: string): key is MessageKey {
	return Object.hasOwn(en, key);
}

const sideParams = new Set(['me', 'peer']);

// Capitalising is a no-op for a Chinese side name, which is what {Me} needs there.
function capitalise(text: string): string {
	return text.charAt(0).toUpperCase() + text.slice(1);
}

function sideName(lang: Language, value: string | number): string {
	const key = `side.${value}`;
	return isKey(key) ? template(lang, key) : String(value);
}

/** A template cut at its placeholders: text, name, text, name, …, text. Cut once, used often. */
const cutTemplates = new Map<string, readonly string[]>();

function cut(text: string): readonly string[] {
	let parts = cutTemplates.get(text);
	if (parts === undefined) {
		parts = text.split(/\{(\w+)\}/);
		cutTemplates.set(text, parts);
	}
	return parts;
}

/**
 * The message in `lang`, its `{name}` placeholders filled; `{Name}` gives the same value
 * capitalised. Side names are translated.
 */
export function t(lang: Language, key: MessageKey, params: Params = {}): string {
	const parts = cut(template(lang, key));
	if (parts.length === 1) return parts[0] ?? '';
	let text = parts[0] ?? '';
	for (let index = 1; index < parts.length; index += 2) {
		const name = parts[index] ?? '';
		const lower = name.charAt(0).toLowerCase() + name.slice(1);
		const value =
			lower === 'peer' && params['peer'] === undefined && params['me'] !== undefined
				? params['me'] === 'client'
					? 'server'
					: 'client'
				: params[lower];
		if (value === undefined) {
			text += `{${name}}`;
		} else {
			const filled = sideParams.has(lower) ? sideName(lang, value) : String(value);
			text += name === lower ? filled : capitalise(filled);
		}
		text += parts[index + 1] ?? '';
	}
	return text;
}

/** The short form of a message for the diagram in `lang`, or '' if it has none. */
export function brief(lang: Language, key: MessageKey): string {
	const briefKey = `brief.${key}`;
	return isKey(briefKey) ? template(lang, briefKey) : '';
}
