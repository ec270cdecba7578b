// WeChat official-account H5 (WeUI-like): div buttons, chips for the appeal type, hash routing, toasts.
var K = (function () {
  'use strict';
  function label(text) { return '<div class="weui-cell__hd"><label class="weui-label">' + text + '</label></div>'; }
  return {
    page: function (title, inner, c) {
      var back = location.hash && location.hash !== '#/' ? '<a class="back" href="#/">返回</a>' : '';
      var top = c.layout === 2 ? '' : '<div class="weui-navbar">' + back + '<span class="title">' + title + '</span></div>';
      return top + '<div class="page">' + (c.layout === 2 ? '<h2 class="page__title">' + title + '</h2>' : '') + inner + '</div>';
    },
    home: function (entries, c) {
      var items = entries.map(function (m) { return '<a class="weui-grid" href="#/' + m.f + '"><p class="weui-grid__label">' + m.label + '</p></a>'; }).join('');
      return c.layout === 1 ? '<div class="weui-cells">' + entries.map(function (m) { return '<a class="weui-cell weui-cell_access" href="#/' + m.f + '">' + m.label + '</a>'; }).join('') + '</div>'
        : '<div class="weui-grids">' + items + '</div>';
    },
    entry: function (id, f, title, text) { return '<div class="weui-cells"><a class="weui-cell weui-cell_access" id="' + id + '" href="#/' + f + '">' + title + '<span class="weui-cell__ft">' + text + '</span></a></div>'; },
    links: function (id, title, links) {
      return '<div class="weui-cells__title">' + title + '</div><div class="weui-cells" id="' + id + '">' + links.map(function (l) { return '<a class="weui-cell link" href="' + l.href + '">' + l.text + '</a>'; }).join('') + '</div>';
    },
    form: function (inner) { return '<div class="weui-cells weui-cells_form">' + inner + '</div>'; },
    input: function (id, text, type, placeholder) { return '<div class="weui-cell">' + label(text) + '<div class="weui-cell__bd"><input class="weui-input" id="' + id + '" type="' + type + '" placeholder="' + placeholder + '"></div></div>'; },
    textarea: function (id, text, placeholder) { return '<div class="weui-cell">' + label(text) + '<div class="weui-cell__bd"><textarea class="weui-textarea" id="' + id + '" rows="5" placeholder="' + placeholder + '"></textarea></div></div>'; },
    captcha: function (id, imgId, src) { return '<div class="weui-cell">' + label('图形码') + '<div class="weui-cell__bd"><input class="weui-input" id="' + id + '" maxlength="4"></div><img id="' + imgId + '" src="' + src + '" alt="验证码"></div>'; },
    check: function (id, text) { return '<label class="weui-agree"><input type="checkbox" id="' + id + '"> ' + text + '</label>'; },
    button: function (id, text, primary) { return '<div class="weui-btn ' + (primary ? 'weui-btn_primary' : 'weui-btn_default') + '" id="' + id + '">' + text + '</div>'; },
    types: function (id, types) { return '<div class="weui-cells__title">诉求类型</div><div class="chips" id="' + id + '">' + types.map(function (t) { return '<div class="chip" data-type="' + t + '">' + t + '</div>'; }).join('') + '</div>'; },
    bindTypes: function (id) {
      var box = document.getElementById(id);
      box.addEventListener('click', function (e) {
        var chip = e.target.closest('.chip'); if (!chip) { return; }
        Array.prototype.forEach.call(box.children, function (c) { c.classList.remove('chip_on'); }); chip.classList.add('chip_on');
      });
    },
    typeValue: function (id) { var on = document.querySelector('#' + id + ' .chip_on'); return on ? on.getAttribute('data-type') : ''; },
    loading: function (id, text) { return '<div class="weui-loadmore"' + (id ? ' id="' + id + '"' : '') + '><i class="weui-loading"></i><span>' + text + '</span></div>'; },
    result: function (title, text) { return '<div class="weui-msg"><h2 class="weui-msg__title">' + title + '</h2><p class="weui-msg__desc">' + text + '</p></div>'; },
    detail: function (rows) { return '<div class="weui-form-preview">' + rows.map(function (r) { return '<div class="weui-form-preview__item"><label>' + r[0] + '</label><span>' + r[1] + '</span></div>'; }).join('') + '</div>'; },
    empty: function (text) { return '<div class="weui-loadmore_line"><span class="empty">' + text + '</span></div>'; },
    list: function (id, items) {
      return '<div class="weui-panel" id="' + id + '">' + items.map(function (i) {
        return '<div class="weui-media-box"><h4 class="weui-media-box__title">' + i.title + '</h4><p class="weui-media-box__desc">' + i.sub + '</p>' + (i.date ? '<span class="weui-media-box__info date">' + i.date + '</span>' : '') + '</div>';
      }).join('') + '</div>';
    },
    chat: function (logId, inputId, sendId, greeting) {
      return '<div class="chat" id="' + logId + '"><div class="bubble bot">' + greeting + '</div></div><div class="chat-bar"><input class="weui-input" id="' + inputId + '" placeholder="请输入您的问题"><div class="weui-btn weui-btn_mini weui-btn_primary" id="' + sendId + '">发送</div></div>';
    },
    bubble: function (logId, who, html) { var d = document.createElement('div'); d.className = 'bubble ' + who; d.innerHTML = html; document.getElementById(logId).appendChild(d); },
    toast: function (text) {
      var t = document.getElementById('toast'); t.textContent = text; t.style.display = 'block';
      clearTimeout(t.hideTimer); t.hideTimer = setTimeout(function () { t.style.display = 'none'; }, 2500);
    },
    bindLinks: function () { },
    go: function (f) { location.hash = f === 'home' ? '#/' : '#/' + f; },
    start: function (route) {
      var run = function () { var name = location.hash.replace(/^#\/?/, '') || 'home'; route(name); };
      window.addEventListener('hashchange', run);
      run();
    }
  };
})();
