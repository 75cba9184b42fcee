// `report FILE…` on the command line: --format and its short forms --csv and --json, --best and
// --width, through parseOptions as cli.tsx calls it.
import {describe, expect, test} from 'vitest';
import {type Environment, type Flags, parseOptions} from '../../source/options.js';
import {usageErrorOf} from '../helpers/usage-error.js';

function parse(flags: Flags, input: readonly string[], env: Environment = {}) {
	return parseOptions('en', {isnClient: '1', isnServer: '2', ...flags}, input, env, () => 0);
}

function task(flags: Flags, files: readonly string[] = ['a.json']) {
	return parse(flags, ['report', ...files]).task;
}

function refusal(call: () => unknown): string {
	const error = usageErrorOf(call);
	expect(error.exitCode).toBe(2);
	expect(error.message).not.toContain('\n');
	return error.message;
}

describe('report options', () => {
	test('text by default, the latest attempt counting, the width left to the terminal', () => {
		expect(task({}, ['a.json', 'b.json'])).toEqual({
			kind: 'report',
			files: ['a.json', 'b.json'],
			format: 'text',
			basis: 'latest',
			width: null,
		});
	});

	test.each(['text', 'csv', 'markdown', 'json'] as const)('--format %s', (format) => {
		expect(task({format})).toMatchObject({format});
	});

	test('--csv and --json are short for their formats, and may repeat them', () => {
		expect(task({csv: true})).toMatchObject({format: 'csv'});
		expect(task({json: true})).toMatchObject({format: 'json'});
		expect(task({csv: true, format: 'csv'})).toMatchObject({format: 'csv'});
	});

	test('formats that contradict each other are refused, naming them', () => {
		expect(refusal(() => task({csv: true, format: 'markdown'}))).toBe(
			'--csv and --format markdown cannot be used together',
		);
		expect(refusal(() => task({csv: true, json: true}))).toBe(
			'--csv and --json cannot be used together',
		);
	});

	test('a format the report does not have is refused, with the ones it has', () => {
		expect(refusal(() => task({format: 'mermaid'}))).toBe(
			"--format must be text or csv or markdown or json, not 'mermaid'",
		);
	});

	test('--best counts the best attempt', () => {
		expect(task({best: true})).toMatchObject({basis: 'best'});
	});

	test('--width N from 40 to 400', () => {
		expect(task({width: '100'})).toMatchObject({width: 100});
		expect(refusal(() => task({width: '20'}))).toContain('--width must be a whole number');
	});

	test('--best and --csv without report are refused', () => {
		expect(refusal(() => parse({best: true}, []))).toContain('--best only works with report');
		expect(refusal(() => parse({csv: true}, []))).toContain('--csv only works with report');
	});

	test('report with no files is refused', () => {
		expect(refusal(() => task({}, []))).toContain('report needs the results files');
	});
});
