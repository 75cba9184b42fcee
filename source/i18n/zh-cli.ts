// Chinese messages of the command line. Flags, step syntax, values and examples stay as typed;
// only the words around them are translated.
import type {enCli} from './en-cli.js';

export const zhCli = {
	'cli.listOr': ' 或 ',
	'cli.listAnd': ' 和 ',
	'cli.listComma': '、',

	'cli.unknownFlag': "未知选项 '{flag}'（见 tcp-tui --help）",
	'cli.needsNumber': '{flag} 需要一个数字，例如 {flag} 1000',
	'cli.wholeNumber': "{flag} 必须是 {min} 到 {max} 之间的整数，而不是 '{value}'",
	'cli.choice': "{flag} 只能是 {choices}，不是 '{value}'",
	'cli.unknownScenario': "未知场景 '{name}'（可选：{valid}）",
	'cli.peerWithScenario': '--peer 不能与 --scenario 同用：场景自己扮演双方',
	'cli.scenarioNetwork': "场景 '{name}' 需要 --network {network}",
	'cli.formatWithoutScript': '--format 只能配合 --script 使用',
	'cli.jsonWithFormat': '--json 即 --format json，所以不能与 --format {format} 同用',

	'cli.fixedByMode': '{flag} 不能与 {mode} 同用：该模式自行设定网络和双方的玩法',
	'cli.together': '{flags} 不能同时使用',
	'cli.lessonNeedsName': '--lesson 需要课程名称：{valid}',
	'cli.unknownLesson': "未知课程 '{name}'（可选：{valid}）",
	'cli.challengeNeedsName': '--challenge 需要挑战名称：{valid}',
	'cli.unknownChallenge': "未知挑战 '{name}'（可选：{valid}）",
	'cli.reportNeedsFiles': 'report 需要测验结果文件，例如 tcp-tui report results/*.json',
	'cli.unexpectedArgument':
		'多余的参数 \'{argument}\'（步骤写在 --script "c:syn s:syn c:ack" 中；子命令有 report 和 replay）',
	'cli.csvWithoutReport': '--csv 只能用于 report：tcp-tui report --csv FILE…',
	'cli.yesWithoutReset': '--yes 只能配合 --reset-progress 使用',
	'cli.widthWithoutScript': '--width 只能配合 --script 使用（界面取终端的宽度）',
	'cli.quizOnly': '{flag} 只能配合 --quiz（或 --menu）使用',
	'cli.jsonWithoutScript': '--json 只能配合 --script 或 --quiz 使用',
	'cli.nameLength': '--name 必须是 1 到 64 个字符',
	'cli.notWith': '{flag} 不能与 {task} 同用',

	'cli.scriptStdinTerminal':
		'--script - 从标准输入读取步骤，而这里的标准输入是终端：请用管道或重定向输入，例如 < steps.txt',
	'cli.scriptStdinTooLarge': '--script -：标准输入中的步骤超过 {limit} MB',
	'cli.step.none': '--script 至少需要一个步骤，例如 --script "c:syn s:syn c:ack"',
	'cli.step.badSide':
		"步骤 '{step}' 有误：应写作 <side>:<action>，side 为 client、c、server、s 或 net",
	'cli.step.unknownAction': "步骤 '{step}' 中的动作 '{action}' 未知（可选：{valid}）",
	'cli.step.lengthOnlyData': "步骤 '{step}' 有误：只有 data 能带长度，如 c:data:200",
	'cli.step.badLength': "步骤 '{step}' 的数据长度 '{length}' 无效（可为 1 到 {max}）",
	'cli.step.unknownNetAction': "步骤 '{step}' 中的网络动作 '{action}' 未知（可选：{valid}）",
	'cli.step.badNet':
		"步骤 '{step}' 有误：应写 net:{action} 或 net:{action}:K，K 从 1（在途最早的报文段）起",

	'cli.repeatedFlag': '选项 {flag} 只能给出一次。',
	'cli.resetNeedsConfirmation': '--reset-progress 需要确认：请在终端中运行，或加上 --yes',
	'cli.notATerminal':
		'stdin 不是终端：请在终端中运行 tcp-tui，或用 --script "c:syn s:syn c:ack" 打印时序图',
	'cli.screenNotATerminal':
		'stdout 不是终端：请在终端中运行 tcp-tui，或用 --script "c:syn s:syn c:ack" 打印时序图',
	'cli.screenNotATerminalJson':
		'stderr 不是终端：使用 --json 时界面画在 stderr 上，请让 stderr 保持在终端',
	'cli.dumbTerminal':
		'此终端（TERM=dumb）无法绘制界面：请用 --script "c:syn s:syn c:ack" 打印时序图',
	'cli.unexpectedError': '意外错误：{error}',
	'cli.writeFailed': '无法写出输出（{error}）',
	'cli.description': '在终端里逐个报文段地学习 TCP 如何打开和关闭连接',
	'cli.helpUsage': `  用法
    $ tcp-tui                     交互模式：两个端点，按键发送报文段
    $ tcp-tui --script "<steps>"  打印一次脚本运行的时序图
    $ tcp-tui --quiz --json > r.json
                                  参加测验；结果以 JSON 写到 stdout
    $ tcp-tui report FILE…        汇总全班的测验结果
    $ tcp-tui replay FILE         回放 tcpdump 或 Wireshark 抓包（pcap、
                                  pcapng），并显示两端的状态

  步骤
    <side>:<action>，以空格或逗号分隔
    side     client (c)、server (s)
    action   syn ack fin rst data listen timeout  （data:N 发送 N 字节）
    net:deliver、net:drop、net:dup   作用于在途中最早的报文段
                                     （net:deliver:K 作用于第 K 个）`,
	'cli.helpOptions': '选项',
	'cli.helpModes': '学习模式',
	'cli.helpTasks': '汇总与回放',
	'cli.helpKeys': '按键（交互模式）',
	'cli.helpExamples': '示例',
	'help.flag.list': '打印课程、挑战、测验主题和场景的名称',
	'help.flag.resetProgress': '忘掉课程、挑战和最好成绩（会先询问）',
	'help.flag.yes': '不先询问',
	'help.flag.menu': '从菜单开始：沙盒、课程、测验、挑战',
	'help.flag.lesson': '分步引导的课程：{lessons}',
	'help.flag.quiz': '选择题，部分由引擎生成',
	'help.flag.count': '题目数量，{minQuestions} 到 {maxQuestions}（默认 10）',
	'help.flag.seed': '相同的种子给出相同的测验，供全班使用',
	'help.flag.topic': '{topics}（默认 all）',
	'help.flag.name': '答题人的名字（默认：登录名）',
	'help.flag.challenge': '用尽量少的步数达成目标：{challenges}',
	'help.flag.script': '运行这些步骤并打印结果，不打开 TUI（--script - 从标准输入读取步骤）',
	'help.flag.format':
		'配合 --script：{formats}（packetdrill 写出服务器一方，用来测试真实内核）；配合 report：text、csv、markdown 或 json',
	'help.flag.json':
		'配合 --script 或 report：即 --format json；配合 --quiz：结果以 JSON 打印到 stdout，界面画在 stderr 上',
	'help.flag.absolute': '显示原始序列号（默认：相对于各自的 ISN）',
	'help.flag.isnClient': '客户端的 ISN，0 到 4294967295（默认：随机）',
	'help.flag.isnServer': '服务器的 ISN（默认：随机）',
	'help.flag.ascii': '只用 ASCII 字符绘制',
	'help.flag.color': '不用颜色（也遵循 NO_COLOR）',
	'help.flag.lang': '{languages}（默认：取自 LC_ALL、LC_MESSAGES 或 LANG）',
	'help.flag.screenReader': '把屏幕读成句子；也可设 INK_SCREEN_READER=true',
	'help.flag.width': '打印的时序图的宽度，40 到 400（默认 80）',
	'help.flag.network': 'instant（默认）或 manual：报文段在途中等待投递、重排、丢弃或复制',
	'help.flag.peer': '让 client 或 server 自行应答到达的报文段',
	'help.flag.scenario': '先演示一个经典情形：{scenarios}',
	'help.flag.twoWay': '假如握手只有两次（这不是 TCP；说明 TCP 为何需要三个报文段）',
	'help.flag.csv': '配合 report：即 --format csv',
	'help.flag.best': '配合 report：每个学生最好的一次计分',
	'help.flag.connection': '配合 replay：列表中编号为 <n> 的连接',
	'help.flag.port': '配合 replay：端口 <p> 上的连接',
} as const satisfies Record<keyof typeof enCli, string>;
