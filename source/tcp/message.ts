import type {MessageKey} from '../i18n/en.js';

/** A sentence to be said, as a catalog key plus the numbers and names it mentions. */
export type Message = {
	readonly key: MessageKey;
	readonly params: Readonly<Record<string, string | number>>;
};

export function message(key: Message['key'], params: Message['params'] = {}): Message {
	return {key, params};
}
