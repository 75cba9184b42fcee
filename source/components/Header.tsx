import {Text} from 'ink';
import {toAscii} from '../diagram/glyphs.js';
import {width as displayWidth, padEnd} from '../diagram/text.js';
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
	const {glyphs, ascii} = useDisplay();
	const plain = (text: string) => (ascii ? toAscii(text) : text);
	const left = plain(
		` ${title ?? `tcp-tui  ${t('ui.sandbox')}`}  ${glyphs.active} ${t('ui.active', {me: active})}`,
	);
	// The right-hand items, most important first; those that do not fit are left out from the end.
	const items = [
		plain(progress ?? ''),
		twoWay ? t('ui.twoWay') : '',
		peer ? t('ui.peer', {me: peer}) : '',
		t('ui.network', {mode: t(network === 'manual' ? 'ui.manual' : 'ui.instant')}),
		t('ui.helpKey'),
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
