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

const sideKeys: Readonly<Record<string, MessageKey>> = {
	client: 'side.client',
	server: 'side.server',
};

function sideName(lang: Language, value: string | number): string {
	const key = Object.hasOwn(sideKeys, value) ? sideKeys[value] : undefined;
	return key === undefined ? String(value) : template(lang, key);
}

/** A placeholder: the parameter it names, and whether it wants the value capitalised ({Me}). */
type Hole = {readonly name: string; readonly param: string; readonly capital: boolean};

/** A template cut at its placeholders: the text around them, and the holes between. */
type Cut = {readonly texts: readonly string[]; readonly holes: readonly Hole[]};

/** Templates cut once, used often. */
const cutTemplates = new Map<string, Cut>();

function cut(text: string): Cut {
	let found = cutTemplates.get(text);
	if (found === undefined) {
		const parts = text.split(/\{(\w+)\}/);
		const texts = parts.filter((_, index) => index % 2 === 0);
		const holes = parts
			.filter((_, index) => index % 2 === 1)
			.map((name) => {
				const param = name.charAt(0).toLowerCase() + name.slice(1);
				return {name, param, capital: name !== param};
			});
		found = {texts, holes};
		cutTemplates.set(text, found);
	}
	return found;
}

function filled(lang: Language, hole: Hole, params: Params): string {
	const {param} = hole;
	const value =
		param === 'peer' && params['peer'] === undefined && params['me'] !== undefined
			? params['me'] === 'client'
				? 'server'
				: 'client'
			: params[param];
	if (value === undefined) return `{${hole.name}}`;
	const text = sideParams.has(param) ? sideName(lang, value) : String(value);
	return hole.capital ? capitalise(text) : text;
}

/**
 * The message in `lang`, its `{name}` placeholders filled; `{Name}` gives the same value
 * capitalised. Side names are translated.
 */
export function t(lang: Language, key: MessageKey, params: Params = {}): string {
	const {texts, holes} = cut(template(lang, key));
	let text = texts[0] ?? '';
	for (let index = 0; index < holes.length; index++) {
		text += filled(lang, holes[index] as Hole, params) + (texts[index + 1] ?? '');
	}
	return text;
}

/** The short form of a message for the diagram in `lang`, or '' if it has none. */
export function brief(lang: Language, key: MessageKey): string {
	const briefKey = `brief.${key}`;
	return isKey(briefKey) ? template(lang, briefKey) : '';
}
