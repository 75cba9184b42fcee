// t() and brief() in the language each call names, the fallback to English, and scenarios told in
// either language.
import {afterEach, describe, expect, it, vi} from 'vitest';
import {en} from '../../source/i18n/en.js';
import {brief, type MessageKey, t} from '../../source/i18n/index.js';
import {untranslatedParts, zhCore} from '../../source/i18n/zh.js';
import {scenarios, scenarioText} from '../../source/learn/scenarios.js';

const han = /\p{Script=Han}/u;

describe('t() and the language it is given', () => {
	it('speaks English when asked for en', () => {
		expect(t('en', 'ui.sandbox')).toBe('sandbox');
		expect(t('en', 'ui.active', {me: 'server'})).toBe('Server active');
	});

	it('speaks Chinese when asked for zh, and English again in the next call that asks for it', () => {
		expect(t('zh', 'ui.sandbox')).toBe('沙盒');
		expect(t('en', 'ui.sandbox')).toBe('sandbox');
		expect(t('zh', 'ui.sandbox')).toBe('沙盒');
	});

	it('looks every core key up in the Chinese catalog', () => {
		const wrong = (Object.keys(zhCore) as Array<keyof typeof zhCore>).filter(
			(key) => t('zh', key) !== zhCore[key],
		);
		expect(wrong).toEqual([]);
	});

	it('translates the side names it fills in, and the peer it derives', () => {
		expect(t('zh', 'ok.listen', {me: 'client'})).toMatch(/^客户端打开了/);
		expect(t('zh', 'situation.synSent', {me: 'client'})).toBe('等待服务器的 SYN,ACK');
		expect(t('zh', 'ui.active', {me: 'server'})).toBe('操作服务器');
		expect(t('zh', 'no.fin.alreadySent', {me: 'server', state: 'LAST_ACK'})).toBe(
			'服务器处于 LAST_ACK：它已经发送过 FIN，每一方只关闭一次。',
		);
	});

	it('fills numbers in as they are', () => {
		expect(t('zh', 'ok.ackFin', {me: 'client', ack: 1193046012, to: 'TIME_WAIT'})).toBe(
			'客户端用 ack = 1193046012 确认了服务器的 FIN：FIN 占用一个序列号，所以确认号是 FIN 的 seq + 1。这个 ACK 自己的序列号 seq 不变，因为纯 ACK 不占用序列号。客户端仍处于 TIME_WAIT：FIN 到达时已经改变了它的状态。',
		);
	});

	it('gives the short forms in Chinese, and none where there is none', () => {
		expect(brief('zh', 'no.syn.alreadySent')).toBe('已发过 SYN');
		expect(brief('zh', 'ok.listen')).toBe('被动 OPEN');
		expect(brief('zh', 'ok.activeOpen')).toBe('');
	});

	it('falls back to English for the parts not translated yet', () => {
		for (const part of Object.values(untranslatedParts)) {
			for (const key of Object.keys(part) as MessageKey[]) {
				expect(t('zh', key)).toBe(en[key]);
			}
		}
	});
});

describe('the fallback, with a Chinese catalog that lacks most keys', () => {
	afterEach(() => {
		vi.doUnmock('../../source/i18n/zh.js');
		vi.resetModules();
	});

	it('uses English for a missing key, message and side name alike', async () => {
		vi.resetModules();
		vi.doMock('../../source/i18n/zh.js', () => ({
			zh: {'ui.sandbox': '沙盒', 'ui.active': '{Me}操作中', 'side.server': '服务器'},
		}));
		const i18n = await import('../../source/i18n/index.js');
		expect(i18n.t('zh', 'ui.sandbox')).toBe('沙盒');
		expect(i18n.t('zh', 'ui.helpKey')).toBe('? help');
		expect(i18n.brief('zh', 'no.syn.alreadySent')).toBe('SYN already sent');
		// {Me} capitalises: a no-op for 服务器, while the missing 客户端 falls back to "Client".
		expect(i18n.t('zh', 'ui.active', {me: 'server'})).toBe('服务器操作中');
		expect(i18n.t('zh', 'ui.active', {me: 'client'})).toBe('Client操作中');
	});
});

describe('scenarios are told in the language asked for', () => {
	it.each(scenarios)('$name reads its words from the catalog of that language', (scenario) => {
		const english = scenarioText('en', scenario);
		expect(english.title).toBe(en[scenario.title]);
		expect(english.outro).toBe(en[scenario.outro]);
		const chinese = scenarioText('zh', scenario);
		expect(chinese.title).toBe(zhCore[scenario.title]);
		expect(chinese.intro).toBe(zhCore[scenario.intro]);
		expect(chinese.outro).toMatch(han);
		const said = scenario.steps.flatMap((step) => (step.say === undefined ? [] : [step.say]));
		expect(said.length).toBeGreaterThan(0);
		for (const key of said) {
			expect(t('zh', key)).toBe(zhCore[key]);
			expect(t('zh', key)).toMatch(han);
		}
	});
});
