// Table tests of the engine against RFC 9293, one row per sentence of the RFC: a setup in script
// syntax, then one move or one crafted segment, and what must follow (states, the segments that
// crossed, exactly, and what each side still owes). ISNs: client 100, server 300.
import {expect, it} from 'vitest';
import {deliver, type Transition} from '../../source/tcp/machine.js';
import type {Session} from '../../source/tcp/session.js';
import {owed, parseSegment, statePair, verdictKeys} from './engine.js';
import {formatHappening, instant, lastOf, manual, playSteps, tryStep} from './network.js';

export type Row = {
	/** The RFC's own words (a short quote), which the row shows to hold. */
	readonly rfc: string;
	/** Which case of the sentence the row shows, when several rows share it. */
	readonly case?: string;
	/** Moves in script syntax; with any 'net:' step the network is manual, else instant. */
	readonly given: string;
	/** Hold segments in flight even without a 'net:' step. */
	readonly manual?: true;
	/** One move in script syntax, or a segment as formatSegment prints it, delivered at once. */
	readonly step: string | {readonly arrives: string};
	/** 'CLIENT/SERVER' states afterwards. */
	readonly states: string;
	/** Every segment of the step, as formatHappening prints it ('crossed auto S>C RST seq=300'). */
	readonly segments: readonly string[];
	/** What each side owes afterwards, 'CLIENT/SERVER' obligations. */
	readonly owes: string;
	/** The explanation's message keys (without the Linux asides), when the row is about which rule applied. */
	readonly keys?: readonly string[];
	/** More to check: variables, mostly. */
	readonly also?: (after: Session['connection'], before: Session['connection']) => void;
};

export type Played = {readonly before: Session; readonly result: Transition};

/** Play a row: the setup, then its move or its arrival. */
export function play(row: Row): Played {
	const manualNetwork =
		row.manual === true ||
		/\bnet:/.test(`${row.given} ${typeof row.step === 'string' ? row.step : ''}`);
	const before = playSteps(row.given, manualNetwork ? manual : instant);
	if (typeof row.step !== 'string') {
		return {before, result: deliver(before.connection, parseSegment(row.step.arrives))};
	}
	return {before, result: lastOf(tryStep(before, row.step)).result};
}

export function check(row: Row): void {
	const {before, result} = play(row);
	expect(result.verdict.ok, 'the step was rejected').toBe(true);
	const withSegments = result.happenings.filter(({segment}) => segment !== null);
	expect(withSegments.map(formatHappening)).toEqual(row.segments);
	expect(statePair(result.connection)).toBe(row.states);
	expect(owed(result.connection)).toBe(row.owes);
	// The "On Linux" notes are asides to the RFC's steps, left out here.
	const keys = verdictKeys(result).filter((key) => !key.startsWith('linux.'));
	if (row.keys) expect(keys).toEqual(row.keys);
	row.also?.(result.connection, before.connection);
}

/** One test per row, named by its quote. */
export function table(rows: readonly Row[]): void {
	for (const row of rows) {
		it(`"${row.rfc}"${row.case ? ` (${row.case})` : ''}`, () => {
			check(row);
		});
	}
}
