/**
 * 可疑信息自查's words (/check/), part of the site's dictionary (./zh-CN.ts). A file of their own
 * so the page's script (src/client/check-page.ts) carries these and not every string of the site.
 */
export const checkStrings = {
  'check.nojs':
    '自查需要浏览器开启 JavaScript。用不了的话，可以对照下面的“常见危险信号”自己看一看，拿不准就打 96110 问一问。',
  'check.noData':
    '自查用的数据没有下载下来，可能是网络断了。请联网后刷新这一页；也可以对照下面的“常见危险信号”自己看一看，拿不准就打 96110 问一问。',
  'check.label': '粘贴或输入收到的信息',
  'check.hint':
    '短信、微信或 QQ 聊天、对方在电话里说的话都可以。文字只在这个页面里检查，不会发送出去。',
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
} as const;
