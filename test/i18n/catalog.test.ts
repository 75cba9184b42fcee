// The Chinese catalog against the English one: the same keys, the same placeholders, the same
// protocol names, and labels that fit the places they are drawn in.
import {describe, expect, it} from 'vitest';
import {width} from '../../source/diagram/text.js';
import {en, type MessageKey} from '../../source/i18n/en.js';
import {setLanguage, t} from '../../source/i18n/index.js';
import {untranslatedParts, zh, zhCore} from '../../source/i18n/zh.js';
import {scenarios} from '../../source/scenarios/scenarios.js';
import {aliasesOf, states} from '../../source/tcp/states.js';

const english: Readonly<Record<string, string>> = en;
const chinese: Readonly<Record<string, string | undefined>> = zh;

const untranslated = new Set(Object.values(untranslatedParts).flatMap((part) => Object.keys(part)));
/** The English keys that must have a Chinese message now: all but the untranslated parts. */
const translatedKeys = Object.keys(en).filter((key) => !untranslated.has(key));
const chineseEntries = Object.entries(zh).map(([key, text]) => [key, text ?? ''] as const);

describe('key parity', () => {
	it('covers the core and the scenarios', () => {
		expect(translatedKeys).toContain('ok.activeOpen');
		expect(translatedKeys).toContain('scenario.normal.title');
		expect(translatedKeys.length).toBeGreaterThan(300);
	});

	it('every English key outside the untranslated parts has a Chinese message', () => {
		expect(translatedKeys.filter((key) => chinese[key] === undefined)).toEqual([]);
	});

	it('every Chinese key exists in English and is not in a part listed as untranslated', () => {
		const wanted = new Set(translatedKeys);
		expect(Object.keys(zh).filter((key) => !wanted.has(key))).toEqual([]);
	});

	it('no Chinese message is empty', () => {
		expect(chineseEntries.filter(([, text]) => text.trim() === '').map(([key]) => key)).toEqual([]);
	});
});

/** {me} and {Me} take the same parameter, so they count as one placeholder. */
function placeholders(text: string): string[] {
	const names = [...text.matchAll(/\{(\w+)\}/g)].map(
		([, name = '']) => name.charAt(0).toLowerCase() + name.slice(1),
	);
	return [...new Set(names)].sort();
}

describe('placeholders', () => {
	it.each(chineseEntries)('%s has the same placeholders as the English', (key, text) => {
		expect(placeholders(text)).toEqual(placeholders(english[key] ?? ''));
	});
});

const flags = ['SYN', 'ACK', 'FIN', 'RST'];
const variables = ['ISN', 'ISS', 'IRS', 'RCV.NXT', 'SND.NXT', '2MSL'];
const canonical = new Set<string>([...states, ...flags, ...variables]);

/** State names, flags and the RFC's variables in a text, as written (LISTENing counts as LISTEN). */
function protocolNames(text: string): string[] {
	const tokens = text.match(/[0-9]?[A-Z][A-Z0-9_]*(?:\.[A-Z]+)?/g) ?? [];
	return [...new Set(tokens.filter((token) => canonical.has(token)))].sort();
}

function rfcReferences(text: string): string[] {
	return [...new Set(text.match(/RFC \d+|§[\d.]*\d/g) ?? [])].sort();
}

/** Whether a clause says that an ACK's own sequence number is something + 1 (it is the ack that is). */
function claimsAckSeqMoves(text: string): boolean {
	return text
		.split(/[，。；：,;:]/)
		.some(
			(clause) =>
				/ACK[^+]*(?:序列号|seq)[^+]*(?:是|为|=|等于)[^+]*\+ ?1/.test(clause) ||
				/\+ ?1[^+]*作为[^+]*ACK[^+]*序列号/.test(clause),
		);
}

describe('protocol names stay canonical', () => {
	it('finds the names it looks for', () => {
		expect(
			protocolNames('The server is LISTENing; SYN,ACK; FIN_WAIT_1 → TIME_WAIT; RCV.NXT, 2MSL.'),
		).toEqual(['2MSL', 'ACK', 'FIN_WAIT_1', 'LISTEN', 'RCV.NXT', 'SYN', 'TIME_WAIT']);
		expect(protocolNames('客户端处于已建立状态')).toEqual([]);
	});

	it.each(chineseEntries)(
		'%s names every state, flag and variable the English names',
		(key, text) => {
			const missing = protocolNames(english[key] ?? '').filter(
				(name) => !protocolNames(text).includes(name),
			);
			expect(missing).toEqual([]);
		},
	);

	it.each(chineseEntries)('%s cites the same RFCs and sections', (key, text) => {
		expect(rfcReferences(text)).toEqual(rfcReferences(english[key] ?? ''));
	});

	it('no Chinese message uses a translated state name as a state', () => {
		const translatedState =
			/(已建立|监听|同步已发送|同步已接收|同步收到|终止等待|关闭等待|最后确认|时间等待|已关闭|关闭中)状态/;
		expect(chineseEntries.filter(([, text]) => translatedState.test(text))).toEqual([]);
	});

	it('recognises the claim that an ACK takes the seq + 1 as its sequence number', () => {
		// The reference article's sentence, a paraphrase, and two correct ones.
		expect(claimsAckSeqMoves('且把客户端的序列号值 +1 作为 ACK 报文的序列号值')).toBe(true);
		expect(claimsAckSeqMoves('这个 ACK 的序列号是 FIN 的 seq + 1。')).toBe(true);
		expect(claimsAckSeqMoves(zhCore['ok.ackFin'])).toBe(false);
		expect(claimsAckSeqMoves('ACK 的确认号是 FIN 的 seq + 1。')).toBe(false);
	});

	it("the ACK of a FIN moves the acknowledgment number, not the ACK's sequence number", () => {
		// The reference article gets this wrong; the tool must not.
		expect(zhCore['ok.ackFin']).toContain('确认号是 FIN 的 seq + 1');
		expect(zhCore['ok.ackFin']).toContain('序列号 seq 不变');
		expect(chineseEntries.filter(([, text]) => claimsAckSeqMoves(text))).toEqual([]);
	});
});

// Room on an 80-column terminal: the screen draws at columns - 1 = 79.
const screen = 79;
/** EndpointPane: half the screen, less two borders and two spaces. */
const paneInner = Math.floor(screen / 2) - 4;
/** The ladder between the lifelines (diagram/ladder.ts: width - 2 margins of 12 - 4). */
const ladderInner = screen - 2 * 12 - 4;

function withChinese<T>(run: () => T): T {
	setLanguage('zh');
	try {
		return run();
	} finally {
		setLanguage('en');
	}
}

const zhKeys = Object.keys(zh) as MessageKey[];
const chineseOf = (key: MessageKey): string => zh[key] ?? '';
const keysStarting = (prefix: string) => zhKeys.filter((key) => key.startsWith(prefix));

describe('widths: the Chinese fits where the English does', () => {
	it.each(chineseEntries)('%s is no wider than the English', (key, text) => {
		// A footer word may take one two-column character more than a three-letter English word
		// ("new", "net"): Chinese has no narrower word, and the footer drops what does not fit.
		const room = key.startsWith('footer.') ? 4 : 0;
		expect(width(text)).toBeLessThanOrEqual(Math.max(room, width(english[key] ?? '')));
	});

	it.each(keysStarting('situation.'))('%s fits a pane line, for either side', (key) => {
		for (const me of ['client', 'server']) {
			expect(width(withChinese(() => t(key, {me})))).toBeLessThanOrEqual(paneInner);
		}
	});

	it('the pane lines about sequence numbers and valid keys fit', () => {
		withChinese(() => {
			expect(width(t('ui.nextIss', {iss: '4294967295'}))).toBeLessThanOrEqual(paneInner);
			expect(width(t('ui.noSequence'))).toBeLessThanOrEqual(paneInner);
			expect(width(t('ui.nothingValid', {me: 'client'}))).toBeLessThanOrEqual(paneInner);
			// The first hint line is this prefix and one key, "s SYN,ACK" or the like.
			expect(width(t('ui.validNow', {keys: 's SYN,ACK'}))).toBeLessThanOrEqual(paneInner);
		});
	});

	it('the side names fit the compact pane, which pads them to 7 columns', () => {
		for (const key of ['ladder.client', 'ladder.server', 'side.client', 'side.server'] as const) {
			expect(width(zhCore[key])).toBeLessThanOrEqual(6);
		}
	});

	it.each(keysStarting('key.'))('%s fits the left column of the two-column help', (key) => {
		// HelpOverlay: a 14-column key, then the description, cut at half the screen less one.
		expect(14 + width(chineseOf(key))).toBeLessThanOrEqual(Math.floor((screen - 1) / 2) - 1);
	});

	it.each(states)('the glossary line of %s fits the screen', (state) => {
		const aliases = aliasesOf[state].join(', ');
		const line = `${state.padEnd(13)}${zhCore[`state.${state}`]}${aliases ? `  (${aliases})` : ''}`;
		expect(width(line)).toBeLessThanOrEqual(screen);
	});

	it.each(keysStarting('brief.no.'))(
		'a rejection stub with %s fits between the lifelines',
		(key) => {
			const actions = keysStarting('action.').filter((action) => !chineseOf(action).includes('{'));
			for (const action of actions) {
				const text = withChinese(() =>
					t('ladder.rejected', {action: t(action), reason: chineseOf(key)}),
				);
				// The stub keeps one column and the ✗ mark with its space.
				expect(width(text)).toBeLessThanOrEqual(ladderInner - 1 - 2);
			}
		},
	);

	it.each(scenarios)('the menu line of $name fits', (scenario) => {
		const label = withChinese(() => `${scenario.title} (${scenario.name})`);
		expect(width(label)).toBeLessThanOrEqual(screen - 4);
	});

	it('the widths measured are display columns: a CJK character counts two', () => {
		expect(width(zhCore['ui.sandbox'])).toBe(4);
		expect(width(zhCore['ladder.client'])).toBe(6);
	});
});

describe('scenario keys', () => {
	it('every scenario.* key in the catalog belongs to a scenario, and back', () => {
		const used = scenarios.flatMap((scenario) => [
			scenario.keys.title,
			scenario.keys.intro,
			scenario.keys.outro,
			...scenario.steps.flatMap((step) => (step.sayKey ? [step.sayKey] : [])),
		]);
		const inCatalog = (Object.keys(en) as MessageKey[]).filter((key) =>
			key.startsWith('scenario.'),
		);
		expect([...new Set(used)].sort()).toEqual([...inCatalog].sort());
	});
});
