// `tcp-tui replay FILE` in a real terminal (tmux, 80x24, CI unset): the list, a connection played
// with Space and taken back with u, Esc to the list, q to quit with status 0. Keys are sent one at
// a time, each after the screen showed the one before. Needs the built CLI and tmux.
import {mkdtempSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import {selected} from '../helpers/frames.js';
import {appCommand, shows, TmuxServer, tmuxTests} from '../helpers/tmux.js';
import {demoCapture} from './build-capture.js';

const {skipReason, requireSetup} = tmuxTests('test/replay/replay.tmux.test.ts');
const server = new TmuxServer(`tcp-tui-replay-${process.pid}`);

describe.skipIf(skipReason !== undefined)('replay in a real terminal (tmux)', () => {
	let root = '';

	beforeAll(() => {
		requireSetup();
		root = mkdtempSync(path.join(tmpdir(), 'tcp-tui-replay-tmux-'));
		writeFileSync(path.join(root, 'demo.pcap'), demoCapture());
	});

	afterAll(() => {
		server.kill();
		if (root) rmSync(root, {recursive: true, force: true});
	});

	it('lists, plays, goes back, returns to the list and quits', async () => {
		server.start('replay', appCommand({args: ['replay', 'demo.pcap']}), {
			columns: 80,
			rows: 24,
			cwd: root,
		});
		await server.waitFor('replay', (rows) => selected(rows).startsWith('▶ 1. 10.0.0.1:40000'), {
			what: 'the list of connections',
		});
		server.sendKeys('replay', 'Enter');
		await server.waitFor('replay', shows('segment 0/6'), {what: 'the replay screen'});
		for (const step of [1, 2, 3]) {
			server.sendKeys('replay', 'Space');
			await server.waitFor('replay', shows(`segment ${step}/6`), {what: `segment ${step}`});
		}
		const screen = server.capture('replay');
		expect(screen.some((row) => /^ *2\.000 +│─+ ACK seq=1 ack=1 ─+▶│ ESTABLISHED$/.test(row))).toBe(
			true,
		);
		expect(screen.length).toBeLessThanOrEqual(24);
		server.sendKeys('replay', 'u');
		await server.waitFor('replay', shows('segment 2/6'), {what: 'one segment back'});
		server.sendKeys('replay', 'Escape');
		await server.waitFor('replay', shows('Connections in demo.pcap'), {what: 'the list again'});
		server.sendKeys('replay', 'q');
		expect(await server.exitCode('replay')).toBe(0);
	});
});
