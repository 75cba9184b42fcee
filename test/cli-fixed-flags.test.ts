// The built CLI refuses flags a mode would silently ignore (a lesson, a challenge or a quiz sets
// its own network and players; --width is only for --script), refuses an empty lesson or challenge
// name, still lets the menu take --network, and prints --list's headings in the chosen language.
// Run `npm run build` first (npm test does).
import {beforeAll, describe, expect, test} from 'vitest';
import {type Language, t} from '../source/i18n/index.js';
import {challenges} from '../source/learn/challenges.js';
import {lessons} from '../source/learn/lessons.js';
import {requireBuiltCli, run} from './helpers/cli.js';

beforeAll(() => {
	requireBuiltCli();
});

/** A usage error: exit 2, nothing on stdout, one `tcp-tui: …` line and no stack trace. */
function expectUsageError(args: readonly string[]): string {
	const result = run(args);
	expect(result.status, `${args.join(' ')}: ${result.stderr}`).toBe(2);
	expect(result.stdout).toBe('');
	expect(result.stderr).toMatch(/^tcp-tui: [^\n]+\n$/);
	expect(result.stderr).not.toMatch(/\n\s+at |Error:|node:internal/);
	return result.stderr.trim();
}

describe('flags a mode sets for itself are refused', () => {
	test.each([
		[['--lesson', 'handshake', '--network', 'manual'], '--network', '--lesson'],
		[['--challenge', 'establish', '--peer', 'server'], '--peer', '--challenge'],
		[['--quiz', '--two-way'], '--two-way', '--quiz'],
	])('%j: exit 2, naming %s and %s', (args, flag, mode) => {
		const line = expectUsageError(args);
		expect(line).toContain(flag);
		expect(line).toContain(mode);
	});

	test('--quiz --width 50: exit 2, --width is for --script', () => {
		const line = expectUsageError(['--quiz', '--width', '50']);
		expect(line).toContain('--width');
		expect(line).toContain('--script');
	});
});

describe('an empty name', () => {
	test("--lesson '': exit 2, listing the lessons", () => {
		const line = expectUsageError(['--lesson', '']);
		expect(line).toContain('--lesson');
		for (const {name} of lessons) expect(line).toContain(name);
	});

	test("--challenge '': exit 2, listing the challenges", () => {
		const line = expectUsageError(['--challenge', '']);
		expect(line).toContain('--challenge');
		for (const {name} of challenges) expect(line).toContain(name);
	});
});

test('--menu --network manual passes the options, and stops only at the non-TTY check (exit 1)', () => {
	const result = run(['--menu', '--network', 'manual']);
	expect(result.status, result.stderr).toBe(1);
	expect(result.stdout).toBe('');
	expect(result.stderr).toMatch(/^tcp-tui: stdin is not a terminal[^\n]*\n$/);
	expect(result.stderr).not.toContain('--network');
});

/** --list's four headings, in `language`. */
function headingsIn(language: Language): string[] {
	return [
		t(language, 'mode.listLessons'),
		t(language, 'mode.listChallenges'),
		t(language, 'mode.listTopics'),
		t(language, 'mode.listScenarios'),
	];
}

test('--lang zh --list prints the Chinese section headings', () => {
	const result = run(['--lang', 'zh', '--list']);
	expect(result.status, result.stderr).toBe(0);
	expect(result.stderr).toBe('');
	const headings = headingsIn('zh');
	const english = headingsIn('en');
	const lines = result.stdout.split('\n');
	const at = headings.map((heading) => lines.indexOf(heading));
	for (const [index, heading] of headings.entries()) {
		expect(at[index], `${heading} in:\n${result.stdout}`).toBeGreaterThanOrEqual(0);
		expect(heading).not.toBe(english[index]);
		expect(result.stdout).not.toContain(english[index]);
	}
	expect([...at].sort((a, b) => a - b)).toEqual(at);
});
