// The eleven scenarios: each one parses and plays without a rejected step, in its own network mode,
// whatever the ISNs, and the engine really does what each scenario is there to teach.
import {describe, expect, it} from 'vitest';
import {t} from '../../source/i18n/index.js';
import {
	type Scenario,
	scenarioNamed,
	scenarios,
	scenarioText,
} from '../../source/learn/scenarios.js';
import {scenarioSteps} from '../../source/script/parse-steps.js';
import {runSteps, scriptText} from '../../source/script/run-script.js';
import {obligationOf} from '../../source/tcp/endpoint.js';
import {explain} from '../../source/tcp/explain.js';
import type {Happening} from '../../source/tcp/machine.js';
import {seqAdd} from '../../source/tcp/segment.js';
import type {Session, Step} from '../../source/tcp/session.js';
import type {Side} from '../../source/tcp/states.js';
import {type Isns, isnPairs} from '../helpers/engine.js';
import {namedIn} from '../helpers/guides.js';
import {formatHappening, keysOf, nth, statesAfter} from '../helpers/network.js';

const named = namedIn('scenario', scenarioNamed);

function playScenario(scenario: Scenario, isns: Isns): Session {
	return runSteps(scenarioSteps('en', scenario), {
		...isns,
		network: scenario.network,
		twoWay: scenario.twoWay ?? false,
	});
}

/**
 * A happening with its numbers relative to the ISNs the sides started with (seq to the sender's,
 * ack to the receiver's), as the diagram prints them: the same text for every ISN pair.
 */
function relative(happening: Happening, isns: Isns): string {
	const {segment} = happening;
	if (!segment) return formatHappening(happening);
	const isn: Record<Side, number> = {client: isns.isnClient, server: isns.isnServer};
	const seq = (segment.seq - isn[segment.from]) >>> 0;
	const ack = segment.ack === null ? null : (segment.ack - isn[segment.to]) >>> 0;
	return formatHappening({...happening, segment: {...segment, seq, ack}});
}

/** The explanation's keys, without the notes on what Linux does differently (linux.*). */
function rfcKeysOf(step: Step): string[] {
	return keysOf(step).filter((key) => !key.startsWith('linux.'));
}

/** What each side owes after the step, 'CLIENT/SERVER' ('-' for nothing): synAckForSyn, ackForFin … */
function owes(step: Step): string {
	const {client, server} = step.result.connection;
	const one = (owed: string) => (owed === 'none' ? '-' : owed);
	return `${one(obligationOf(client))}/${one(obligationOf(server))}`;
}

/** The steps of a scenario played with some ISNs, read by index (the scenario has no peer). */
function scenarioRun(name: string, isns: Isns) {
	const session = playScenario(named(name), isns);
	const step = (index: number): Step => nth(session.steps, index);
	return {
		session,
		step,
		/** What happened at step `index`, in relative numbers. */
		happened: (index: number) => step(index).result.happenings.map((h) => relative(h, isns)),
		/** 'CLIENT/SERVER' after each step from `from` on. */
		statesFrom: (from: number) => session.steps.slice(from).map(statesAfter),
	};
}

describe('the scenario list', () => {
	it('has eleven scenarios with unique names, each found by scenarioNamed()', () => {
		const names = scenarios.map(({name}) => name);
		expect(names).toHaveLength(11);
		expect(new Set(names).size).toBe(names.length);
		for (const name of names) {
			expect(name).toMatch(/^[a-z]+(-[a-z]+)*$/);
			expect(scenarioNamed(name)?.name).toBe(name);
		}
		expect(scenarioNamed('nope')).toBeUndefined();
	});

	it.each(scenarios)('$name has a title, an intro, an outro and narrated steps', (scenario) => {
		const told = scenarioText('en', scenario);
		expect(told.title.trim().length).toBeGreaterThan(5);
		expect(told.intro.trim().length).toBeGreaterThan(10);
		expect(told.outro.trim().length).toBeGreaterThan(10);
		expect(scenario.steps.length).toBeGreaterThan(1);
		const said = scenario.steps.flatMap((step) =>
			step.say === undefined ? [] : [t('en', step.say)],
		);
		expect(said.length).toBeGreaterThanOrEqual(1);
		for (const text of said) expect(text.trim().length).toBeGreaterThan(5);
	});

	it.each(scenarios)('$name parses into one step per move, each with its narration', (scenario) => {
		const parsed = scenarioSteps('en', scenario);
		expect(parsed).toHaveLength(scenario.steps.length);
		parsed.forEach((step, index) => {
			const key = scenario.steps[index]?.say;
			expect(step.say).toBe(key === undefined ? undefined : t('en', key));
		});
	});
});

describe.each(isnPairs)('every scenario with ISNs $isnClient/$isnServer', (isns) => {
	it.each(scenarios)('$name plays in its own network mode with no rejected step', (scenario) => {
		const session = playScenario(scenario, isns);
		expect(session.network).toBe(scenario.network);
		expect(session.steps).toHaveLength(scenario.steps.length);
		const rejected = session.steps
			.filter((step) => !step.result.verdict.ok)
			.map((step) => `${step.input}: ${explain('en', step.result.verdict)}`);
		expect(rejected).toEqual([]);
		// Every segment sent was delivered or lost by the end: nothing is left hanging. The two-way
		// what-if stops at its point, with the real handshake's segments still on their way.
		if (!scenario.twoWay) expect(session.inFlight).toEqual([]);
	});
});

describe('the network mode of a scenario matters', () => {
	it.each(scenarios.filter(({network}) => network === 'manual'))(
		'$name, played with instant delivery, has its network steps rejected',
		(scenario) => {
			const session = runSteps(scenarioSteps('en', scenario), {
				isnClient: 100,
				isnServer: 300,
				network: 'instant',
			});
			const rejected = session.steps.filter((step) => !step.result.verdict.ok);
			expect(rejected.length).toBeGreaterThan(0);
			expect(rejected.flatMap(keysOf)).toContain('no.net.instant');
		},
	);
});

describe.each(isnPairs)('what each scenario teaches, with ISNs $isnClient/$isnServer', (isns) => {
	it('normal: three segments to open, four to close, the client through TIME_WAIT', () => {
		const run = scenarioRun('normal', isns);
		expect(run.session.steps.flatMap((_, index) => run.happened(index))).toEqual([
			'crossed C>S SYN seq=0',
			'crossed S>C SYN,ACK seq=0 ack=1',
			'crossed C>S ACK seq=1 ack=1',
			'crossed C>S FIN,ACK seq=1 ack=1',
			'crossed S>C ACK seq=1 ack=2',
			'crossed S>C FIN,ACK seq=1 ack=2',
			'crossed C>S ACK seq=2 ack=2',
			'crossed -',
		]);
		// Each side changes state as a segment arrives; sending what it owes changes nothing.
		expect(run.statesFrom(0)).toEqual([
			'SYN_SENT/SYN_RECEIVED',
			'ESTABLISHED/SYN_RECEIVED',
			'ESTABLISHED/ESTABLISHED',
			'FIN_WAIT_1/CLOSE_WAIT',
			'FIN_WAIT_2/CLOSE_WAIT',
			'TIME_WAIT/LAST_ACK',
			'TIME_WAIT/CLOSED',
			'CLOSED/CLOSED',
		]);
		expect(run.session.steps.map((step) => owes(step))).toEqual([
			'-/synAckForSyn',
			'ackForSynAck/-',
			'-/-',
			'-/ackForFin',
			'-/-',
			'ackForFin/-',
			'-/-',
			'-/-',
		]);
	});

	it('simultaneous-open: both SYN_SENT, both SYN_RECEIVED, both ESTABLISHED', () => {
		const run = scenarioRun('simultaneous-open', isns);
		// A bare SYN arriving in SYN_SENT is what moves each side to SYN_RECEIVED (Figure 7).
		expect(run.statesFrom(1)).toEqual([
			'SYN_SENT/SYN_SENT',
			'SYN_SENT/SYN_RECEIVED',
			'SYN_RECEIVED/SYN_RECEIVED',
			'SYN_RECEIVED/SYN_RECEIVED',
			'SYN_RECEIVED/SYN_RECEIVED',
			'SYN_RECEIVED/ESTABLISHED',
			'ESTABLISHED/ESTABLISHED',
		]);
		expect(owes(run.step(3))).toBe('synAckForSyn/synAckForSyn');
		expect(owes(run.step(5))).toBe('-/-');
		// Each SYN,ACK repeats its side's original ISN and acknowledges the other's.
		expect(run.happened(4)).toEqual(['sent C>S SYN,ACK seq=0 ack=1']);
		expect(run.happened(5)).toEqual(['sent S>C SYN,ACK seq=0 ack=1']);
		expect(rfcKeysOf(run.step(2))).toEqual(['net.delivered', 'in.simultaneousSyn', 'in.arc']);
		const {client, server} = run.session.connection;
		expect(client.iss).toBe(isns.isnClient);
		expect(server.iss).toBe(isns.isnServer);
		expect(client.sndUna).toBe(seqAdd(isns.isnClient, 1));
		expect(server.sndUna).toBe(seqAdd(isns.isnServer, 1));
	});

	it('simultaneous-close: CLOSING on both sides, then TIME_WAIT on both', () => {
		const run = scenarioRun('simultaneous-close', isns);
		expect(run.happened(6)).toEqual(['sent C>S FIN,ACK seq=1 ack=1']);
		expect(run.happened(7)).toEqual(['sent S>C FIN,ACK seq=1 ack=1']);
		// A FIN arriving in FIN_WAIT_1, before the ACK of its own FIN, is what leads to CLOSING.
		expect(run.statesFrom(7)).toEqual([
			'FIN_WAIT_1/FIN_WAIT_1',
			'FIN_WAIT_1/CLOSING',
			'CLOSING/CLOSING',
			'CLOSING/CLOSING',
			'CLOSING/CLOSING',
			'CLOSING/TIME_WAIT',
			'TIME_WAIT/TIME_WAIT',
			'CLOSED/TIME_WAIT',
			'CLOSED/CLOSED',
		]);
		expect(rfcKeysOf(run.step(8))).toEqual(['net.delivered', 'in.finClosing', 'in.arc']);
		expect(owes(run.step(9))).toBe('ackForFin/ackForFin');
		expect(rfcKeysOf(run.step(10))).toEqual(['ok.ackFin']);
		expect(rfcKeysOf(run.step(12))).toEqual(['net.delivered', 'in.finAckedClosing', 'in.arc']);
		expect(rfcKeysOf(run.step(13))).toEqual(['net.delivered', 'in.finAckedClosing', 'in.arc']);
	});

	it('lost-syn: the SYN is lost, and the timer sends it again with the same ISN', () => {
		const run = scenarioRun('lost-syn', isns);
		expect(run.happened(1)).toEqual(['lost C>S SYN seq=0']);
		expect(run.happened(2)).toEqual(['sent C>S SYN seq=0 (resent)']);
		expect(run.step(2).result.segments[0]?.seq).toBe(isns.isnClient);
		expect(rfcKeysOf(run.step(3))).toEqual(['net.delivered', 'in.listenSyn', 'in.arc']);
		expect(statesAfter(run.step(3))).toBe('SYN_SENT/SYN_RECEIVED');
		expect(statesAfter(run.step(7))).toBe('ESTABLISHED/ESTABLISHED');
		expect(run.session.connection.server.irs).toBe(isns.isnClient);
	});

	it('lost-last-ack: the client stays in TIME_WAIT when the resent FIN arrives, and re-ACKs it', () => {
		const run = scenarioRun('lost-last-ack', isns);
		// The server's FIN put the client in TIME_WAIT as it arrived; the last ACK leaves it there.
		expect(statesAfter(run.step(11))).toBe('TIME_WAIT/LAST_ACK');
		expect(owes(run.step(11))).toBe('ackForFin/-');
		expect(statesAfter(run.step(12))).toBe('TIME_WAIT/LAST_ACK');
		expect(owes(run.step(12))).toBe('-/-');
		expect(run.happened(13)).toEqual(['lost C>S ACK seq=2 ack=2']);
		expect(run.happened(14)).toEqual(['sent S>C FIN,ACK seq=1 ack=2 (resent)']);
		expect(run.happened(15)).toEqual([
			'arrived S>C FIN,ACK seq=1 ack=2 (resent)',
			'sent auto C>S ACK seq=2 ack=2',
		]);
		expect(rfcKeysOf(run.step(15))).toEqual(['net.delivered', 'in.finAgainTimeWait']);
		expect(statesAfter(run.step(15))).toBe('TIME_WAIT/LAST_ACK');
		expect(rfcKeysOf(run.step(16))).toEqual(['net.delivered', 'in.finAckedLastAck', 'in.arc']);
		expect(run.statesFrom(16)).toEqual(['TIME_WAIT/CLOSED', 'CLOSED/CLOSED']);
	});

	it("no-time-wait: the client's CLOSED port answers the resent FIN with RST", () => {
		const run = scenarioRun('no-time-wait', isns);
		// The client leaves TIME_WAIT by an ABORT, which sends nothing there (RFC 9293 3.10.5), not by
		// the 2MSL timeout, whose explanation says the wait was long enough.
		expect(rfcKeysOf(run.step(14))).toEqual(['ok.abortClosing']);
		expect(run.step(14).result.segments).toEqual([]);
		expect(statesAfter(run.step(14))).toBe('CLOSED/LAST_ACK');
		expect(run.happened(15)).toEqual(['sent S>C FIN,ACK seq=1 ack=2 (resent)']);
		expect(run.happened(16)).toEqual([
			'arrived S>C FIN,ACK seq=1 ack=2 (resent)',
			'sent auto C>S RST seq=2',
		]);
		expect(rfcKeysOf(run.step(16))).toEqual(['net.delivered', 'in.closedResets']);
		// <SEQ=SEG.ACK><CTL=RST> (§3.10.7.1): the RST's seq is the FIN's ack, absolute.
		expect(run.step(16).result.happenings[1]?.segment?.seq).toBe(seqAdd(isns.isnClient, 2));
		expect(rfcKeysOf(run.step(17))).toEqual(['net.delivered', 'in.resetClosing', 'in.arc']);
		expect(statesAfter(run.step(17))).toBe('CLOSED/CLOSED');
	});

	it("old-duplicate-syn: the client's RST sends the server back to LISTEN, and a late copy of the old SYN cannot reset the new attempt", () => {
		const run = scenarioRun('old-duplicate-syn', isns);
		const newIsn = seqAdd(isns.isnClient, 64_001);
		expect(run.happened(1)).toEqual(['duplicated C>S SYN seq=0']);
		expect(run.happened(3)).toEqual(['sent C>S SYN seq=64001']);
		expect(run.step(3).result.segments[0]?.seq).toBe(newIsn);
		// The old SYN's arrival puts the server in SYN_RECEIVED, owing its SYN,ACK.
		expect(statesAfter(run.step(4))).toBe('SYN_SENT/SYN_RECEIVED');
		expect(owes(run.step(4))).toBe('-/synAckForSyn');
		// The server answers the old SYN: its SYN,ACK acknowledges the old ISN.
		expect(run.happened(5)).toEqual(['sent S>C SYN,ACK seq=0 ack=1']);
		expect(run.happened(6)).toEqual(['arrived S>C SYN,ACK seq=0 ack=1', 'sent auto C>S RST seq=1']);
		expect(rfcKeysOf(run.step(6))).toEqual(['net.deliveredOutOfOrder', 'in.synSentBadAck']);
		expect(rfcKeysOf(run.step(7))).toEqual(['net.deliveredOutOfOrder', 'in.rstToListen', 'in.arc']);
		expect(statesAfter(run.step(7))).toBe('SYN_SENT/LISTEN');
		expect(run.happened(8)).toEqual(['arrived C>S SYN seq=64001']);
		expect(statesAfter(run.step(8))).toBe('SYN_SENT/SYN_RECEIVED');
		const attempt = run.step(9).result.connection.server;
		// The second copy of the old SYN: before RCV.NXT, it draws an ACK and changes nothing.
		expect(run.happened(10)).toEqual([
			'arrived C>S SYN seq=0',
			'sent auto S>C ACK seq=64002 ack=64002',
		]);
		expect(rfcKeysOf(run.step(10))).toEqual(['net.delivered', 'in.synDuplicate']);
		expect(run.step(10).result.connection.server).toEqual(attempt);
		expect(rfcKeysOf(run.step(12))).toEqual(['net.delivered', 'in.pureAck']);
		expect(run.statesFrom(9)).toEqual([
			'SYN_SENT/SYN_RECEIVED',
			'SYN_SENT/SYN_RECEIVED',
			'ESTABLISHED/SYN_RECEIVED',
			'ESTABLISHED/SYN_RECEIVED',
			'ESTABLISHED/SYN_RECEIVED',
			'ESTABLISHED/ESTABLISHED',
		]);
		const {client, server} = run.session.connection;
		expect(server.irs).toBe(newIsn);
		expect(client.irs).toBe(server.iss);
		expect(server.iss).toBe(seqAdd(isns.isnServer, 64_001));
	});

	it('two-way: the server is ESTABLISHED on the stale SYN as soon as it answers it', () => {
		const run = scenarioRun('two-way', isns);
		expect(run.happened(3)).toEqual(['arrived C>S SYN seq=0']);
		expect(statesAfter(run.step(3))).toBe('SYN_SENT/SYN_RECEIVED');
		expect(owes(run.step(3))).toBe('-/synAckForSyn');
		// The SYN,ACK is the answer it owed, not a segment that pays an ACK besides (ok.paysAckSynAck).
		expect(rfcKeysOf(run.step(4))).toEqual(['ok.synAckTwoWay']);
		expect(statesAfter(run.step(4))).toBe('SYN_SENT/ESTABLISHED');
		// It acknowledges the OLD ISN: the client never asked for this connection.
		expect(run.session.connection.server.irs).toBe(isns.isnClient);
		expect(run.session.connection.client.iss).toBe(seqAdd(isns.isnClient, 64_001));
	});

	it('half-close: the server sends data after the client’s FIN, and the client acknowledges it', () => {
		const run = scenarioRun('half-close', isns);
		expect(run.happened(3)).toEqual(['crossed C>S FIN,ACK seq=1 ack=1']);
		expect(run.happened(5)).toEqual(['crossed S>C ACK seq=1 ack=2 len=100']);
		expect(run.happened(6)).toEqual(['crossed C>S ACK seq=2 ack=101']);
		expect(run.happened(7)).toEqual(['crossed S>C ACK seq=101 ack=2 len=100']);
		expect(run.statesFrom(4).slice(0, 5)).toEqual(Array(5).fill('FIN_WAIT_2/CLOSE_WAIT'));
		expect(run.step(8).result.connection.client.bytesReceived).toBe(200);
		expect(run.happened(9)).toEqual(['crossed S>C FIN,ACK seq=201 ack=2']);
		expect(statesAfter(run.step(11))).toBe('CLOSED/CLOSED');
	});

	it('refused: a SYN to a CLOSED port gets RST,ACK with ack = ISN + 1', () => {
		const run = scenarioRun('refused', isns);
		expect(statesAfter(run.step(0))).toBe('CLOSED/CLOSED');
		const [syn, reset] = run.step(1).result.segments;
		expect(syn).toMatchObject({from: 'client', flags: ['SYN'], seq: isns.isnClient, ack: null});
		expect(reset).toEqual({
			from: 'server',
			to: 'client',
			flags: ['RST', 'ACK'],
			seq: 0,
			ack: seqAdd(isns.isnClient, 1),
			len: 0,
		});
		expect(rfcKeysOf(run.step(1))).toEqual([
			'ok.activeOpen',
			'in.closedRefuses',
			'in.refused',
			'in.arc',
		]);
		expect(statesAfter(run.step(1))).toBe('CLOSED/CLOSED');
	});

	it('half-open: the stale connection is reset, and the server ends in a fresh connection', () => {
		const run = scenarioRun('half-open', isns);
		const newIsn = seqAdd(isns.isnClient, 64_001);
		expect(run.happened(6)).toEqual(['sent C>S RST,ACK seq=1 ack=1']);
		expect(run.happened(7)).toEqual(['lost C>S RST,ACK seq=1 ack=1']);
		expect(statesAfter(run.step(7))).toBe('CLOSED/ESTABLISHED');
		expect(run.happened(8)).toEqual(['sent C>S SYN seq=64001']);
		// The server answers the SYN with an ACK of what it really expects (RFC 9293 Figure 9).
		expect(run.happened(9)).toEqual(['arrived C>S SYN seq=64001', 'sent auto S>C ACK seq=1 ack=1']);
		expect(statesAfter(run.step(9))).toBe('SYN_SENT/ESTABLISHED');
		expect(run.happened(10)).toEqual([
			'arrived auto S>C ACK seq=1 ack=1',
			'sent auto C>S RST seq=1',
		]);
		expect(rfcKeysOf(run.step(10))).toEqual(['net.delivered', 'in.synSentBadAck']);
		expect(rfcKeysOf(run.step(9))).toEqual(['net.delivered', 'in.challengeAck']);
		expect(rfcKeysOf(run.step(11))).toEqual(['net.delivered', 'in.reset', 'in.arc']);
		expect(statesAfter(run.step(11))).toBe('SYN_SENT/CLOSED');
		expect(statesAfter(run.step(12))).toBe('SYN_SENT/LISTEN');
		expect(run.happened(13)).toEqual(['sent C>S SYN seq=64001 (resent)']);
		expect(statesAfter(run.step(14))).toBe('SYN_SENT/SYN_RECEIVED');
		const {client, server} = run.session.connection;
		expect(run.statesFrom(13).at(-1)).toBe('ESTABLISHED/ESTABLISHED');
		expect(server.irs).toBe(newIsn);
		expect(server.iss).toBe(seqAdd(isns.isnServer, 64_001));
		expect(client.irs).toBe(server.iss);
		expect(server.rcvNxt).toBe(seqAdd(newIsn, 1));
	});
});

describe('the script text of a scenario', () => {
	const flat = (text: string) => text.replaceAll(/\s+/g, ' ');

	it.each(scenarios)('$name shows the title, intro, outro and every narration', (scenario) => {
		const steps = scenarioSteps('en', scenario);
		const options = {isnClient: 100, isnServer: 300, network: scenario.network};
		const session = runSteps(steps, options);
		const told = scenarioText('en', scenario);
		const text = flat(
			scriptText(session, {...options, lang: 'en', steps, scenario: told, width: 100}),
		);
		expect(text).toContain(flat(`${told.title}. ${told.intro}`));
		expect(text).toContain(flat(told.outro));
		scenario.steps.forEach((step, index) => {
			if (step.say) {
				expect(text).toContain(flat(`${index + 1}. ${steps[index]?.input}: ${t('en', step.say)}`));
			}
		});
		expect(text).not.toContain('(rejected)');
	});
});
