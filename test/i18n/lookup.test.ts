// t() and brief() in the chosen language, the fallback to English, and scenarios that follow along.
import {afterEach, describe, expect, it, vi} from 'vitest';
import {en} from '../../source/i18n/en.js';
import {brief, currentLanguage, type MessageKey, setLanguage, t} from '../../source/i18n/index.js';
import {untranslatedParts, zhCore} from '../../source/i18n/zh.js';
import {scenarios} from '../../source/learn/scenarios.js';

const han = /\p{Script=Han}/u;

afterEach(() => {
	setLanguage('en');
});

describe('t() and the current language', () => {
	it('starts in English', () => {
		expect(currentLanguage()).toBe('en');
		expect(t('ui.sandbox')).toBe('sandbox');
		expect(t('ui.active', {me: 'server'})).toBe('Server active');
	});

	it('speaks Chinese once zh is chosen, and English again after', () => {
		setLanguage('zh');
		expect(currentLanguage()).toBe('zh');
		expect(t('ui.sandbox')).toBe('沙盒');
		setLanguage('en');
		expect(t('ui.sandbox')).toBe('sandbox');
	});

	it('looks every core key up in the Chinese catalog', () => {
		setLanguage('zh');
		const wrong = (Object.keys(zhCore) as Array<keyof typeof zhCore>).filter(
			(key) => t(key) !== zhCore[key],
		);
		expect(wrong).toEqual([]);
	});

	it('translates the side names it fills in, and the peer it derives', () => {
		setLanguage('zh');
		expect(t('ok.listen', {me: 'client'})).toMatch(/^客户端打开了/);
		expect(t('situation.synSent', {me: 'client'})).toBe('等待服务器的 SYN,ACK');
		expect(t('ui.active', {me: 'server'})).toBe('操作服务器');
		expect(t('no.fin.alreadySent', {me: 'server', state: 'LAST_ACK'})).toBe(
			'服务器处于 LAST_ACK：它已经发送过 FIN，每一方只关闭一次。',
		);
	});

	it('fills numbers in as they are', () => {
		setLanguage('zh');
		expect(t('ok.ackFin', {me: 'client', ack: 1193046012, to: 'TIME_WAIT'})).toBe(
			'客户端用 ack = 1193046012 确认了服务器的 FIN：FIN 占用一个序列号，所以确认号是 FIN 的 seq + 1。这个 ACK 自己的序列号 seq 不变，因为纯 ACK 不占用序列号。客户端仍处于 TIME_WAIT：FIN 到达时已经改变了它的状态。',
		);
	});

	it('gives the short forms in Chinese, and none where there is none', () => {
		setLanguage('zh');
		expect(brief('no.syn.alreadySent')).toBe('已发过 SYN');
		expect(brief('ok.listen')).toBe('被动 OPEN');
		expect(brief('ok.activeOpen')).toBe('');
	});

	it('falls back to English for the parts not translated yet', () => {
		setLanguage('zh');
		for (const part of Object.values(untranslatedParts)) {
			for (const key of Object.keys(part) as MessageKey[]) {
				expect(t(key)).toBe(en[key]);
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
		i18n.setLanguage('zh');
		expect(i18n.t('ui.sandbox')).toBe('沙盒');
		expect(i18n.t('ui.helpKey')).toBe('? help');
		expect(i18n.brief('no.syn.alreadySent')).toBe('SYN already sent');
		// {Me} capitalises: a no-op for 服务器, while the missing 客户端 falls back to "Client".
		expect(i18n.t('ui.active', {me: 'server'})).toBe('服务器操作中');
		expect(i18n.t('ui.active', {me: 'client'})).toBe('Client操作中');
	});
});

describe('scenarios follow the language', () => {
	it.each(scenarios)('$name reads its words from the catalog of the moment', (scenario) => {
		expect(scenario.title).toBe(en[scenario.keys.title]);
		expect(scenario.outro).toBe(en[scenario.keys.outro]);
		setLanguage('zh');
		expect(scenario.title).toBe(zhCore[scenario.keys.title]);
		expect(scenario.intro).toBe(zhCore[scenario.keys.intro]);
		expect(scenario.outro).toMatch(han);
		const said = scenario.steps.filter((step) => step.sayKey !== undefined);
		expect(said.length).toBeGreaterThan(0);
		for (const step of said) {
			expect(step.say).toBe(step.sayKey ? zhCore[step.sayKey] : undefined);
			expect(step.say).toMatch(han);
		}
		expect(scenario.steps.filter((step) => step.sayKey === undefined && step.say)).toEqual([]);
	});
});
