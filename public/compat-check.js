/* The message below the Chromium 80 floor and from file:// (issue 11). Why it is
 * written this way: docs/ARCHITECTURE.md, "compat-check.js". Served as is: keep it short. */
(function () {
  var FILE_TEXT =
    '此页面是直接从文件打开的（地址以 file:// 开头），浏览器不允许这样运行看板程序。' +
    '请把整个网站文件夹放到内网网站服务器上，通过网址（http:// 或 https:// 开头）打开；' +
    '如需协助，请联系本单位信息中心。';
  var OLD_TEXT =
    '当前浏览器版本过旧，无法运行本看板。请改用 Chromium 80 或更新内核的浏览器，' +
    '例如：Chrome 或新版 Edge 80 及以上、360安全浏览器 13 及以上、奇安信可信浏览器；' +
    '双核浏览器（如 360 浏览器）请在地址栏右侧切换到“极速模式”，不要使用“兼容模式”。';

  function started() {
    return document.documentElement.getAttribute('data-app') === 'started';
  }

  function show() {
    if (started()) return;
    var box = document.getElementById('compat-message');
    var text = document.getElementById('compat-message-text');
    if (!box || !text) return;
    var fromFile = window.location.protocol === 'file:';
    text.appendChild(document.createTextNode(fromFile ? FILE_TEXT : OLD_TEXT));
    box.setAttribute('data-reason', fromFile ? 'file' : 'browser');
    // No stylesheet from file://: CSSOM styles, which the CSP allows.
    var style = box.style;
    style.maxWidth = '40em';
    style.margin = '48px auto';
    style.padding = '20px 24px';
    style.border = '2px solid #a14400';
    style.background = '#fff3e6';
    style.color = '#1f1f1f';
    style.fontSize = '16px';
    style.lineHeight = '1.7';
    style.fontFamily = "'Microsoft YaHei', 'Noto Sans CJK SC', sans-serif";
    box.removeAttribute('hidden');
  }

  if (document.readyState === 'complete') show();
  else if (window.addEventListener) window.addEventListener('load', show);
  else if (window.attachEvent) window.attachEvent('onload', show);
})();
