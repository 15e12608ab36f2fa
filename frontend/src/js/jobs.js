/*
 * HọcSâu training jobs: live loss/metric curves drawn with uPlot, fed by the job's SSE stream.
 * Progressive enhancement: the page already shows the state, an events table and the verdict;
 * this adds the chart, appends new epochs, log lines and progress as they arrive, and reloads
 * the page once when the job changes state (so the verdict and charges are rendered by the server).
 * figure.job-chart[data-stream] is live; figure.job-chart[data-series] is a static overlay
 * ([{name, points:[{x,y}]}], as on /jobs/compare). Needs window.uPlot for the chart only.
 */
(function () {
  'use strict';
  const COLOURS = ['#1f6feb', '#c2410c', '#15803d', '#7e22ce', '#b91c1c', '#0e7490', '#a16207', '#4d7c0f'];
  const DASHES = [[], [8, 4], [2, 3], [10, 3, 2, 3], [4, 4], [1, 2], [12, 6], [6, 2, 2, 2]];
  const MAX_LOG_LINES = 200;

  const finite = (v) => typeof v === 'number' && Number.isFinite(v);

  /* A chart over epochs: named series of {x -> y}, redrawn at most once per frame. */
  function Chart(fig) {
    this.fig = fig;
    this.host = fig.querySelector('.job-chart-plot') || fig;
    this.series = new Map();
    this.plot = null;
    this.names = '';
    this.queued = false;
    if (window.ResizeObserver) {
      new ResizeObserver(() => { if (this.plot) this.plot.setSize(this.size()); }).observe(this.host);
    }
  }
  Chart.prototype.size = function () {
    return { width: Math.max(240, this.host.clientWidth || 600), height: Number(this.fig.dataset.height) || 280 };
  };
  Chart.prototype.add = function (name, x, y) {
    if (!finite(x) || !finite(y)) return;
    if (!this.series.has(name)) this.series.set(name, new Map());
    this.series.get(name).set(x, y);
    this.schedule();
  };
  Chart.prototype.clear = function () { this.series.clear(); this.schedule(); };
  Chart.prototype.schedule = function () {
    if (this.queued) return;
    this.queued = true;
    requestAnimationFrame(() => { this.queued = false; this.draw(); });
  };
  Chart.prototype.draw = function () {
    if (!window.uPlot) return;
    const names = Array.from(this.series.keys());
    const xs = Array.from(new Set(names.flatMap((n) => Array.from(this.series.get(n).keys())))).sort((a, b) => a - b);
    const data = [xs].concat(names.map((n) => xs.map((x) => (this.series.get(n).has(x) ? this.series.get(n).get(x) : null))));
    const key = names.join('\u0000');
    if (this.plot && key === this.names) { this.plot.setData(data); return; }
    if (this.plot) this.plot.destroy();
    this.names = key;
    if (!names.length) { this.plot = null; return; }
    const opts = Object.assign(this.size(), {
      title: '',
      scales: { x: { time: false } },
      axes: [{ label: this.fig.dataset.xLabel || '' }, {}],
      series: [{ label: this.fig.dataset.xLabel || 'x' }].concat(names.map((n, i) => ({
        label: n, stroke: COLOURS[i % COLOURS.length], dash: DASHES[i % DASHES.length], width: 2, spanGaps: true
      })))
    });
    this.plot = new window.uPlot(opts, data, this.host);
  };

  function staticChart(fig) {
    let raw;
    try { raw = JSON.parse(fig.dataset.series || '[]'); } catch (e) { return; }
    if (!Array.isArray(raw)) return;
    const chart = new Chart(fig);
    raw.forEach((s) => (Array.isArray(s.points) ? s.points : []).forEach((p) => chart.add(String(s.name), Number(p.x), Number(p.y))));
  }

  function text(el, value) { if (el) el.textContent = value; }

  function liveChart(fig) {
    const chart = new Chart(fig);
    const lossLabel = fig.dataset.lossLabel || 'loss';
    const table = fig.querySelector('tbody');
    const shown = parseCursor(fig.dataset.lastSeq);
    const progress = document.getElementById('job-progress');
    const progressText = document.getElementById('job-progress-text');
    const log = document.getElementById('job-log');
    const stateEl = document.getElementById('job-state');
    const renderedState = stateEl ? stateEl.dataset.state : '';
    const wasFinished = fig.dataset.finished === 'true';
    let epochs = progress && Number(progress.max) > 1 ? Number(progress.max) : 0;
    let fresh = false; /* after a reset, every epoch is new to the table */

    const source = new EventSource(fig.dataset.stream);
    const parse = (e) => { try { return JSON.parse(e.data); } catch (err) { return {}; } };

    function setProgress(epoch) {
      if (!progress) return;
      if (epochs > 0) progress.max = epochs;
      if (epoch > 0) progress.value = epoch;
      text(progressText, (epoch > 0 ? epoch : progress.value) + '/' + (epochs > 0 ? epochs : '?'));
    }

    function isNew(id) {
      if (fresh) return true;
      const at = parseCursor(id);
      return at.attempt > shown.attempt || (at.attempt === shown.attempt && at.seq > shown.seq);
    }

    source.addEventListener('reset', () => {
      chart.clear();
      if (table) Array.from(table.rows).forEach((r) => { if (r.dataset.seq !== undefined) r.remove(); });
      if (log) log.textContent = '';
      fresh = true;
    });
    source.addEventListener('state', (e) => {
      const s = parse(e).state;
      if (s && renderedState && s !== renderedState && !wasFinished) { source.close(); location.reload(); }
    });
    const epochCount = (d) => (finite(d.epochs) && d.epochs > 0 ? d.epochs : 0);
    source.addEventListener('started', (e) => { epochs = epochCount(parse(e)) || epochs; setProgress(0); });
    source.addEventListener('finished', (e) => { epochs = epochCount(parse(e)) || epochs; setProgress(0); });
    source.addEventListener('epoch', (e) => {
      const d = parse(e);
      if (!finite(d.epoch)) return;
      chart.add(lossLabel, d.epoch, d.loss);
      const metrics = d.metrics && typeof d.metrics === 'object' ? d.metrics : {};
      Object.keys(metrics).slice(0, 8).forEach((k) => chart.add(k, d.epoch, metrics[k]));
      epochs = epochCount(d) || epochs;
      setProgress(d.epoch);
      if (table && isNew(e.lastEventId)) {
        const empty = table.querySelector('.job-no-events');
        if (empty) empty.remove();
        const row = table.insertRow();
        row.dataset.seq = String(parseCursor(e.lastEventId).seq);
        [String(d.epoch), finite(d.loss) ? d.loss.toPrecision(4) : '',
          Object.keys(metrics).slice(0, 8).filter((k) => finite(metrics[k])).map((k) => k + ' ' + metrics[k].toPrecision(4)).join(' · ')]
          .forEach((v, i) => { const c = row.insertCell(); c.textContent = v; if (i < 2) c.className = 'num'; });
      }
    });
    source.addEventListener('log', (e) => {
      if (!log || !isNew(e.lastEventId)) return;
      const lines = Array.isArray(parse(e).lines) ? parse(e).lines : [];
      const all = (log.textContent + lines.map((l) => String(l) + '\n').join('')).split('\n');
      log.textContent = all.slice(Math.max(0, all.length - 1 - MAX_LOG_LINES)).join('\n');
      log.scrollTop = log.scrollHeight;
    });
    source.addEventListener('end', () => {
      source.close(); /* otherwise EventSource reconnects when the server closes the stream */
      if (!wasFinished) location.reload();
    });
  }

  function parseCursor(id) {
    const m = /^(\d+):(-?\d+)$/.exec(id || '');
    return m ? { attempt: Number(m[1]), seq: Number(m[2]) } : { attempt: 0, seq: -1 };
  }

  function start() {
    document.querySelectorAll('figure.job-chart').forEach((fig) => {
      try {
        if (fig.dataset.stream && window.EventSource) liveChart(fig);
        else if (fig.dataset.series) staticChart(fig);
      } catch (e) { /* the server-rendered page stays usable */ }
    });
  }
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', start);
  else start();
}());
