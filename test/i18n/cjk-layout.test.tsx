// The screen in Chinese, where a character takes two columns and a sentence has no spaces: at
// 40x12, 60x20 and 80x24 every frame still fits the terminal, and the words wrap instead of
// running off the edge. Widths are measured as the terminal draws them (width() counts 客 as 2).
import {render} from 'ink-testing-library';
import {describe, expect, it} from 'vitest';
import InFlight from '../../source/components/InFlight.js';
import {withMarker} from '../../source/components/Ladder.js';
import {ladderText} from '../../source/diagram/ladder.js';
import {width} from '../../source/diagram/text.js';
import {LanguageProvider} from '../../source/hooks/use-language.js';
import {t} from '../../source/i18n/index.js';
import {type ScenarioText, scenarios, scenarioText} from '../../source/learn/scenarios.js';
import {type ParsedStep, parseSteps, scenarioSteps} from '../../source/script/parse-steps.js';
import {runSteps, scriptText} from '../../source/script/run-script.js';
import {explain} from '../../source/tcp/explain.js';
import type {SessionOptions} from '../../source/tcp/session.js';
import {frameOf, linesOf, statusText} from '../helpers/frames.js';
import {keys, press, renderApp} from '../helpers/render-app.js';

const han = /\p{Script=Han}/u;
const sizes = [
	[40, 12],
	[60, 20],
	[80, 24],
] as const;

/** Lines wider than the screen keeps free (columns - 1), with their width, for the failure message. */
function overwide(frame: string, columns: number): string[] {
	return linesOf(frame)
		.filter((line) => width(line) > columns - 1)
		.map((line) => `${width(line)}: ${line}`);
}

/** Shorter than the terminal and narrower by the column the App keeps free, and in Chinese. */
function expectFits(frame: string, columns: number, rows: number, label: string): void {
	expect(overwide(frame, columns), `${label}\n${frame}`).toEqual([]);
	expect(linesOf(frame).length, `${label}\n${frame}`).toBeLessThanOrEqual(rows - 1);
	expect(frame, `${label}\n${frame}`).toMatch(han);
}

/**
 * The status line wraps: only its last line may end in a cut (…). A Chinese sentence has no spaces
 * to break at, so a wrap that only knew spaces would cut the first long run short instead.
 */
function expectStatusWraps(frame: string, label: string): void {
	const lines = linesOf(frame).slice(0, -1);
	const status: string[] = [];
	for (let index = lines.length - 1; index >= 0; index--) {
		const line = lines[index] ?? '';
		if (!/^ \S/.test(line)) break;
		status.unshift(line);
	}
	for (const line of status.slice(0, -1)) expect(line, `${label}\n${frame}`).not.toMatch(/…$/);
}

/** s, Tab, s, Tab, a, f, Tab, a, f, Tab, a: the client opens, the client closes first. */
const handshakeAndTeardown = [...`s${keys.tab}s${keys.tab}af${keys.tab}af${keys.tab}a`];

describe.each(sizes)('the App in Chinese at %ix%i', (columns, rows) => {
	it('plays a handshake and a teardown by keys, every frame fitting', async () => {
		const app = renderApp({lang: 'zh', columns, rows});
		const frame = () => frameOf(app.lastFrame);
		expectFits(frame(), columns, rows, 'start');
		expect(frame()).toContain('客户端');
		for (const [index, key] of handshakeAndTeardown.entries()) {
			await press(app.stdin, key);
			const label = `after key ${index + 1} (${JSON.stringify(key)})`;
			expectFits(frame(), columns, rows, label);
			expectStatusWraps(frame(), label);
		}
		// The teardown is done: the server's FIN,ACK put the client in TIME_WAIT as it arrived, and
		// the client's last ACK closed the server.
		expect(statusText(frame()).replaceAll(' ', '')).toContain('✓客户端用ack=302确认了服务器的FIN');
		// At 40x12 the explanation takes the diagram's rows, and its end is a page on.
		await press(app.stdin, keys.pageDown);
		expectFits(frame(), columns, rows, 'the next page');
		expect(statusText(frame()).replaceAll(' ', '')).toContain('LAST_ACK→CLOSED');
		// The footer is in Chinese, its help and quit kept at any width.
		expect(linesOf(frame()).at(-1)).toContain('? 帮助');
		expect(linesOf(frame()).at(-1)).toContain('q 退出');
		app.unmount();
	});

	it('wraps the first explanation between characters, losing nothing that fits', async () => {
		const app = renderApp({lang: 'zh', columns, rows});
		await press(app.stdin, 's');
		const shown = statusText(frameOf(app.lastFrame)).replaceAll(' ', '');
		// However many lines the status has room for, they show the explanation from its start,
		// every character of it up to the cut on the last line.
		const session = runSteps(parseSteps('en', 'c:syn'), {isnClient: 100, isnServer: 300});
		const verdict = session.steps[0]?.result.verdict;
		// The explanation, then its "On Linux" note as a paragraph of its own (on a line of its own).
		const whole = `✓${verdict ? explain('zh', verdict) : ''}`.replaceAll(/\s/g, '');
		// A status longer than its rows ends its first page with a mark that more follows.
		const visible = shown.replace(/▼更多：PgDn\d+\/\d+$/, '').replace(/…$/, '');
		expect(visible.length).toBeGreaterThan(columns / 2);
		expect(whole.startsWith(visible), `${visible}\n${whole}`).toBe(true);
		app.unmount();
	});

	it('shows the help and scrolls it, every frame fitting', async () => {
		const app = renderApp({lang: 'zh', columns, rows});
		const frame = () => frameOf(app.lastFrame);
		await press(app.stdin, '?');
		expectFits(frame(), columns, rows, 'help');
		expect(frame()).toContain('切换操作方');
		for (let index = 0; index < 30; index++) {
			await press(app.stdin, keys.down);
			expectFits(frame(), columns, rows, `help, scrolled ${index + 1}`);
		}
		for (let index = 0; index < 10; index++) {
			await press(app.stdin, keys.pageDown);
			expectFits(frame(), columns, rows, `help, page ${index + 1}`);
		}
		// The help's last line, reached in Chinese.
		expect(frame()).toContain('显示挑战的解法');
		await press(app.stdin, keys.escape);
		expectFits(frame(), columns, rows, 'help closed');
		app.unmount();
	});

	it('shows the scenario menu, and plays a scenario with its narration, every frame fitting', async () => {
		const app = renderApp({lang: 'zh', columns, rows});
		const frame = () => frameOf(app.lastFrame);
		await press(app.stdin, 'o');
		expectFits(frame(), columns, rows, 'scenario menu');
		expect(frame()).toContain('正常的建立与关闭');
		for (let index = 0; index < scenarios.length; index++) {
			await press(app.stdin, keys.down);
			expectFits(frame(), columns, rows, `scenario menu, down ${index + 1}`);
		}
		await press(app.stdin, keys.up, keys.up, keys.up, keys.up, keys.up, keys.up);
		await press(app.stdin, '\r');
		expectFits(frame(), columns, rows, 'scenario started');
		for (let index = 0; index < 12; index++) {
			await press(app.stdin, ' ');
			expectFits(frame(), columns, rows, `scenario step ${index + 1}`);
			expectStatusWraps(frame(), `scenario step ${index + 1}`);
		}
		app.unmount();
	});
});

describe('the scroll marker, in columns', () => {
	it('sits between the names when the ladder is scrolled back at 40x12', async () => {
		const app = renderApp({lang: 'zh', columns: 40, rows: 12});
		const frame = () => frameOf(app.lastFrame);
		await press(app.stdin, ...handshakeAndTeardown);
		await press(app.stdin, keys.up, keys.up, keys.up);
		const title = linesOf(frame()).find((line) => line.includes('行更早'));
		expect(title, frame()).toMatch(/^客户端 +↑ \d+ 行更早 · ↓ 更新 +服务器$/);
		expectFits(frame(), 40, 12, 'scrolled back');
		app.unmount();
	});

	const names = `客户端${' '.repeat(31)}服务器`;

	it('centres a Chinese marker between Chinese names, the line as wide as before', () => {
		const marker = t('zh', 'ui.scrolled', {count: '3'});
		const line = withMarker(names, marker);
		expect(width(line)).toBe(width(names));
		expect(line.startsWith('客户端 ')).toBe(true);
		expect(line.endsWith(' 服务器')).toBe(true);
		const before = line.indexOf(marker);
		expect(width(line.slice(0, before))).toBe(Math.floor((width(names) - width(marker)) / 2));
	});

	it('puts an English marker where it always went', () => {
		const english = `Client${' '.repeat(28)}Server`;
		expect(withMarker(english, '↑ 3 older · ↓ newer')).toBe(
			'Client    ↑ 3 older · ↓ newer     Server',
		);
	});

	it('goes to the end when the gap is too narrow, still no wider than the names', () => {
		const narrow = `客户端${' '.repeat(8)}服务器`;
		const line = withMarker(narrow, '↑ 3 行更早 · ↓ 更新');
		expect(line.endsWith('↑ 3 行更早 · ↓ 更新')).toBe(true);
		expect(width(line)).toBeLessThanOrEqual(width(narrow));
	});
});

describe('the segments in flight, in columns', () => {
	it.each([40, 60])('fit %i columns behind the Chinese 在途：, cut with an ellipsis', (columns) => {
		const session = runSteps(parseSteps('en', 'c:syn c:timeout c:timeout c:timeout c:timeout'), {
			isnClient: 100,
			isnServer: 300,
			network: 'manual',
		});
		const strip = render(
			<LanguageProvider value="zh">
				<InFlight inFlight={session.inFlight} picked={1} absolute={false} width={columns} />
			</LanguageProvider>,
		);
		const line = frameOf(strip.lastFrame);
		expect(line.startsWith('在途： ▶1 C▶S SYN seq=0')).toBe(true);
		expect(width(line)).toBe(columns);
		expect(line.endsWith('…')).toBe(true);
		strip.unmount();
	});
});

const isns = {isnClient: 2_847_561_023, isnServer: 1_193_046_011} as const;

type Played = {
	readonly name: string;
	readonly steps: readonly ParsedStep[];
	readonly options: SessionOptions;
	readonly scenario?: ScenarioText;
};

const scripts = [
	['standard', 'c:syn s:syn c:ack c:fin s:ack s:fin c:ack c:timeout', 'instant'],
	['rejected moves', 'c:fin c:syn c:syn s:syn c:ack c:data:300 s:listen c:ack', 'instant'],
	[
		'lost SYN, manual network',
		'c:syn net:drop c:timeout net:deliver s:syn net:dup net:deliver c:ack net:deliver',
		'manual',
	],
] as const;

/** The exchanges and every scenario, narrated in Chinese. */
function chineseSessions() {
	const plain: Played[] = scripts.map(([name, script, network]) => ({
		name,
		steps: parseSteps('en', script),
		options: {...isns, network},
	}));
	const fromScenarios: Played[] = scenarios.map((scenario) => ({
		name: scenario.name,
		steps: scenarioSteps('zh', scenario),
		options: {...isns, network: scenario.network, twoWay: scenario.twoWay ?? false},
		scenario: scenarioText('zh', scenario),
	}));
	return [...plain, ...fromScenarios].map((each) => ({
		...each,
		session: runSteps(each.steps, each.options),
	}));
}

describe('the ladder and script text in Chinese at 40 columns', () => {
	it('fits every line of every exchange and scenario, in Chinese', () => {
		for (const {name, steps, options, scenario, session} of chineseSessions()) {
			const ladder = ladderText(session, {lang: 'zh', width: 40, stepNumbers: true});
			expect(overwide(ladder, 41), `${name}\n${ladder}`).toEqual([]);
			expect(ladder, name).toMatch(/^ *客户端 +服务器$/m);
			const text = scriptText(session, {...options, lang: 'zh', steps, scenario, width: 40});
			expect(overwide(text, 41), `${name}\n${text}`).toEqual([]);
			expect(text, name).toMatch(han);
			// Nothing is cut: every step's explanation is there whole, however it was wrapped.
			const flat = text.replaceAll(/\s/g, '');
			for (const step of session.steps) {
				expect(flat, name).toContain(explain('zh', step.result.verdict).replaceAll(/\s/g, ''));
			}
		}
	});

	it('joins Chinese sentences without a space after their full stop', () => {
		for (const {name, steps, options, scenario, session} of chineseSessions()) {
			const text = scriptText(session, {...options, lang: 'zh', steps, scenario, width: 200});
			expect(text.match(/[。：，；！？] \p{Script=Han}/gu) ?? [], name).toEqual([]);
		}
	});
});
