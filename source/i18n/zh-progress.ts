// Chinese messages for the progress file.
import type {enProgress} from './en-progress.js';

export const zhProgress = {
	'progress.corrupt':
		'tcp-tui：{path} 不是本版本能读取的进度文件；将从头开始，且不会覆盖它（把它移走后才能再次保存）。',
	'progress.unreadable': 'tcp-tui：无法读取进度文件 {path}（{reason}）；将从头开始，且不保存。',
	'progress.unwritable': 'tcp-tui：无法把进度保存到 {path}（{reason}）；继续运行，但不保存。',
	'progress.resetFailed': 'tcp-tui：无法删除进度文件 {path}（{reason}）。',
} as const satisfies Record<keyof typeof enProgress, string>;
