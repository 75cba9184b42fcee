// Cut and corrupted captures: reading never crashes (only a CaptureError, which the CLI says in
// one line), never hangs, and whatever it lists replays without an exception.
import fc from 'fast-check';
import {describe, expect, it} from 'vitest';
import {bufferSource} from '../../source/replay/byte-source.js';
import {CaptureError} from '../../source/replay/capture-error.js';
import {scanCapture} from '../../source/replay/connections.js';
import {inferReplay} from '../../source/replay/infer.js';
import {formatReplay} from '../../source/replay/replay-export.js';
import {
	conversation,
	type Exchange,
	extension,
	ipv6,
	link,
	must,
	pcap,
	pcapng,
	tcp,
} from './build-capture.js';

const exchange: Exchange = [
	['c', 'S', 1000, 0],
	['s', 'SA', 5000, 1001],
	['c', 'A', 1001, 5001],
	['c', 'PA', 1001, 5001, 40],
	['s', 'PA', 5001, 1041, 30],
	['c', 'FA', 1041, 5031],
	['s', 'FA', 5031, 1042],
	['c', 'A', 1042, 5032],
	['c', 'S', 9000, 0],
	['s', 'RA', 0, 9001],
];

const v6 = ipv6(tcp({flags: 'PA', seq: 3, ack: 4, payload: 20}), {
	extensions: [extension.hopByHop, extension.destination],
});

const seeds = [
	pcap([...conversation(exchange), {data: link.ethernet(v6)}]),
	pcap(conversation(exchange, link.cooked2), {little: false, nano: true, linkType: 276}),
	pcapng([
		{
			interfaces: [{linkType: 1}, {linkType: 229, resolution: 9}],
			packets: [...conversation(exchange), {data: v6, interfaceId: 1}],
		},
		{little: false, interfaces: [{linkType: 113}], packets: conversation(exchange, link.cooked)},
	]),
];

/** Read, list and replay every connection; any error but a CaptureError fails the property. */
function survive(bytes: Uint8Array, {format = true} = {}): void {
	let listing: ReturnType<typeof scanCapture>['listing'];
	try {
		listing = scanCapture(bufferSource(bytes)).listing;
	} catch (error) {
		if (error instanceof CaptureError) return;
		throw error;
	}
	for (const summary of listing.connections) {
		const replay = inferReplay(
			'en',
			summary,
			scanCapture(bufferSource(bytes), summary.id).segments,
		);
		expect(replay.steps).toHaveLength(replay.session.steps.length);
		if (format) formatReplay(replay, 'json', {lang: 'en', file: 'fuzz.pcap'});
	}
}

const mutation = fc.record({
	seed: fc.nat(seeds.length - 1),
	cut: fc.option(fc.nat(), {nil: undefined}),
	flips: fc.array(fc.tuple(fc.nat(), fc.integer({min: 0, max: 255})), {maxLength: 24}),
});

describe('cut and corrupted captures', () => {
	it('cuts of each seed: every length through the headers, then every third byte', () => {
		for (const seed of seeds) {
			for (let length = 0; length <= seed.length; length += length < 256 ? 1 : 3) {
				survive(seed.slice(0, length), {format: false});
			}
		}
	});

	it('random cuts and byte corruptions', () => {
		const started = performance.now();
		fc.assert(
			fc.property(mutation, ({seed, cut, flips}) => {
				const original = seeds[seed] ?? must(seeds[0]);
				const bytes = original.slice(
					0,
					cut === undefined ? original.length : cut % (original.length + 1),
				);
				for (const [at, value] of flips) if (bytes.length > 0) bytes[at % bytes.length] = value;
				survive(bytes);
			}),
			{numRuns: 1500, seed: 20_261_203},
		);
		// No case may make the reader spin: 1500 small files in well under the test's timeout.
		expect(performance.now() - started).toBeLessThan(15_000);
	});

	it('a block length that points past the end does not make it read for ever', () => {
		const bytes = must(seeds[2]).slice();
		// The second block's length, made huge but still a multiple of 4.
		new DataView(bytes.buffer).setUint32(bytes.indexOf(1, 28) + 4, 0x3f_ff_ff_fc, true);
		const {listing} = scanCapture(bufferSource(bytes));
		expect(listing.stop).not.toBeNull();
	});
});
