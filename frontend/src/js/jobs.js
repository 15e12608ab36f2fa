/*
 * HọcSâu training jobs: live loss/metric curves drawn with uPlot, fed by the job's SSE stream.
 * Progressive enhancement: the page already shows the state, an events table and the verdict;
 * this adds the chart, appends new epochs, log lines and progress as they arrive, and reloads
 * the page once when the job changes state (so the verdict and charges are rendered by the server).
 * figure.job-chart[data-stream] is live; figure.job-chart[data-series] is a static overlay
 * ([{name, points:[{x,y}]}], as on /jobs/compare). Needs window.uPlot for the chart only.
 * The x axis is epochs: ticks fall on whole numbers only. While a job runs, #job-eta is
 * recomputed at every epoch from the job's own rate, as the server does (Eta.secondsPerEpoch):
 * the trainer's elapsedSeconds over the last RATE_WINDOW epochs, times the epochs left.
 */
(function () {
  'use strict';
  const COLOURS = ['#1f6feb', '#c2410c', '#15803d', '#7e22ce', '#b91c1c', '#0e7490', '#a16207', '#4d7c0f'];
  const DASHES = [[], [8, 4], [2, 3], [10, 3, 2, 3], [4, 4], [1, 2], [12, 6], [6, 2, 2, 2]];
  const MAX_LOG_LINES = 200;
  const RATE_WINDOW = 5; /* the same window as Eta.RATE_WINDOW on the server */
  const EPOCH_STEPS = [1, 2, 5, 10, 20, 25, 50, 100, 200, 250, 500, 1000, 2000, 5000];

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
      scales: { x: { time: false, range: (u, min, max) => wholeRange(min, max) } },
      axes: [{ label: this.fig.dataset.xLabel || '', incrs: EPOCH_STEPS, values: wholeTicks }, {}],
      series: [{ label: this.fig.dataset.xLabel || 'x' }].concat(names.map((n, i) => ({
        label: n, stroke: COLOURS[i % COLOURS.length], dash: DASHES[i % DASHES.length], width: 2, spanGaps: true
      })))
    });
    this.plot = new window.uPlot(opts, data, this.host);
  };

  /* Epochs are whole: the axis spans whole numbers, at least one epoch wide, and labels only them. */
  function wholeRange(min, max) {
    if (!finite(min) || !finite(max)) return [0, 1];
    const lo = Math.floor(min);
    return [lo, Math.max(Math.ceil(max), lo + 1)];
  }
  function wholeTicks(u, splits) { return splits.map((v) => (Number.isInteger(v) ? String(v) : '')); }

  /* h:mm:ss, as JobFormat.duration writes it. */
  function duration(seconds) {
    const s = Math.round(Math.max(0, seconds));
    const two = (n) => String(n).padStart(2, '0');
    return Math.floor(s / 3600) + ':' + two(Math.floor(s / 60) % 60) + ':' + two(s % 60);
  }

  /* Seconds per epoch from [{epoch, elapsed}] in order, over the last RATE_WINDOW epochs. */
  function secondsPerEpoch(timed) {
    if (!timed.length) return NaN;
    const last = timed[timed.length - 1];
    const from = timed[Math.max(0, timed.length - 1 - RATE_WINDOW)];
    const epochs = last.epoch - from.epoch, seconds = last.elapsed - from.elapsed;
    return epochs > 0 && seconds >= 0 ? seconds / epochs : last.elapsed / last.epoch;
  }

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
    const eta = document.getElementById('job-eta');
    const timed = table ? Array.from(table.querySelectorAll('tr[data-elapsed]'))
      .map((r) => ({ epoch: Number(r.dataset.epoch), elapsed: Number(r.dataset.elapsed) }))
      .filter((t) => finite(t.epoch) && t.epoch > 0 && finite(t.elapsed)) : [];

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

    function updateEta(d) {
      if (!finite(d.elapsedSeconds) || d.elapsedSeconds < 0) return;
      if (!timed.length || timed[timed.length - 1].epoch < d.epoch) timed.push({ epoch: d.epoch, elapsed: d.elapsedSeconds });
      const rate = secondsPerEpoch(timed);
      if (eta && epochs >= d.epoch && finite(rate)) text(eta, duration(rate * (epochs - d.epoch)));
    }

    source.addEventListener('reset', () => {
      timed.length = 0;
      chart.clear();
      if (table) Array.from(table.rows).forEach((r) => { if (r.dataset.seq !== undefined) r.remove(); });
      if (log) log.textContent = '';
      fresh = true;
    });
    /* The place in the queue: both languages' texts start with the number ("3 jobs ahead"). */
    const ahead = document.getElementById('job-ahead');
    source.addEventListener('queue', (e) => {
      const n = parse(e).ahead;
      if (ahead && finite(n)) text(ahead, ahead.textContent.replace(/\d+/, String(n)));
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
      updateEta(d);
      if (table && isNew(e.lastEventId)) {
        const empty = table.querySelector('.job-no-events');
        if (empty) empty.remove();
        const row = table.insertRow();
        row.dataset.seq = String(parseCursor(e.lastEventId).seq);
        row.dataset.epoch = String(d.epoch);
        const labels = Array.from(table.closest('table').tHead.rows[0].cells).map((c) => c.textContent);
        [String(d.epoch), finite(d.loss) ? d.loss.toPrecision(4) : (d.loss === null ? 'NaN' : ''),
          Object.keys(metrics).slice(0, 8).filter((k) => finite(metrics[k])).map((k) => k + ' ' + metrics[k].toPrecision(4)).join(' · ')]
          .forEach((v, i) => {
            const c = row.insertCell();
            c.textContent = v;
            c.dataset.label = labels[i] || ''; /* the phone layout shows it beside the value */
            if (i < 2) c.className = 'num';
          });
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
