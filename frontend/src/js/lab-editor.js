/*
 * HọcSâu lab editor: turns textarea.code-editor[data-highlight] into a CodeMirror 5 editor with
 * syntax highlighting that follows the submission kind picked in the form's select[name=kind]
 * (config: YAML, dl4j-json: JSON, java: Java). CodeMirror writes the text back into the textarea
 * when the form is sent, so the field posts exactly what was typed.
 * Without CodeMirror (blocked, failed to load) this script does nothing and editor.js enhances the
 * plain textarea instead. Like editor.js: Esc, then Tab, leaves the editor (WCAG 2.1.2), and a
 * status line shows the line and column. Defines no globals.
 * With or without CodeMirror it also (1) swaps the lab's starter when the kind changes, if the
 * editor still holds the previous kind's starter untouched or nothing (so typed text is never
 * replaced), each option carrying its kind's starter in data-starter; and (2) selects and scrolls to
 * the line a refusal named (textarea[data-error-line]), marking it in CodeMirror.
 */
(function () {
  'use strict';
  const MODES = { config: 'yaml', 'dl4j-json': { name: 'javascript', json: true }, java: 'text/x-java' };
  const STATUS = { vi: 'Dòng {line}, cột {col}', en: 'Line {line}, column {col}' };

  function modeFor(kind) {
    return MODES[kind] || 'yaml';
  }

  function labelOf(ta) {
    const label = ta.id ? document.querySelector('label[for="' + ta.id + '"]') : null;
    return label ? label.textContent.trim() : '';
  }

  function enhance(ta) {
    if (ta.dataset.enhanced) return;
    const unit = Math.min(8, Math.max(1, Number(ta.dataset.indent) || 4));
    const kindSelect = ta.form ? ta.form.querySelector('select[name="kind"]') : null;
    let escaped = false; // Esc was the last key: the next Tab leaves the editor

    const cm = window.CodeMirror.fromTextArea(ta, {
      mode: modeFor(kindSelect ? kindSelect.value : ''),
      theme: 'hocsau',
      lineNumbers: true,
      indentUnit: unit,
      tabSize: unit,
      indentWithTabs: false,
      lineWrapping: false,
      spellcheck: false,
      autocorrect: false,
      autocapitalize: false,
      screenReaderLabel: labelOf(ta),
      extraKeys: {
        Tab: (c) => c.execCommand(c.somethingSelected() ? 'indentMore' : 'insertSoftTab'),
        'Shift-Tab': (c) => c.execCommand('indentLess')
      }
    });
    ta.dataset.enhanced = 'true'; // editor.js leaves it alone
    cm.getWrapperElement().classList.add('lab-editor');
    // codemirrorIgnore hands the key back to the browser, which then moves the focus.
    cm.on('keydown', (c, e) => {
      if (e.key === 'Escape') { escaped = true; return; }
      if (e.key === 'Tab' && escaped) e.codemirrorIgnore = true;
      if (e.key !== 'Shift') escaped = false;
    });
    cm.on('blur', () => { escaped = false; });
    if (kindSelect) kindSelect.addEventListener('change', () => cm.setOption('mode', modeFor(kindSelect.value)));

    // The hint (Esc, then Tab) and the status line describe the editor's real input field.
    const input = cm.getInputField();
    const lang = (document.documentElement.lang || 'en').slice(0, 2).toLowerCase();
    const template = ta.dataset.status || STATUS[lang] || STATUS.en;
    const status = document.createElement('p');
    status.className = 'editor-status';
    status.id = (ta.id || 'lab-editor') + '-status';
    cm.getWrapperElement().after(status);
    const describedBy = ta.getAttribute('aria-describedby');
    input.setAttribute('aria-describedby', describedBy ? describedBy + ' ' + status.id : status.id);
    const update = () => {
      const pos = cm.getCursor();
      status.textContent = template.replace('{line}', pos.line + 1).replace('{col}', pos.ch + 1);
    };
    cm.on('cursorActivity', update);
    update();
    return cm;
  }

  /* The editor's text, through CodeMirror when it replaced the textarea. */
  function access(ta, cm) {
    if (cm) return { get: () => cm.getValue(), set: (v) => cm.setValue(v) };
    return { get: () => ta.value, set: (v) => { ta.value = v; ta.dispatchEvent(new Event('input', { bubbles: true })); } };
  }

  function starterOf(select, kind) {
    const option = Array.from(select.options).find((o) => o.value === kind);
    return option ? option.dataset.starter || '' : '';
  }

  function swapStarters(ta, cm) {
    const select = ta.form ? ta.form.querySelector('select[name="kind"]') : null;
    if (!select) return;
    const text = access(ta, cm);
    let shown = select.value;
    select.addEventListener('change', () => {
      const now = text.get();
      const starter = starterOf(select, select.value);
      // A kind without a starter empties an untouched starter: YAML is no start for Java.
      if ((now.trim() === '' || now === starterOf(select, shown)) && now !== starter) text.set(starter);
      shown = select.value;
    });
  }

  /* Selects the refused line and brings it into view, without taking the focus from the alert. */
  function markErrorLine(ta, cm) {
    const line = Number(ta.dataset.errorLine) - 1;
    if (!(line >= 0)) return;
    if (cm) {
      if (line >= cm.lineCount()) return;
      cm.addLineClass(line, 'background', 'editor-error-line');
      cm.setSelection({ line: line, ch: 0 }, { line: line, ch: cm.getLine(line).length });
      cm.scrollIntoView({ line: line, ch: 0 }, 60);
      return;
    }
    const lines = ta.value.split('\n');
    if (line >= lines.length) return;
    const start = lines.slice(0, line).reduce((n, l) => n + l.length + 1, 0);
    ta.setSelectionRange(start, start + lines[line].length);
    const height = parseFloat(getComputedStyle(ta).lineHeight) || 20;
    ta.scrollTop = Math.max(0, (line - 2) * height);
  }

  function init() {
    const highlight = typeof window.CodeMirror === 'function';
    document.querySelectorAll('textarea.code-editor[data-highlight]').forEach((ta) => {
      let cm = null;
      if (highlight) {
        try { cm = enhance(ta); } catch (e) { cm = null; /* the plain textarea still works */ }
      }
      swapStarters(ta, cm);
      markErrorLine(ta, cm);
    });
  }

  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', init); else init();
}());
