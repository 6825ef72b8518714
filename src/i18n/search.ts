/**
 * The search page's words (/search/), part of the site's dictionary (./zh-CN.ts). A file of
 * their own so the page's script (src/client/search-page.ts) carries these and not every string
 * of the site.
 */
export const searchStrings = {
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

  'search.checkLong': '你输入的像是一整条短信或聊天记录。用“可疑信息自查”逐句找出里面的危险信号：',
  'search.checkLink': '检查这段话',
  'search.caseOf': '典型案例 · {guide}',
  'search.withCases': '也在 {count} 个典型案例里找一找',
  'search.alertOf': '近期提醒 · {guide}',
  'search.belongsTo': '属于：',
  'search.checkIntro': '收到一整条可疑短信或聊天？把它整段粘贴到',
  'search.checkIntroLink': '可疑信息自查',
} as const;
