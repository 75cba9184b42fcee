// The replay screen as a person sees it: the list of connections, then a connection played one
// segment at a time, going back, the time column, and quitting.
import {render} from 'ink-testing-library';
import {describe, expect, it} from 'vitest';
import ReplayApp from '../../source/components/ReplayApp.js';
import {glyphsFor} from '../../source/diagram/glyphs.js';
import {bufferSource} from '../../source/replay/byte-source.js';
import {type ConnectionSummary, scanCapture} from '../../source/replay/connections.js';
import {inferReplay} from '../../source/replay/infer.js';
import {frameOf, linesOf, overwideLines, paneStates} from '../helpers/frames.js';
import {keys, press} from '../helpers/render-app.js';
import {conversation, type Exchange, pcap} from './build-capture.js';

const exchange: Exchange = [
	['c', 'S', 1000, 0],
	['s', 'SA', 5000, 1001],
	['c', 'A', 1001, 5001],
	['c', 'PA', 1001, 5001, 100],
	['s', 'A', 5001, 1101],
	['c', 'FA', 1101, 5001],
	['s', 'A', 5001, 1102],
	['c', 'PA', 1102, 5001, 10],
];

function renderReplay({
	columns = 80,
	rows = 24,
	chosen = false,
}: {
	columns?: number;
	rows?: number;
	chosen?: boolean;
} = {}) {
	const bytes = pcap(conversation(exchange));
	const {listing} = scanCapture(bufferSource(bytes));
	const quits: string[] = [];
	const load = (summary: ConnectionSummary) =>
		inferReplay('en', summary, scanCapture(bufferSource(bytes), summary.id).segments);
	const app = render(
		<ReplayApp
			lang="en"
			file="capture.pcap"
			listing={listing}
			candidates={listing.connections}
			chosen={chosen ? (listing.connections[0] ?? null) : null}
			warnings={['the file stops in the middle of packet 9']}
			load={load}
			display={{glyphs: glyphsFor(false), ascii: false, color: false}}
			size={{columns, rows}}
			onQuit={(reason) => quits.push(reason)}
		/>,
	);
	return {...app, quits, frame: () => frameOf(app.lastFrame)};
}

describe('the replay screen', () => {
	it('lists the connections, and Enter plays the one picked', async () => {
		const app = renderReplay();
		await press(app.stdin);
		expect(app.frame()).toContain('Connections in capture.pcap');
		expect(app.frame()).toMatch(
			/▶ 1\. 10\.0\.0\.1:40000 → 10\.0\.0\.2:80 {2}8 segments from 0\.000 s/,
		);
		expect(app.frame()).toContain('the file stops in the middle of packet 9');
		await press(app.stdin, '\r');
		expect(app.frame()).toContain('segment 0/8');
		expect(paneStates(app.frame())).toEqual({client: 'CLOSED', server: 'LISTEN'});
		expect(app.frame()).toContain('Replay of capture.pcap, connection 1');
		app.unmount();
	});

	it('Space and → step forward, u and ← go back; each row shows its time in ms', async () => {
		const app = renderReplay({chosen: true});
		await press(app.stdin, ' ', keys.right, ' ');
		expect(app.frame()).toContain('segment 3/8');
		expect(paneStates(app.frame())).toEqual({client: 'ESTABLISHED', server: 'ESTABLISHED'});
		const rows = linesOf(app.frame());
		expect(rows.some((row) => /^ *ms Client/.test(row))).toBe(true);
		expect(rows.some((row) => /^ *1\.000 ESTABLISHED +│◀─+ SYN,ACK seq=0 ack=1/.test(row))).toBe(
			true,
		);
		expect(app.frame()).toMatch(/Packet 3 at 2\.000 ms/);
		await press(app.stdin, 'u', keys.left);
		expect(app.frame()).toContain('segment 1/8');
		expect(paneStates(app.frame())).toEqual({client: 'SYN_SENT', server: 'SYN_RECEIVED'});
		app.unmount();
	});

	it('says where the engine could not follow, and the summary at the end', async () => {
		const app = renderReplay({chosen: true});
		await press(app.stdin, 'G');
		expect(app.frame()).toContain('segment 8/8');
		// Data from the client after its own FIN: no move sends that.
		const text = app.frame().replaceAll(/\s+/g, ' ');
		expect(text).toMatch(/! The engine would not have the client send this segment now/);
		expect(text).toMatch(/segments the engine would not send 1\./);
		await press(app.stdin, 'g');
		expect(app.frame()).toContain('segment 0/8');
		app.unmount();
	});

	it('fits the terminal at 80x24 and at 40x12, every step', async () => {
		for (const [columns, rows] of [
			[80, 24],
			[40, 12],
		] as const) {
			const app = renderReplay({chosen: true, columns, rows});
			for (let step = 0; step <= exchange.length; step++) {
				const frame = app.frame();
				expect(overwideLines(frame, columns)).toEqual([]);
				expect(linesOf(frame).length).toBeLessThan(rows);
				await press(app.stdin, ' ');
			}
			app.unmount();
		}
	});

	it('Enter steps on, Backspace back, End and Home to the ends; the footer names those keys', async () => {
		const app = renderReplay({chosen: true});
		await press(app.stdin, '\r', '\r', '\u007F');
		expect(app.frame()).toContain('segment 1/8');
		await press(app.stdin, '\u001B[F');
		expect(app.frame()).toContain('segment 8/8');
		await press(app.stdin, '\u001B[H');
		expect(app.frame()).toContain('segment 0/8');
		// Chosen on the command line: there is no list, so Esc is not offered.
		const footer = linesOf(app.frame()).at(-1) ?? '';
		expect(footer).toContain('Space/→ next segment  u/← back');
		expect(footer).toMatch(/q quit$/);
		expect(footer).not.toContain('Esc');
		app.unmount();
	});

	it('Ctrl+C leaves from the list and from the replay, as an interrupt', async () => {
		for (const keys of [['\u0003'], ['\r', ' ', '\u0003']]) {
			const app = renderReplay();
			await press(app.stdin, ...keys);
			expect(app.quits).toEqual(['interrupt']);
			app.unmount();
		}
	});

	it('Esc goes back to the list; q quits from either', async () => {
		const app = renderReplay();
		await press(app.stdin, '\r');
		expect(app.frame()).toContain('segment 0/8');
		await press(app.stdin, keys.escape);
		expect(app.frame()).toContain('Connections in capture.pcap');
		await press(app.stdin, '\r', 'q');
		expect(app.quits).toEqual(['quit']);
		app.unmount();
	});
});
