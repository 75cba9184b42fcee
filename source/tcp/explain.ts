// Why a move was accepted or rejected, in words.
import {t} from '../i18n/index.js';
import type {ActionType, Verdict} from './machine.js';
import type {Message} from './message.js';

export function say(message: Message): string {
	return t(message.key, message.params);
}

export const actionLabel = {
	syn: 'SYN',
	ack: 'ACK',
	fin: 'FIN',
	rst: 'RST',
	data: 'data',
	listen: 'listen',
	timeout: 'timeout',
} as const satisfies Record<ActionType, string>;

export function validNowText(validNow: readonly ActionType[]): string {
	return validNow.length === 0
		? 'Nothing is valid for this side now: act on the other side.'
		: `Valid now: ${validNow.map((type) => actionLabel[type]).join(', ')}.`;
}

/** The whole explanation of a move: every step of it, and for a rejection what would be valid. */
export function explain(verdict: Verdict): string {
	if (verdict.ok) return verdict.because.map(say).join(' ');
	return `${say(verdict.because)} ${validNowText(verdict.validNow)}`;
}
