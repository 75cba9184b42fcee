// A capture that cannot be read, said in one line: never a stack trace (exit status 2).
import {type Language, type MessageKey, t} from '../i18n/index.js';

export class CaptureError extends Error {
	override name = 'CaptureError';
	readonly key: MessageKey;
	readonly params: Readonly<Record<string, string | number>>;

	constructor(key: MessageKey, params: Readonly<Record<string, string | number>> = {}) {
		super(key);
		this.key = key;
		this.params = params;
	}

	/** The sentence in `lang`. */
	text(lang: Language): string {
		return t(lang, this.key, this.params);
	}
}
