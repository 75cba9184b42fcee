// The Chinese catalog against the English one: the same keys, the same placeholders, the same
// protocol names, and labels that fit the places they are drawn in. Each rule is one test that
// checks every message and, when it fails, lists every key that breaks it.
//
// Key parity itself is checked by the compiler: every part of source/i18n/zh*.ts `satisfies` a
// Record of its English part's keys, and `zh` one of every key outside `untranslatedParts`, so a
// missing or extra key fails `npm run typecheck`. The test below only says the same at run time.
import {describe, expect, it} from 'vitest';
import {width} from '../../source/diagram/text.js';
import {en, type MessageKey} from '../../source/i18n/en.js';
import {t} from '../../source/i18n/index.js';
import {untranslatedParts, zh, zhCore} from '../../source/i18n/zh.js';
import {scenarios} from '../../source/learn/scenarios.js';
import {aliasesOf, states} from '../../source/tcp/states.js';

const english: Readonly<Record<string, string>> = en;

const untranslated = new Set(Object.values(untranslatedParts).flatMap((part) => Object.keys(part)));
/** The English keys that must have a Chinese message now: all but the untranslated parts. */
const translatedKeys = Object.keys(en).filter((key) => !untranslated.has(key));
const chineseEntries = Object.entries(zh).map(([key, text]) => [key, text ?? ''] as const);

/**
 * What breaks a rule: `problem` is asked of every item and returns a description of what is wrong,
 * or undefined when the item keeps the rule. The test then expects the list to be empty, so one
 * failure names every offender at once.
 */
function offenders<T>(
	items: Iterable<T>,
	problem: (item: T) => string | undefined,
): Array<{readonly item: string; readonly problem: string}> {
	const found: Array<{item: string; problem: string}> = [];
	for (const item of items) {
		const what = problem(item);
		if (what !== undefined) {
			const name = Array.isArray(item) ? String(item[0]) : String(item);
			found.push({item: name, problem: what});
		}
	}
	return found;
}

/** `[a, b]` as a short text for an offender's problem. */
const list = (items: readonly string[]) => `[${items.join(', ')}]`;

describe('key parity (the compiler checks it; this repeats it cheaply)', () => {
	it('covers the core and the scenarios', () => {
		expect(translatedKeys).toContain('ok.activeOpen');
		expect(translatedKeys).toContain('scenario.normal.title');
		expect(translatedKeys.length).toBeGreaterThan(300);
	});

	it('the Chinese keys are exactly the English keys outside the untranslated parts', () => {
		const chineseKeys = new Set(Object.keys(zh));
		const wanted = new Set(translatedKeys);
		expect({
			missingInChinese: translatedKeys.filter((key) => !chineseKeys.has(key)),
			notWanted: [...chineseKeys].filter((key) => !wanted.has(key)),
		}).toEqual({missingInChinese: [], notWanted: []});
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
	it('every Chinese message has the same placeholders as the English', () => {
		const wrong = offenders(chineseEntries, ([key, text]) => {
			const chinese = placeholders(text);
			const wanted = placeholders(english[key] ?? '');
			return chinese.join() === wanted.join()
				? undefined
				: `Chinese ${list(chinese)}, English ${list(wanted)}`;
		});
		expect(wrong).toEqual([]);
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

	it('every Chinese message names every state, flag and variable the English names', () => {
		const wrong = offenders(chineseEntries, ([key, text]) => {
			const named = protocolNames(text);
			const missing = protocolNames(english[key] ?? '').filter((name) => !named.includes(name));
			return missing.length === 0 ? undefined : `missing ${list(missing)}`;
		});
		expect(wrong).toEqual([]);
	});

	it('every Chinese message cites the same RFCs and sections as the English', () => {
		const wrong = offenders(chineseEntries, ([key, text]) => {
			const chinese = rfcReferences(text);
			const wanted = rfcReferences(english[key] ?? '');
			return chinese.join() === wanted.join()
				? undefined
				: `Chinese ${list(chinese)}, English ${list(wanted)}`;
		});
		expect(wrong).toEqual([]);
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

const zhKeys = Object.keys(zh) as MessageKey[];
const chineseOf = (key: MessageKey): string => zh[key] ?? '';
const keysStarting = (prefix: string) => zhKeys.filter((key) => key.startsWith(prefix));

/** Undefined when `text` fits `room` columns, else how wide it is. */
function overflow(text: string, room: number): string | undefined {
	const columns = width(text);
	return columns <= room ? undefined : `${columns} columns > ${room}: ${text}`;
}

describe('widths: the Chinese fits where the English does', () => {
	it('every Chinese message is no wider than the English', () => {
		const wrong = offenders(chineseEntries, ([key, text]) => {
			// A footer word may take one two-column character more than a three-letter English word
			// ("new", "net"): Chinese has no narrower word, and the footer drops what does not fit.
			const room = key.startsWith('footer.') ? 4 : 0;
			return overflow(text, Math.max(room, width(english[key] ?? '')));
		});
		expect(wrong).toEqual([]);
	});

	it('every situation.* message fits a pane line, for either side', () => {
		const situations = keysStarting('situation.');
		expect(situations.length).toBeGreaterThan(0);
		const wrong = offenders(situations, (key) => {
			const problems = ['client', 'server'].flatMap((me) => {
				const problem = overflow(t('zh', key, {me}), paneInner);
				return problem ? [`me=${me}: ${problem}`] : [];
			});
			return problems.length > 0 ? problems.join('; ') : undefined;
		});
		expect(wrong).toEqual([]);
	});

	it('the pane lines about sequence numbers and valid keys fit', () => {
		expect(width(t('zh', 'ui.nextIss', {iss: '4294967295'}))).toBeLessThanOrEqual(paneInner);
		expect(width(t('zh', 'ui.noSequence'))).toBeLessThanOrEqual(paneInner);
		expect(width(t('zh', 'ui.nothingValid', {me: 'client'}))).toBeLessThanOrEqual(paneInner);
		// The first hint line is this prefix and one key, "s SYN,ACK" or the like.
		expect(width(t('zh', 'ui.validNow', {keys: 's SYN,ACK'}))).toBeLessThanOrEqual(paneInner);
	});

	it('the side names fit the compact pane, which pads them to 7 columns', () => {
		for (const key of ['ladder.client', 'ladder.server', 'side.client', 'side.server'] as const) {
			expect(width(zhCore[key])).toBeLessThanOrEqual(6);
		}
	});

	it('every key.* message fits the left column of the two-column help', () => {
		const helpKeys = keysStarting('key.');
		expect(helpKeys.length).toBeGreaterThan(0);
		// HelpOverlay: a 14-column key, then the description, cut at half the screen less one.
		const room = Math.floor((screen - 1) / 2) - 1 - 14;
		expect(offenders(helpKeys, (key) => overflow(chineseOf(key), room))).toEqual([]);
	});

	it('the glossary line of every state fits the screen', () => {
		const wrong = offenders(states, (state) => {
			const aliases = aliasesOf[state].join(', ');
			const line = `${state.padEnd(13)}${zhCore[`state.${state}`]}${aliases ? `  (${aliases})` : ''}`;
			return overflow(line, screen);
		});
		expect(wrong).toEqual([]);
	});

	it('a rejection stub with every brief.no.* reason and every action fits between the lifelines', () => {
		const reasons = keysStarting('brief.no.');
		const actions = keysStarting('action.').filter((action) => !chineseOf(action).includes('{'));
		expect(reasons.length).toBeGreaterThan(0);
		expect(actions.length).toBeGreaterThan(0);
		const wrong = offenders(reasons, (key) => {
			const problems = actions.flatMap((action) => {
				const text = t('zh', 'ladder.rejected', {action: t('zh', action), reason: chineseOf(key)});
				// The stub keeps one column and the ✗ mark with its space.
				const problem = overflow(text, ladderInner - 1 - 2);
				return problem ? [`${action}: ${problem}`] : [];
			});
			return problems.length > 0 ? problems.join('; ') : undefined;
		});
		expect(wrong).toEqual([]);
	});

	it('the menu line of every scenario fits', () => {
		const wrong = offenders(
			scenarios.map((scenario) => [scenario.name, scenario] as const),
			([, scenario]) => overflow(`${t('zh', scenario.title)} (${scenario.name})`, screen - 4),
		);
		expect(wrong).toEqual([]);
	});

	it('the widths measured are display columns: a CJK character counts two', () => {
		expect(width(zhCore['ui.sandbox'])).toBe(4);
		expect(width(zhCore['ladder.client'])).toBe(6);
	});
});

describe('scenario keys', () => {
	it('every scenario.* key in the catalog belongs to a scenario, and back', () => {
		const used = scenarios.flatMap((scenario) => [
			scenario.title,
			scenario.intro,
			scenario.outro,
			...scenario.steps.flatMap((step) => (step.say ? [step.say] : [])),
		]);
		const inCatalog = (Object.keys(en) as MessageKey[]).filter((key) =>
			key.startsWith('scenario.'),
		);
		expect([...new Set(used)].sort()).toEqual([...inCatalog].sort());
	});
});
