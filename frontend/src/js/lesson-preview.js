/*
 * HọcSâu lesson preview: in form.lesson-editor, typing in a textarea[data-preview] posts its
 * Markdown (with the form's CSRF token) to the form's data-preview-url after a short pause, and
 * shows the returned HTML in #lesson-preview. The server renders and sanitizes it with the site's
 * own renderer, so what is shown is what learners will see. Without this script the Preview button
 * does the same by a normal form post. Defines no globals.
 */
(function () {
  'use strict';
  const DELAY_MS = 400;

  function init() {
    const form = document.querySelector('form.lesson-editor');
    const target = document.getElementById('lesson-preview');
    if (!form || !target || !window.fetch) return;
    let timer = null;
    let sent = 0;

    function send(textarea) {
      const body = new URLSearchParams();
      body.set('_csrf', form.querySelector('input[name="_csrf"]').value);
      body.set('markdown', textarea.value);
      body.set('slug', form.dataset.slug || '');
      body.set('module', form.dataset.module || '');
      const mine = ++sent;
      fetch(form.dataset.previewUrl, { method: 'POST', body: body, credentials: 'same-origin' })
        .then((r) => (r.ok ? r.text() : Promise.reject(r.status)))
        .then((html) => {
          if (mine !== sent) return; // an older answer arriving late
          target.innerHTML = html; // sanitized by the server's lesson sanitizer
          target.setAttribute('lang', textarea.getAttribute('lang') || '');
          delete target.dataset.mathDone;
          if (window.renderMathInElement) window.dispatchEvent(new Event('load'));
        })
        .catch(() => {});
    }

    form.querySelectorAll('textarea[data-preview]').forEach((textarea) => {
      textarea.addEventListener('input', () => {
        clearTimeout(timer);
        timer = setTimeout(() => send(textarea), DELAY_MS);
      });
    });
  }

  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', init); else init();
}());
