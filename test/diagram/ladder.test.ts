// The ladder's rows for rejected moves, and the state names in its margins.
import {describe, expect, it} from 'vitest';
import {ladderLines} from '../../source/diagram/ladder.js';
import {parseSteps} from '../../source/script/parse-steps.js';
import {createSession, play, type Session} from '../../source/tcp/session.js';
import {isns} from '../helpers/engine.js';

function played(script: string, rejectionsKept: number | null = null): Session {
	return parseSteps('en', script).reduce(
		(at, step) => play(at, step.move, step.input),
		createSession({...isns, rejectionsKept}),
	);
}

const texts = (session: Session, rejections: 'rows' | 'marker', width = 80) =>
	ladderLines(session, {lang: 'en', width, rejections}).map((line) => line.text);

describe('rejected moves', () => {
	const session = played(`c:syn ${'c:ack '.repeat(11)}s:syn c:ack`);

	it('each is a row with its reason by default, as handouts show them', () => {
		const rejected = ladderLines(session, {lang: 'en', width: 80}).filter(
			(line) => line.kind === 'rejected',
		);
		expect(rejected).toHaveLength(11);
		expect(rejected[0]?.text).toContain('✗ ACK rejected');
	});

	it('eleven in a row leave one marker row, and the handshake stays in view', () => {
		const rows = texts(session, 'marker');
		expect(rows.filter((row) => row.includes('✗'))).toEqual([
			expect.stringMatching(/│ +✗ 11 moves rejected +│$/),
		]);
		expect(rows[1]).toMatch(/^CLOSED +│ +│ LISTEN$/);
		expect(rows).toHaveLength(2 + 1 + 1 + 2);
	});

	it('the marker row belongs to the run’s last step, for the cursor to explain', () => {
		const marker = ladderLines(session, {lang: 'en', width: 80, rejections: 'marker'}).find(
			(line) => line.kind === 'rejected',
		);
		expect(marker?.step).toBe(12);
	});

	it('a single rejection keeps its own row with its reason', () => {
		const rows = texts(played('c:fin c:syn'), 'marker');
		expect(rows.filter((row) => row.includes('✗'))).toEqual([
			expect.stringContaining('✗ FIN rejected'),
		]);
	});

	it('counts the rejections the session only counted', () => {
		const folded = played(`c:syn ${'c:ack '.repeat(40)}`, 3);
		expect(folded.steps).toHaveLength(4);
		expect(texts(folded, 'marker').filter((row) => row.includes('✗'))).toEqual([
			expect.stringContaining('✗ 40 moves rejected'),
		]);
	});
});

describe('state names in the margins', () => {
	const session = played('c:syn s:syn c:ack');

	it('are the names the text uses at 60 columns', () => {
		const rows = texts(session, 'marker', 58);
		expect(rows.join('\n')).toContain('SYN_RECEIVED');
		expect(rows.join('\n')).toContain('ESTABLISHED');
		expect(rows.every((row) => row.length <= 58)).toBe(true);
	});

	it('shorten only where the lifelines would have no room, as at 40 columns', () => {
		const rows = texts(session, 'marker', 38);
		expect(rows.join('\n')).toContain('SYN_RCVD');
		expect(rows.every((row) => row.length <= 38)).toBe(true);
	});
});
