/*
 * HọcSâu math: when KaTeX (window.katex) and its auto-render extension (window.renderMathInElement)
 * are loaded from the webjar, typesets $…$, $$…$$, \(…\) and \[…\] inside .math-content, and the TeX
 * held by standalone .math / .math-display elements. Without KaTeX nothing changes: the TeX source
 * stays as readable text. A broken formula is shown as its source, never as an exception.
 * Put text that must keep a literal "$" inside .no-math (or <code>). Defines no globals.
 */
(function () {
  'use strict';
  const OPTIONS = {
    delimiters: [
      { left: '$$', right: '$$', display: true },
      { left: '\\[', right: '\\]', display: true },
      { left: '\\(', right: '\\)', display: false },
      { left: '$', right: '$', display: false },
    ],
    ignoredClasses: ['no-math', 'math', 'math-display'],
    throwOnError: false,
    errorColor: 'var(--danger, #b42318)', // the site's AA-checked error colour, light and dark
    errorCallback: () => {}, // the unrendered source is already shown to the reader
  };

  /* Accepts "x^2", "$x^2$", "$$x^2$$", "\(x^2\)" or "\[x^2\]". */
  function stripDelimiters(tex) {
    const t = tex.trim();
    const m = t.match(/^\$\$([\s\S]*)\$\$$/) || t.match(/^\$([\s\S]*)\$$/) ||
      t.match(/^\\\(([\s\S]*)\\\)$/) || t.match(/^\\\[([\s\S]*)\\\]$/);
    return m ? m[1] : t;
  }

  function renderStandalone(el) {
    if (el.querySelector('.katex')) return;
    const display = el.classList.contains('math-display') || /^(DIV|P|FIGURE)$/.test(el.tagName);
    try {
      window.katex.render(stripDelimiters(el.textContent), el, Object.assign({}, OPTIONS, { displayMode: display }));
    } catch (e) {
      // leave the TeX as it was
    }
  }

  function render() {
    if (!window.katex) return;
    document.querySelectorAll('.math, .math-display').forEach(renderStandalone);
    if (typeof window.renderMathInElement !== 'function') return;
    document.querySelectorAll('.math-content').forEach((el) => {
      if (el.dataset.mathDone || (el.parentElement && el.parentElement.closest('.math-content'))) return;
      el.dataset.mathDone = 'true';
      window.renderMathInElement(el, OPTIONS);
    });
  }

  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', render); else render();
  window.addEventListener('load', render); // second chance if KaTeX was loaded async
}());
