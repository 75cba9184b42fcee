// Two languages in one process, taking turns: nothing one says leaks into the other. The language is
// passed to whatever speaks, so an English and a Chinese ladder, quiz or App side by side each stay
// in their own, whatever order they are drawn in, and caches keyed by the session keep them apart.
import {describe, expect, it} from 'vitest';
import {ladderText} from '../../source/diagram/ladder.js';
import {makeQuiz} from '../../source/quiz/quiz.js';
import {parseSteps} from '../../source/script/parse-steps.js';
import {runSteps} from '../../source/script/run-script.js';
import {frameOf} from '../helpers/frames.js';
import {press, renderApp} from '../helpers/render-app.js';

const han = /\p{Script=Han}/u;

describe('two languages, interleaved', () => {
	it('draws the same session in English, Chinese and English again, each in its own words', () => {
		// A rejected move and a segment the peer sends by itself: reasons and tags are words too.
		const session = runSteps(parseSteps('en', 'c:fin c:syn s:syn c:ack c:fin'), {
			isnClient: 100,
			isnServer: 300,
		});
		const english = ladderText(session, {lang: 'en', width: 80});
		const chinese = ladderText(session, {lang: 'zh', width: 80});
		const again = ladderText(session, {lang: 'en', width: 80});
		expect(english).toMatch(/^ *Client +Server$/m);
		expect(english).toContain('rejected');
		expect(english).not.toMatch(han);
		expect(chinese).toMatch(/^ *客户端 +服务器$/m);
		expect(chinese).not.toContain('Client');
		expect(chinese).not.toContain('rejected');
		expect(again).toBe(english);
	});

	it('asks the same quiz in both languages, one after the other', () => {
		const options = {count: 6, seed: 42, topic: 'all'} as const;
		const chinese = makeQuiz({...options, lang: 'zh'});
		const english = makeQuiz({...options, lang: 'en'});
		expect(chinese.map((question) => question.id)).toEqual(english.map((question) => question.id));
		for (const question of chinese) expect(question.prompt, question.id).toMatch(han);
		for (const question of english) expect(question.prompt, question.id).not.toMatch(han);
	});

	it('runs an English and a Chinese App side by side, keys taking turns', async () => {
		const english = renderApp({lang: 'en'});
		const chinese = renderApp({lang: 'zh'});
		for (const key of ['s', '\t', 's', '\t', 'a']) {
			await press(english.stdin, key);
			await press(chinese.stdin, key);
		}
		const englishFrame = frameOf(english.lastFrame);
		const chineseFrame = frameOf(chinese.lastFrame);
		expect(englishFrame).toContain('ESTABLISHED');
		expect(englishFrame).toContain('Client');
		expect(englishFrame).toContain('q quit');
		expect(englishFrame).not.toMatch(han);
		expect(chineseFrame).toContain('ESTABLISHED');
		expect(chineseFrame).toContain('客户端');
		expect(chineseFrame).toContain('q 退出');
		expect(chineseFrame).not.toContain('q quit');
		english.unmount();
		chinese.unmount();
	});
});
