// The single-page portal: views for every function, drawn with the flavour's kit K (markup and routing).
// C is the portal's configuration, written into the page by the server.
(function () {
  'use strict';
  var C = window.__CFG__;
  var app = document.getElementById('app');
  function id(key) { return C.ids[key]; }
  function esc(text) {
    return String(text == null ? '' : text).replace(/[&<>"']/g, function (c) {
      return { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' }[c];
    });
  }
  function el(key) { return document.getElementById(id(key)); }
  function val(key) { var e = el(key); return e ? e.value.trim() : ''; }
  function on(key, handler) { var e = el(key); if (e) { e.addEventListener('click', handler); } }
  function api(method, path, data) {
    var options = { method: method, headers: {} };
    if (data) {
      options.headers['Content-Type'] = 'application/x-www-form-urlencoded';
      options.body = new URLSearchParams(data).toString();
    }
    return fetch(C.api + path, options).then(function (r) {
      if (r.status === 204) { return { status: 204 }; }
      return r.json().then(function (j) { j.status = r.status; return j; }, function () { return { status: r.status }; });
    }, function () { return { status: 0, message: '网络异常，请稍后再试' }; });
  }
  function show(title, inner) { app.innerHTML = K.page(title, inner, C); K.bindLinks(app); }
  function fail(reply, fallback) { K.toast(reply.message || (reply.errors && reply.errors[0]) || fallback); }

  var views = {
    home: function () {
      var entries = C.menu.filter(function (m) { return m.f !== 'home'; });
      var inner = K.home(entries, C);
      if (C.enterprise) { inner += K.entry(id('enterprise.entry'), 'enterprise', C.labels.enterprise, '企业诉求一键直达'); }
      if (C.links.length) { inner += K.links(id('links.list'), C.labels.links, C.links); }
      show(C.site, inner);
    },
    register: function () {
      var inner;
      if (C.registration === 'email') {
        inner = K.input(id('register.email'), '电子邮箱', 'text', '请输入常用邮箱')
          + K.input(id('register.password'), '设置密码', 'password', '至少8位')
          + K.input(id('register.confirm'), '确认密码', 'password', '再次输入密码');
      } else {
        inner = K.input(id('register.phone'), '手机号', 'tel', '请输入手机号')
          + (C.registration === 'captcha' ? K.captcha(id('register.captcha'), id('register.captchaImage'), C.api + '/captcha') : '')
          + K.input(id('register.code'), '验证码', 'text', '短信验证码') + K.button(id('register.send'), '获取验证码', false)
          + K.input(id('register.password'), '设置密码', 'password', '至少8位');
      }
      show(C.labels.register, K.form(inner + K.button(id('register.submit'), '注册', true)));
      on('register.send', function () {
        api('POST', '/sms', { phone: val('register.phone') }).then(function (r) { K.toast(r.message || '发送失败'); });
      });
      on('register.submit', function () {
        api('POST', '/register', {
          phone: val('register.phone'), code: val('register.code'), password: val('register.password'),
          email: val('register.email'), confirm: val('register.confirm'), captcha: val('register.captcha')
        }).then(function (r) {
          if (r.status === 200 && r.ok) { K.toast('注册成功'); show('注册成功', K.result('注册成功', r.message)); } else { fail(r, '系统维护中，请稍后再试'); }
        });
      });
    },
    login: function () {
      var inner = K.input(id('login.account'), C.registration === 'email' ? '邮箱' : '手机号', 'text', '请输入账号')
        + K.input(id('login.password'), '密码', 'password', '请输入密码')
        + (C.registration === 'captcha' ? K.captcha(id('login.captcha'), id('register.captchaImage'), C.api + '/captcha') : '');
      show(C.labels.login, K.form(inner + K.button(id('login.submit'), '登录', true)));
      on('login.submit', function () {
        api('POST', '/login', { account: val('login.account'), password: val('login.password'), captcha: val('login.captcha') }).then(function (r) {
          if (r.status === 200 && r.ok) { K.toast('登录成功'); K.go('home'); } else { fail(r, '登录失败'); }
        });
      });
    },
    appeal: function () {
      show(C.labels.appeal, K.loading(id('appeal.loading'), '加载中...'));
      api('GET', '/appeal/form').then(function (form) {
        if (form.status !== 200 || !form.types) { return; } // the spinner stays, as on a broken portal
        var inner = K.types(id('appeal.type'), form.types)
          + K.input(id('appeal.title'), '标题', 'text', '请简要概括您的诉求')
          + K.textarea(id('appeal.content'), '诉求内容', '请详细描述（不少于' + form.minContentLength + '个字）')
          + K.input(id('appeal.phone'), '联系电话', 'tel', '请输入手机号')
          + (C.enterprise ? K.check(id('appeal.enterprise'), '以企业身份反映') : '')
          + K.check(id('appeal.agree'), '我已阅读并同意《用户服务协议》');
        show(C.labels.appeal, K.form(inner + K.button(id('appeal.submit'), C.labels.submit, true)));
        K.bindTypes(id('appeal.type'));
        if (!C.submitHandler) { return; }
        on('appeal.submit', function () {
          var agree = el('appeal.agree'), ent = el('appeal.enterprise');
          var data = { type: K.typeValue(id('appeal.type')), title: val('appeal.title'), content: val('appeal.content'), phone: val('appeal.phone') };
          if (agree && agree.checked) { data.agree = 'on'; }
          if (ent && ent.checked) { data.enterprise = 'on'; }
          api('POST', '/appeal', data).then(function (r) {
            if (r.status === 200 && r.ok) {
              K.toast('提交成功');
              show('提交成功', K.result('提交成功', '工单编号：<span id="' + id('appeal.ticket') + '">' + esc(r.ticket) + '</span>'));
            } else { fail(r, '系统繁忙，请稍后再试'); }
          });
        });
      });
    },
    progress: function () {
      var inner = K.input(id('progress.ticket'), '工单编号', 'text', '请输入工单编号')
        + (C.progressPhone ? K.input(id('progress.phone'), '联系电话', 'tel', '提交时填写的手机号') : '');
      show(C.labels.progress, K.form(inner + K.button(id('progress.submit'), '查询', true)) + '<div id="' + id('progress.result') + '"></div>');
      on('progress.submit', function () {
        var q = '?ticket=' + encodeURIComponent(val('progress.ticket')) + '&phone=' + encodeURIComponent(val('progress.phone'));
        api('GET', '/progress' + q).then(function (r) {
          var box = el('progress.result');
          if (r.status !== 200 || !r.found) { box.innerHTML = K.empty(r.message || '未查询到相关工单'); return; }
          box.innerHTML = K.detail([['工单编号', esc(r.ticket)], ['标题', esc(r.title)], ['提交时间', esc(r.submittedAt)],
            ['办理状态', '<span id="' + id('progress.state') + '">' + esc(r.state) + '</span>']].concat(r.reply ? [['答复内容', esc(r.reply)]] : []));
        });
      });
    },
    chat: function () {
      show(C.labels.chat, K.chat(id('chat.log'), id('chat.input'), id('chat.send'), C.greeting));
      var send = function () {
        var input = el('chat.input'), q = input.value.trim();
        if (!q) { return; }
        K.bubble(id('chat.log'), 'user', esc(q)); input.value = '';
        api('POST', '/chat', { q: q }).then(function (r) { if (r.status === 200 && r.answer) { K.bubble(id('chat.log'), 'bot', esc(r.answer)); } });
      };
      on('chat.send', send);
      el('chat.input').addEventListener('keydown', function (e) { if (e.key === 'Enter') { e.preventDefault(); send(); } });
    },
    search: function () {
      show(C.labels.search, K.form(K.input(id('search.input'), '关键词', 'search', '请输入关键词') + K.button(id('search.submit'), '搜索', true)) + '<div id="search-box"></div>');
      on('search.submit', function () {
        api('GET', '/search?q=' + encodeURIComponent(val('search.input'))).then(function (r) {
          var box = document.getElementById('search-box');
          var hits = (r.hits || []).map(function (h) { return { title: esc(h.title), sub: esc(h.snippet), date: '' }; });
          box.innerHTML = hits.length ? K.list(id('search.results'), hits) : '<div id="' + id('search.empty') + '">' + K.empty('未找到相关结果') + '</div>';
        });
      });
    },
    faq: function () { questions('faq', 'faq.list'); },
    hot: function () { questions('hot', 'hot.list'); },
    reports: function () { items('reports', 'reports.list'); },
    cases: function () { items('cases', 'cases.list'); },
    enterprise: function () {
      show(C.labels.enterprise, K.result('<span id="' + id('enterprise.title') + '">' + esc(C.labels.enterprise) + '</span>', '为企业提供政策咨询、诉求反映一站式服务。')
        + (C.has.appeal ? K.entry(id('enterprise.entry'), 'appeal', '企业诉求一键直达', C.labels.appeal) : ''));
    }
  };
  function questions(name, key) {
    show(C.labels[name], K.loading('', '加载中...'));
    api('GET', '/' + name).then(function (r) {
      show(C.labels[name], K.list(id(key), (r.items || []).map(function (q) { return { title: esc(q.q), sub: esc(q.a), date: '' }; })));
    });
  }
  function items(name, key) {
    show(C.labels[name], K.loading('', '加载中...'));
    api('GET', '/' + name).then(function (r) {
      show(C.labels[name], K.list(id(key), (r.items || []).map(function (i) { return { title: esc(i.title), sub: esc(i.summary), date: esc(i.date) }; })));
    });
  }
  function route(name) {
    var view = views[name];
    if (!view || !C.has[name]) { show('页面不存在', K.empty('您访问的页面不存在')); return; }
    if (C.oauth && (name === 'register' || name === 'login' || name === 'appeal')) {
      location.href = '/wx/oauth/authorize?appid=wx' + C.code + '&redirect_uri=' + encodeURIComponent(location.href) + '&scope=snsapi_userinfo';
      return;
    }
    view();
  }
  K.start(route);
})();
