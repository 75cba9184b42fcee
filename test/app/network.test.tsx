// The network's keys on the screen: manual delivery, the in-flight strip, the automatic peer,
// the scenario list and the two-way "what if".
import {describe, expect, it} from 'vitest';
import {scenarioNamed} from '../../source/learn/scenarios.js';
import {frameOf, lastRow, linesOf, paneOwes, statePair, statusText} from '../helpers/frames.js';
import {type AppOptions, keys, press, renderApp} from '../helpers/render-app.js';

function start(options: AppOptions = {}) {
	const app = renderApp(options);
	return {...app, frame: () => frameOf(app.lastFrame)};
}

const strip = (frame: string) => linesOf(frame).find((line) => line.startsWith('in flight:')) ?? '';

describe('manual delivery', () => {
	it('m switches to manual delivery: a SYN waits in flight until Enter delivers it', async () => {
		const {stdin, frame, unmount} = start();
		expect(strip(frame())).toBe('');
		await press(stdin, 'm');
		expect(linesOf(frame())[0]).toContain('network: manual');
		expect(strip(frame())).toContain('in flight: nothing');
		await press(stdin, 's');
		expect(statePair(frame())).toBe('SYN_SENT/LISTEN');
		expect(strip(frame())).toBe('in flight: ▶1 C▶S SYN seq=0');
		expect(lastRow(frame())).toMatch(/SYN_SENT +│─+ SYN seq=0 ─+··· +│$/);
		await press(stdin, '\r');
		expect(strip(frame())).toContain('in flight: nothing');
		// The server changes state when the SYN arrives, not before.
		expect(lastRow(frame())).toMatch(/│ +···─+ SYN seq=0 ─+▶│ SYN_RECEIVED$/);
		expect(statePair(frame())).toBe('SYN_SENT/SYN_RECEIVED');
		expect(paneOwes(frame())).toEqual({client: '', server: 'SYN,ACK'});
		expect(frame()).toContain('owes a SYN,ACK');
		unmount();
	});

	it('shows a segment to the client as C◀S, client on the left as in the diagram', async () => {
		const {stdin, frame, unmount} = start({network: 'manual'});
		await press(stdin, 's', '\r', '\t', 's');
		expect(strip(frame())).toBe('in flight: ▶1 C◀S SYN,ACK seq=0 ack=1');
		unmount();
	});

	it('x loses the picked segment; t resends it, marked (resent)', async () => {
		const {stdin, frame, unmount} = start({network: 'manual'});
		await press(stdin, 's', 'x');
		expect(lastRow(frame())).toContain('SYN seq=0 ✗ lost');
		expect(strip(frame())).toContain('nothing');
		await press(stdin, 't');
		expect(strip(frame())).toContain('SYN seq=0');
		expect(lastRow(frame())).toContain('SYN seq=0 (resent)');
		unmount();
	});

	it('1-9 pick a segment, + copies it, and Enter on a later one overtakes the older', async () => {
		const {stdin, frame, unmount} = start({network: 'manual'});
		await press(stdin, 's', '+');
		expect(strip(frame())).toBe('in flight: ▶1 C▶S SYN seq=0   2 C▶S SYN seq=0');
		await press(stdin, '3');
		expect(statusText(frame())).toBe('There are only 2 segments in flight.');
		await press(stdin, '2');
		expect(strip(frame())).toBe('in flight:  1 C▶S SYN seq=0  ▶2 C▶S SYN seq=0');
		await press(stdin, '\r');
		expect(statusText(frame())).toContain('number 2 in flight, ahead of older ones');
		unmount();
	});

	it('refuses to switch back to instant delivery while segments are in flight', async () => {
		const {stdin, frame, unmount} = start({network: 'manual'});
		await press(stdin, 's', 'm');
		expect(statusText(frame())).toContain('Deliver or drop the segments in flight');
		expect(linesOf(frame())[0]).toContain('network: manual');
		await press(stdin, '\r', 'm');
		expect(linesOf(frame())[0]).toContain('network: instant');
		unmount();
	});

	it('Enter with nothing in flight is rejected with a reason, not ignored', async () => {
		const {stdin, frame, unmount} = start({network: 'manual'});
		await press(stdin, '\r');
		expect(statusText(frame())).toContain('Nothing is in flight');
		expect(lastRow(frame())).toContain('✗ deliver rejected: nothing in flight');
		unmount();
	});
});

describe('the automatic peer', () => {
	it('p makes the other side answer by itself; u takes back the move with its answer', async () => {
		const {stdin, frame, unmount} = start();
		await press(stdin, 'p');
		expect(linesOf(frame())[0]).toContain('peer: server');
		await press(stdin, 's');
		// The peer paid what it owed (its SYN,ACK), which made the client ESTABLISHED, owing an ACK.
		expect(statePair(frame())).toBe('ESTABLISHED/SYN_RECEIVED');
		expect(paneOwes(frame())).toEqual({client: 'ACK', server: ''});
		expect(lastRow(frame())).toMatch(/^ESTABLISHED +│◀─+ SYN,ACK seq=0 ack=1 ─+│$/);
		await press(stdin, 'a');
		expect(statePair(frame())).toBe('ESTABLISHED/ESTABLISHED');
		await press(stdin, 'f');
		// The peer acknowledges the FIN, but closing is its application's decision.
		expect(statePair(frame())).toBe('FIN_WAIT_2/CLOSE_WAIT');
		expect(paneOwes(frame())).toEqual({client: '', server: ''});
		await press(stdin, 'u');
		expect(statePair(frame())).toBe('ESTABLISHED/ESTABLISHED');
		unmount();
	});
});

describe('scenarios', () => {
	it('o lists the scenarios; Enter starts one; Space plays it step by step with its narration', async () => {
		const {stdin, frame, unmount} = start();
		await press(stdin, 'o');
		expect(linesOf(frame())[0]).toContain('Scenarios');
		expect(frame()).toContain('▶ Normal open and close (normal)');
		// ink-select-input re-binds its key handler after each render: give it one between keys.
		await press(stdin, keys.down);
		await new Promise((resolve) => setTimeout(resolve, 30));
		await press(stdin, '\r');
		expect(statusText(frame())).toContain('Simultaneous open.');
		expect(linesOf(frame())[0]).toContain('network: manual');
		await press(stdin, ' ', ' ');
		expect(statusText(frame())).toContain('The server sends its own SYN from LISTEN');
		expect(statePair(frame())).toBe('SYN_SENT/SYN_SENT');
		unmount();
	});

	it('Esc closes the list without changing anything', async () => {
		const {stdin, frame, unmount} = start();
		await press(stdin, 's', 'o');
		await press(stdin, keys.escape);
		// Ink holds a lone Esc briefly, in case an escape sequence follows: wait for the sandbox.
		for (let tries = 0; tries < 50 && !frame().includes('tcp-tui  sandbox'); tries++) {
			await new Promise((resolve) => setTimeout(resolve, 20));
		}
		expect(statePair(frame())).toBe('SYN_SENT/SYN_RECEIVED');
		unmount();
	});

	it('--scenario opens with the scenario ready to play', async () => {
		const {stdin, frame, unmount} = start({scenario: scenarioNamed('refused') ?? null});
		expect(statusText(frame())).toContain('Connection refused.');
		await press(stdin, ' ', ' ');
		expect(frame()).toContain('RST,ACK seq=0 ack=1 (auto)');
		expect(statusText(frame())).toContain('The RST acknowledges the SYN, so the client knows');
		await press(stdin, ' ');
		expect(statusText(frame())).toContain('(End of the scenario.)');
		unmount();
	});
});

describe('the two-way handshake "what if"', () => {
	it('w makes the server ESTABLISHED as soon as it answers the SYN', async () => {
		const {stdin, frame, unmount} = start();
		await press(stdin, 'w');
		expect(linesOf(frame())[0]).toContain('TWO-WAY');
		await press(stdin, 's', '\t', 's');
		expect(statePair(frame())).toBe('ESTABLISHED/ESTABLISHED');
		await press(stdin, 'w', '\t', 'u', 'u', 's', '\t', 's');
		// The real handshake: the server waits in SYN_RECEIVED for the ACK of its SYN.
		expect(statePair(frame())).toBe('ESTABLISHED/SYN_RECEIVED');
		unmount();
	});
});
