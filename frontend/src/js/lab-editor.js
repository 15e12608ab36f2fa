/*
 * HọcSâu lab editor: turns textarea.code-editor[data-highlight] into a CodeMirror 5 editor with
 * syntax highlighting that follows the submission kind picked in the form's select[name=kind]
 * (config: YAML, dl4j-json: JSON, java: Java). CodeMirror writes the text back into the textarea
 * when the form is sent, so the field posts exactly what was typed.
 * Without CodeMirror (blocked, failed to load) this script does nothing and editor.js enhances the
 * plain textarea instead. Like editor.js: Esc, then Tab, leaves the editor (WCAG 2.1.2), and a
 * status line shows the line and column. Defines no globals.
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
  }

  function init() {
    if (typeof window.CodeMirror !== 'function') return;
    document.querySelectorAll('textarea.code-editor[data-highlight]').forEach((ta) => {
      try { enhance(ta); } catch (e) { /* the plain textarea still works */ }
    });
  }

  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', init); else init();
}());
