// Where the progress file lives on each platform, unless TCP_TUI_PROGRESS names it.
import {homedir} from 'node:os';
import path from 'node:path';

export type Environment = Readonly<Record<string, string | undefined>>;

const folder = 'tcp-tui';
const file = 'progress.json';

export function progressPath(
	env: Environment,
	platform: NodeJS.Platform = process.platform,
	home: string = homedir(),
): string {
	const override = env['TCP_TUI_PROGRESS'];
	if (override) return override;

	if (platform === 'win32') {
		const appData = env['APPDATA'];
		const base =
			appData && path.win32.isAbsolute(appData)
				? appData
				: path.win32.join(home, 'AppData', 'Roaming');
		return path.win32.join(base, folder, file);
	}

	// The XDG spec says a relative XDG_CONFIG_HOME is invalid and must be ignored.
	const xdg = env['XDG_CONFIG_HOME'];
	if (xdg && path.posix.isAbsolute(xdg)) return path.posix.join(xdg, folder, file);
	if (platform === 'darwin') {
		return path.posix.join(home, 'Library', 'Application Support', folder, file);
	}

	return path.posix.join(home, '.config', folder, file);
}

/** The account's login name: whose progress a version-1 file (one student's) was. */
export function loginName(env: Environment): string {
	return (env['USER'] || env['LOGNAME'] || env['USERNAME'] || 'student').trim() || 'student';
}
