import {describe, expect, test} from 'vitest';
import {progressPath} from '../../source/progress/progress-path.js';

const home = '/home/ada';

describe('progressPath', () => {
	test('Linux without XDG_CONFIG_HOME: ~/.config', () => {
		expect(progressPath({}, 'linux', home)).toBe('/home/ada/.config/tcp-tui/progress.json');
	});

	test('Linux with an absolute XDG_CONFIG_HOME: there', () => {
		expect(progressPath({XDG_CONFIG_HOME: '/srv/conf'}, 'linux', home)).toBe(
			'/srv/conf/tcp-tui/progress.json',
		);
	});

	test.each(['', 'relative/conf', './conf'])(
		'Linux ignores XDG_CONFIG_HOME=%j, as the XDG spec says',
		(xdg) => {
			expect(progressPath({XDG_CONFIG_HOME: xdg}, 'linux', home)).toBe(
				'/home/ada/.config/tcp-tui/progress.json',
			);
		},
	);

	test('macOS: Application Support, unless XDG_CONFIG_HOME is set', () => {
		expect(progressPath({}, 'darwin', '/Users/ada')).toBe(
			'/Users/ada/Library/Application Support/tcp-tui/progress.json',
		);
		expect(progressPath({XDG_CONFIG_HOME: '/Users/ada/.cfg'}, 'darwin', '/Users/ada')).toBe(
			'/Users/ada/.cfg/tcp-tui/progress.json',
		);
	});

	test('Windows: %APPDATA%, with backslashes on any host', () => {
		const env = {APPDATA: 'C:\\Users\\Ada\\AppData\\Roaming', XDG_CONFIG_HOME: '/ignored'};
		expect(progressPath(env, 'win32', 'C:\\Users\\Ada')).toBe(
			'C:\\Users\\Ada\\AppData\\Roaming\\tcp-tui\\progress.json',
		);
	});

	test('Windows without APPDATA: the roaming folder under the home', () => {
		expect(progressPath({}, 'win32', 'C:\\Users\\Ada')).toBe(
			'C:\\Users\\Ada\\AppData\\Roaming\\tcp-tui\\progress.json',
		);
	});

	test.each(['linux', 'darwin', 'win32'] as const)('TCP_TUI_PROGRESS wins on %s', (platform) => {
		const env = {
			TCP_TUI_PROGRESS: '/shared/class-3/ada.json',
			XDG_CONFIG_HOME: '/srv/conf',
			APPDATA: 'C:\\AppData',
		};
		expect(progressPath(env, platform, home)).toBe('/shared/class-3/ada.json');
	});

	test('an empty TCP_TUI_PROGRESS counts as unset', () => {
		expect(progressPath({TCP_TUI_PROGRESS: ''}, 'linux', home)).toBe(
			'/home/ada/.config/tcp-tui/progress.json',
		);
	});
});
