// Which language the locale variables choose, in the order POSIX gives them.
import {describe, expect, it} from 'vitest';
import {isLanguage, languageFromEnv} from '../../source/i18n/language.js';

describe('languageFromEnv', () => {
	it.each([
		['zh_CN.UTF-8', 'zh'],
		['zh_TW.UTF-8', 'zh'],
		['zh_TW', 'zh'],
		['zh_HK.Big5', 'zh'],
		['zh', 'zh'],
		['zh-Hans', 'zh'],
		['zh.UTF-8', 'zh'],
		['zh_CN@pinyin', 'zh'],
		['en_US.UTF-8', 'en'],
		['en_GB', 'en'],
		['de_DE.UTF-8', 'en'],
		['ja_JP.UTF-8', 'en'],
		['C', 'en'],
		['C.UTF-8', 'en'],
		['POSIX', 'en'],
		// A language that merely starts with the letters zh is not Chinese.
		['zha_CN', 'en'],
	] as const)('LANG=%s gives %s', (lang, language) => {
		expect(languageFromEnv({LANG: lang})).toBe(language);
	});

	it('LC_ALL beats LC_MESSAGES and LANG', () => {
		expect(languageFromEnv({LC_ALL: 'zh_CN.UTF-8', LC_MESSAGES: 'C', LANG: 'en_US.UTF-8'})).toBe(
			'zh',
		);
		expect(languageFromEnv({LC_ALL: 'C', LC_MESSAGES: 'zh_CN.UTF-8', LANG: 'zh_CN.UTF-8'})).toBe(
			'en',
		);
	});

	it('LC_MESSAGES beats LANG', () => {
		expect(languageFromEnv({LC_MESSAGES: 'zh_CN.UTF-8', LANG: 'en_US.UTF-8'})).toBe('zh');
		expect(languageFromEnv({LC_MESSAGES: 'POSIX', LANG: 'zh_CN.UTF-8'})).toBe('en');
	});

	it('skips empty variables, as if they were unset', () => {
		expect(languageFromEnv({LC_ALL: '', LC_MESSAGES: '', LANG: 'zh_CN.UTF-8'})).toBe('zh');
		expect(languageFromEnv({LC_ALL: '', LC_MESSAGES: 'zh_TW', LANG: 'en_US.UTF-8'})).toBe('zh');
		expect(languageFromEnv({LC_ALL: undefined, LANG: 'zh'})).toBe('zh');
	});

	it('is English with no locale at all, and ignores the other LC_ variables', () => {
		expect(languageFromEnv({})).toBe('en');
		expect(languageFromEnv({LC_ALL: '', LC_MESSAGES: '', LANG: ''})).toBe('en');
		expect(languageFromEnv({LC_CTYPE: 'zh_CN.UTF-8', LC_TIME: 'zh_CN.UTF-8'})).toBe('en');
	});

	it('accepts process.env as it is', () => {
		expect(['en', 'zh']).toContain(languageFromEnv(process.env));
	});
});

describe('isLanguage', () => {
	it('knows en and zh, and nothing else', () => {
		expect(isLanguage('en')).toBe(true);
		expect(isLanguage('zh')).toBe(true);
		expect(isLanguage('zh_CN')).toBe(false);
		expect(isLanguage('fr')).toBe(false);
		expect(isLanguage('')).toBe(false);
	});
});
