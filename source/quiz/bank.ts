// The fixed questions: every fact the reference article teaches, the article's mistake corrected.
import {type Language, type MessageKey, t} from '../i18n/index.js';
import {type State, states} from '../tcp/states.js';
import {generatedConcept, makeQuestion, type Question} from './question.js';
import type {Random} from './random.js';
import type {Concept, QuestionKind, QuizTopic} from './results.js';

/** An option is a state name, shown as it is, or a sentence from the catalog. */
type Choice = State | MessageKey;

export type Fact = {
	readonly id: string;
	readonly topic: QuizTopic;
	readonly subject: string;
	/** What the question tests, for the teacher's report. */
	readonly concept: Concept;
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

/** A question about a state: the options are state names, and the concept is the states. */
function stateFact(
	name: string,
	topic: QuizTopic,
	subject: string,
	prompt: Explained,
	right: State,
	wrong: readonly State[],
): Fact {
	return {
		id: `fact:${name}`,
		topic,
		subject,
		concept: 'states',
		prompt,
		right,
		wrong,
		explanation: `${prompt}.why`,
	};
}

/** A question in sentences, all found in the catalog under the prompt's key. */
function sentenceFact(
	name: string,
	topic: QuizTopic,
	subject: string,
	prompt: WithSentences,
	concept: Concept,
): Fact {
	return {
		id: `fact:${name}`,
		topic,
		subject,
		concept,
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
	sentenceFact(
		'handshake-purpose',
		'handshake',
		'handshake-proves',
		'quiz.fact.purpose',
		'why-three',
	),
	sentenceFact(
		'handshake-proves-first',
		'handshake',
		'handshake-proves',
		'quiz.fact.provesFirst',
		'why-three',
	),
	sentenceFact(
		'handshake-proves-second',
		'handshake',
		'handshake-proves',
		'quiz.fact.provesSecond',
		'why-three',
	),
	sentenceFact(
		'handshake-server-unsure',
		'handshake',
		'handshake-proves',
		'quiz.fact.provesUnsure',
		'why-three',
	),
	sentenceFact(
		'handshake-proves-third',
		'handshake',
		'handshake-proves',
		'quiz.fact.provesThird',
		'why-three',
	),
	sentenceFact(
		'handshake-syn-ack-number',
		'handshake',
		'isn-ack',
		'quiz.fact.synAckNumber',
		'isn-plus-one',
	),
	sentenceFact(
		'three-not-two-isn',
		'handshake',
		'three-not-two',
		'quiz.fact.threeNotTwo',
		'why-three',
	),
	sentenceFact(
		'three-not-two-old-syn',
		'handshake',
		'three-not-two',
		'quiz.fact.oldSyn',
		'why-three',
	),
	sentenceFact(
		'three-not-two-rst',
		'handshake',
		'three-not-two',
		'quiz.fact.oldSynRst',
		'why-three',
	),

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
	sentenceFact(
		'four-not-three-why',
		'teardown',
		'four-not-three',
		'quiz.fact.fourNotThree',
		'why-four',
	),
	sentenceFact(
		'four-not-three-when-three',
		'teardown',
		'four-not-three',
		'quiz.fact.threeClose',
		'why-four',
	),
	sentenceFact(
		'four-not-three-half-close',
		'teardown',
		'four-not-three',
		'quiz.fact.halfClose',
		'half-close',
	),
	sentenceFact('time-wait-who', 'teardown', 'time-wait', 'quiz.fact.timeWaitWho', 'time-wait'),
	sentenceFact(
		'time-wait-lost-ack',
		'teardown',
		'time-wait',
		'quiz.fact.timeWaitLostAck',
		'time-wait',
	),
	sentenceFact('time-wait-2msl', 'teardown', 'time-wait', 'quiz.fact.timeWait2msl', 'time-wait'),
	sentenceFact(
		'time-wait-skipped',
		'teardown',
		'time-wait',
		'quiz.fact.timeWaitSkipped',
		'time-wait',
	),
	sentenceFact('ack-number-of-fin', 'teardown', 'ack-number', 'quiz.fact.ackOfFin', 'seq-vs-ack'),
	sentenceFact(
		'ack-number-seq-unmoved',
		'teardown',
		'ack-number',
		'quiz.fact.ackSeq',
		'seq-vs-ack',
	),
];

function isState(choice: Choice): choice is State {
	return (states as readonly string[]).includes(choice);
}

function textOf(lang: Language, choice: Choice): string {
	return isState(choice) ? choice : t(lang, choice);
}

export function factQuestion(lang: Language, fact: Fact, random: Random): Question {
	return makeQuestion(
		{
			id: fact.id,
			topic: fact.topic,
			subject: fact.subject,
			concept: fact.concept,
			kind: 'fact',
			prompt: t(lang, fact.prompt),
			right: textOf(lang, fact.right),
			wrong: fact.wrong.map((choice) => textOf(lang, choice)),
			explanation: t(lang, fact.explanation),
		},
		random,
	);
}

/** The fact a results file's question id names, if the bank still has it. */
export function factWithId(id: string): Fact | undefined {
	return facts.find((fact) => fact.id === id);
}

/** A question's concept from its id, for results files written before concepts were recorded. */
export function conceptOfId(id: string, kind: QuestionKind): Concept {
	return factWithId(id)?.concept ?? generatedConcept(id, kind);
}
