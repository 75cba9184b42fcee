// Render the App as a test would see it: fixed size, no colour, keys written one macrotask apart.
import {render} from 'ink-testing-library';
import App from '../../source/app.js';
import {glyphsFor} from '../../source/diagram/glyphs.js';
import type {Scenario} from '../../source/scenarios/scenarios.js';

export type AppOptions = {
	readonly columns?: number;
	readonly rows?: number;
	readonly ascii?: boolean;
	readonly isnClient?: number;
	readonly isnServer?: number;
	readonly absolute?: boolean;
	readonly network?: 'instant' | 'manual';
	readonly peer?: 'client' | 'server' | null;
	readonly scenario?: Scenario | null;
};

export function renderApp(options: AppOptions = {}) {
	const {
		columns = 80,
		rows = 24,
		ascii = false,
		isnClient = 100,
		isnServer = 300,
		absolute = false,
	} = options;
	const {network = 'instant', peer = null, scenario = null} = options;
	return render(
		<App
			connection={{isnClient, isnServer, network, peer}}
			scenario={scenario}
			display={{glyphs: glyphsFor(ascii), ascii, color: false}}
			absolute={absolute}
			size={{columns, rows}}
		/>,
	);
}

const tick = () =>
	new Promise<void>((resolve) => {
		setTimeout(resolve, 0);
	});

/** Write keys one at a time, letting Ink handle each before the next (frames update a macrotask later). */
export async function press(
	stdin: {write: (data: string) => void},
	...keys: string[]
): Promise<void> {
	for (const key of keys) {
		stdin.write(key);
		await tick();
	}
	await tick();
}

export const keys = {
	tab: '\t',
	left: '\u001B[D',
	right: '\u001B[C',
	up: '\u001B[A',
	down: '\u001B[B',
	pageUp: '\u001B[5~',
	pageDown: '\u001B[6~',
	escape: '\u001B',
} as const;
