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
		replay: inferReplay(summary, scanCapture(bufferSource(bytes), summary.id).segments),
	};
}

function capturedReplay(name: string, options: CaptureOptions = {}): Replayed {
	const capture = captureKernel(name, options);
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
	});

	it('the client closes first: client TIME_WAIT, the server gone', () => {
		const result = capturedReplay('clientClose');
		expectSsAgrees(result);
		expect(endStates(result).inferred).toEqual({client: 'TIME-WAIT', server: null});
		expect(result.replay.counts.unexpected).toBe(0);
		expect(result.replay.summary.ending).toBe('closed');
	});

	it('the server closes first: server TIME_WAIT', () => {
		const result = capturedReplay('serverClose');
		expectSsAgrees(result);
		expect(endStates(result).inferred).toEqual({client: null, server: 'TIME-WAIT'});
	});

	it('a three-way close: FIN, FIN,ACK, ACK', () => {
		const result = capturedReplay('threeWay');
		expectSsAgrees(result);
		expect(flagsOf(result.replay).slice(-3)).toEqual(['c:FIN,ACK', 's:FIN,ACK', 'c:ACK']);
		expect(Object.values(result.replay.counts).every((count) => count === 0)).toBe(true);
	});

	it('a half-close: the server sends data after the client has shut down its side', () => {
		const result = capturedReplay('halfClose');
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

	it('refused: a SYN answered by RST,ACK from the closed port', () => {
		const result = capturedReplay('refused');
		expectSsAgrees(result);
		expect(flagsOf(result.replay)).toEqual(['c:SYN', 's:RST,ACK']);
		expect(result.replay.summary.ending).toBe('refused');
		expect(result.replay.session.steps[1]?.result.happenings[0]?.auto).toBe(true);
	});

	it('reset: the server aborts, and both ends are gone', () => {
		const result = capturedReplay('reset');
		expectSsAgrees(result);
		expect(result.replay.counts.reset).toBe(1);
		expect(endStates(result).inferred).toEqual({client: null, server: null});
	});

	it('still open: both ESTABLISHED', () => {
		const result = capturedReplay('open');
		expectSsAgrees(result);
		expect(endStates(result).inferred).toEqual({client: 'ESTAB', server: 'ESTAB'});
		expect(result.replay.summary.ending).toBe('open');
	});

	it('half-open: the server closed, the client did not', () => {
		const result = capturedReplay('halfOpen');
		expectSsAgrees(result);
		expect(endStates(result).inferred).toEqual({client: 'CLOSE-WAIT', server: 'FIN-WAIT-2'});
	});

	it('a simultaneous close: both FINs cross, both ends in TIME_WAIT', () => {
		const result = capturedReplay('simultaneous');
		expectSsAgrees(result);
		expect(endStates(result).inferred).toEqual({client: 'TIME-WAIT', server: 'TIME-WAIT'});
		const passed = result.replay.session.steps.flatMap((step) =>
			step.result.happenings.flatMap(({states}) => [states.client, states.server]),
		);
		expect(passed).toContain('CLOSING');
	});

	it('IPv6 on ::1', () => {
		const result = capturedReplay('clientClose', {host: '::1'});
		expect(result.replay.summary.family).toBe(6);
		expect(result.replay.summary.client.ip).toBe('::1');
		expectSsAgrees(result);
	});

	it('tcpdump -i any: Linux cooked v2, and v1 with -y LINUX_SLL', () => {
		const v2 = capturedReplay('serverClose', {iface: 'any'});
		expect(v2.listing.linkTypes).toEqual([276]);
		expectSsAgrees(v2);
		const v1 = capturedReplay('halfClose', {iface: 'any', linkType: 'LINUX_SLL'});
		expect(v1.listing.linkTypes).toEqual([113]);
		expectSsAgrees(v1);
	});

	it('pcapng: the same capture written as pcapng, in either byte order, replays the same', () => {
		const capture = captureKernel('halfClose');
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
