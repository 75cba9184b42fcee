import {describe, expect, test} from 'vitest';
import {
	exportFormats,
	extensionOf,
	formatSession,
	isExportFormat,
} from '../../source/export/formats.js';
import {type ParsedStep, parseSteps} from '../../source/script/parse-steps.js';
import {
	playScript,
	type ScriptOptions,
	scriptJson,
	scriptText,
} from '../../source/script/run-script.js';
import {halfClose, isns, lostSyn, play, playScenario, rejected, standard} from './sessions.js';

/** Script mode's output, as the CLI writes it: in pieces, some of them already UTF-8. */
function played(steps: readonly ParsedStep[], format: 'text' | 'json', options: ScriptOptions) {
	const chunks: Buffer[] = [];
	playScript(steps, format, options, (chunk) => chunks.push(Buffer.from(chunk)));
	return Buffer.concat(chunks).toString();
}

describe('the export formats', () => {
	test('are the five formats, each with its file extension', () => {
		expect(exportFormats).toEqual(['text', 'markdown', 'json', 'mermaid', 'packetdrill']);
		expect(exportFormats.map((format) => extensionOf(format))).toEqual([
			'.txt',
			'.md',
			'.json',
			'.mmd',
			'.pkt',
		]);
	});

	test('isExportFormat knows them and nothing else', () => {
		expect(exportFormats.every((format) => isExportFormat(format))).toBe(true);
		expect(isExportFormat('pdf')).toBe(false);
		expect(isExportFormat('Markdown')).toBe(false);
	});

	test('text is script mode’s text, with the same width and numbering options', () => {
		const {session, options} = play(standard);
		for (const extra of [{}, {width: 60}, {absolute: true}, {ascii: true}]) {
			expect(formatSession(session, 'text', {...options, ...extra})).toBe(
				scriptText(session, {...isns, ...options, ...extra}),
			);
		}
	});

	test('text keeps a scenario’s narration, as script mode prints it', () => {
		const {session, options} = playScenario('lost-syn');
		const text = formatSession(session, 'text', options);
		expect(text).toBe(scriptText(session, {...isns, ...options}));
		expect(text).toContain(options.scenario?.title ?? 'no title');
	});

	test('json is script mode’s JSON', () => {
		for (const {session, options} of [play(standard), play(lostSyn, {network: 'manual'})]) {
			const json = formatSession(session, 'json', options);
			expect(json).toBe(scriptJson(session, 'en'));
			expect(JSON.parse(json)).toHaveProperty('steps');
		}
	});

	test('script mode, which forgets each step once written, writes what the whole session gives', () => {
		const cases = [
			{...play(standard), session: {...isns}},
			{...play(rejected), session: {...isns, peer: 'server' as const}},
			{...play(halfClose), session: {...isns, twoWay: true}},
			{...play(lostSyn, {network: 'manual'}), session: {...isns, network: 'manual' as const}},
		];
		const scenario = playScenario('lost-syn');
		for (const {steps, session} of cases) {
			const whole = play(steps.map((step) => step.input).join(' '), session).session;
			expect(played(steps, 'json', {...session, lang: 'en'})).toBe(scriptJson(whole, 'en'));
			for (const extra of [{}, {width: 60, absolute: true}, {ascii: true}]) {
				expect(played(steps, 'text', {...session, ...extra, lang: 'en', steps})).toBe(
					scriptText(whole, {...session, ...extra, lang: 'en', steps}),
				);
			}
		}
		const options = {...isns, ...scenario.options, network: 'manual' as const};
		expect(played(scenario.steps, 'text', options)).toBe(scriptText(scenario.session, options));
	});

	test('a long script’s notes, kept as UTF-8 while its ladder is written, come out whole and in order', () => {
		// 2,000 steps of Chinese notes: megabytes of text, kept in many buffers.
		const cycle = 'c:syn c:syn s:syn c:ack c:fin s:ack s:ack s:fin c:ack c:timeout s:listen';
		const steps = parseSteps('zh', Array.from({length: 200}, () => cycle).join(' '));
		expect(steps.length).toBeGreaterThanOrEqual(2000);
		const text = played(steps, 'text', {...isns, lang: 'zh'});
		expect(text.length).toBeGreaterThan(300_000);
		expect(text).not.toContain('\uFFFD');
		const [ladder = '', , notes = ''] = text.split('\n\n');
		// Each step numbers its first row of the ladder, and begins its note: once, in order.
		const numbered = (part: string, pattern: RegExp) =>
			[...part.matchAll(pattern)].map((match) => Number(match[1]));
		const all = steps.map((_, index) => index + 1);
		expect(numbered(ladder, /^(\d+)\./gm)).toEqual(all);
		expect(numbered(notes, /^(\d+)\. /gm)).toEqual(all);
	});

	test('no format ends in a newline: the caller adds one, as for scriptText', () => {
		const {session, options} = play(standard);
		for (const format of exportFormats) {
			const output = formatSession(session, format, options);
			expect(output.length).toBeGreaterThan(0);
			expect(output.endsWith('\n')).toBe(false);
		}
	});
});
