// Every generated question's answer, worked out again here by replaying its moves in the engine.
// The moves are read from the question's id, so none of the quiz's own helpers are trusted.
import fc from 'fast-check';
import {describe, expect, it} from 'vitest';
import {t} from '../../source/i18n/index.js';
import {generate} from '../../source/quiz/generate.js';
import type {Question} from '../../source/quiz/question.js';
import {makeQuiz} from '../../source/quiz/quiz.js';
import {createRandom} from '../../source/quiz/random.js';
import {obligationOf} from '../../source/tcp/endpoint.js';
import {
	type Connection,
	type ConnectionOptions,
	createConnection,
	transition,
} from '../../source/tcp/machine.js';
import type {Segment} from '../../source/tcp/segment.js';
import {situationOf} from '../../source/tcp/situation.js';
import type {Side} from '../../source/tcp/states.js';
import {parseMove, playMoves} from '../helpers/engine.js';

function specs(list: string): string[] {
	return list === '' ? [] : list.split(',');
}

const handshake = ['c:syn', 's:syn', 'c:ack'];

/** What a side may owe, as the panes word it. */
const owedSituations = [
	'situation.owesSynAck',
	'situation.owesAckSynAck',
	'situation.owesAckFin',
	'situation.owesAckData',
] as const;

function checkPredictState(question: Question): void {
	const match = /^predict-state:(.*)\+([cs]:\w+)@(client|server)$/.exec(question.id);
	if (!match) throw new Error(`unexpected id ${question.id}`);
	const [, history = '', next = '', side = ''] = match;
	const moves = specs(history);
	if (question.topic === 'teardown') expect(moves.slice(0, 3)).toEqual(handshake);
	else expect(moves.length).toBeLessThan(3);
	const result = transition(playMoves(moves), parseMove(next));
	expect(result.verdict.ok).toBe(true);
	const endpoint = result.connection[side as Side];
	const state = endpoint.state;
	expect(question.options[question.correct]).toBe(state);
	expect(question.options.filter((option) => option === state)).toHaveLength(1);
	expect(question.prompt).toContain(t('en', 'quiz.predict.question', {me: side}));
	// A side asked about right after an arrival is told what it still owes, and that paying it
	// changes nothing; a side that owes nothing is not.
	const answer = t('en', 'quiz.predict.answer', {me: side, state});
	expect(question.explanation.startsWith(answer), question.id).toBe(true);
	const owesSentences = owedSituations.map((key) =>
		t('en', 'quiz.predict.owes', {me: side, owed: t('en', key, {me: side})}),
	);
	if (obligationOf(endpoint) === 'none') {
		for (const sentence of owesSentences) expect(question.explanation).not.toContain(sentence);
	} else {
		const owes = t('en', 'quiz.predict.owes', {
			me: side,
			owed: t('en', situationOf(endpoint), {me: side}),
		});
		expect(question.explanation.startsWith(`${answer} ${owes}`), question.id).toBe(true);
	}
}

const segmentActions = ['syn', 'ack', 'fin', 'rst', 'data'] as const;

function checkValidMove(question: Question): void {
	const match = /^valid-move:(.*)@(client|server)=(\w+)\/([\w,]+)$/.exec(question.id);
	if (!match) throw new Error(`unexpected id ${question.id}`);
	const [, history = '', side = '', right = '', wrong = ''] = match;
	const connection = playMoves(specs(history));
	const letter = side === 'client' ? 'c' : 's';
	const typeOf = new Map(segmentActions.map((type) => [t('en', `quiz.segment.${type}`), type]));
	const types = question.options.map((option) => typeOf.get(option));
	expect(types[question.correct]).toBe(right);
	expect(types.filter((type) => type !== right).sort()).toEqual(wrong.split(','));
	// TCP may always send an ACK, so ACK is never offered as a wrong answer.
	expect(wrong.split(',')).not.toContain('ack');
	types.forEach((type, index) => {
		const result = transition(connection, parseMove(`${letter}:${type}`));
		if (index === question.correct) {
			expect(result.verdict.ok).toBe(true);
			expect(result.segments[0]?.from).toBe(side);
		} else {
			expect(result.verdict.ok, `${type} should be refused`).toBe(false);
		}
	});
}

/** The segment each move sent, from the given ISNs. */
function sent(options: ConnectionOptions, moves: readonly string[]): Segment[] {
	let connection: Connection = createConnection(options);
	return moves.map((spec) => {
		const result = transition(connection, parseMove(spec));
		expect(result.verdict.ok).toBe(true);
		connection = result.connection;
		const [segment] = result.segments;
		if (!segment) throw new Error(`${spec} sent nothing`);
		return segment;
	});
}

function plus(a: number, n: number): number {
	return (a + n) % 2 ** 32;
}

function checkSequence(question: Question): void {
	const match = /^sequence:([a-z-]+):(\d+)\/(\d+)(?:\/(\d+))?$/.exec(question.id);
	if (!match) throw new Error(`unexpected id ${question.id}`);
	const [, variant, xText = '', yText = '', lenText] = match;
	const x = Number(xText);
	const y = Number(yText);
	const len = Number(lenText ?? 0);
	const isns = {isnClient: x, isnServer: y};
	expect(question.prompt).toContain(String(x));
	expect(question.prompt).toContain(String(y));
	const data = len > 0 ? [`c:data:${len}`, 's:ack'] : [];
	const teardown = [...handshake, ...data, 'c:fin', 's:ack'];
	let fromEngine: number | null | undefined;
	let byHand: number;
	switch (variant) {
		case 'syn-ack-ack':
			fromEngine = sent(isns, ['c:syn', 's:syn'])[1]?.ack;
			byHand = plus(x, 1);
			break;
		case 'ack-of-syn-ack':
			fromEngine = sent(isns, handshake)[2]?.ack;
			byHand = plus(y, 1);
			break;
		case 'fin-ack-ack':
			fromEngine = sent(isns, teardown).at(-1)?.ack;
			byHand = plus(x, 2 + len);
			break;
		case 'fin-ack-seq':
			fromEngine = sent(isns, teardown).at(-1)?.seq;
			byHand = plus(y, 1);
			break;
		default:
			throw new Error(`unknown variant in ${question.id}`);
	}
	expect(fromEngine).toBe(byHand);
	expect(question.options[question.correct]).toBe(String(byHand));
	for (const option of question.options) {
		expect(Number(option)).toBeGreaterThanOrEqual(0);
		expect(Number(option)).toBeLessThan(2 ** 32);
	}
}

function checkWithEngine(question: Question): void {
	switch (question.kind) {
		case 'predict-state':
			checkPredictState(question);
			break;
		case 'valid-move':
			checkValidMove(question);
			break;
		case 'sequence':
			checkSequence(question);
			break;
		case 'fact':
			break;
	}
}

function checkShape(question: Question): void {
	expect(question.options.length).toBeGreaterThanOrEqual(3);
	expect(question.options.length).toBeLessThanOrEqual(4);
	expect(new Set(question.options).size).toBe(question.options.length);
	expect(question.options[question.correct]).toBeDefined();
	for (const text of [question.prompt, question.explanation, ...question.options]) {
		expect(text.trim()).not.toBe('');
		expect(text).not.toMatch(/\{\w+\}/);
	}
}

const seeds = Array.from({length: 40}, (_, index) => index * 7919 + 1);
const generated = seeds.flatMap((seed) =>
	makeQuiz({lang: 'en', count: 50, seed, topic: 'all'}).filter(
		(question) => question.kind !== 'fact',
	),
);

describe('generated questions agree with the engine', () => {
	it('come in every kind and topic', () => {
		const kinds = new Set(generated.map((question) => `${question.topic}/${question.kind}`));
		expect([...kinds].sort()).toEqual([
			'handshake/predict-state',
			'handshake/sequence',
			'handshake/valid-move',
			'teardown/predict-state',
			'teardown/sequence',
			'teardown/valid-move',
		]);
	});

	it.each(['predict-state', 'valid-move', 'sequence'] as const)('%s', (kind) => {
		const ofKind = generated.filter((question) => question.kind === kind);
		expect(ofKind.length).toBeGreaterThan(50);
		for (const question of ofKind) {
			checkShape(question);
			checkWithEngine(question);
		}
	});

	it('ask about all four sequence variants, ISNs near 2^32 included', () => {
		const variants = new Set(
			generated.map((question) => /^sequence:([a-z-]+)/.exec(question.id)?.[1]),
		);
		for (const variant of ['syn-ack-ack', 'ack-of-syn-ack', 'fin-ack-ack', 'fin-ack-seq']) {
			expect(variants).toContain(variant);
		}
		expect(generated.some((question) => question.explanation.includes('2^32'))).toBe(true);
	});

	it('describe the history in words', () => {
		const question = generated.find((each) => each.id.startsWith('predict-state:c:syn,s:syn+'));
		expect(question?.prompt).toContain('So far: client SYN, server SYN,ACK.');
	});

	it('ask about the moment right after an arrival, before the side has answered', () => {
		// The client's SYN has just arrived: the server is in SYN_RECEIVED, and owes its SYN,ACK.
		const question = generated.find((each) => each.id === 'predict-state:+c:syn@server');
		expect(question?.options[question.correct]).toBe('SYN_RECEIVED');
		expect(question?.options).toContain('LISTEN');
		expect(question?.explanation).toContain(
			t('en', 'quiz.predict.owes', {
				me: 'server',
				owed: t('en', 'situation.owesSynAck', {me: 'server'}),
			}),
		);
		expect(generated.some((each) => each.id === 'predict-state:+c:syn@client')).toBe(true);
		// And after the handshake, the FIN's arrival: the server is in CLOSE_WAIT, owing its ACK.
		const fin = generated.find(
			(each) => each.id === 'predict-state:c:syn,s:syn,c:ack+c:fin@server',
		);
		expect(fin?.options[fin.correct]).toBe('CLOSE_WAIT');
	});

	it('hold for any seed (property)', () => {
		fc.assert(
			fc.property(
				fc.integer(),
				fc.constantFrom('handshake', 'teardown'),
				fc.constantFrom('predict-state', 'valid-move', 'sequence'),
				(seed, topic, kind) => {
					const random = createRandom(seed);
					for (let attempt = 0; attempt < 5; attempt++) {
						const question = generate('en', kind, topic, random);
						if (question === null) continue;
						expect(question.topic).toBe(topic);
						expect(question.kind).toBe(kind);
						checkShape(question);
						checkWithEngine(question);
					}
				},
			),
			{numRuns: 200},
		);
	});
});
