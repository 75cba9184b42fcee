// A capture that cannot be read, said in one line: never a stack trace (exit status 2).
import {type MessageKey, t} from '../i18n/index.js';

export class CaptureError extends Error {
	override name = 'CaptureError';
	readonly key: MessageKey;
	readonly params: Readonly<Record<string, string | number>>;

	constructor(key: MessageKey, params: Readonly<Record<string, string | number>> = {}) {
		super(key);
		this.key = key;
		this.params = params;
	}

	/** The sentence in the language of the moment. */
	text(): string {
		return t(this.key, this.params);
	}
}
