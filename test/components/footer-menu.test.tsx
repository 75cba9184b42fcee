// Esc opens the menu from every screen, so the footer always says so: at any width from 40 columns,
// with instant or manual delivery, in the sandbox, a lesson or a challenge. Checked on the Footer
// itself and on the App's frames.
import {Box} from 'ink';
import {render} from 'ink-testing-library';
import {describe, expect, it} from 'vitest';
import type {Start} from '../../source/app.js';
import {DisplayContext} from '../../source/components/display.js';
import Footer, {itemText} from '../../source/components/Footer.js';
import {glyphsFor} from '../../source/diagram/glyphs.js';
import {LanguageProvider} from '../../source/hooks/use-language.js';
import {type Language, t} from '../../source/i18n/index.js';
import {challengeNamed, challenges} from '../../source/learn/challenges.js';
import {lessonNamed, lessons} from '../../source/learn/lessons.js';
import type {NetworkMode} from '../../source/tcp/machine.js';
import {footer, frameOf, linesOf, widestLine} from '../helpers/frames.js';
import {press, renderApp, waitUntil} from '../helpers/render-app.js';

const widths = [40, 60, 80, 120] as const;
const networks = ['instant', 'manual'] as const satisfies readonly NetworkMode[];
const guides = [undefined, 'lesson', 'challenge'] as const;

/** "Esc menu", as the footer words it in `lang`. */
const menuItem = (lang: Language) => itemText(lang, {key: 'Esc', label: 'footer.menu'});

function footerFrame(
	lang: Language,
	columns: number,
	network: NetworkMode,
	guide: 'lesson' | 'challenge' | undefined,
	ascii = false,
): string {
	const {lastFrame, unmount} = render(
		<LanguageProvider value={lang}>
			<DisplayContext.Provider value={{glyphs: glyphsFor(ascii), ascii, color: false}}>
				{/* The test's stdout is 100 columns wide: the Box gives the footer the width it has on screen. */}
				<Box width={columns - 1}>
					<Footer
						width={columns - 1}
						context={{network, guide: guide ?? null, next: false, valid: new Set()}}
					/>
				</Box>
			</DisplayContext.Provider>
		</LanguageProvider>,
	);
	const frame = lastFrame() ?? '';
	unmount();
	return frame;
}

describe('the Footer', () => {
	for (const language of ['en', 'zh'] as const) {
		for (const ascii of [false, true]) {
			describe(`in ${language}${ascii ? ', ASCII' : ''}`, () => {
				it.each(
					widths.flatMap((columns) =>
						networks.flatMap((network) =>
							guides.map((guide) => [columns, network, guide] as const),
						),
					),
				)('at %i columns, %s network, guide %s: Esc menu is there', (columns, network, guide) => {
					const frame = footerFrame(language, columns, network, guide, ascii);
					expect(frame).toContain(menuItem(language));
					// One line that fits: the item is whole, not cut off by the terminal's edge.
					expect(linesOf(frame)).toHaveLength(1);
					expect(widestLine(frame)).toBeLessThanOrEqual(columns - 1);
				});
			});
		}
	}
});

/** The App at a size, once the lesson or challenge it starts with is on screen. */
async function appFrame(columns: number, network: NetworkMode, start: Start): Promise<string> {
	const app = renderApp({columns, rows: 24, network, start});
	const frame = () => frameOf(app.lastFrame);
	const ready = () => {
		const first = linesOf(frame())[0] ?? '';
		if (start.mode === 'lesson')
			return first.includes(t('en', 'mode.lessonHeader').split(' ')[0] ?? '');
		if (start.mode === 'challenge') {
			return first.includes(t('en', 'mode.challengeHeader').split(' ')[0] ?? '');
		}
		return true;
	};
	await waitUntil(ready, `${start.mode} on screen`);
	await press(app.stdin);
	const shown = frame();
	app.unmount();
	return shown;
}

const handshake = lessonNamed('handshake');
const whyThree = lessonNamed('why-three');
const establish = challengeNamed('establish');
const closing = challengeNamed('closing');

describe('the App', () => {
	it('has lessons and challenges in both network modes to try', () => {
		expect(handshake?.network).toBe('instant');
		expect(whyThree?.network).toBe('manual');
		expect(establish?.network).toBe('instant');
		expect(closing?.network).toBe('manual');
		expect(lessons.length + challenges.length).toBeGreaterThan(4);
	});

	const starts: ReadonlyArray<readonly [string, NetworkMode, Start]> = [
		['sandbox', 'instant', {mode: 'sandbox'}],
		['sandbox', 'manual', {mode: 'sandbox'}],
		['lesson handshake', 'instant', {mode: 'lesson', name: 'handshake'}],
		['lesson why-three', 'manual', {mode: 'lesson', name: 'why-three'}],
		['challenge establish', 'instant', {mode: 'challenge', name: 'establish'}],
		['challenge closing', 'manual', {mode: 'challenge', name: 'closing'}],
	];

	it.each(widths.flatMap((columns) => starts.map((start) => [columns, ...start] as const)))(
		'at %i columns, the %s (%s network): the footer line has Esc menu',
		async (columns, _, network, start) => {
			const frame = await appFrame(columns, network, start);
			// The network the screen runs (the lessons and challenges set their own): its keys lead.
			// Delivering is offered only where something is in flight to deliver.
			const deliver = itemText('en', {key: '⏎', label: 'footer.deliver'});
			if (network === 'instant') expect(frame).not.toContain(deliver);
			expect(footer(frame)).toContain(menuItem('en'));
		},
	);
});
