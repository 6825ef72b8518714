/**
 * Every UI string, as flat dotted keys. Content (guides, cases…) lives in content/;
 * this file holds only the words of the site's own chrome.
 */
const strings = {
  'site.name': '冰城反诈',
  'site.description':
    '冰城反诈：识别电信网络诈骗的常见套路，知道被骗后马上该做什么。哈尔滨反诈宣传公益网站。',

  'skip.toMain': '跳到正文',

  'nav.label': '主导航',
  'nav.home': '首页',
  'nav.breadcrumb': '当前位置',
  'nav.help': '被骗了怎么办',
  'nav.guides': '诈骗类型',
  'nav.cases': '典型案例',
  'nav.for': '分人群防骗',
  'nav.about': '关于本站',
  'nav.campaign': '冰城反诈在行动',
  'nav.app': '国家反诈中心App',

  'header.search': '搜索',
  'header.menu': '菜单',
  'header.reading': '字号',
  'header.readingLabel': '字号、高对比和朗读',
  'search.label': '搜索',
  'search.placeholder': '输入骗子说的话，如：安全账户',
  'search.submit': '搜索',
  'search.title': '搜索',
  'search.intro':
    '输入骗子对你说的话、发来的短信里的词，或骗局的俗称，比如“刷单”“安全账户”“杀猪盘”。',
  'search.noscript': '搜索需要浏览器开启 JavaScript。如果下面没有出现搜索框，可以按类型查找：',
  'search.noscriptLink': '查看全部诈骗类型',
  'search.bestBets': '最可能相关',
  'search.filters': '缩小范围：按类型、人群筛选',
  'search.more': '显示更多结果',
  'search.loading': '正在搜索……',
  'search.count': '找到 {count} 个和“{query}”相关的结果',
  'search.none':
    '没有找到和“{query}”相关的内容。换个说法试试，比如骗子说的一句话，或者看看全部诈骗类型。',
  'search.partial': '没有同时包含“{query}”里所有词的页面，下面 {count} 个结果包含其中部分词',
  'search.fallback':
    '这个浏览器版本较旧，用不了全文搜索，下面只按诈骗类型和主要页面的名称、俗称查找。换用较新的浏览器可以搜索全文，也可以直接',
  /** Pagefind filter names: shown as the filter headings on the search page. */
  'search.filterType': '类型',
  'search.filterAudience': '人群',

  'search.checkLong':
    '你输入的像是一整条短信或聊天记录。用“可疑信息自查”逐句找出里面的危险信号：',
  'search.checkLink': '检查这段话',
  'search.caseOf': '典型案例 · {guide}',
  'search.belongsTo': '属于：',
  'search.checkIntro': '收到一整条可疑短信或聊天？把它整段粘贴到',
  'search.checkIntroLink': '可疑信息自查',

  'check.nojs':
    '自查需要浏览器开启 JavaScript。用不了的话，可以对照下面的“常见危险信号”自己看一看，拿不准就打 96110 问一问。',
  'check.label': '粘贴或输入收到的信息',
  'check.hint': '短信、微信或 QQ 聊天、对方在电话里说的话都可以。文字只在这个页面里检查，不会发送出去。',
  'check.submit': '检查',
  'check.clear': '清空',
  'check.result': '检查结果',
  'check.marked': '你粘贴的文字（危险信号已标出）',
  'check.signs': '发现的危险信号',
  'check.likely': '最像这些骗局',
  'check.possible': '也可能有关',
  'check.general': '常见危险信号（不用检查也可以对照）',
  'check.empty': '请先把收到的信息粘贴或输入到上面的框里，再按“检查”。',
  'check.found': '发现 {count} 个危险信号。先停下，不转账，不说验证码，拿不准就打 96110。',
  'check.nothing':
    '没有发现我们认识的危险信号。这不能证明它是安全的：骗子的说法常常在变。请照下面的要点做，拿不准就打 96110。',
  'check.cut': '文字太长，只检查了前 {max} 个字。',

  'share.heading': '分享这一页',
  'share.copy': '复制链接',
  'share.print': '打印这一页',
  'share.qr': '二维码：扫码打开这一页',
  'share.qrLabel': '本页二维码，扫码打开 {url}',
  'share.copied': '链接已复制，可以粘贴到微信群里了。',
  'share.copyByHand': '这个浏览器不让网页直接复制。链接已经选好，请长按或按 Ctrl+C 复制。',
  'share.fallback': '本页链接',
  'share.poster': '下载分享海报',

  // Words on the share images (src/lib/poster.ts): the site name, the footer's hotline lines.
  'image.site': '冰城反诈 · 哈尔滨反诈宣传公益网站',
  'image.110': '已经被骗，立即拨打 110 报警',
  'image.96110': '反诈预警劝阻专线：接到请一定接听',
  'image.scan': '扫码打开这一页',
  'image.points.guide': '一眼识别',
  'image.points.audience': '防骗清单',
  'image.points.help': '现在就做',
  'image.alt': '{title}：分享图，含本页二维码',
  'image.altSite': '冰城反诈：哈尔滨反诈宣传公益网站',

  'script.scammer': '骗子',
  'script.label': '{who}的话术',
  'script.says': '{who}说：',
  'script.sign': '破绽：',
  'script.reply': '你这样做：',

  'dodont.do': '要这样做',
  'dodont.dont': '千万不要',

  'print.this': '打印这一份',
  'print.all': '打印全部 {count} 份材料',

  'campaign.period': '统计时段',
  'campaign.source': '来源',
  'campaign.item': '项目',
  'campaign.change': '同比变化',

  'reading.size': '字号',
  'reading.standard': '标准',
  'reading.large': '大',
  'reading.xlarge': '特大',
  'reading.contrast': '高对比',
  'reading.read': '朗读本页',
  'reading.stop': '停止朗读',
  'reading.stopFloat': '■ 停止朗读',
  'reading.reading': '正在朗读本页正文。再点一下“停止朗读”就停下。',
  'reading.stopped': '已停止朗读。',
  'reading.done': '本页读完了。',
  'reading.noVoice':
    '这个浏览器里没有中文朗读语音，所以读不出来。可以打开手机自带的“朗读屏幕”或“随声读”功能，或者换用手机自带的浏览器打开本页再试。',

  'slogans.title': '反诈口诀和顺口溜',
  'slogans.official': '官方口诀',
  'slogans.original': '本站编写的顺口溜',
  'slogans.originalNote':
    '下面这些顺口溜是本站为宣传编写的，不是官方口径，欢迎在宣讲、群聊和 LED 屏上使用。',

  'song.title': '反诈歌曲《{title}》',
  'song.lead': '哈尔滨市公安局民警自己创作、自己演唱的反诈歌曲。广场舞跳起来，防骗知识记心里。',
  'song.story': '这首歌是怎么来的',
  'song.credits': '创作与演唱',
  'song.listen': '听歌、看歌词',
  'song.pending': '官方录音和歌词将在这里发布',
  'song.pendingBody':
    '我们还没有拿到这首歌的官方录音和歌词。拿到后会放在这里，可以边听边看滚动的歌词。在那之前，这里不放翻唱，也不放别人记的歌词，以免传错。',
  'song.pendingAudio': '官方录音将在这里发布。下面是官方歌词。',
  'song.pendingLyrics': '官方歌词将在这里发布。',
  'song.noAudioSupport': '你的浏览器不能在网页里播放音频，可以直接下载：',
  'song.download': '下载录音',
  'song.lyrics': '歌词',
  'song.lyricsHint': '点任意一句，从这一句开始播放。',
  'song.bigOpen': '大字歌词（领舞、投屏用）',
  'song.bigTitle': '大字歌词',
  'song.play': '播放',
  'song.pause': '暂停',
  'song.prevLine': '上一句',
  'song.nextLine': '下一句',
  'song.fullscreen': '全屏',
  'song.close': '退出大字',
  'song.keys': '键盘：空格键播放或暂停，← → 换上一句、下一句，Esc 退出。',
  'song.campaign': '这首歌是“冰城反诈在行动”的一部分，看看整个行动',

  'poster.110': '已经被骗：拨打 110',
  'poster.96110': '拿不准：拨打 96110',
  'tf.show': '看答案',
  'tf.right': '对',
  'tf.wrong': '错',
  'tf.key': '判断题答案',
  'callout.warning': '注意',
  'callout.tip': '提示',
  'callout.law': '法律提示',

  'call.110': '已转账：拨打 110 报警',
  'call.96110': '拿不准：拨打 96110',
  'urgent.heading': '正在被骗或已经转账？',
  'urgent.call110': '已经转账：马上打 110 报警',
  'urgent.call96110': '拿不准是不是诈骗：打 96110 咨询',
  'urgent.more': '一步一步该怎么做',
  'urgent.check': '收到可疑短信、聊天？粘贴进来查一查',

  'about.corrections': '发现错误',
  'about.correctionsInvite':
    '内容如果有错误或者已经过时，欢迎指出，请写明是哪一页、哪一句。联系方式：',
  'about.correctionsNotUrgent':
    '遇到和诈骗有关的急事，不要给网站写信：已经被骗，拨打 110；拿不准是不是诈骗，拨打 96110。具体怎么做，请看',
  'about.correctionsHelp': '被骗了怎么办',

  'footer.operator': '主办：',
  'footer.contact': '纠错：',

  'footer.rule': '三不一多',
  'footer.hotlines': '求助电话',
  'footer.110': '已经被骗，立即拨打 110 报警',
  'footer.96110': '96110 反诈预警劝阻专线：接到请一定接听，拿不准也可以打过去问',
  'footer.note':
    '本站是哈尔滨反电信网络诈骗宣传的公益网站，不收集任何个人信息，不使用 Cookie，不做访问统计。',

  'guide.aliases': '也叫',
  'guide.rule': '识别口诀',
  'guide.cases': '相关案例',
  'guide.casesNone': '这一类型的案例正在整理中。',
  'guide.law': '法律提示',
  'guide.related': '相关诈骗类型',
  'guide.audiences': '重点提醒',

  'case.composite': '根据同类典型案件改编，人物为化名。',
  'case.compositeAgain': '（以上案例根据同类典型案件改编，人物为化名。）',
  'case.guide': '诈骗类型',
  'case.channel': '联系渠道',
  'case.victim': '当事人',
  'case.loss': '损失',
  'case.lossNone': '没有损失',
  'case.outcome': '结果',
  'case.material': '能拦住这一步的材料：',
  'case.readGuide': '看懂这类骗局',

  'audience.pieces': '本页材料（可打印）',
  'audience.guides': '你最该当心的骗局',
  'audience.cases': '和你情况相似的案例',
  'audience.casesNone': '这一人群的案例正在整理中。',

  'index.guides.title': '诈骗类型',
  'index.guides.intro': '按骗子的套路分类。点开一类，看骗子怎么说、怎么识破、被骗了怎么办。',
  'index.guides.all': '全部',
  'index.guides.filter': '按人群筛选',
  'index.guides.forTitle': '{name}最该当心的诈骗类型',
  'index.guides.forIntro':
    '下面是{name}要特别当心的 {count} 种诈骗类型（全部共 {total} 种）。点开一类，看怎么识破、被骗了怎么办。',
  'index.cases.title': '典型案例',
  'index.cases.intro':
    '下面的案例都根据同类典型案件改编，人物为化名，帮助你认出骗局一步步是怎么展开的。',
  'cases.filters': '筛选案例：按诈骗类型、人群、联系渠道、结果',
  'cases.facet.type': '诈骗类型',
  'cases.facet.for': '人群',
  'cases.facet.channel': '联系渠道',
  'cases.facet.outcome': '结果',
  'cases.countAll': '全部 {count} 个案例（最新的在前）',
  'cases.countFiltered': '符合条件的 {count} 个案例（最新的在前）',
  'cases.clear': '看全部案例',
  'cases.filteredTitle': '典型案例 · {facet}：{label}',
  'cases.feed': '订阅案例更新（RSS）',
  'cases.feedDescription': '冰城反诈网站的典型案例：根据同类典型案件改编，人物为化名。',
  'index.for.title': '分人群防骗',
  'index.for.intro': '不同的人，骗子用的套路不一样。找到你自己，或你想提醒的家人。',

  'home.title': '冰城反诈：先停一下，别转钱',
  'home.rule': '记住“三不一多”',
  'home.guides': '常见诈骗类型',
  'home.audiences': '你是谁？看看专门写给你的提醒',
  'home.allGuides': '全部诈骗类型',
  'home.allCases': '全部典型案例',
  'home.song': '反诈歌曲《就是不转钱》',
  'home.songBody': '哈尔滨民警自己写、自己唱的反诈歌，在广场舞里传开。',
  'home.songLink': '歌曲的故事和反诈顺口溜',
  'home.songLinkQuiet': '反诈歌曲《就是不转钱》的故事',

  'notFound.title': '没有找到这个页面',
  'notFound.body': '链接可能打错了，或者页面已经换了位置。下面这些入口也许能帮到你：',

  'meta.reviewed': '内容核对于',
} as const;

export type StringKey = keyof typeof strings;

/** Returns the UI string for `key`; replaces `{name}` placeholders from `vars`. */
export function t(key: StringKey, vars: Readonly<Record<string, string | number>> = {}): string {
  return strings[key].replace(/\{(\w+)\}/g, (m, name: string) =>
    name in vars ? String(vars[name]) : m,
  );
}
