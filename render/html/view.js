/* view.js - the behaviour of cnkg's HTML view (render/html/view.html).
 *
 * The page holds Graphviz SVGs of several views (the overview, one per
 * article, one per entity's neighbourhood), each in a <template>, and the
 * graph's data as JSON (render/html_data.c writes it):
 *   entities: {iri, label, labels, cls, clsLabel, code, articles}
 *   edges:    {from, to, rel, relLabel, sym, ev: [[article, sentence]...]}
 *   articles: {n, headline}
 *   views:    {id, kind: overview|article|focus, title, article?, entity?}
 * One view is shown at a time; it pans (drag) and zooms (wheel, buttons)
 * by changing the SVG's viewBox. An entity is selected by a click on its
 * node or through the search box; the panel then shows what the graph says
 * of it and the sentences that say so. Graphviz names each node's <g> by a
 * <title> holding the entity's IRI, which is how the two are joined.
 * Everything is built with DOM calls (no innerHTML), so no text of the
 * graph is ever read as markup. */
(function () {
  'use strict';

  const data = JSON.parse(document.getElementById('cnkg-data').textContent);
  const canvas = document.getElementById('canvas');
  const panel = document.getElementById('panel');
  const viewSelect = document.getElementById('view-select');
  const search = document.getElementById('search');
  const results = document.getElementById('search-results');

  const entityByIri = new Map();
  data.entities.forEach(function (e, i) { entityByIri.set(e.iri, i); });
  const edgesOf = data.entities.map(function () { return []; });
  data.edges.forEach(function (ed, k) {
    edgesOf[ed.from].push(k);
    edgesOf[ed.to].push(k);
  });
  const focusViewOf = new Map(), articleViewOf = new Map();
  data.views.forEach(function (v, i) {
    if (v.kind === 'focus') focusViewOf.set(v.entity, i);
    if (v.kind === 'article') articleViewOf.set(v.article, i);
  });

  let current = -1;      /* the view shown */
  let svg = null;        /* its SVG element */
  let home = null;       /* its whole viewBox: [x, y, w, h] */
  let box = null;        /* the viewBox shown */
  let drawnNodes = new Map(); /* entity index -> <g class="node"> */
  let drawnEdges = [];   /* [<g class="edge">, from IRI, to IRI] */
  let selected = -1;

  /* --- small DOM helpers ----------------------------------------------- */

  function el(tag, attrs) {
    const node = document.createElement(tag);
    if (attrs) {
      Object.keys(attrs).forEach(function (k) {
        if (k === 'text') node.textContent = attrs[k];
        else if (k === 'onclick') node.addEventListener('click', attrs[k]);
        else node.setAttribute(k, attrs[k]);
      });
    }
    for (let i = 2; i < arguments.length; i++) {
      const c = arguments[i];
      if (c !== null && c !== undefined)
        node.appendChild(typeof c === 'string' ? document.createTextNode(c) : c);
    }
    return node;
  }

  function entityButton(i) {
    return el('button', {
      type: 'button', class: 'entity', title: data.entities[i].iri, text: data.entities[i].label,
      onclick: function () { selectEntity(i, true); }
    });
  }

  function articleName(a) {
    const art = data.articles[a];
    if (!art) return '';
    const number = art.n ? '文章 ' + art.n : '文章';
    return art.headline ? number + '《' + art.headline + '》' : number;
  }

  /* --- views ------------------------------------------------------------ */

  function fillViewSelect() {
    const groups = { overview: null, article: '文章', focus: '实体周边' };
    const made = {};
    data.views.forEach(function (v, i) {
      const option = el('option', { value: String(i), text: v.title });
      const label = groups[v.kind];
      if (!label) {
        viewSelect.appendChild(option);
        return;
      }
      if (!made[v.kind]) {
        made[v.kind] = el('optgroup', { label: label });
        viewSelect.appendChild(made[v.kind]);
      }
      made[v.kind].appendChild(option);
    });
    viewSelect.addEventListener('change', function () {
      showView(Number(viewSelect.value));
    });
  }

  function titleText(g) {
    const t = g.querySelector(':scope > title');
    return t ? t.textContent : '';
  }

  function showView(i) {
    const view = data.views[i];
    const template = view && document.getElementById(view.id);
    if (!template) return;
    const fragment = document.importNode(template.content, true);
    const picture = fragment.querySelector('svg');
    if (!picture) return;
    canvas.replaceChildren(picture);
    svg = picture;
    current = i;
    viewSelect.value = String(i);
    const vb = (svg.getAttribute('viewBox') || '').trim().split(/[\s,]+/).map(Number);
    const w = parseFloat(svg.getAttribute('width')) || 100;
    const h = parseFloat(svg.getAttribute('height')) || 100;
    home = roomy(vb.length === 4 && vb.every(isFinite) ? vb : [0, 0, w, h]);
    svg.removeAttribute('width');
    svg.removeAttribute('height');
    drawnNodes = new Map();
    svg.querySelectorAll('g.node').forEach(function (g) {
      const e = entityByIri.get(titleText(g));
      if (e !== undefined) {
        drawnNodes.set(e, g);
        g.dataset.entity = String(e);
      }
    });
    /* An edge's title is "FROM->TO"; an IRI holds no '>', so the first
     * "->" is the separator. */
    drawnEdges = [];
    svg.querySelectorAll('g.edge').forEach(function (g) {
      const t = titleText(g), at = t.indexOf('->');
      if (at > 0) drawnEdges.push([g, t.slice(0, at), t.slice(at + 2)]);
    });
    setBox(home.slice());
    highlight();
    /* What the panel offers depends on the view (whether it draws the
     * entity, which views to go to). */
    if (selected >= 0) renderPanel(selected);
  }

  /* --- pan and zoom ----------------------------------------------------- */

  /* The whole picture, but no larger than its natural size (Graphviz
   * draws in points: 4/3 of a CSS pixel each): a small neighbourhood is
   * shown at the size of its text rather than blown up to the window. */
  function roomy(vb) {
    const w = Math.max(vb[2], canvas.clientWidth * 0.75);
    const h = Math.max(vb[3], canvas.clientHeight * 0.75);
    return [vb[0] - (w - vb[2]) / 2, vb[1] - (h - vb[3]) / 2, w, h];
  }

  function setBox(b) {
    box = b;
    if (svg) svg.setAttribute('viewBox', b.join(' '));
  }

  /* A point of the window in the SVG's coordinates. */
  function toSvg(x, y) {
    const m = svg.getScreenCTM();
    if (!m) return { x: box[0] + box[2] / 2, y: box[1] + box[3] / 2 };
    return new DOMPoint(x, y).matrixTransform(m.inverse());
  }

  function zoomAt(x, y, factor) {
    if (!svg) return;
    /* Between a tenth of a point per pixel and four times the whole. */
    const w = Math.min(Math.max(box[2] * factor, home[2] / 200), home[2] * 4);
    const k = w / box[2];
    const p = toSvg(x, y);
    setBox([p.x - (p.x - box[0]) * k, p.y - (p.y - box[1]) * k, box[2] * k, box[3] * k]);
  }

  function zoomCentre(factor) {
    const r = canvas.getBoundingClientRect();
    zoomAt(r.left + r.width / 2, r.top + r.height / 2, factor);
  }

  function panBy(dx, dy) {
    const m = svg && svg.getScreenCTM();
    if (!m) return;
    setBox([box[0] - dx / m.a, box[1] - dy / m.d, box[2], box[3]]);
  }

  /* Centres the node, zooming in when it would be drawn too small to read. */
  function reveal(g) {
    const r = g.getBoundingClientRect(), c = canvas.getBoundingClientRect();
    if (r.height > 0 && r.height < 24) zoomAt(r.left + r.width / 2, r.top + r.height / 2, r.height / 36);
    const q = g.getBoundingClientRect();
    panBy(c.left + c.width / 2 - (q.left + q.width / 2), c.top + c.height / 2 - (q.top + q.height / 2));
  }

  /* A view may not draw the entity (an overview too large shows only the
   * most connected ones). */
  function revealEntity(i) {
    const g = drawnNodes.get(i);
    if (g) reveal(g);
  }

  let drag = null, dragged = false;
  canvas.addEventListener('pointerdown', function (ev) {
    if (ev.button !== 0) return;
    drag = { id: ev.pointerId, x: ev.clientX, y: ev.clientY, moving: false };
    dragged = false;
  });
  canvas.addEventListener('pointermove', function (ev) {
    if (!drag || ev.pointerId !== drag.id) return;
    const dx = ev.clientX - drag.x, dy = ev.clientY - drag.y;
    if (!drag.moving && Math.abs(dx) + Math.abs(dy) < 4) return;
    if (!drag.moving) {
      drag.moving = true;
      canvas.setPointerCapture(ev.pointerId);
      canvas.classList.add('dragging');
    }
    panBy(dx, dy);
    drag.x = ev.clientX;
    drag.y = ev.clientY;
  });
  function endDrag(ev) {
    if (!drag || ev.pointerId !== drag.id) return;
    dragged = drag.moving;
    drag = null;
    canvas.classList.remove('dragging');
  }
  canvas.addEventListener('pointerup', endDrag);
  canvas.addEventListener('pointercancel', endDrag);
  canvas.addEventListener('wheel', function (ev) {
    ev.preventDefault();
    zoomAt(ev.clientX, ev.clientY, Math.exp(Math.max(-100, Math.min(100, ev.deltaY)) * 0.004));
  }, { passive: false });
  canvas.addEventListener('click', function (ev) {
    if (dragged) { dragged = false; return; }
    const g = ev.target.closest && ev.target.closest('g.node');
    if (g && g.dataset.entity !== undefined) selectEntity(Number(g.dataset.entity), false);
    else if (!g) selectEntity(-1, false);
  });
  canvas.addEventListener('keydown', function (ev) {
    if (ev.key === '+' || ev.key === '=') zoomCentre(0.8);
    else if (ev.key === '-') zoomCentre(1.25);
    else if (ev.key === '0') setBox(home.slice());
    else if (ev.key === 'Escape') selectEntity(-1, false);
  });
  document.getElementById('zoom-in').addEventListener('click', function () { zoomCentre(0.8); });
  document.getElementById('zoom-out').addEventListener('click', function () { zoomCentre(1.25); });
  document.getElementById('zoom-fit').addEventListener('click', function () { setBox(home.slice()); });

  /* --- selection and the panel ------------------------------------------ */

  function highlight() {
    canvas.querySelectorAll('.selected, .near').forEach(function (g) {
      g.classList.remove('selected', 'near');
    });
    const g = selected >= 0 ? drawnNodes.get(selected) : null;
    canvas.classList.toggle('has-selection', !!g);
    if (!g) return;
    g.classList.add('selected');
    const iri = data.entities[selected].iri;
    drawnEdges.forEach(function (e) {
      if (e[1] !== iri && e[2] !== iri) return;
      e[0].classList.add('near');
      const other = entityByIri.get(e[1] === iri ? e[2] : e[1]);
      const og = drawnNodes.get(other);
      if (og) og.classList.add('near');
    });
  }

  function relationItem(i, k) {
    const ed = data.edges[k];
    const subject = ed.from === i ? el('span', { text: data.entities[i].label }) : entityButton(ed.from);
    const object = ed.to === i ? el('span', { text: data.entities[i].label }) : entityButton(ed.to);
    const li = el('li', null, subject, el('span', { class: 'rel', text: ed.relLabel }), object);
    ed.ev.forEach(function (ev) {
      li.appendChild(el('blockquote', null, ev[1], el('cite', { text: '—— ' + articleName(ev[0]) })));
    });
    return li;
  }

  /* Where an entity is: the places its locatedIn edges lead to, and on
   * through theirs (a park, then its district, then the city); for a
   * company, also where what it operates is (its base's district). Each
   * as [place, what it was reached through or -1]. */
  function placesOf(i) {
    const seen = new Set([i]), found = [];
    let frontier = [[i, -1]];
    edgesOf[i].forEach(function (k) {
      const ed = data.edges[k];
      if (ed.from === i && ed.rel === 'operates' && !seen.has(ed.to)) {
        seen.add(ed.to);
        frontier.push([ed.to, ed.to]);
      }
    });
    while (frontier.length) {
      const next = [];
      frontier.forEach(function (f) {
        edgesOf[f[0]].forEach(function (k) {
          const ed = data.edges[k];
          if (ed.from !== f[0] || ed.rel !== 'locatedIn' || seen.has(ed.to)) return;
          seen.add(ed.to);
          found.push([ed.to, f[1]]);
          next.push([ed.to, f[1]]);
        });
      });
      frontier = next;
    }
    return found;
  }

  function placesLine(i) {
    const dd = el('dd', { class: 'places' });
    placesOf(i).forEach(function (p, n) {
      if (n) dd.append('、');
      dd.append(entityButton(p[0]));
      if (p[1] >= 0) dd.append('（经 ' + data.entities[p[1]].label + '）');
    });
    return dd.childNodes.length ? dd : null;
  }

  function renderPanel(i) {
    if (i < 0) {
      panel.replaceChildren(el('p', { class: 'hint', text: '点击图中的实体，或在上方搜索它的任一名称。' }));
      return;
    }
    const e = data.entities[i];
    const facts = el('dl', null,
      el('dt', { text: '类别' }), el('dd', { class: 'class' }, e.clsLabel + '（' + e.cls + '）'),
      el('dt', { text: '名称' }), el('dd', { class: 'labels' }, e.labels.join('、')));
    if (e.code) facts.append(el('dt', { text: '区划代码' }), el('dd', { class: 'code', text: e.code }));
    const places = placesLine(i);
    if (places) facts.append(el('dt', { text: '所在地' }), places);
    facts.append(el('dt', { text: 'IRI' }), el('dd', { class: 'iri', text: e.iri }));

    const actions = el('div', { class: 'actions' });
    if (focusViewOf.has(i) && focusViewOf.get(i) !== current)
      actions.appendChild(el('button', {
        type: 'button', text: '看它的周边',
        onclick: function () { showView(focusViewOf.get(i)); revealEntity(i); }
      }));
    if (current !== 0 && data.views.length)
      actions.appendChild(el('button', {
        type: 'button', text: '回到' + data.views[0].title,
        onclick: function () { showView(0); revealEntity(i); }
      }));

    const where = drawnNodes.has(i) ? null
      : el('p', { class: 'note', text: '当前视图没有画出这个实体。' });

    const ks = edgesOf[i].slice().sort(function (a, b) {
      const x = data.edges[a], y = data.edges[b];
      return (x.from === i ? 0 : 1) - (y.from === i ? 0 : 1) || x.relLabel.localeCompare(y.relLabel);
    });
    const relations = ks.length
      ? el('ul', { class: 'relations' }, ...ks.map(function (k) { return relationItem(i, k); }))
      : el('p', { class: 'note', text: '图中没有它的关系。' });

    const mentioned = e.articles.length
      ? el('ul', { class: 'articles' }, ...e.articles.map(function (a) {
        const v = data.articles[a] ? articleViewOf.get(data.articles[a].n) : undefined;
        if (v === undefined || v === current) return el('li', { text: articleName(a) });
        return el('li', null, el('button', {
          type: 'button', class: 'entity', title: '看这篇文章的图', text: articleName(a),
          onclick: function () { showView(v); revealEntity(i); }
        }));
      }))
      : null;

    panel.replaceChildren(...[
      el('h2', { text: e.label }), facts, where, actions,
      el('h3', { text: '关系与出处（' + ks.length + '）' }), relations,
      mentioned ? el('h3', { text: '提到它的文章' }) : null, mentioned
    ].filter(function (c) { return c !== null; }));
    panel.scrollTop = 0;
  }

  /* Selects entity i (-1: none). From the search box or the panel, the
   * entity is also brought into sight: in its neighbourhood's view when
   * the current one does not draw it. */
  function selectEntity(i, bringIntoSight) {
    selected = i;
    /* The address names the entity, so that a link to the page can too. */
    const hash = i >= 0 ? '#' + encodeURIComponent(data.entities[i].iri) : '';
    if (location.hash !== hash)
      history.replaceState(null, '', hash || location.pathname + location.search);
    if (i >= 0 && bringIntoSight && !drawnNodes.has(i)) {
      if (drawnInView(0, i)) showView(0);
      else if (focusViewOf.has(i)) showView(focusViewOf.get(i));
    }
    highlight();
    renderPanel(i);
    if (i >= 0 && bringIntoSight) revealEntity(i);
  }

  function drawnInView(v, i) {
    const view = data.views[v];
    const template = view && document.getElementById(view.id);
    if (!template || v === current) return false;
    const iri = data.entities[i].iri;
    return Array.prototype.some.call(template.content.querySelectorAll('g.node > title'),
      function (t) { return t.textContent === iri; });
  }

  /* --- search -------------------------------------------------------------- */

  let hits = [], active = -1;

  /* Entities any of whose labels contain q: exact names first, then
   * names that start with it, then the most connected. */
  function find(q) {
    q = q.trim().toLowerCase();
    if (!q) return [];
    const found = [];
    data.entities.forEach(function (e, i) {
      let rank = 3;
      e.labels.forEach(function (l) {
        l = l.toLowerCase();
        if (l === q) rank = 0;
        else if (rank > 1 && l.startsWith(q)) rank = 1;
        else if (rank > 2 && l.includes(q)) rank = 2;
      });
      if (e.iri.toLowerCase() === q) rank = 0;
      if (rank < 3) found.push([rank, -edgesOf[i].length, e.label, i]);
    });
    found.sort(function (a, b) { return a[0] - b[0] || a[1] - b[1] || a[2].localeCompare(b[2]); });
    return found.slice(0, 30).map(function (f) { return f[3]; });
  }

  function showHits() {
    results.replaceChildren(...hits.map(function (i, n) {
      const e = data.entities[i];
      const li = el('li', { role: 'option', 'aria-selected': n === active ? 'true' : 'false' },
        e.label, el('span', { class: 'cls', text: e.clsLabel }));
      li.addEventListener('mousedown', function (ev) { ev.preventDefault(); choose(i); });
      return li;
    }));
    results.hidden = hits.length === 0;
  }

  function choose(i) {
    hits = [];
    active = -1;
    showHits();
    search.value = data.entities[i].label;
    selectEntity(i, true);
  }

  search.addEventListener('input', function () {
    hits = find(search.value);
    active = hits.length ? 0 : -1;
    showHits();
  });
  search.addEventListener('keydown', function (ev) {
    if (ev.key === 'ArrowDown' || ev.key === 'ArrowUp') {
      if (!hits.length) return;
      ev.preventDefault();
      active = (active + (ev.key === 'ArrowDown' ? 1 : hits.length - 1)) % hits.length;
      showHits();
    } else if (ev.key === 'Enter') {
      ev.preventDefault();
      if (!hits.length) hits = find(search.value);
      if (hits.length) choose(hits[active >= 0 ? active : 0]);
    } else if (ev.key === 'Escape') {
      hits = [];
      showHits();
    }
  });
  search.addEventListener('blur', function () { results.hidden = true; });

  /* --- start ---------------------------------------------------------------- */

  /* page.html#IRI opens with that entity selected. */
  function selectFromAddress() {
    let iri = '';
    try {
      iri = decodeURIComponent(location.hash.slice(1));
    } catch (e) {
      return; /* a fragment typed by hand, not one of ours */
    }
    const i = entityByIri.get(iri);
    if (i !== undefined && i !== selected) selectEntity(i, true);
  }

  fillViewSelect();
  showView(0);
  renderPanel(-1);
  selectFromAddress();
  window.addEventListener('hashchange', selectFromAddress);
})();
