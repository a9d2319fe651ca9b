// Progressive enhancement only: every page works without this file.
// 1. Copy buttons (hidden until this script shows them) copy a citation, the curl line or the embed code.
// 2. The chart/table switch changes view in place and records it in the URL, so the back button and a shared link
//    show the same view.
(function () {
  'use strict';

  document.querySelectorAll('button.copy[data-copy]').forEach(function (button) {
    var target = document.getElementById(button.getAttribute('data-copy'));
    if (!target || !navigator.clipboard) {
      return;
    }
    var label = button.textContent;
    button.hidden = false;
    button.addEventListener('click', function () {
      var text = 'value' in target && target.tagName === 'TEXTAREA' ? target.value : target.textContent;
      navigator.clipboard.writeText(text.trim()).then(function () {
        button.textContent = button.getAttribute('data-copied');
        setTimeout(function () { button.textContent = label; }, 2000);
      });
    });
  });

  var switcher = document.querySelector('.view-switch');
  if (!switcher || !window.history || !history.pushState) {
    return;
  }
  function show(view) {
    ['chart', 'table'].forEach(function (name) {
      var panel = document.getElementById('view-' + name);
      var link = switcher.querySelector('[data-view="' + name + '"]');
      if (panel) { panel.hidden = name !== view; }
      if (link) {
        if (name === view) { link.setAttribute('aria-current', 'page'); } else { link.removeAttribute('aria-current'); }
      }
    });
  }
  switcher.addEventListener('click', function (event) {
    var link = event.target.closest('a[data-view]');
    if (!link || event.metaKey || event.ctrlKey || event.shiftKey) {
      return;
    }
    event.preventDefault();
    var view = link.getAttribute('data-view');
    show(view);
    history.pushState({ view: view }, '', link.getAttribute('href'));
  });
  window.addEventListener('popstate', function () {
    show(new URLSearchParams(location.search).get('tab') === 'table' ? 'table' : 'chart');
  });
}());
