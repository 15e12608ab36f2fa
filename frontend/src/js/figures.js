/*
 * Interactive lesson figures. The renderer writes <div class="hs-figure" data-figure="NAME"> with
 * the text alternative inside; this script builds the live figure above that text. Everything runs
 * in the page: no network, no inline script or style (the site's CSP), pointer events so a finger
 * works like a mouse. Labels come from <template id="hs-figure-text">, which the lesson page fills
 * from the vi/en message bundles.
 */
(function () {
  'use strict';

  var text = {};

  function t(key) {
    return text[key] || key;
  }

  function readText() {
    var template = document.getElementById('hs-figure-text');
    if (!template) return;
    template.content.querySelectorAll('[data-k]').forEach(function (node) {
      text[node.getAttribute('data-k')] = node.textContent;
    });
  }

  function el(tag, attrs, children) {
    var node = document.createElement(tag);
    Object.keys(attrs || {}).forEach(function (name) {
      node.setAttribute(name, attrs[name]);
    });
    (children || []).forEach(function (child) {
      node.appendChild(typeof child === 'string' ? document.createTextNode(child) : child);
    });
    return node;
  }

  var ids = 0;

  /* A labelled range input with its value shown beside it. */
  function slider(parent, label, min, max, step, value, onInput) {
    var id = 'hs-fig-' + (++ids);
    var output = el('output', { for: id }, [format(value)]);
    var input = el('input', { type: 'range', id: id, min: min, max: max, step: step, value: value });
    input.addEventListener('input', function () {
      output.textContent = format(Number(input.value));
      onInput(Number(input.value));
    });
    parent.appendChild(el('div', { class: 'hs-fig-control' }, [
      el('label', { for: id }, [label]), input, output]));
    return input;
  }

  function select(parent, label, options, onChange) {
    var id = 'hs-fig-' + (++ids);
    var node = el('select', { id: id });
    options.forEach(function (option) {
      node.appendChild(el('option', { value: option[0] }, [option[1]]));
    });
    node.addEventListener('change', function () { onChange(node.value); });
    parent.appendChild(el('div', { class: 'hs-fig-control' }, [el('label', { for: id }, [label]), node]));
    return node;
  }

  function button(parent, label, onClick) {
    var node = el('button', { type: 'button', class: 'btn btn-secondary' }, [label]);
    node.addEventListener('click', onClick);
    parent.appendChild(node);
    return node;
  }

  function format(x) {
    if (!isFinite(x)) return String(x);
    var rounded = Math.round(x * 1000) / 1000;
    return (rounded === 0 ? 0 : rounded).toLocaleString(document.documentElement.lang || 'en');
  }

  /* A canvas sized to its CSS box and the screen's pixel density. */
  function canvas(parent, label, ratio) {
    var node = el('canvas', { class: 'hs-fig-canvas', role: 'img', 'aria-label': label });
    parent.appendChild(node);
    var width = Math.max(240, Math.min(480, parent.clientWidth || 320));
    var scale = window.devicePixelRatio || 1;
    node.width = Math.round(width * scale);
    node.height = Math.round(width * ratio * scale);
    var ctx = node.getContext('2d');
    ctx.scale(scale, scale);
    return { node: node, ctx: ctx, width: width, height: width * ratio };
  }

  var ACTIVATIONS = {
    step: function (z) { return z >= 0 ? 1 : 0; },
    sigmoid: function (z) { return 1 / (1 + Math.exp(-z)); },
    tanh: function (z) { return Math.tanh(z); },
    relu: function (z) { return Math.max(0, z); }
  };

  /* One neuron: two inputs, two weights, a bias and an activation. */
  function neuron(root) {
    var state = { x1: 1, x2: 0.5, w1: 0.8, w2: -0.4, b: 0.1, f: 'sigmoid' };
    var controls = el('div', { class: 'hs-fig-controls' });
    root.appendChild(controls);
    [['x1', t('input') + ' x₁', -2, 2], ['x2', t('input') + ' x₂', -2, 2],
      ['w1', t('weight') + ' w₁', -3, 3], ['w2', t('weight') + ' w₂', -3, 3],
      ['b', t('bias') + ' b', -3, 3]].forEach(function (c) {
      slider(controls, c[1], c[2], c[3], 0.1, state[c[0]], function (v) { state[c[0]] = v; draw(); });
    });
    select(controls, t('activation'), [['sigmoid', 'sigmoid'], ['tanh', 'tanh'], ['relu', 'ReLU'],
      ['step', t('step_function')]], function (v) { state.f = v; draw(); });
    var plot = canvas(root, t('activation_plot'), 0.5);
    var readout = el('p', { class: 'hs-fig-readout', 'aria-live': 'polite' });
    root.appendChild(readout);

    function draw() {
      var f = ACTIVATIONS[state.f];
      var z = state.w1 * state.x1 + state.w2 * state.x2 + state.b;
      var y = f(z);
      readout.textContent = 'z = ' + format(state.w1) + '·' + format(state.x1) + ' + ' +
        format(state.w2) + '·' + format(state.x2) + ' + ' + format(state.b) + ' = ' + format(z) +
        ' → ' + t('output') + ' y = ' + format(y);
      var c = plot.ctx, w = plot.width, h = plot.height;
      var zMax = 6, yMin = state.f === 'relu' ? -1 : -1.2, yMax = state.f === 'relu' ? 6 : 1.2;
      function px(v) { return (v + zMax) / (2 * zMax) * w; }
      function py(v) { return h - (v - yMin) / (yMax - yMin) * h; }
      c.clearRect(0, 0, w, h);
      c.strokeStyle = '#aab';
      c.lineWidth = 1;
      c.beginPath(); c.moveTo(0, py(0)); c.lineTo(w, py(0)); c.moveTo(px(0), 0); c.lineTo(px(0), h); c.stroke();
      c.strokeStyle = '#2a6fdb';
      c.lineWidth = 2;
      c.beginPath();
      for (var i = 0; i <= 200; i++) {
        var zz = -zMax + i * 2 * zMax / 200;
        var yy = Math.max(yMin, Math.min(yMax, f(zz)));
        if (i === 0) c.moveTo(px(zz), py(yy)); else c.lineTo(px(zz), py(yy));
      }
      c.stroke();
      var zc = Math.max(-zMax, Math.min(zMax, z));
      c.fillStyle = '#d9480f';
      c.beginPath(); c.arc(px(zc), py(Math.max(yMin, Math.min(yMax, y))), 5, 0, 2 * Math.PI); c.fill();
    }
    draw();
  }

  /* Gradient descent on an elongated bowl; tap the surface to choose where to start. */
  function gradientDescent(root) {
    var A = 1, B = 6, RANGE = 3;
    function loss(x, y) { return 0.5 * (A * x * x + B * y * y); }
    var state = { rate: 0.1, x: -2.6, y: 1.6, path: [], timer: null };
    var controls = el('div', { class: 'hs-fig-controls' });
    root.appendChild(controls);
    slider(controls, t('learning_rate'), 0.01, 0.4, 0.01, state.rate, function (v) { state.rate = v; });
    var buttons = el('div', { class: 'hs-fig-buttons' });
    controls.appendChild(buttons);
    button(buttons, t('step'), function () { stop(); step(); draw(); });
    var run = button(buttons, t('run'), function () { state.timer ? stop() : start(); });
    button(buttons, t('reset'), function () { stop(); reset(state.x0, state.y0); });
    var plot = canvas(root, t('loss_surface'), 0.75);
    var readout = el('p', { class: 'hs-fig-readout', 'aria-live': 'polite' });
    root.appendChild(el('p', { class: 'muted' }, [t('tap_to_start')]));
    root.appendChild(readout);
    var background = null;

    function toPx(x, y) {
      return [(x + RANGE) / (2 * RANGE) * plot.width, plot.height - (y + RANGE * 0.75) / (1.5 * RANGE) * plot.height];
    }
    function fromPx(px, py) {
      return [px / plot.width * 2 * RANGE - RANGE, (plot.height - py) / plot.height * 1.5 * RANGE - RANGE * 0.75];
    }
    function reset(x, y) {
      state.x0 = x; state.y0 = y; state.x = x; state.y = y; state.path = [[x, y]];
      draw();
    }
    function step() {
      var gx = A * state.x, gy = B * state.y;
      state.x -= state.rate * gx;
      state.y -= state.rate * gy;
      state.path.push([state.x, state.y]);
    }
    function start() {
      run.textContent = t('pause');
      state.timer = window.setInterval(function () {
        step(); draw();
        var l = loss(state.x, state.y);
        if (l < 1e-6 || !isFinite(l) || l > 1e6 || state.path.length > 300) stop();
      }, 120);
    }
    function stop() {
      if (state.timer) window.clearInterval(state.timer);
      state.timer = null;
      run.textContent = t('run');
    }
    function paintBackground() {
      var c = plot.ctx;
      for (var level = 0.25; level < 40; level *= 1.7) {
        c.strokeStyle = 'rgba(42,111,219,0.35)';
        c.beginPath();
        for (var i = 0; i <= 120; i++) {
          var a = i / 120 * 2 * Math.PI;
          var p = toPx(Math.sqrt(2 * level / A) * Math.cos(a), Math.sqrt(2 * level / B) * Math.sin(a));
          if (i === 0) c.moveTo(p[0], p[1]); else c.lineTo(p[0], p[1]);
        }
        c.stroke();
      }
      background = c.getImageData(0, 0, plot.node.width, plot.node.height);
    }
    function draw() {
      var c = plot.ctx;
      if (!background) { c.clearRect(0, 0, plot.width, plot.height); paintBackground(); }
      c.putImageData(background, 0, 0);
      c.strokeStyle = '#d9480f';
      c.fillStyle = '#d9480f';
      c.lineWidth = 2;
      c.beginPath();
      state.path.forEach(function (point, i) {
        var p = toPx(point[0], point[1]);
        if (i === 0) c.moveTo(p[0], p[1]); else c.lineTo(p[0], p[1]);
      });
      c.stroke();
      var last = toPx(state.x, state.y);
      c.beginPath(); c.arc(last[0], last[1], 5, 0, 2 * Math.PI); c.fill();
      var l = loss(state.x, state.y);
      readout.textContent = t('iteration') + ' ' + (state.path.length - 1) + ' · ' + t('loss') + ' ' +
        format(l) + (l > loss(state.x0, state.y0) * 10 || !isFinite(l) ? ' · ' + t('diverged') : '');
    }
    plot.node.addEventListener('pointerdown', function (event) {
      var box = plot.node.getBoundingClientRect();
      var p = fromPx((event.clientX - box.left) * plot.width / box.width,
        (event.clientY - box.top) * plot.height / box.height);
      stop();
      reset(p[0], p[1]);
    });
    reset(state.x, state.y);
  }

  var IMAGE = (function () {
    var rows = [];
    for (var r = 0; r < 8; r++) {
      var row = [];
      for (var c = 0; c < 8; c++) row.push(r >= 2 && r <= 5 && c >= 2 && c <= 5 ? 9 : (c === r ? 4 : 0));
      rows.push(row);
    }
    return rows;
  }());
  var FILTERS = {
    vertical: [[-1, 0, 1], [-1, 0, 1], [-1, 0, 1]],
    horizontal: [[-1, -1, -1], [0, 0, 0], [1, 1, 1]],
    blur: [[1 / 9, 1 / 9, 1 / 9], [1 / 9, 1 / 9, 1 / 9], [1 / 9, 1 / 9, 1 / 9]],
    sharpen: [[0, -1, 0], [-1, 5, -1], [0, -1, 0]]
  };

  /* A 3x3 filter sliding over an 8x8 image, one position at a time. */
  function convolution(root) {
    var OUT = 6;
    var state = { filter: 'vertical', position: 0, timer: null };
    var controls = el('div', { class: 'hs-fig-controls' });
    root.appendChild(controls);
    select(controls, t('filter'), [['vertical', t('filter_vertical')], ['horizontal', t('filter_horizontal')],
      ['blur', t('filter_blur')], ['sharpen', t('filter_sharpen')]], function (v) { state.filter = v; draw(); });
    var position = slider(controls, t('position'), 0, OUT * OUT - 1, 1, 0, function (v) { state.position = v; draw(); });
    var buttons = el('div', { class: 'hs-fig-buttons' });
    controls.appendChild(buttons);
    var play = button(buttons, t('run'), function () {
      if (state.timer) { stop(); return; }
      play.textContent = t('pause');
      state.timer = window.setInterval(function () {
        state.position = (state.position + 1) % (OUT * OUT);
        position.value = state.position;
        position.dispatchEvent(new Event('input'));
      }, 350);
    });
    function stop() { window.clearInterval(state.timer); state.timer = null; play.textContent = t('run'); }
    var plot = canvas(root, t('convolution_plot'), 0.5);
    var readout = el('p', { class: 'hs-fig-readout', 'aria-live': 'polite' });
    root.appendChild(readout);

    function output(r, c) {
      var k = FILTERS[state.filter], sum = 0;
      for (var i = 0; i < 3; i++) for (var j = 0; j < 3; j++) sum += IMAGE[r + i][c + j] * k[i][j];
      return sum;
    }
    function grid(c, x0, y0, cell, values, max, highlight) {
      for (var r = 0; r < values.length; r++) {
        for (var col = 0; col < values[r].length; col++) {
          var v = values[r][col];
          var shade = v === null ? 255 : Math.round(255 - Math.min(1, Math.abs(v) / max) * 200);
          c.fillStyle = v === null ? '#f4f4f4' : (v < 0 ? 'rgb(255,' + shade + ',' + shade + ')' : 'rgb(' + shade + ',' + shade + ',255)');
          c.fillRect(x0 + col * cell, y0 + r * cell, cell - 1, cell - 1);
        }
      }
      if (highlight) {
        c.strokeStyle = '#d9480f';
        c.lineWidth = 2;
        c.strokeRect(x0 + highlight[1] * cell, y0 + highlight[0] * cell, highlight[2] * cell, highlight[2] * cell);
      }
    }
    function draw() {
      var c = plot.ctx, w = plot.width, h = plot.height;
      c.clearRect(0, 0, w, h);
      var cell = Math.floor(Math.min(w / 2 - 12, h) / 8);
      var r = Math.floor(state.position / OUT), col = state.position % OUT;
      grid(c, 0, 0, cell, IMAGE, 9, [r, col, 3]);
      var out = [];
      for (var i = 0; i < OUT; i++) {
        var row = [];
        for (var j = 0; j < OUT; j++) row.push(i * OUT + j <= state.position ? output(i, j) : null);
        out.push(row);
      }
      grid(c, w / 2 + 12, cell, cell, out, 27, [r, col, 1]);
      var k = FILTERS[state.filter], terms = [];
      for (var a = 0; a < 3; a++) for (var b = 0; b < 3; b++) {
        if (IMAGE[r + a][col + b] !== 0 && k[a][b] !== 0) terms.push(format(IMAGE[r + a][col + b]) + '×' + format(k[a][b]));
      }
      readout.textContent = t('position') + ' (' + r + ', ' + col + '): ' +
        (terms.length ? terms.join(' + ') : '0') + ' = ' + format(output(r, col));
    }
    draw();
  }

  /* Seeded points, so every reader sees the same data. */
  function random(seed) {
    return function () {
      seed = (seed * 1664525 + 1013904223) % 4294967296;
      return seed / 4294967296;
    };
  }

  function points(kind) {
    var rnd = random(7), list = [];
    for (var i = 0; i < 160; i++) {
      var x = rnd() * 4 - 2, y = rnd() * 4 - 2, label;
      if (kind === 'xor') label = x * y > 0 ? 1 : 0;
      else if (kind === 'circle') label = x * x + y * y < 1.4 ? 1 : 0;
      else label = y > Math.sin(x * 1.8) * 0.8 ? 1 : 0;
      list.push([x, y, label]);
    }
    return list;
  }

  /* A 2-h-1 network with tanh hidden units and a sigmoid output, trained by plain SGD. */
  function network(hidden, seed) {
    var rnd = random(seed), net = { h: hidden, w1: [], b1: [], w2: [], b2: 0 };
    for (var j = 0; j < hidden; j++) {
      net.w1.push([rnd() * 2 - 1, rnd() * 2 - 1]);
      net.b1.push(0);
      net.w2.push((rnd() * 2 - 1) / Math.sqrt(hidden));
    }
    return net;
  }

  function forward(net, x, y) {
    var a = [], z = net.b2;
    for (var j = 0; j < net.h; j++) {
      a.push(Math.tanh(net.w1[j][0] * x + net.w1[j][1] * y + net.b1[j]));
      z += net.w2[j] * a[j];
    }
    return { a: a, p: 1 / (1 + Math.exp(-z)) };
  }

  function trainEpoch(net, data, rate) {
    var total = 0;
    data.forEach(function (point) {
      var f = forward(net, point[0], point[1]);
      var p = Math.min(1 - 1e-7, Math.max(1e-7, f.p));
      total += -(point[2] * Math.log(p) + (1 - point[2]) * Math.log(1 - p));
      var d = f.p - point[2];
      for (var j = 0; j < net.h; j++) {
        var dh = d * net.w2[j] * (1 - f.a[j] * f.a[j]);
        net.w2[j] -= rate * d * f.a[j];
        net.w1[j][0] -= rate * dh * point[0];
        net.w1[j][1] -= rate * dh * point[1];
        net.b1[j] -= rate * dh;
      }
      net.b2 -= rate * d;
    });
    return total / data.length;
  }

  function training2d(root) {
    var state = { kind: 'circle', hidden: 6, rate: 0.1, epoch: 0, loss: NaN, timer: null };
    var controls = el('div', { class: 'hs-fig-controls' });
    root.appendChild(controls);
    select(controls, t('dataset'), [['circle', t('data_circle')], ['xor', t('data_xor')], ['wave', t('data_wave')]],
      function (v) { state.kind = v; reset(); });
    var hiddenSelect = select(controls, t('hidden_units'), [['1', '1'], ['2', '2'], ['6', '6'], ['12', '12']],
      function (v) { state.hidden = Number(v); reset(); });
    hiddenSelect.value = '6';
    slider(controls, t('learning_rate'), 0.01, 1, 0.01, state.rate, function (v) { state.rate = v; });
    var buttons = el('div', { class: 'hs-fig-buttons' });
    controls.appendChild(buttons);
    var play = button(buttons, t('run'), function () { state.timer ? stop() : start(); });
    button(buttons, t('reset'), function () { stop(); reset(); });
    var plot = canvas(root, t('training_plot'), 1);
    var readout = el('p', { class: 'hs-fig-readout', 'aria-live': 'off' });
    root.appendChild(readout);
    var data, net;

    function reset() {
      data = points(state.kind);
      net = network(state.hidden, 11);
      state.epoch = 0;
      state.loss = NaN;
      draw();
    }
    function start() {
      play.textContent = t('pause');
      state.timer = window.setInterval(function () {
        for (var i = 0; i < 5; i++) { state.loss = trainEpoch(net, data, state.rate); state.epoch++; }
        draw();
        if (state.epoch >= 2000) stop();
      }, 60);
    }
    function stop() {
      if (state.timer) window.clearInterval(state.timer);
      state.timer = null;
      play.textContent = t('run');
    }
    function draw() {
      var c = plot.ctx, w = plot.width, h = plot.height, cells = 40, size = w / cells;
      for (var i = 0; i < cells; i++) {
        for (var j = 0; j < cells; j++) {
          var p = forward(net, (i + 0.5) / cells * 4 - 2, 2 - (j + 0.5) / cells * 4).p;
          c.fillStyle = 'rgb(' + Math.round(255 - 80 * p) + ',' + Math.round(235 - 40 * Math.abs(p - 0.5)) + ',' + Math.round(175 + 80 * p) + ')';
          c.fillRect(i * size, j * size, size + 1, size + 1);
        }
      }
      var correct = 0;
      data.forEach(function (point) {
        var predicted = forward(net, point[0], point[1]).p >= 0.5 ? 1 : 0;
        if (predicted === point[2]) correct++;
        c.fillStyle = point[2] ? '#1c4fb8' : '#c2410c';
        c.beginPath();
        c.arc((point[0] + 2) / 4 * w, (2 - point[1]) / 4 * h, 3.5, 0, 2 * Math.PI);
        c.fill();
      });
      readout.textContent = t('epoch') + ' ' + state.epoch + ' · ' + t('loss') + ' ' +
        (isNaN(state.loss) ? '—' : format(state.loss)) + ' · ' + t('accuracy') + ' ' +
        format(correct / data.length * 100) + ' %';
      readout.setAttribute('data-epoch', String(state.epoch));
    }
    reset();
  }

  var BUILDERS = {
    neuron: neuron,
    'gradient-descent': gradientDescent,
    convolution: convolution,
    'training-2d': training2d
  };

  function build() {
    readText();
    document.querySelectorAll('.hs-figure[data-figure]').forEach(function (figure) {
      var builder = BUILDERS[figure.getAttribute('data-figure')];
      if (!builder || figure.classList.contains('is-live')) return;
      var root = el('div', { class: 'hs-figure-live' });
      figure.insertBefore(root, figure.firstChild);
      builder(root);
      figure.classList.add('is-live');
    });
  }

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', build);
  } else {
    build();
  }
}());
