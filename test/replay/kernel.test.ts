// Real connections of the Linux kernel, captured with tcpdump in a private network namespace:
// the states the replay infers for both ends at the end of the capture must be the ones `ss -tan`
// showed at that moment. Skipped with a reason without root or tcpdump (see kernel-capture.ts).
import {beforeAll, describe, expect, it} from 'vitest';
import {bufferSource} from '../../source/replay/byte-source.js';
import {type Listing, scanCapture} from '../../source/replay/connections.js';
import {inferReplay, type Replay} from '../../source/replay/infer.js';
import {addressText, tcpFlags} from '../../source/replay/packet.js';
import {pcapToPcapng} from './build-capture.js';
import {
	type Capture,
	type CaptureOptions,
	captureKernel,
	kernelCaptureTests,
	ssNames,
	ssState,
} from './kernel-capture.js';

const {skipReason, requireSetup} = kernelCaptureTests('test/replay/kernel.test.ts');

type Replayed = {readonly capture: Capture; readonly listing: Listing; readonly replay: Replay};

function replayed(bytes: Uint8Array, capture: Capture): Replayed {
	const {listing} = scanCapture(bufferSource(bytes));
	// The scenario's own connection: the one to or from port 8080 or 8081.
	const summary = listing.connections.find(
		(connection) => connection.server.port === 8080 || connection.server.port === 8081,
	);
	if (!summary) throw new Error(`no connection to port 8080 in the capture:\n${capture.tcpdump}`);
	return {
		capture,
		listing,
		replay: inferReplay('en', summary, scanCapture(bufferSource(bytes), summary.id).segments),
	};
}

/**
 * The captures the tests read, by scenario and options. Each is started once: all of them together
 * in beforeAll (captureKernel runs a few at a time), and every test waits for its own, instead of
 * each test capturing in turn while the others wait.
 */
const captures = new Map<string, Promise<Capture>>();

function captureOf(name: string, options: CaptureOptions = {}): Promise<Capture> {
	const key = `${name} ${JSON.stringify(options)}`;
	let capture = captures.get(key);
	if (!capture) {
		capture = captureKernel(name, options);
		// Handled by the test that awaits it; until then, a failure is not an unhandled rejection.
		capture.catch(() => undefined);
		captures.set(key, capture);
	}
	return capture;
}

/** Every capture a test below reads. */
const planned: ReadonlyArray<readonly [string, CaptureOptions?]> = [
	['clientClose'],
	['serverClose'],
	['threeWay'],
	['halfClose'],
	['refused'],
	['reset'],
	['open'],
	['halfOpen'],
	['simultaneous'],
	['clientClose', {host: '::1'}],
	['serverClose', {iface: 'any'}],
	['halfClose', {iface: 'any', linkType: 'LINUX_SLL'}],
];

async function capturedReplay(name: string, options: CaptureOptions = {}): Promise<Replayed> {
	const capture = await captureOf(name, options);
	return replayed(capture.pcap, capture);
}

/** Each end's inferred state, as ss names it, beside what ss showed for that socket. */
function endStates({capture, replay}: Replayed) {
	const {client, server} = replay.summary;
	const final = replay.session.connection;
	const clientText = addressText(client);
	const serverText = addressText(server);
	return {
		inferred: {client: ssNames[final.client.state], server: ssNames[final.server.state]},
		ss: {
			client: ssState(capture.ss, clientText, serverText),
			server: ssState(capture.ss, serverText, clientText),
		},
	};
}

function expectSsAgrees(result: Replayed): void {
	const {inferred, ss} = endStates(result);
	expect(inferred, `ss -tan showed:\n${result.capture.ss}`).toEqual(ss);
}

const flagsOf = (replay: Replay) =>
	replay.steps.map(({captured, side}) => {
		const names = (['SYN', 'FIN', 'RST', 'ACK'] as const).filter(
			(name) => captured.flags & tcpFlags[name],
		);
		return `${side === 'client' ? 'c' : 's'}:${names.join(',')}`;
	});

describe.skipIf(skipReason)('kernel captures, checked against ss -tan', () => {
	beforeAll(() => {
		requireSetup();
		for (const [name, options] of planned) captureOf(name, options);
	});

	it('the client closes first: client TIME_WAIT, the server gone', async () => {
		const result = await capturedReplay('clientClose');
		expectSsAgrees(result);
		expect(endStates(result).inferred).toEqual({client: 'TIME-WAIT', server: null});
		expect(result.replay.counts.unexpected).toBe(0);
		expect(result.replay.summary.ending).toBe('closed');
	});

	it('the server closes first: server TIME_WAIT', async () => {
		const result = await capturedReplay('serverClose');
		expectSsAgrees(result);
		expect(endStates(result).inferred).toEqual({client: null, server: 'TIME-WAIT'});
	});

	it('a three-way close: FIN, FIN,ACK, ACK', async () => {
		const result = await capturedReplay('threeWay');
		expectSsAgrees(result);
		expect(flagsOf(result.replay).slice(-3)).toEqual(['c:FIN,ACK', 's:FIN,ACK', 'c:ACK']);
		expect(Object.values(result.replay.counts).every((count) => count === 0)).toBe(true);
	});

	it('a half-close: the server sends data after the client has shut down its side', async () => {
		const result = await capturedReplay('halfClose');
		expectSsAgrees(result);
		const {replay} = result;
		// Data from the server while the client is in FIN_WAIT_2.
		const served = replay.session.steps.filter(
			(step, index) =>
				replay.steps[index]?.side === 'server' &&
				(replay.steps[index]?.captured.payloadLength ?? 0) > 0 &&
				step.result.connection.client.state === 'FIN_WAIT_2',
		);
		expect(served.length).toBeGreaterThanOrEqual(2);
		expect(endStates(result).inferred.client).toBe('TIME-WAIT');
	});

	it('refused: a SYN answered by RST,ACK from the closed port', async () => {
		const result = await capturedReplay('refused');
		expectSsAgrees(result);
		expect(flagsOf(result.replay)).toEqual(['c:SYN', 's:RST,ACK']);
		expect(result.replay.summary.ending).toBe('refused');
		expect(result.replay.session.steps[1]?.result.happenings[0]?.auto).toBe(true);
	});

	it('reset: the server aborts, and both ends are gone', async () => {
		const result = await capturedReplay('reset');
		expectSsAgrees(result);
		expect(result.replay.counts.reset).toBe(1);
		expect(endStates(result).inferred).toEqual({client: null, server: null});
	});

	it('still open: both ESTABLISHED', async () => {
		const result = await capturedReplay('open');
		expectSsAgrees(result);
		expect(endStates(result).inferred).toEqual({client: 'ESTAB', server: 'ESTAB'});
		expect(result.replay.summary.ending).toBe('open');
	});

	it('half-open: the server closed, the client did not', async () => {
		const result = await capturedReplay('halfOpen');
		expectSsAgrees(result);
		expect(endStates(result).inferred).toEqual({client: 'CLOSE-WAIT', server: 'FIN-WAIT-2'});
	});

	it('a simultaneous close: both FINs cross, both ends in TIME_WAIT', async () => {
		const result = await capturedReplay('simultaneous');
		expectSsAgrees(result);
		expect(endStates(result).inferred).toEqual({client: 'TIME-WAIT', server: 'TIME-WAIT'});
		const passed = result.replay.session.steps.flatMap((step) =>
			step.result.happenings.flatMap(({states}) => [states.client, states.server]),
		);
		expect(passed).toContain('CLOSING');
	});

	it('IPv6 on ::1', async () => {
		const result = await capturedReplay('clientClose', {host: '::1'});
		expect(result.replay.summary.family).toBe(6);
		expect(result.replay.summary.client.ip).toBe('::1');
		expectSsAgrees(result);
	});

	it('tcpdump -i any: Linux cooked v2, and v1 with -y LINUX_SLL', async () => {
		const v2 = await capturedReplay('serverClose', {iface: 'any'});
		expect(v2.listing.linkTypes).toEqual([276]);
		expectSsAgrees(v2);
		const v1 = await capturedReplay('halfClose', {iface: 'any', linkType: 'LINUX_SLL'});
		expect(v1.listing.linkTypes).toEqual([113]);
		expectSsAgrees(v1);
	});

	it('pcapng: the same capture written as pcapng, in either byte order, replays the same', async () => {
		// The half-close test's capture: this test reads the same bytes as pcapng.
		const capture = await captureOf('halfClose');
		const fromPcap = replayed(capture.pcap, capture);
		for (const little of [true, false]) {
			const fromPcapng = replayed(pcapToPcapng(capture.pcap, little), capture);
			expect(fromPcapng.listing.format).toBe('pcapng');
			expect(flagsOf(fromPcapng.replay)).toEqual(flagsOf(fromPcap.replay));
			expect(fromPcapng.replay.steps.map((step) => step.time)).toEqual(
				fromPcap.replay.steps.map((step) => step.time),
			);
			expectSsAgrees(fromPcapng);
		}
	});
});
