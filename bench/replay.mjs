// The replay benchmark: write a capture of 1,000,000 packets (10,000 connections of 100 segments,
// 100 of them open at a time, interleaved as a busy server's capture is), then time
// `tcp-tui replay FILE` listing its connections, and its peak memory. The target is under 10 s.
import {closeSync, mkdtempSync, openSync, rmSync, statSync, writeSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {cli, measured} from './measure.mjs';

const packetCount = 1_000_000;
const perConnection = 100;
const concurrent = 100;

/** One Ethernet + IPv4 + TCP (with timestamps) record, written into `out` at `at`. */
function record(out, at, {time, client, forward, seq, ack, flags, payload}) {
	const view = new DataView(out.buffer, out.byteOffset);
	const frame = 14 + 20 + 32 + payload;
	view.setUint32(at, 1_700_000_000 + Math.floor(time / 1e6), true);
	view.setUint32(at + 4, time % 1e6, true);
	view.setUint32(at + 8, frame, true);
	view.setUint32(at + 12, frame, true);
	const eth = at + 16;
	out.fill(0, eth, eth + 12);
	view.setUint16(eth + 12, 0x08_00);
	const ip = eth + 14;
	out[ip] = 0x45;
	out[ip + 1] = 0;
	view.setUint16(ip + 2, 20 + 32 + payload);
	view.setUint32(ip + 4, 0x40_00);
	out[ip + 8] = 64;
	out[ip + 9] = 6;
	view.setUint16(ip + 10, 0);
	const clientIp = 0x0a_00_00_00 + (client >> 16) + 1;
	const serverIp = 0x0a_ff_00_01;
	view.setUint32(ip + 12, forward ? clientIp : serverIp);
	view.setUint32(ip + 16, forward ? serverIp : clientIp);
	const tcp = ip + 20;
	const clientPort = 1024 + ((client & 0xff_ff) % 60_000);
	view.setUint16(tcp, forward ? clientPort : 443);
	view.setUint16(tcp + 2, forward ? 443 : clientPort);
	view.setUint32(tcp + 4, seq >>> 0);
	view.setUint32(tcp + 8, ack >>> 0);
	out[tcp + 12] = 8 << 4;
	out[tcp + 13] = flags;
	view.setUint16(tcp + 14, 512);
	view.setUint32(tcp + 16, 0);
	// NOP, NOP, timestamps.
	out.set([1, 1, 8, 10], tcp + 20);
	view.setUint32(tcp + 24, time >>> 0);
	view.setUint32(tcp + 28, 0);
	out.fill(0x61, tcp + 32, tcp + 32 + payload);
	return at + 16 + frame;
}

/**
 * The i-th segment of a connection: handshake, requests and answers, a four-way close, and one
 * duplicate of the last ACK (the replay counts it, as it would in a real capture).
 */
function segment(index, isn) {
	const {client: c, server: s} = isn;
	if (index === 0) return {forward: true, seq: c, ack: 0, flags: 0x02, payload: 0};
	if (index === 1) return {forward: false, seq: s, ack: c + 1, flags: 0x12, payload: 0};
	if (index === 2) return {forward: true, seq: c + 1, ack: s + 1, flags: 0x10, payload: 0};
	const exchanges = (perConnection - 7) >> 1;
	const round = (index - 3) >> 1;
	if (round < exchanges) {
		const request = (index - 3) % 2 === 0;
		return request
			? {forward: true, seq: c + 1 + round * 50, ack: s + 1 + round * 80, flags: 0x18, payload: 50}
			: {
					forward: false,
					seq: s + 1 + round * 80,
					ack: c + 1 + (round + 1) * 50,
					flags: 0x18,
					payload: 80,
				};
	}
	const cEnd = c + 1 + exchanges * 50;
	const sEnd = s + 1 + exchanges * 80;
	const close = [
		{forward: true, seq: cEnd, ack: sEnd, flags: 0x11, payload: 0},
		{forward: false, seq: sEnd, ack: cEnd + 1, flags: 0x10, payload: 0},
		{forward: false, seq: sEnd, ack: cEnd + 1, flags: 0x11, payload: 0},
		{forward: true, seq: cEnd + 1, ack: sEnd + 1, flags: 0x10, payload: 0},
	];
	return close[index - 3 - exchanges * 2] ?? close[3];
}

export function writeBenchCapture(file) {
	const fd = openSync(file, 'w');
	const header = Buffer.alloc(24);
	header.writeUInt32LE(0xa1_b2_c3_d4, 0);
	header.writeUInt16LE(2, 4);
	header.writeUInt16LE(4, 6);
	header.writeUInt32LE(262_144, 16);
	header.writeUInt32LE(1, 20);
	writeSync(fd, header);
	const out = Buffer.alloc(4 * 1024 * 1024);
	let at = 0;
	const open = [];
	let next = 0;
	let written = 0;
	let time = 0;
	while (written < packetCount) {
		while (open.length < concurrent && next * perConnection < packetCount) {
			open.push({
				id: next,
				step: 0,
				isn: {client: (next * 7919) >>> 0, server: (next * 104_729) >>> 0},
			});
			next++;
		}
		const slot = written % open.length;
		const connection = open[slot];
		at = record(out, at, {
			time,
			client: connection.id,
			...segment(connection.step, connection.isn),
		});
		written++;
		time += 37;
		connection.step++;
		if (connection.step === perConnection) open.splice(slot, 1);
		if (at > out.length - 512) {
			writeSync(fd, out, 0, at);
			at = 0;
		}
	}
	writeSync(fd, out, 0, at);
	closeSync(fd);
}

export function replayBench() {
	const directory = mkdtempSync(path.join(tmpdir(), 'tcp-tui-bench-'));
	const file = path.join(directory, 'million.pcap');
	try {
		const started = performance.now();
		writeBenchCapture(file);
		const size = statSync(file).size / 1024 / 1024;
		console.log(
			`\nreplay: wrote ${packetCount.toLocaleString('en')} packets (${size.toFixed(0)} MB, ${packetCount / perConnection} connections) in ${((performance.now() - started) / 1000).toFixed(1)} s`,
		);
		const runs = [1, 2, 3].map(() => measured(['node', cli, 'replay', file]));
		const failed = runs.find((run) => run.code !== 0);
		if (failed) throw new Error(`tcp-tui replay exited with ${failed.code}`);
		const seconds = Math.min(...runs.map((run) => run.seconds));
		const peak = Math.max(...runs.map((run) => run.peakMb));
		console.log(
			`replay: listing the connections of 1,000,000 packets: ${seconds.toFixed(2)} s (best of 3; target: under 10 s) ${seconds < 10 ? 'OK' : 'MISSED'}, peak RSS ${peak.toFixed(0)} MB`,
		);
		const one = measured(['node', cli, 'replay', file, '--connection', '5000', '--json']);
		console.log(
			`replay: one connection of it as JSON (a second pass over the file): ${one.seconds.toFixed(2)} s, peak RSS ${one.peakMb.toFixed(0)} MB`,
		);
	} finally {
		rmSync(directory, {recursive: true, force: true});
	}
}

if (process.argv[1] === new URL(import.meta.url).pathname) replayBench();
