// Chinese messages for the teacher's report. The column headers are measured in display columns:
// each is two characters, no wider than its English.
import type {enReport} from './en-report.js';

export const zhReport = {
	// Why a file was skipped: one line each, after the file's path.
	'report.skip.notFound': '没有这个文件',
	'report.skip.directory': '是目录，不是结果文件',
	'report.skip.permission': '权限不足',
	'report.skip.unreadable': '无法读取（{problem}）',
	'report.skip.repeated': '列出了两次；只计一次',
	'report.skip.empty': '文件是空的',
	'report.skip.truncated': 'JSON 在完整之前就结束了（文件被截断了吗？）',
	'report.skip.notJson': '不是 JSON，所以不是测验结果文件',
	'report.skip.notResults': '是 JSON，但不是测验结果文件（应为对象）',
	'report.skip.noFormat': "不是 tcp-tui 测验结果文件（没有 'format' 字段）",
	'report.skip.format':
		'不是 tcp-tui 测验结果文件（它的 \'format\' 是 {found}，应为 "{expected}"）',
	'report.skip.newerVersion': '结果版本 {found} 来自更新的 tcp-tui；本版本读取的是版本 {supported}',
	'report.skip.missingField': "缺少字段 '{field}'",
	'report.skip.wrongField': "字段 '{field}' 应为{expected}，而不是 {found}",
	'report.skip.duplicateId': '题目 id {id} 出现了两次（questions[{first}] 和 [{second}]）',
	'report.skip.rightMismatch':
		'questions[{index}].right 为 {right}，但它的答案 {answer} 和正确选项 {correct} 表明并非如此',
	'report.skip.scoreMismatch': '得分 {score} 与标记为答对的 {right} 道题不符',
	'report.skip.totalMismatch': '总数 {total} 与 {count} 道题不符（完成的测验会列出每一道题）',
	'report.skip.totalTooSmall': '总数 {total} 少于列出的 {count} 道题',
	'report.skip.unansweredComplete': 'complete 为 true，但 questions[{index}] 没有答案',

	// What a wrong field was expected to hold, and what it held instead.
	'report.expect.text': '文本',
	'report.expect.boolean': 'true 或 false',
	'report.expect.number': '数字',
	'report.expect.numberFrom': '不小于 {min} 的数字',
	'report.expect.wholeFrom': '不小于 {min} 的整数',
	'report.expect.wholeRange': '{min} 到 {max} 之间的整数',
	'report.expect.answer': 'null（未作答）或 0 到 {max} 之间的整数',
	'report.expect.textOrNull': '文本或 null',
	'report.expect.date': '日期和时间',
	'report.expect.oneOf': '{values} 之一',
	'report.expect.list': '列表',
	'report.expect.options': '至少含一个选项的列表',
	'report.expect.object': '对象',
	'report.found.list': '列表',
	'report.found.object': '对象',

	// The text report.
	'report.none':
		'没有可用的测验结果，所以无从报告。学生这样生成结果文件：tcp-tui --quiz --json > name.json',
	'report.overview': '学生：{students}   全班平均：{average}',
	'report.overviewUnfinished': '学生：{students}   全班平均：{average}   未完成：{unfinished}',
	'report.students': '学生',
	'report.column.student': '学生',
	'report.column.score': '得分',
	'report.column.percent': '%',
	'report.column.finished': '完成',
	'report.yes': '是',
	'report.no': '否',
	'report.questions': '题目（最难的在前）',
	'report.column.question': '题目',
	'report.column.answered': '作答',
	'report.column.right': '答对',
	'report.column.rate': '比例',
	'report.column.prompt': '题干',
	'report.noRate': '–',
	'report.subjects': '错得最多的主题',
	'report.column.subject': '主题',
	'report.column.wrong': '答错',
	'report.noneWrong': '没有人答错任何一道题。',
	'report.skipped': '跳过的文件：{count}',
	'report.skippedFile': '{path}：{reason}',
} as const satisfies Record<keyof typeof enReport, string>;
