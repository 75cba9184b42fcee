// Chinese messages for the progress file.
import type {enProgress} from './en-progress.js';

export const zhProgress = {
	'progress.corrupt':
		'tcp-tui：{path} 不是本版本能读取的进度文件；将从头开始，且不会覆盖它（把它移走后才能再次保存）。',
	'progress.unreadable': 'tcp-tui：无法读取进度文件 {path}（{reason}）；将从头开始，且不保存。',
	'progress.unwritable': 'tcp-tui：无法把进度保存到 {path}（{reason}）；继续运行，但不保存。',
	'progress.resetFailed': 'tcp-tui：无法删除进度文件 {path}（{reason}）。',
	'progress.notRegular':
		'tcp-tui：{path} 不是普通文件（设备、FIFO 或套接字），不读取它；继续运行，但不保存。',
	'progress.tooLarge':
		'tcp-tui：{path} 大于 {limit}，太大了，不可能是进度文件；将从头开始，且不会覆盖它（把它移走后才能再次保存）。',
	'progress.reason.notRegular': '不是普通文件',
	'progress.reason.tooLarge': '大于 {limit}',
	'progress.reason.corrupt': '它已不再是本版本能读取的进度',
	'progress.reason.danglingLink': '指向不存在的文件的符号链接',

	// 谁的进度：多个学生共用的机房账号上的菜单。
	'progress.menu.student': '学生：{name}（切换）',
	'progress.students.title': '谁的进度？用 ↑/↓ 和 ⏎ 选择你的名字',
	'progress.students.someoneElse': '其他人：输入名字',
	'progress.name.title': '你的名字，用于你的进度和测验结果',
	'progress.name.prompt': '名字：',
	'progress.name.keys': '输入你的名字，然后按 ⏎（Esc 返回）',
	'progress.name.empty': '名字至少要有一个字',
	'progress.resetStudentQuestion': '忘记 {name} 的 tcp-tui 进度（{path}）？[y/N] ',
	'progress.resetStudentDone': 'tcp-tui：已清除 {name} 的进度（{path}）。',
} as const satisfies Record<keyof typeof enProgress, string>;
