import {Text} from 'ink';
import {toAscii} from '../diagram/glyphs.js';
import {width as displayWidth, padEnd} from '../diagram/text.js';
import {useLanguage} from '../hooks/use-language.js';
import {t} from '../i18n/index.js';
import type {NetworkMode} from '../tcp/machine.js';
import type {Side} from '../tcp/states.js';
import {useDisplay} from './display.js';

type Props = {
	readonly active: Side;
	readonly width: number;
	readonly network: NetworkMode;
	readonly peer: Side | null;
	readonly twoWay: boolean;
	/** A lesson's or challenge's name, in place of "sandbox". */
	readonly title?: string | undefined;
	/** How far along the lesson or challenge is; it comes first on the right. */
	readonly progress?: string | undefined;
};

/** Product name, mode, which side the keys act on. */
export default function Header({active, width, network, peer, twoWay, title, progress}: Props) {
	const lang = useLanguage();
	const {glyphs, ascii} = useDisplay();
	const plain = (text: string) => (ascii ? toAscii(text) : text);
	const left = plain(
		` ${title ?? `tcp-tui  ${t(lang, 'ui.sandbox')}`}  ${glyphs.active} ${t(lang, 'ui.active', {me: active})}`,
	);
	// The right-hand items, most important first; those that do not fit are left out from the end.
	const items = [
		plain(progress ?? ''),
		twoWay ? t(lang, 'ui.twoWay') : '',
		peer ? t(lang, 'ui.peer', {me: peer}) : '',
		t(lang, 'ui.network', {mode: t(lang, network === 'manual' ? 'ui.manual' : 'ui.instant')}),
		t(lang, 'ui.helpKey'),
	].filter(Boolean);
	let right = '';
	for (const item of items) {
		const longer = right === '' ? `${item} ` : `${right.trimEnd()}   ${item} `;
		if (displayWidth(left) + displayWidth(longer) + 2 > width) break;
		right = longer;
	}
	const line = padEnd(left, width - displayWidth(right)) + right;
	return (
		<Text bold inverse wrap="truncate">
			{padEnd(line, width)}
		</Text>
	);
}
