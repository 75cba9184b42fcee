// Helpers for the tests of the manual network: play steps written in script syntax ('c:syn',
// 'net:deliver:2') through a session, and print what each step did in one line per segment.
import {parseSteps} from '../../source/script/parse-steps.js';
import {explain} from '../../source/tcp/explain.js';
import type {Flight, Happening, Transition} from '../../source/tcp/machine.js';
import {
	createSession,
	play,
	type Session,
	type SessionOptions,
	type Step,
} from '../../source/tcp/session.js';
import {formatSegment, isns} from './engine.js';

/** ISNs 100 and 300, every segment held in flight. */
export const manual: SessionOptions = {...isns, network: 'manual'};

/** ISNs 100 and 300, every segment delivered at once. */
export const instant: SessionOptions = {...isns, network: 'instant'};

/** Every message key any step produced, across the whole test file that imports this module. */
export const keysSeen = new Set<string>();

function remember(session: Session): Session {
	for (const step of session.steps) {
		for (const key of verdictKeysOf(step.result)) keysSeen.add(key);
	}
	return session;
}

function verdictKeysOf(result: Transition): string[] {
	const {verdict} = result;
	return verdict.ok ? verdict.because.map((message) => message.key) : [verdict.because.key];
}

/** Play one step in script syntax, accepted or not. */
export function tryStep(session: Session, spec: string): Session {
	const [parsed] = parseSteps('en', spec);
	if (!parsed) throw new Error(`no step in '${spec}'`);
	return remember(play(session, parsed.move, parsed.input));
}

/** Play steps from `from`; a step that is rejected is a broken test. */
export function playOn(from: Session, script: string): Session {
	let session = from;
	for (const parsed of script.trim() === '' ? [] : parseSteps('en', script)) {
		session = remember(play(session, parsed.move, parsed.input));
		const last = session.steps.at(-1);
		if (last && !last.result.verdict.ok) {
			throw new Error(`setup step ${parsed.input} rejected: ${explain('en', last.result.verdict)}`);
		}
	}
	return session;
}

/** Play steps from a fresh session; a step that is rejected is a broken test. */
export function playSteps(script: string, options: SessionOptions = manual): Session {
	return playOn(createSession(options), script);
}

/** The step the session recorded last; fails when there is none. */
export function lastOf(session: Session): Step {
	const step = session.steps.at(-1);
	if (!step) throw new Error('the session has no steps');
	return step;
}

/** The index-th of some steps (0-based); fails when there is none. */
export function nth(steps: readonly Step[], index: number): Step {
	const step = steps[index];
	if (!step) throw new Error(`no step ${index} among ${steps.length}`);
	return step;
}

/** The steps added since `before`: the move, then any answers of the automatic peer. */
export function stepsSince(before: Session, after: Session): readonly Step[] {
	return after.steps.slice(before.steps.length);
}

/**
 * One happening as 'sent C>S SYN seq=100', 'arrived auto S>C ACK seq=301 ack=102 (resent)',
 * 'lost …', 'duplicated …', or 'crossed -' for a change that sent nothing.
 */
export function formatHappening(happening: Happening): string {
	const {phase, auto, retransmission, segment} = happening;
	if (!segment) return `${phase} -`;
	return `${phase} ${auto ? 'auto ' : ''}${formatSegment(segment)}${retransmission ? ' (resent)' : ''}`;
}

export function happeningsOf(result: Transition): string[] {
	return result.happenings.map(formatHappening);
}

/** The segments in flight, oldest first, as 'C>S SYN seq=100' ('auto', '(resent)' marked). */
export function flightsText(flights: readonly Flight[]): string[] {
	return flights.map(
		({segment, auto, retransmission}) =>
			`${auto ? 'auto ' : ''}${formatSegment(segment)}${retransmission ? ' (resent)' : ''}`,
	);
}

/** The message keys of the step's verdict, in order. */
export function keysOf(step: Step): string[] {
	return verdictKeysOf(step.result);
}

/** 'CLIENT_STATE/SERVER_STATE' after the step. */
export function statesAfter(step: Step): string {
	const {client, server} = step.result.connection;
	return `${client.state}/${server.state}`;
}
