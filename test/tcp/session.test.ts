// The session's list of steps: shared between sessions, never changed under an older one, and as
// cheap to extend at step 50,000 as at step 1.
import fc from 'fast-check';
import {describe, expect, it} from 'vitest';
import {parseSteps} from '../../source/script/parse-steps.js';
import {transition, withTwoWay} from '../../source/tcp/machine.js';
import {
	createSession,
	lastStep,
	play,
	type Session,
	stepCount,
	undo,
	withFields,
	withNetwork,
} from '../../source/tcp/session.js';
import {isns} from '../helpers/engine.js';

function played(session: Session, script: string): Session {
	return parseSteps('en', script).reduce((at, step) => play(at, step.move, step.input), session);
}

const inputs = (session: Session) => session.steps.map((step) => step.input);

describe('steps', () => {
	it('an older session keeps its steps when a newer one branches off it', () => {
		const opened = played(createSession(isns), 'c:syn s:syn');
		const closed = played(opened, 'c:ack c:fin');
		const other = played(opened, 's:rst');
		expect(inputs(opened)).toEqual(['client:syn', 'server:syn']);
		expect(inputs(closed)).toEqual(['client:syn', 'server:syn', 'client:ack', 'client:fin']);
		expect(inputs(other)).toEqual(['client:syn', 'server:syn', 'server:rst']);
	});

	it('undo goes back to the step before, and a move after it starts a new branch', () => {
		const session = played(createSession(isns), 'c:syn s:syn c:ack');
		const back = undo(session);
		expect(inputs(back)).toEqual(['client:syn', 'server:syn']);
		expect(back.connection).toBe(session.steps[1]?.result.connection);
		expect(inputs(played(back, 'c:fin'))).toEqual(['client:syn', 'server:syn', 'client:fin']);
		expect(inputs(session)).toEqual(['client:syn', 'server:syn', 'client:ack']);
		expect(undo(undo(undo(session))).connection).toBe(session.initial);
	});

	it('undo takes the automatic peer’s answer with the move it answered', () => {
		const session = played(createSession({...isns, peer: 'server'}), 'c:syn');
		expect(session.steps.map((step) => step.byPeer)).toEqual([false, true]);
		expect(stepCount(undo(session))).toBe(0);
	});

	it('stepCount and lastStep agree with steps, also for a session made by spreading', () => {
		const session = played(createSession(isns), 'c:syn s:syn c:ack');
		expect(stepCount(session)).toBe(3);
		expect(lastStep(session)).toBe(session.steps[2]);
		const spread: Session = {...session, twoWay: true};
		expect(stepCount(spread)).toBe(3);
		expect(inputs(played(spread, 'c:fin'))).toHaveLength(4);
		const changed = withFields(session, {peer: 'server'});
		expect(changed.peer).toBe('server');
		expect(changed.steps).toEqual(session.steps);
	});
});

describe('a rejected move made again', () => {
	// play() reuses the last rejection when the same move comes again with nothing changed.
	const moves = ['c:syn', 'c:ack', 'c:fin', 'c:rst', 'c:data', 'c:data:7', 'c:listen', 'c:timeout']
		.flatMap((move) => [move, move.replace('c:', 's:')])
		.concat(['net:deliver', 'net:drop', 'net:dup']);
	const event = fc.oneof(fc.constantFrom(...moves), fc.constantFrom('two-way', 'network', 'undo'));

	it('is rejected exactly as a fresh transition rejects it (property)', () => {
		fc.assert(
			fc.property(fc.array(event, {maxLength: 40}), (events) => {
				let session = createSession(isns);
				for (const happening of events) {
					if (happening === 'two-way') session = withFields(session, {twoWay: !session.twoWay});
					else if (happening === 'network') {
						session =
							withNetwork(session, session.network === 'instant' ? 'manual' : 'instant') ?? session;
					} else if (happening === 'undo') session = undo(session);
					else {
						const [step] = parseSteps('en', happening);
						if (!step) throw new Error('no step');
						const before = session;
						session = play(session, step.move, step.input);
						if (step.move.side === 'net') continue;
						const fresh = transition(
							withTwoWay(before.connection, before.twoWay),
							step.move,
							before.network,
						);
						if (fresh.verdict.ok) expect(lastStep(session)?.result.verdict.ok).toBe(true);
						else
							expect(lastStep(session)?.result).toEqual({...fresh, connection: before.connection});
					}
				}
			}),
			{numRuns: 300},
		);
	});

	it('is one step more, and takes the rejection it repeats without playing it again', () => {
		const once = played(createSession(isns), 'c:fin');
		const twice = play(
			once,
			parseSteps('en', 'c:fin')[0]?.move ?? {side: 'client', action: {type: 'fin'}},
		);
		expect(stepCount(twice)).toBe(2);
		expect(lastStep(twice)?.result).toBe(lastStep(once)?.result);
	});
});

describe('rejections kept', () => {
	it('keeps every rejection when no limit is set, as script mode needs', () => {
		const session = played(createSession(isns), 'c:ack '.repeat(50));
		expect(stepCount(session)).toBe(50);
		expect(session.steps.every((step) => step.skipped === undefined)).toBe(true);
	});

	it('keeps the first few of a run and the newest, and counts the rest', () => {
		const session = played(
			createSession({...isns, rejectionsKept: 3}),
			`c:syn ${'c:ack '.repeat(100)}`,
		);
		expect(stepCount(session)).toBe(4);
		const skipped = session.steps.map((step) => step.skipped ?? 0);
		expect(skipped).toEqual([0, 0, 0, 97]);
		expect(session.steps.slice(1).every((step) => !step.result.verdict.ok)).toBe(true);
	});

	it('starts counting again after an accepted move', () => {
		const session = played(
			createSession({...isns, rejectionsKept: 2}),
			`c:fin c:fin c:fin c:syn s:ack s:ack s:ack s:ack`,
		);
		expect(session.steps.map((step) => [step.input, step.skipped ?? 0])).toEqual([
			['client:fin', 0],
			['client:fin', 1],
			['client:syn', 0],
			['server:ack', 0],
			['server:ack', 2],
		]);
	});
});

describe('cost per move', () => {
	const cycle = 'c:syn s:syn c:ack c:fin s:ack s:fin c:ack c:timeout c:ack'.split(' ');
	const chunk = 1000;

	// Copying the history on each move made the 50th thousand of 50,000 steps about 50 times slower
	// than the first; a constant cost keeps them alike. Medians of ten chunks each side, so that a
	// moment of load from elsewhere on the machine does not decide it; the bound leaves room.
	it('does not grow with the history: the last 1,000 of 50,000 steps cost what the first do', () => {
		const steps = parseSteps(
			'en',
			Array.from({length: 50 * chunk}, (_, index) => cycle[index % cycle.length]).join(' '),
		);
		let session = createSession(isns);
		const times: number[] = [];
		for (let from = 0; from < steps.length; from += chunk) {
			const started = performance.now();
			for (const step of steps.slice(from, from + chunk))
				session = play(session, step.move, step.input);
			times.push(performance.now() - started);
		}
		const median = (values: number[]) => [...values].sort((a, b) => a - b)[values.length >> 1] ?? 0;
		const early = median(times.slice(1, 11));
		const late = median(times.slice(-10));
		expect(stepCount(session)).toBe(50 * chunk);
		expect(late / early).toBeLessThan(4);
	});
});
