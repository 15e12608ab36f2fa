/*
 * HọcSâu line charts. Progressive enhancement: each figure.chart[data-points] already holds a
 * <table> with the same numbers; this draws an SVG above it and hides the table visually only,
 * so screen readers keep the data. data-points is [{x,y},…] or [{name, points:[{x,y},…]},…].
 * Optional: data-x-label, data-y-label, data-title, data-height.
 * Global: window.HocSauChart.append(figureEl, {x, y, series}) for live curves (SSE).
 */
(function () {
  'use strict';
  const NS = 'http://www.w3.org/2000/svg';
  const PAD = { top: 24, right: 16, bottom: 28, left: 56 };
  const states = new WeakMap();
  let fmt = String;
  try { fmt = new Intl.NumberFormat(document.documentElement.lang || undefined, { maximumSignificantDigits: 4 }).format; } catch (e) { /* keep String */ }
  let counter = 0;

  const num = (v) => (v === null || v === '' || typeof v === 'boolean' ? NaN : Number(v));
  function toPoint(p) {
    const x = p ? num(p.x) : NaN, y = p ? num(p.y) : NaN;
    return Number.isFinite(x) && Number.isFinite(y) ? { x, y } : null;
  }

  function parse(fig) {
    let raw;
    try { raw = JSON.parse(fig.dataset.points || '[]'); } catch (e) { return []; }
    if (!Array.isArray(raw)) return [];
    const points = (list) => list.map(toPoint).filter(Boolean);
    if (raw.length && raw[0] && Array.isArray(raw[0].points)) {
      return raw.map((s, i) => ({ name: String(s.name == null ? i + 1 : s.name), points: points(s.points) }));
    }
    return [{ name: fig.dataset.yLabel || '', points: points(raw) }];
  }

  function range(values) {
    let lo = Infinity, hi = -Infinity;
    for (const v of values) { lo = Math.min(lo, v); hi = Math.max(hi, v); }
    if (lo === hi) { const pad = Math.abs(lo) * 0.1 || 1; lo -= pad; hi += pad; }
    return [lo, hi];
  }

  function el(name, attrs, parent) {
    const node = document.createElementNS(NS, name);
    Object.keys(attrs).forEach((k) => node.setAttribute(k, attrs[k]));
    if (parent) parent.appendChild(node);
    return node;
  }

  function stateFor(fig) {
    let st = states.get(fig);
    if (st) return st;
    const table = fig.querySelector('table');
    const wrap = table && table.closest('.table-wrap');
    st = { series: parse(fig), table, holder: wrap && fig.contains(wrap) ? wrap : table, id: 'hs-chart-' + (++counter), width: 0 };
    states.set(fig, st);
    if (window.ResizeObserver) new ResizeObserver(() => { if (fig.clientWidth !== st.width) schedule(fig); }).observe(fig);
    return st;
  }

  function buildSvg(fig, st, all) {
    const width = st.width = Math.max(240, fig.clientWidth || 600);
    const height = Number(fig.dataset.height) || Math.round(Math.min(320, Math.max(180, width * 0.55)));
    const [x0, x1] = range(all.map((p) => p.x)), [y0, y1] = range(all.map((p) => p.y));
    const sx = (x) => PAD.left + (x - x0) / (x1 - x0) * (width - PAD.left - PAD.right);
    const sy = (y) => height - PAD.bottom - (y - y0) / (y1 - y0) * (height - PAD.top - PAD.bottom);
    const xLabel = fig.dataset.xLabel || 'x', yLabel = fig.dataset.yLabel || 'y';
    const caption = fig.querySelector('figcaption');
    const svg = el('svg', { width, height, viewBox: `0 0 ${width} ${height}`, role: 'img', focusable: 'false',
      'aria-labelledby': st.id + '-t', 'aria-describedby': st.id + '-d' });
    el('title', { id: st.id + '-t' }, svg).textContent =
      fig.dataset.title || (caption ? caption.textContent.trim() : yLabel + ' / ' + xLabel);
    el('desc', { id: st.id + '-d' }, svg).textContent = `${xLabel}: ${fmt(x0)}–${fmt(x1)}. ${yLabel}: ${fmt(y0)}–${fmt(y1)}. ` +
      st.series.filter((s) => s.points.length)
        .map((s) => `${s.name || yLabel}: ${fmt(s.points[0].y)} → ${fmt(s.points[s.points.length - 1].y)}`).join('; ');

    const bottom = height - PAD.bottom;
    el('line', { class: 'chart-axis', x1: PAD.left, y1: PAD.top, x2: PAD.left, y2: bottom }, svg);
    el('line', { class: 'chart-axis', x1: PAD.left, y1: bottom, x2: width - PAD.right, y2: bottom }, svg);
    [[PAD.left - 6, PAD.top + 4, fmt(y1), 'end'], [PAD.left - 6, bottom, fmt(y0), 'end'],
      [PAD.left, height - 8, fmt(x0), 'start'], [width - PAD.right, height - 8, fmt(x1), 'end'],
      [(PAD.left + width - PAD.right) / 2, height - 8, xLabel, 'middle'], [PAD.left + 6, PAD.top - 10, yLabel, 'start']]
      .forEach(([x, y, text, anchor]) => {
        el('text', { x, y, class: 'chart-label', 'text-anchor': anchor }, svg).textContent = text;
      });

    st.series.forEach((s, i) => {
      if (!s.points.length) return;
      const cls = 'chart-series-' + (i % 4);
      const pts = s.points.map((p) => `${sx(p.x).toFixed(1)},${sy(p.y).toFixed(1)}`).join(' ');
      if (s.points.length > 1) el('polyline', { class: 'chart-line ' + cls, points: pts }, svg);
      const last = s.points[s.points.length - 1];
      el('circle', { class: 'chart-dot ' + cls, cx: sx(last.x), cy: sy(last.y), r: 3.5 }, svg);
    });
    return svg;
  }

  /* HTML legend (wraps on narrow screens); aria-hidden because the SVG description and the table name the series. */
  function buildLegend(st) {
    const ul = document.createElement('ul');
    ul.className = 'chart-legend';
    ul.setAttribute('aria-hidden', 'true');
    st.series.forEach((s, i) => {
      const li = ul.appendChild(document.createElement('li'));
      el('line', { class: 'chart-line chart-series-' + (i % 4), x1: 1, y1: 5, x2: 27, y2: 5 },
        el('svg', { width: 28, height: 10, viewBox: '0 0 28 10' }, li));
      li.appendChild(document.createTextNode(s.name));
    });
    return ul;
  }

  function draw(fig) {
    const st = stateFor(fig);
    st.pending = false;
    const all = [].concat(...st.series.map((s) => s.points));
    if (!all.length) return; // nothing to draw: the table stays visible
    const svg = buildSvg(fig, st, all);
    if (st.svg) fig.replaceChild(svg, st.svg); else fig.insertBefore(svg, st.holder || null);
    st.svg = svg;
    if (st.legend) st.legend.remove();
    st.legend = st.series.length > 1 ? buildLegend(st) : null;
    if (st.legend) svg.after(st.legend);
    if (st.holder && !st.holder.classList.contains('visually-hidden')) {
      st.holder.classList.add('visually-hidden');
      st.holder.removeAttribute('tabindex'); // a hidden scroller must not take keyboard focus
    }
  }

  function schedule(fig) {
    const st = stateFor(fig);
    if (!st.pending) window.requestAnimationFrame(() => draw(fig));
    st.pending = true;
  }

  /* Keeps the screen-reader table in step: columns are x, then one per series; same x shares a row. */
  function addRow(st, col, p) {
    if (!st.table) return;
    const body = st.table.tBodies[0] || st.table.createTBody();
    let row = body.rows[body.rows.length - 1];
    if (!row || (row.dataset.x || row.cells[0].textContent.trim()) !== String(p.x)) {
      const cols = Math.max(2, st.table.rows[0] ? st.table.rows[0].cells.length : 2);
      row = body.insertRow();
      row.dataset.x = String(p.x);
      for (let i = 0; i < cols; i++) row.insertCell().textContent = i ? '' : fmt(p.x);
    }
    if (row.cells[col + 1]) row.cells[col + 1].textContent = fmt(p.y);
  }

  /** Adds {x, y} to a series (index or name; default the first) and redraws on the next frame. */
  function append(fig, point) {
    const p = toPoint(point);
    if (!fig || !p) return;
    const st = stateFor(fig);
    const key = point.series;
    let i = typeof key === 'number' ? key : key == null ? 0 : st.series.findIndex((s) => s.name === String(key));
    if (i < 0) i = st.series.length;
    while (st.series.length <= i) st.series.push({ name: typeof key === 'string' ? key : String(st.series.length + 1), points: [] });
    st.series[i].points.push(p);
    addRow(st, i, p);
    schedule(fig);
  }

  function init() {
    document.querySelectorAll('figure.chart[data-points]').forEach(draw);
  }

  window.HocSauChart = Object.freeze({ append, redraw: schedule });
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', init); else init();
}());
