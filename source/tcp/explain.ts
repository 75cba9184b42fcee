// Why a move was accepted or rejected, in words.
import {type MessageKey, t} from '../i18n/index.js';
import type {ActionType, Verdict} from './machine.js';
import type {Message} from './message.js';
import type {NetActionType} from './network.js';

export function say(message: Message): string {
	return t(message.key, message.params);
}

const actionKeys = {
	syn: 'action.syn',
	ack: 'action.ack',
	fin: 'action.fin',
	rst: 'action.rst',
	data: 'action.data',
	listen: 'action.listen',
	timeout: 'action.timeout',
	deliver: 'action.deliver',
	drop: 'action.drop',
	dup: 'action.dup',
} as const satisfies Record<ActionType | NetActionType, MessageKey>;

/** The name of a move, as the diagram and the explanations call it ("SYN", "data", "deliver"). */
export function actionName(type: ActionType | NetActionType): string {
	return t(actionKeys[type]);
}

export function validNowText(validNow: readonly ActionType[]): string {
	return validNow.length === 0
		? t('explain.nothingValid')
		: t('explain.validNow', {actions: validNow.map(actionName).join(t('explain.separator'))});
}

// Chinese puts no space after its full-width punctuation (。，：！？ and the rest), nor after an
// ellipsis or closing quote that follows an ideograph; English sentences are joined by a space.
const fullWidthEnd = /[\u3000-\u303F\uFF00-\uFFEF]$/u;
const ideographBeforeEnd = /[\p{Script=Han}\u3000-\u303F\uFF00-\uFFEF][…”’]+$/u;

/** Sentences run together as their language writes them: "One. Two." or "一。二。". */
export function joinSentences(sentences: readonly string[]): string {
	let text = '';
	for (const sentence of sentences) {
		if (sentence === '') continue;
		const bare = text === '' || fullWidthEnd.test(text) || ideographBeforeEnd.test(text);
		text += bare ? sentence : ` ${sentence}`;
	}
	return text;
}

/** The whole explanation of a move: every step of it, and for a rejection what would be valid. */
export function explain(verdict: Verdict): string {
	if (verdict.ok) return joinSentences(verdict.because.map(say));
	if (verdict.validNow === null) return say(verdict.because);
	return joinSentences([say(verdict.because), validNowText(verdict.validNow)]);
}
