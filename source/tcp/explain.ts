// Why a move was accepted or rejected, in words: the text layer over the engine's message keys. Every
// function that writes words takes the language to write them in.
import {type Language, type MessageKey, t} from '../i18n/index.js';
import {isLinuxNote} from './linux.js';
import type {ActionType, Option, Verdict} from './machine.js';
import type {Message} from './message.js';
import type {NetActionType} from './network.js';
import {flagsLabel, maxSequence, seqAdd} from './segment.js';

const sum = /(\d+) \+ (\d+)/g;

/**
 * A message in words. A sum the message writes out ("ISN + 1", "seq + len") that passes 2^32 gets
 * its wrapped value, since sequence numbers are counted modulo 2^32 (RFC 9293 3.4).
 */
export function say(lang: Language, message: Message): string {
	const text = t(lang, message.key, message.params);
	if (!text.includes(' + ')) return text;
	return text.replace(sum, (whole, a: string, b: string) => {
		const total = Number(a) + Number(b);
		if (total <= maxSequence) return whole;
		return `${whole} ${t(lang, 'explain.wrapped', {sum: seqAdd(Number(a), Number(b))})}`;
	});
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

/** The catalog key of a move's name, for a message that names the move in whatever language it is said. */
export function actionKey(type: ActionType | NetActionType): MessageKey {
	return actionKeys[type];
}

/** The name of a move, as the diagram and the explanations call it ("SYN", "data", "deliver"). */
export function actionName(lang: Language, type: ActionType | NetActionType): string {
	return t(lang, actionKeys[type]);
}

/** What a valid move would do: the flags it sends, or the word for a call that sends nothing. */
export function optionLabel(lang: Language, option: Option): string {
	if (option.type === 'data') return t(lang, 'action.data');
	if (option.type === 'timeout' && option.sends) {
		return t(lang, 'action.resend', {flags: flagsLabel(option.sends)});
	}
	if (option.sends) return flagsLabel(option.sends);
	if (option.type === 'fin') return t(lang, 'action.close');
	if (option.type === 'rst') return t(lang, 'action.abort');
	return actionName(lang, option.type);
}

export function validNowText(lang: Language, validNow: readonly Option[]): string {
	return validNow.length === 0
		? t(lang, 'explain.nothingValid')
		: t(lang, 'explain.validNow', {
				actions: validNow
					.map((option) => optionLabel(lang, option))
					.join(t(lang, 'explain.separator')),
			});
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
		text += text === '' || bareAfter(text) ? sentence : ` ${sentence}`;
	}
	return text;
}

/** Whether a sentence follows `text` with no space between them. */
function bareAfter(text: string): boolean {
	// Below U+2000 (all of English) neither pattern can match: the common case, tested cheaply.
	if (text.charCodeAt(text.length - 1) < 0x2000) return false;
	// The end is all that matters: testing the whole text made a long script's notes quadratic.
	const end = text.slice(-8);
	return fullWidthEnd.test(end) || ideographBeforeEnd.test(end);
}

/** The move's "On Linux" notes, as one paragraph ('' when it has none). */
export function linuxText(lang: Language, verdict: Verdict): string {
	return verdict.ok
		? joinSentences(verdict.because.filter(isLinuxNote).map((note) => say(lang, note)))
		: '';
}

/**
 * The whole explanation of a move: every step of it, and for a rejection what would be valid. The
 * "On Linux" notes come too unless `linux` is false.
 */
export function explain(
	lang: Language,
	verdict: Verdict,
	{linux = true}: {readonly linux?: boolean} = {},
): string {
	if (verdict.ok) {
		const rfc: string[] = [];
		const onLinux: string[] = [];
		for (const note of verdict.because) {
			if (!isLinuxNote(note)) rfc.push(say(lang, note));
			else if (linux) onLinux.push(say(lang, note));
		}
		const rfcText = joinSentences(rfc);
		return onLinux.length > 0 ? `${rfcText}\n${joinSentences(onLinux)}` : rfcText;
	}
	if (verdict.validNow === null) return say(lang, verdict.because);
	return joinSentences([say(lang, verdict.because), validNowText(lang, verdict.validNow)]);
}
