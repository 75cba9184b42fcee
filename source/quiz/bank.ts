// The fixed questions: every fact the reference article teaches, the article's mistake corrected.
import {type MessageKey, t} from '../i18n/index.js';
import {type State, states} from '../tcp/states.js';
import {makeQuestion, type Question} from './question.js';
import type {Random} from './random.js';
import type {QuizTopic} from './results.js';

/** An option is a state name, shown as it is, or a sentence from the catalog. */
type Choice = State | MessageKey;

export type Fact = {
	readonly id: string;
	readonly topic: QuizTopic;
	readonly subject: string;
	readonly prompt: MessageKey;
	readonly right: Choice;
	readonly wrong: readonly Choice[];
	readonly explanation: MessageKey;
};

/** Catalog keys that have an explanation, `{key}.why`. */
type Explained = {[K in MessageKey]: `${K}.why` extends MessageKey ? K : never}[MessageKey];

/** Catalog keys with sentences for options: `{key}.right` and `{key}.wrong1` to `.wrong3`. */
type WithSentences = {
	[K in Explained]: `${K}.${'right' | 'wrong1' | 'wrong2' | 'wrong3'}` extends MessageKey
		? K
		: never;
}[Explained];

/** A question about a state: the options are state names. */
function stateFact(
	name: string,
	topic: QuizTopic,
	subject: string,
	prompt: Explained,
	right: State,
	wrong: readonly State[],
): Fact {
	return {id: `fact:${name}`, topic, subject, prompt, right, wrong, explanation: `${prompt}.why`};
}

/** A question in sentences, all found in the catalog under the prompt's key. */
function sentenceFact(
	name: string,
	topic: QuizTopic,
	subject: string,
	prompt: WithSentences,
): Fact {
	return {
		id: `fact:${name}`,
		topic,
		subject,
		prompt,
		right: `${prompt}.right`,
		wrong: [`${prompt}.wrong1`, `${prompt}.wrong2`, `${prompt}.wrong3`],
		explanation: `${prompt}.why`,
	};
}

export const facts: readonly Fact[] = [
	// The three-way handshake
	stateFact(
		'handshake-server-before',
		'handshake',
		'handshake-states',
		'quiz.fact.serverBefore',
		'LISTEN',
		['CLOSED', 'SYN_SENT', 'SYN_RECEIVED'],
	),
	stateFact(
		'handshake-client-after-syn',
		'handshake',
		'handshake-states',
		'quiz.fact.clientAfterSyn',
		'SYN_SENT',
		['LISTEN', 'SYN_RECEIVED', 'ESTABLISHED'],
	),
	stateFact(
		'handshake-server-after-syn-ack',
		'handshake',
		'handshake-states',
		'quiz.fact.serverAfterSynAck',
		'SYN_RECEIVED',
		['SYN_SENT', 'ESTABLISHED', 'LISTEN'],
	),
	stateFact(
		'handshake-client-after-ack',
		'handshake',
		'handshake-states',
		'quiz.fact.clientAfterAck',
		'ESTABLISHED',
		['SYN_SENT', 'SYN_RECEIVED', 'FIN_WAIT_1'],
	),
	stateFact(
		'handshake-server-after-ack',
		'handshake',
		'handshake-states',
		'quiz.fact.serverAfterAck',
		'ESTABLISHED',
		['SYN_RECEIVED', 'LISTEN', 'CLOSE_WAIT'],
	),
	sentenceFact('handshake-purpose', 'handshake', 'handshake-proves', 'quiz.fact.purpose'),
	sentenceFact('handshake-proves-first', 'handshake', 'handshake-proves', 'quiz.fact.provesFirst'),
	sentenceFact(
		'handshake-proves-second',
		'handshake',
		'handshake-proves',
		'quiz.fact.provesSecond',
	),
	sentenceFact(
		'handshake-server-unsure',
		'handshake',
		'handshake-proves',
		'quiz.fact.provesUnsure',
	),
	sentenceFact('handshake-proves-third', 'handshake', 'handshake-proves', 'quiz.fact.provesThird'),
	sentenceFact('handshake-syn-ack-number', 'handshake', 'isn-ack', 'quiz.fact.synAckNumber'),
	sentenceFact('three-not-two-isn', 'handshake', 'three-not-two', 'quiz.fact.threeNotTwo'),
	sentenceFact('three-not-two-old-syn', 'handshake', 'three-not-two', 'quiz.fact.oldSyn'),
	sentenceFact('three-not-two-rst', 'handshake', 'three-not-two', 'quiz.fact.oldSynRst'),

	// The four-way teardown
	stateFact(
		'teardown-client-after-fin',
		'teardown',
		'teardown-states',
		'quiz.fact.clientAfterFin',
		'FIN_WAIT_1',
		['FIN_WAIT_2', 'CLOSE_WAIT', 'TIME_WAIT'],
	),
	stateFact(
		'teardown-server-after-ack',
		'teardown',
		'teardown-states',
		'quiz.fact.serverAfterAckFin',
		'CLOSE_WAIT',
		['LAST_ACK', 'FIN_WAIT_2', 'CLOSING'],
	),
	stateFact(
		'teardown-client-after-ack',
		'teardown',
		'teardown-states',
		'quiz.fact.clientAfterAckFin',
		'FIN_WAIT_2',
		['FIN_WAIT_1', 'TIME_WAIT', 'CLOSED'],
	),
	stateFact(
		'teardown-server-after-fin',
		'teardown',
		'teardown-states',
		'quiz.fact.serverAfterFin',
		'LAST_ACK',
		['CLOSE_WAIT', 'FIN_WAIT_1', 'TIME_WAIT'],
	),
	stateFact(
		'teardown-client-after-last-ack',
		'teardown',
		'teardown-states',
		'quiz.fact.clientAfterLastAck',
		'TIME_WAIT',
		['CLOSED', 'FIN_WAIT_2', 'LAST_ACK'],
	),
	stateFact('teardown-server-end', 'teardown', 'teardown-states', 'quiz.fact.serverEnd', 'CLOSED', [
		'TIME_WAIT',
		'CLOSE_WAIT',
		'FIN_WAIT_2',
	]),
	sentenceFact('four-not-three-why', 'teardown', 'four-not-three', 'quiz.fact.fourNotThree'),
	sentenceFact('four-not-three-when-three', 'teardown', 'four-not-three', 'quiz.fact.threeClose'),
	sentenceFact('four-not-three-half-close', 'teardown', 'four-not-three', 'quiz.fact.halfClose'),
	sentenceFact('time-wait-who', 'teardown', 'time-wait', 'quiz.fact.timeWaitWho'),
	sentenceFact('time-wait-lost-ack', 'teardown', 'time-wait', 'quiz.fact.timeWaitLostAck'),
	sentenceFact('time-wait-2msl', 'teardown', 'time-wait', 'quiz.fact.timeWait2msl'),
	sentenceFact('time-wait-skipped', 'teardown', 'time-wait', 'quiz.fact.timeWaitSkipped'),
	sentenceFact('ack-number-of-fin', 'teardown', 'ack-number', 'quiz.fact.ackOfFin'),
	sentenceFact('ack-number-seq-unmoved', 'teardown', 'ack-number', 'quiz.fact.ackSeq'),
];

function isState(choice: Choice): choice is State {
	return (states as readonly string[]).includes(choice);
}

function textOf(choice: Choice): string {
	return isState(choice) ? choice : t(choice);
}

export function factQuestion(fact: Fact, random: Random): Question {
	return makeQuestion(
		{
			id: fact.id,
			topic: fact.topic,
			subject: fact.subject,
			kind: 'fact',
			prompt: t(fact.prompt),
			right: textOf(fact.right),
			wrong: fact.wrong.map(textOf),
			explanation: t(fact.explanation),
		},
		random,
	);
}
