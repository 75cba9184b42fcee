// Which language to speak, decided from the locale variables in the order POSIX gives them.

export const languages = ['en', 'zh'] as const;

export type Language = (typeof languages)[number];

/** The environment, or the part of it that names the locale (process.env fits). */
export type LocaleEnv = Readonly<Record<string, string | undefined>>;

/** LC_ALL overrides LC_MESSAGES, which overrides LANG; an empty variable counts as unset. */
const localeVariables = ['LC_ALL', 'LC_MESSAGES', 'LANG'] as const;

export function isLanguage(value: string): value is Language {
	return (languages as readonly string[]).includes(value);
}

/** The language of a locale name: zh, zh_CN.UTF-8, zh_TW, zh-Hans … are Chinese; C, POSIX and
 * every other locale get English. */
function languageOfLocale(locale: string): Language {
	return /^zh(?:[_.@-]|$)/i.test(locale) ? 'zh' : 'en';
}

/** The language the locale asks for: the first non-empty of LC_ALL, LC_MESSAGES and LANG decides. */
export function languageFromEnv(env: LocaleEnv): Language {
	for (const name of localeVariables) {
		const value = env[name];
		if (value !== undefined && value !== '') return languageOfLocale(value);
	}
	return 'en';
}
