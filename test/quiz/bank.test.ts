import {describe, expect, it} from 'vitest';
import {conceptOfId, factQuestion, facts} from '../../source/quiz/bank.js';
import {makeQuiz, quizReducer, resultsOf, startQuiz} from '../../source/quiz/quiz.js';
import {createRandom} from '../../source/quiz/random.js';
import {concepts} from '../../source/quiz/results.js';
import {type Connection, createConnection, transition} from '../../source/tcp/machine.js';
import type {Segment} from '../../source/tcp/segment.js';
import {states} from '../../source/tcp/states.js';
import {isns, parseMove, playMoves} from '../helpers/engine.js';

const questions = facts.map((fact) => factQuestion('en', fact, createRandom(1)));

function question(id: string) {
	const found = questions.find((each) => each.id === id);
	if (!found) throw new Error(`no question ${id}`);
	return found;
}

function rightText(id: string): string {
	const found = question(id);
	return found.options[found.correct] ?? '';
}

/** The segments each move sent, from the fixed ISNs of the engine tests. */
function sent(moves: readonly string[]): Segment[] {
	let connection: Connection = createConnection(isns);
	return moves.map((spec) => {
		const result = transition(connection, parseMove(spec));
		if (!result.verdict.ok) throw new Error(`${spec} rejected`);
		connection = result.connection;
		const [segment] = result.segments;
		if (!segment) throw new Error(`${spec} sent nothing`);
		return segment;
	});
}

describe('the bank of facts', () => {
	it('has unique ids, each starting with fact:', () => {
		const ids = facts.map((fact) => fact.id);
		expect(new Set(ids).size).toBe(ids.length);
		for (const id of ids) expect(id).toMatch(/^fact:[a-z0-9-]+$/);
	});

	it('covers every subject the reference article teaches, in both topics', () => {
		const subjects = new Set(facts.map((fact) => `${fact.topic}/${fact.subject}`));
		for (const subject of [
			'handshake/handshake-states',
			'handshake/handshake-proves',
			'handshake/three-not-two',
			'teardown/teardown-states',
			'teardown/four-not-three',
			'teardown/time-wait',
			'teardown/ack-number',
		]) {
			expect(subjects).toContain(subject);
		}
	});

	it.each(questions.map((each) => [each.id, each] as const))(
		'%s has 3 or 4 distinct, non-empty options, one right, and an explanation',
		(_, each) => {
			expect(each.kind).toBe('fact');
			expect(each.options.length).toBeGreaterThanOrEqual(3);
			expect(each.options.length).toBeLessThanOrEqual(4);
			expect(new Set(each.options).size).toBe(each.options.length);
			expect(Number.isInteger(each.correct)).toBe(true);
			expect(each.options[each.correct]).toBeDefined();
			for (const text of [each.prompt, each.explanation, ...each.options]) {
				expect(text.trim()).not.toBe('');
				expect(text).not.toMatch(/\{\w+\}/);
			}
		},
	);

	it('shuffles the options with the seed, keeping the right one marked', () => {
		const fact = facts.find((each) => each.id === 'fact:time-wait-who');
		if (!fact) throw new Error('no fact:time-wait-who');
		const orders = new Set<string>();
		for (let seed = 0; seed < 30; seed++) {
			const asked = factQuestion('en', fact, createRandom(seed));
			expect(asked.options[asked.correct]).toBe(rightText('fact:time-wait-who'));
			orders.add(asked.options.join('|'));
		}
		expect(orders.size).toBeGreaterThan(1);
	});

	it('uses RFC state names, and mentions the SYN_RCVD alias', () => {
		const stateOptions = questions.filter((each) => each.subject.endsWith('-states'));
		expect(stateOptions.length).toBeGreaterThanOrEqual(10);
		for (const each of stateOptions) {
			for (const option of each.options) expect(states).toContain(option);
		}
		expect(question('fact:handshake-server-after-syn-ack').explanation).toContain('SYN_RCVD');
	});
});

describe('the state facts agree with the engine', () => {
	const handshake = ['c:syn', 's:syn', 'c:ack'];
	it.each([
		['fact:handshake-server-before', [], 'server'],
		['fact:handshake-client-after-syn', ['c:syn'], 'client'],
		['fact:handshake-server-after-syn-ack', ['c:syn', 's:syn'], 'server'],
		['fact:handshake-client-after-ack', handshake, 'client'],
		['fact:handshake-server-after-ack', handshake, 'server'],
		['fact:teardown-client-after-fin', [...handshake, 'c:fin'], 'client'],
		['fact:teardown-server-after-ack', [...handshake, 'c:fin', 's:ack'], 'server'],
		['fact:teardown-client-after-ack', [...handshake, 'c:fin', 's:ack'], 'client'],
		['fact:teardown-server-after-fin', [...handshake, 'c:fin', 's:ack', 's:fin'], 'server'],
		[
			'fact:teardown-client-after-last-ack',
			[...handshake, 'c:fin', 's:ack', 's:fin', 'c:ack'],
			'client',
		],
		// The states that these facts explain were entered on an arrival, before the answer went.
		['fact:handshake-server-after-syn-ack', ['c:syn'], 'server'],
		['fact:handshake-client-after-ack', ['c:syn', 's:syn'], 'client'],
		['fact:teardown-server-after-ack', [...handshake, 'c:fin'], 'server'],
		['fact:teardown-client-after-last-ack', [...handshake, 'c:fin', 's:ack', 's:fin'], 'client'],
		['fact:teardown-server-end', [...handshake, 'c:fin', 's:ack', 's:fin', 'c:ack'], 'server'],
	] as const)('%s', (id, moves, side) => {
		expect(rightText(id)).toBe(playMoves(moves)[side].state);
	});
});

describe('the facts about numbers agree with the engine', () => {
	it('the ACK of a FIN moves its acknowledgment number to the FIN seq + 1, not its own seq', () => {
		const [, , , fin, ack] = sent(['c:syn', 's:syn', 'c:ack', 'c:fin', 's:ack']);
		expect(ack?.ack).toBe((fin?.seq ?? 0) + 1);
		expect(ack?.seq).not.toBe((fin?.seq ?? 0) + 1);
		expect(rightText('fact:ack-number-of-fin')).toContain('ack = x + 1');
	});

	it("the server's FIN after a bare ACK has the ACK's seq", () => {
		const [, , , , ack, fin] = sent(['c:syn', 's:syn', 'c:ack', 'c:fin', 's:ack', 's:fin']);
		expect(fin?.seq).toBe(ack?.seq);
		expect(rightText('fact:ack-number-seq-unmoved')).toBe('y');
	});

	it('the SYN,ACK acknowledges ISN + 1', () => {
		const [syn, synAck] = sent(['c:syn', 's:syn']);
		expect(synAck?.ack).toBe((syn?.seq ?? 0) + 1);
	});

	it('a server with nothing to send closes in three segments, with one FIN,ACK', () => {
		const [, , , , finAck] = sent(['c:syn', 's:syn', 'c:ack', 'c:fin', 's:fin']);
		expect(finAck?.flags).toEqual(expect.arrayContaining(['FIN', 'ACK']));
		expect(playMoves(['c:syn', 's:syn', 'c:ack', 'c:fin', 's:fin']).server.state).toBe('LAST_ACK');
		expect(rightText('fact:four-not-three-when-three')).toContain('FIN,ACK');
	});
});

describe('concepts', () => {
	const conceptOf = (id: string) => question(id).concept;

	it('every concept a teacher ranks has fact questions, and every fact has a concept', () => {
		expect(new Set(facts.map(({concept}) => concept))).toEqual(new Set(concepts));
		for (const fact of facts)
			expect(factQuestion('en', fact, createRandom(2)).concept).toBe(fact.concept);
	});

	it('tags the facts by what they test', () => {
		expect(conceptOf('fact:handshake-server-before')).toBe('states');
		expect(conceptOf('fact:handshake-syn-ack-number')).toBe('isn-plus-one');
		expect(conceptOf('fact:three-not-two-old-syn')).toBe('why-three');
		expect(conceptOf('fact:four-not-three-why')).toBe('why-four');
		expect(conceptOf('fact:four-not-three-half-close')).toBe('half-close');
		expect(conceptOf('fact:time-wait-lost-ack')).toBe('time-wait');
		expect(conceptOf('fact:ack-number-of-fin')).toBe('seq-vs-ack');
	});

	it('gives generated questions a concept from their kind and id, as old results files need', () => {
		for (const question of makeQuiz({lang: 'en', count: 30, seed: 8, topic: 'all'})) {
			expect(conceptOfId(question.id, question.kind)).toBe(question.concept);
		}
		expect(conceptOfId('sequence:syn-ack-ack:1/2', 'sequence')).toBe('isn-plus-one');
		expect(conceptOfId('sequence:fin-ack-seq:1/2', 'sequence')).toBe('seq-vs-ack');
		expect(conceptOfId('predict-state:c:syn@server', 'predict-state')).toBe('states');
	});

	it('go into the results file with each question', () => {
		const quiz = makeQuiz({lang: 'en', count: 5, seed: 3, topic: 'all'});
		const state = quizReducer(startQuiz(quiz, 0), {type: 'answer', choice: 0, now: 1});
		const results = resultsOf(state, {student: 'a', seed: 3, topic: 'all', lang: 'en', now: 2});
		expect(results.questions.map(({concept}) => concept)).toEqual(quiz.map(({concept}) => concept));
	});
});
