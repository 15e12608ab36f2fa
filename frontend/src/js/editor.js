/*
 * HọcSâu code editor: enhances textarea.code-editor in place (the form posts the same field).
 * Tab / Shift+Tab indent and outdent, Enter keeps the indentation, a status line shows the
 * line and column. Keyboard users are never trapped: Esc, then Tab, leaves the field.
 * Optional attributes: data-indent="2" (default 4 spaces), data-status="Line {line}, col {col}".
 * Defines no globals.
 */
(function () {
  'use strict';
  const STATUS = { vi: 'Dòng {line}, cột {col}', en: 'Line {line}, column {col}' };
  let count = 0;

  /* execCommand keeps the browser's undo stack; setRangeText is the fallback where it is gone. */
  function insert(ta, text) {
    let done = false;
    try { done = document.execCommand('insertText', false, text); } catch (e) { done = false; }
    if (!done) {
      ta.setRangeText(text, ta.selectionStart, ta.selectionEnd, 'end');
      ta.dispatchEvent(new Event('input', { bubbles: true }));
    }
  }

  function lineStart(value, pos) {
    return value.lastIndexOf('\n', pos - 1) + 1;
  }

  /* Indents or outdents every line touched by the selection, then reselects those lines. */
  function shiftLines(ta, unit, outdent) {
    const v = ta.value;
    const start = lineStart(v, ta.selectionStart);
    let end = ta.selectionEnd;
    if (end > start && v[end - 1] === '\n') end--; // a selection ending at a line start excludes that line
    const nl = v.indexOf('\n', end);
    end = nl === -1 ? v.length : nl;
    const original = v.slice(start, end);
    const changed = original.split('\n').map((line) => {
      if (!outdent) return unit + line;
      const lead = line.match(/^( +|\t)/);
      return lead ? line.slice(Math.min(lead[0].length, unit.length)) : line;
    }).join('\n');
    if (changed === original) return;
    const caret = ta.selectionStart === ta.selectionEnd ? ta.selectionStart : -1;
    ta.setSelectionRange(start, end);
    insert(ta, changed);
    if (caret < 0) { ta.setSelectionRange(start, start + changed.length); return; } // keep the block selected
    const moved = Math.max(start, caret + changed.length - original.length);
    ta.setSelectionRange(moved, moved);
  }

  function onTab(ta, e, unit) {
    const v = ta.value;
    const multi = v.slice(ta.selectionStart, ta.selectionEnd).includes('\n');
    e.preventDefault();
    if (e.shiftKey || multi) { shiftLines(ta, unit, e.shiftKey); return; }
    const col = ta.selectionStart - lineStart(v, ta.selectionStart);
    insert(ta, ' '.repeat(unit.length - (col % unit.length))); // align to the next tab stop
  }

  function onEnter(ta, e, unit) {
    const v = ta.value;
    const start = lineStart(v, ta.selectionStart);
    const before = v.slice(start, ta.selectionStart);
    let indent = before.match(/^[ \t]*/)[0];
    if (/[{[(:]\s*$/.test(before)) indent += unit; // Java blocks, Python and YAML blocks
    e.preventDefault();
    insert(ta, '\n' + indent);
  }

  function statusText(ta, template) {
    const before = ta.value.slice(0, ta.selectionStart);
    const line = before.split('\n').length;
    const col = ta.selectionStart - lineStart(ta.value, ta.selectionStart) + 1;
    return template.replace('{line}', line).replace('{col}', col);
  }

  function enhance(ta) {
    if (ta.dataset.enhanced) return;
    ta.dataset.enhanced = 'true';
    const unit = ' '.repeat(Math.min(8, Math.max(1, Number(ta.dataset.indent) || 4)));
    const lang = (document.documentElement.lang || 'en').slice(0, 2).toLowerCase();
    const template = ta.dataset.status || STATUS[lang] || STATUS.en;
    let escaped = false; // Esc was the last key: the next Tab moves focus as usual

    /* Not a live region: announcing every caret move would drown the screen reader. */
    const status = document.createElement('p');
    status.className = 'editor-status';
    status.id = (ta.id || 'code-editor-' + (++count)) + '-status';
    ta.after(status);
    const describedBy = ta.getAttribute('aria-describedby');
    ta.setAttribute('aria-describedby', describedBy ? describedBy + ' ' + status.id : status.id);
    ta.setAttribute('spellcheck', 'false');
    ta.setAttribute('autocapitalize', 'off');
    ta.setAttribute('autocomplete', 'off');
    if (!ta.hasAttribute('wrap')) ta.setAttribute('wrap', 'off');

    const update = () => { status.textContent = statusText(ta, template); };
    ['input', 'keyup', 'click', 'select', 'focus'].forEach((type) => ta.addEventListener(type, update));
    ta.addEventListener('blur', () => { escaped = false; });

    ta.addEventListener('keydown', (e) => {
      // Vietnamese input methods (Telex, VNI) compose text: never steal their keys.
      if (e.isComposing || e.keyCode === 229 || e.ctrlKey || e.altKey || e.metaKey || ta.readOnly) return;
      if (e.key === 'Escape') { escaped = true; return; }
      if (e.key === 'Tab' && !escaped) onTab(ta, e, unit);
      else if (e.key === 'Enter' && !e.shiftKey) onEnter(ta, e, unit);
      if (e.key !== 'Shift') escaped = false;
    });
    update();
  }

  function init() {
    document.querySelectorAll('textarea.code-editor').forEach(enhance);
  }

  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', init); else init();
}());
