// App H5 (Vant-like): real buttons, a select for the appeal type, a tab bar, history routing under /app/.
var K = (function () {
  'use strict';
  var base = '/app/';
  function href(f) { return f === 'home' ? base : base + f; }
  var router = null;
  return {
    page: function (title, inner, c) {
      var tabs = c.menu.filter(function (m) { return ['home', 'appeal', 'progress', 'chat'].indexOf(m.f) >= 0; })
        .map(function (m) { return '<a class="van-tabbar-item" data-link href="' + href(m.f) + '">' + m.label + '</a>'; }).join('');
      var bar = '<header class="van-nav-bar"><div class="van-nav-bar__title">' + title + '</div></header>';
      return (c.layout === 1 ? '' : bar) + '<main class="van-page">' + (c.layout === 1 ? '<h3 class="van-title">' + title + '</h3>' : '') + inner + '</main><nav class="van-tabbar">' + tabs + '</nav>';
    },
    home: function (entries, c) {
      return '<section class="van-cell-group' + (c.layout === 2 ? ' van-cell-group--inset' : '') + '">' + entries.map(function (m) {
        return '<a class="van-cell van-cell--clickable" data-link href="' + href(m.f) + '"><span class="van-cell__title">' + m.label + '</span><i class="van-icon-arrow"></i></a>';
      }).join('') + '</section>';
    },
    entry: function (id, f, title, text) { return '<a class="van-notice-bar" id="' + id + '" data-link href="' + href(f) + '">' + title + '：' + text + '</a>'; },
    links: function (id, title, links) {
      return '<h4 class="van-cell-group__title">' + title + '</h4><ul class="van-list" id="' + id + '">' + links.map(function (l) { return '<li class="van-cell"><a class="link" href="' + l.href + '">' + l.text + '</a></li>'; }).join('') + '</ul>';
    },
    form: function (inner) { return '<form class="van-form" onsubmit="return false">' + inner + '</form>'; },
    input: function (id, text, type, placeholder) { return '<div class="van-field"><label class="van-field__label" for="' + id + '">' + text + '</label><input class="van-field__control" id="' + id + '" name="' + id + '" type="' + type + '" placeholder="' + placeholder + '"></div>'; },
    textarea: function (id, text, placeholder) { return '<div class="van-field"><label class="van-field__label" for="' + id + '">' + text + '</label><textarea class="van-field__control" id="' + id + '" rows="6" placeholder="' + placeholder + '"></textarea></div>'; },
    captcha: function (id, imgId, src) { return '<div class="van-field"><label class="van-field__label" for="' + id + '">图形验证码</label><input class="van-field__control" id="' + id + '" maxlength="4"><img id="' + imgId + '" src="' + src + '" alt="图形验证码"></div>'; },
    check: function (id, text) { return '<div class="van-checkbox"><input type="checkbox" id="' + id + '"><label for="' + id + '">' + text + '</label></div>'; },
    button: function (id, text, primary) { return '<button type="button" class="van-button ' + (primary ? 'van-button--primary van-button--block' : 'van-button--small') + '" id="' + id + '">' + text + '</button>'; },
    types: function (id, types) { return '<div class="van-field"><label class="van-field__label" for="' + id + '">诉求类型</label><select class="van-field__control" id="' + id + '"><option value="">请选择</option>' + types.map(function (t) { return '<option value="' + t + '">' + t + '</option>'; }).join('') + '</select></div>'; },
    bindTypes: function () { },
    typeValue: function (id) { return document.getElementById(id).value; },
    loading: function (id, text) { return '<div class="van-loading"' + (id ? ' id="' + id + '"' : '') + '><span class="van-loading__spinner"></span>' + text + '</div>'; },
    result: function (title, text) { return '<div class="van-result"><h3 class="van-result__title">' + title + '</h3><p class="van-result__desc">' + text + '</p></div>'; },
    detail: function (rows) { return '<dl class="van-detail">' + rows.map(function (r) { return '<dt>' + r[0] + '</dt><dd>' + r[1] + '</dd>'; }).join('') + '</dl>'; },
    empty: function (text) { return '<div class="van-empty"><p class="van-empty__description">' + text + '</p></div>'; },
    list: function (id, items) {
      return '<ul class="van-list" id="' + id + '">' + items.map(function (i) {
        return '<li class="van-cell"><div class="van-cell__title">' + i.title + '</div><div class="van-cell__label">' + i.sub + '</div>' + (i.date ? '<time class="date">' + i.date + '</time>' : '') + '</li>';
      }).join('') + '</ul>';
    },
    chat: function (logId, inputId, sendId, greeting) {
      return '<div class="chat-list" id="' + logId + '"><p class="msg bot">' + greeting + '</p></div><div class="chat-input"><input id="' + inputId + '" placeholder="有问题，尽管问我"><button type="button" class="van-button van-button--primary van-button--small" id="' + sendId + '">发送</button></div>';
    },
    bubble: function (logId, who, html) { var p = document.createElement('p'); p.className = 'msg ' + who; p.innerHTML = html; document.getElementById(logId).appendChild(p); },
    toast: function (text) {
      var t = document.getElementById('toast'); t.textContent = text; t.className = 'van-toast van-toast--show';
      clearTimeout(t.hideTimer); t.hideTimer = setTimeout(function () { t.className = 'van-toast'; }, 2500);
    },
    bindLinks: function (root) {
      Array.prototype.forEach.call(root.querySelectorAll('a[data-link]'), function (a) {
        a.addEventListener('click', function (e) { e.preventDefault(); history.pushState(null, '', a.getAttribute('href')); router(current()); });
      });
    },
    go: function (f) { history.pushState(null, '', href(f)); router(f); },
    start: function (route) {
      router = route;
      window.addEventListener('popstate', function () { route(current()); });
      route(current());
    }
  };
  function current() { var rest = location.pathname.slice(base.length).replace(/\/$/, ''); return rest || 'home'; }
})();
