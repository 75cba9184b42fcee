// @vitest-environment jsdom
// Mermaid's own parser reads the diagrams, in a DOM as in a browser (its sanitiser wants a window).
import mermaid from 'mermaid';
import {describe, expect, test} from 'vitest';
import {formatSession} from '../../source/export/formats.js';
import {mermaidText} from '../../source/export/mermaid.js';
import {scenarios} from '../../source/learn/scenarios.js';
import {exchanges, happeningsOf, type Played, play, playScenario} from './sessions.js';

/** What the sequence diagram's parser made of the text: its messages, notes included. */
type Message = {
	readonly from?: string;
	readonly to?: string;
	readonly message: string;
	readonly type: number;
};
type SequenceDb = {
	readonly getMessages: () => Message[];
	readonly LINETYPE: Readonly<Record<string, number>>;
};

async function parsed(
	text: string,
): Promise<{messages: Message[]; lineType: (name: string) => number}> {
	await expect(mermaid.parse(text)).resolves.toMatchObject({diagramType: 'sequence'});
	const diagram = await mermaid.mermaidAPI.getDiagramFromText(text);
	const db = diagram.db as unknown as SequenceDb;
	return {
		messages: db.getMessages(),
		lineType: (name) => db.LINETYPE[name] ?? Number.NaN,
	};
}

function mermaidOf({session, options}: Played): string {
	return formatSession(session, 'mermaid', options);
}

const cases = exchanges();

describe('mermaid', () => {
	test.each(Object.entries(cases))('mermaid.parse accepts %s', async (_, played) => {
		const text = mermaidOf(played);
		expect(text.split('\n').slice(0, 4)).toEqual([
			'sequenceDiagram',
			expect.stringMatching(/^ {4}title TCP exchange: /),
			'    participant Client',
			'    participant Server',
		]);
		const {messages, lineType} = await parsed(text);
		// One arrow for each segment that crossed, arrived or was lost, in the engine's order.
		const arrows = messages.filter((message) => message.type !== lineType('NOTE'));
		const drawn = happeningsOf(played.session).filter((happening) =>
			['crossed', 'arrived', 'lost'].includes(happening.phase),
		);
		expect(arrows.map((arrow) => [arrow.from, arrow.to])).toEqual(
			drawn.map(({segment}) => [
				segment.from === 'client' ? 'Client' : 'Server',
				segment.to === 'client' ? 'Client' : 'Server',
			]),
		);
		expect(arrows.map((arrow) => arrow.type)).toEqual(
			drawn.map((happening) => lineType(happening.phase === 'lost' ? 'SOLID_CROSS' : 'SOLID')),
		);
	});

	test('the standard exchange: one arrow per segment, labelled as the ladder labels it', async () => {
		const {messages, lineType} = await parsed(
			mermaidOf(cases['the standard open and close'] ?? never()),
		);
		const arrows = messages.filter((message) => message.type !== lineType('NOTE'));
		expect(arrows.map((arrow) => `${arrow.from}->>${arrow.to}: ${arrow.message}`)).toEqual([
			'Client->>Server: SYN seq=0',
			'Server->>Client: SYN,ACK seq=0 ack=1',
			'Client->>Server: ACK seq=1 ack=1',
			'Client->>Server: FIN,ACK seq=1 ack=1',
			'Server->>Client: ACK seq=1 ack=2',
			'Server->>Client: FIN,ACK seq=1 ack=2',
			'Client->>Server: ACK seq=2 ack=2',
		]);
	});

	test('a note over a side for each change of state, starting from the initial states', async () => {
		const played = cases['the standard open and close'] ?? never();
		const {messages, lineType} = await parsed(mermaidOf(played));
		const stateNotes = messages
			.filter((message) => message.type === lineType('NOTE'))
			.filter((note) => /^[A-Z_12]+$/.test(note.message))
			.map((note) => `${note.from}: ${note.message}`);
		const changes = played.session.steps.flatMap((step) =>
			step.result.happenings.flatMap((happening) =>
				happening.changed.map(
					(side) => `${side === 'client' ? 'Client' : 'Server'}: ${happening.states[side]}`,
				),
			),
		);
		expect(stateNotes).toEqual(['Client: CLOSED', 'Server: LISTEN', ...changes]);
		expect(stateNotes.at(-1)).toBe('Client: CLOSED');
	});

	test('a lost segment is a -x arrow, and a rejected move a note with its reason', async () => {
		const lost = mermaidOf(cases['a lost segment in manual network mode'] ?? never());
		expect(lost).toContain('    Client-xServer: SYN seq=0 (lost)\n');
		const refused = mermaidOf(cases['a rejected move'] ?? never());
		expect(refused).toContain(
			'    Note over Client: ✗ client:fin: FIN rejected: no connection to close\n',
		);
	});

	test.each(scenarios.map((scenario) => scenario.name))(
		'mermaid.parse accepts the %s scenario',
		async (name) => {
			const {messages} = await parsed(mermaidOf(playScenario(name)));
			expect(messages.length).toBeGreaterThan(2);
		},
	);

	test('the two-way what-if carries a note that it is not TCP', async () => {
		const {messages} = await parsed(mermaidOf(play('c:syn s:syn', {twoWay: true})));
		expect(messages.some((message) => message.message.includes('This is not TCP'))).toBe(true);
	});

	test.each([
		...Object.entries(cases).map(
			([name, played]) =>
				[name, played, {...played, options: {...played.options, lang: 'zh'}}] as const,
		),
		...scenarios.map(
			(scenario) =>
				[
					`the ${scenario.name} scenario`,
					playScenario(scenario.name),
					playScenario(scenario.name, 'zh'),
				] as const,
		),
	])('mermaid.parse accepts %s in Chinese', async (_, played, chinese: Played) => {
		const text = mermaidOf(chinese);
		expect(text).toContain('    participant Client as 客户端');
		expect(text).toMatch(/\p{Script=Han}/u);
		const {messages, lineType} = await parsed(text);
		// The same arrows as in English, between the same participants, whatever the language.
		const arrows = messages.filter((message) => message.type !== lineType('NOTE'));
		const english = (await parsed(mermaidOf(played))).messages.filter(
			(message) => message.type !== lineType('NOTE'),
		);
		expect(arrows.map((arrow) => [arrow.from, arrow.to, arrow.type])).toEqual(
			english.map((arrow) => [arrow.from, arrow.to, arrow.type]),
		);
		expect(messages.length).toBeGreaterThan(2);
	});

	test('characters that end a statement or start an entity are escaped, and parse', async () => {
		const escaped = mermaidText('a;b #c <d>');
		expect(escaped).toBe('a#59;b #35;c #60;d#62;');
		const {messages} = await parsed(`sequenceDiagram\n    Note over A: ${escaped}\n    A->>B: x`);
		expect(messages).toHaveLength(2);
	});

	test('a broken diagram does not parse, so the tests above can fail', async () => {
		await expect(mermaid.parse('sequenceDiagram\n    Client->>: SYN seq=0')).rejects.toThrow();
		// An unescaped `;` splits the statement and breaks it.
		await expect(mermaid.parse('sequenceDiagram\n    Note over Client: a;b <c>')).rejects.toThrow();
		await expect(mermaid.parse('sequenceDiagram\n    Client=>Server: SYN')).rejects.toThrow();
	});
});

function never(): never {
	throw new Error('missing test data');
}
