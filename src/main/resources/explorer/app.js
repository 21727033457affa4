/*
 * tradekg explorer: search an entity, see its neighbourhood as a graph (click a node to expand
 * it), a timeline of its events, and a SPARQL editor. Everything goes through the server's own
 * read-only endpoint; the queries are the .rq files beside this script.
 */
(function () {
  'use strict';

  var ENDPOINT = '/tradekg/sparql';
  var WD = 'http://www.wikidata.org/entity/';
  var COLORS = {
    Person: '#f59e0b', Organization: '#3b82f6', Country: '#10b981', Place: '#9ca3af',
    Meeting: '#6366f1', TradeMeasure: '#ef4444', Agreement: '#14b8a6', Statement: '#d946ef'
  };
  var EVENT_TYPES = ['Meeting', 'TradeMeasure', 'Agreement', 'Statement'];

  var $ = function (id) { return document.getElementById(id); };
  var templates = {};
  var cy;

  function setStatus(text) { $('status').textContent = text || ''; }

  /** A SPARQL string literal holding s. */
  function literal(s) {
    return '"' + String(s).replace(/\\/g, '\\\\').replace(/"/g, '\\"')
      .replace(/\n/g, '\\n').replace(/\r/g, '\\r') + '"';
  }

  /** A SPARQL IRI reference; refuses characters that could end it. */
  function iriRef(iri) {
    if (!/^https?:\/\/[^\s<>"{}|^`\\]+$/.test(iri)) { throw new Error('not an IRI: ' + iri); }
    return '<' + iri + '>';
  }

  function fill(name, vars) {
    var q = templates[name];
    Object.keys(vars).forEach(function (k) { q = q.split('$' + k).join(vars[k]); });
    return q;
  }

  function loadTemplates() {
    return Promise.all(['search', 'neighbours', 'timeline', 'sample'].map(function (name) {
      return fetch('explorer/' + name + '.rq').then(function (r) {
        if (!r.ok) { throw new Error('explorer/' + name + '.rq: HTTP ' + r.status); }
        return r.text();
      }).then(function (text) { templates[name] = text; });
    }));
  }

  /** Runs a query; resolves to {json} or {text}, rejects with the server's message. */
  function sparql(query, accept) {
    return fetch(ENDPOINT, {
      method: 'POST',
      headers: {
        'Content-Type': 'application/x-www-form-urlencoded',
        'Accept': accept || 'application/sparql-results+json'
      },
      body: 'query=' + encodeURIComponent(query)
    }).then(function (r) {
      return r.text().then(function (body) {
        if (!r.ok) { throw new Error('HTTP ' + r.status + ': ' + body.trim()); }
        var type = r.headers.get('Content-Type') || '';
        return type.indexOf('json') >= 0 ? { json: JSON.parse(body) } : { text: body };
      });
    });
  }

  function select(query) {
    return sparql(query).then(function (r) { return r.json.results.bindings; });
  }

  function value(b, name) { return b[name] ? b[name].value : null; }

  function qid(iri) { return iri && iri.indexOf(WD) === 0 ? iri.substring(WD.length) : null; }

  // ---- search ------------------------------------------------------------------------------

  function search(text) {
    setStatus('searching…');
    return select(fill('search', { text: literal(text) })).then(function (rows) {
      var list = $('results');
      list.innerHTML = '';
      var seen = {};
      rows.forEach(function (b) {
        var iri = value(b, 'entity');
        if (seen[iri]) { return; }
        seen[iri] = true;
        var li = document.createElement('li');
        li.dataset.iri = iri;
        li.textContent = value(b, 'label');
        var t = document.createElement('span');
        t.className = 'type';
        t.textContent = value(b, 'type') + ' · ' + value(b, 'articles');
        li.appendChild(t);
        li.addEventListener('click', function () { focus(iri); });
        list.appendChild(li);
      });
      setStatus(rows.length ? '' : 'no entity matches "' + text + '"');
      return Object.keys(seen);
    });
  }

  // ---- graph -------------------------------------------------------------------------------

  function initGraph() {
    cy = cytoscape({
      container: $('cy'),
      wheelSensitivity: 0.3,
      style: [
        { selector: 'node', style: {
          'label': 'data(label)', 'font-size': 10, 'text-wrap': 'ellipsis', 'text-max-width': 120,
          'background-color': function (n) { return COLORS[n.data('type')] || '#9ca3af'; },
          'width': 22, 'height': 22, 'text-valign': 'bottom', 'text-margin-y': 3 } },
        { selector: 'node.event', style: { 'shape': 'round-rectangle', 'width': 18, 'height': 14, 'font-size': 8 } },
        { selector: 'node.unexpanded', style: { 'border-width': 2, 'border-color': '#111827', 'border-style': 'dashed' } },
        { selector: 'node:selected', style: { 'border-width': 3, 'border-color': '#111827', 'border-style': 'solid' } },
        { selector: 'edge', style: {
          'label': 'data(label)', 'font-size': 7, 'color': '#6b7280', 'width': 1, 'line-color': '#cbd5e1',
          'target-arrow-shape': 'triangle', 'target-arrow-color': '#cbd5e1', 'curve-style': 'bezier',
          'text-rotation': 'autorotate' } }
      ]
    });
    cy.on('tap', 'node', function (e) {
      var n = e.target;
      showDetails(n);
      if (n.hasClass('unexpanded')) { expand(n.id()); }
      if (!n.hasClass('event')) { timeline(n.id(), n.data('label')); }
    });
    $('relayout').addEventListener('click', layout);
    $('clear').addEventListener('click', function () { cy.elements().remove(); $('details').textContent = ''; });
  }

  function addNode(iri, label, type, wikidata) {
    var existing = cy.getElementById(iri);
    if (existing.nonempty()) { return false; }
    var kind = EVENT_TYPES.indexOf(type) >= 0 ? 'event' : 'entity';
    cy.add({ group: 'nodes', data: { id: iri, label: label, type: type, wikidata: qid(wikidata) },
      classes: kind + ' unexpanded' });
    return true;
  }

  function layout() {
    cy.layout({ name: 'cose', animate: false, fit: true, padding: 30, nodeRepulsion: function () { return 9000; },
      idealEdgeLength: function () { return 70; } }).run();
  }

  /** Adds the node's neighbours and edges; resolves to the number of nodes added. */
  function expand(iri) {
    setStatus('expanding…');
    return select(fill('neighbours', { node: iriRef(iri) })).then(function (rows) {
      var added = 0;
      rows.forEach(function (b) {
        if (addNode(value(b, 's'), value(b, 'sLabel'), value(b, 'sType'), value(b, 'sWikidata'))) { added++; }
        if (addNode(value(b, 'o'), value(b, 'oLabel'), value(b, 'oType'), value(b, 'oWikidata'))) { added++; }
        var p = value(b, 'p');
        var id = value(b, 's') + ' ' + p + ' ' + value(b, 'o');
        if (cy.getElementById(id).empty()) {
          cy.add({ group: 'edges', data: { id: id, source: value(b, 's'), target: value(b, 'o'),
            label: p.substring(Math.max(p.lastIndexOf('#'), p.lastIndexOf('/')) + 1) } });
        }
      });
      cy.getElementById(iri).removeClass('unexpanded');
      layout();
      setStatus('');
      $('graph-title').textContent = cy.nodes().length + ' nodes, ' + cy.edges().length + ' edges';
      return added;
    });
  }

  function showDetails(n) {
    var d = $('details');
    d.innerHTML = '';
    var strong = document.createElement('strong');
    strong.textContent = n.data('label');
    d.appendChild(strong);
    d.appendChild(document.createTextNode(' ' + n.data('type') + ' · ' + n.id()));
    if (n.data('wikidata')) {
      var a = document.createElement('a');
      a.href = 'https://www.wikidata.org/wiki/' + n.data('wikidata');
      a.textContent = ' Wikidata ' + n.data('wikidata');
      a.target = '_blank';
      a.rel = 'noopener';
      d.appendChild(a);
    }
  }

  /** Shows one entity alone with its neighbourhood and timeline. */
  function focus(iri) {
    Array.prototype.forEach.call(document.querySelectorAll('#results li'), function (li) {
      li.classList.toggle('active', li.dataset.iri === iri);
    });
    var li = document.querySelector('#results li[data-iri="' + CSS.escape(iri) + '"]');
    var label = li ? li.firstChild.textContent : iri;
    var type = li ? li.querySelector('.type').textContent.split(' ')[0] : '';
    cy.elements().remove();
    addNode(iri, label, type, null);
    cy.getElementById(iri).select();
    return Promise.all([expand(iri), timeline(iri, label)]).then(function () {
      showDetails(cy.getElementById(iri));
    });
  }

  // ---- timeline ----------------------------------------------------------------------------

  function timeline(iri, label) {
    $('timeline-of').textContent = label ? '· ' + label : '';
    return select(fill('timeline', { node: iriRef(iri) })).then(function (rows) {
      var ol = $('timeline');
      ol.innerHTML = '';
      rows.forEach(function (b) {
        var li = document.createElement('li');
        var time = document.createElement('time');
        time.textContent = value(b, 'date') || '?';
        if (value(b, 'dated') !== 'true') {
          time.className = 'undated';
          time.title = 'no date in the text: the article\u2019s publication date';
        }
        li.appendChild(time);
        li.appendChild(document.createTextNode(value(b, 'label')));
        var t = document.createElement('span');
        t.className = 'type';
        t.textContent = value(b, 'type') + (value(b, 'status') ? ', ' + value(b, 'status') : '')
          + (value(b, 'title') ? ' · ' + value(b, 'title') : '');
        li.appendChild(t);
        ol.appendChild(li);
      });
      if (!rows.length) { ol.innerHTML = '<li>No events.</li>'; }
    });
  }

  // ---- SPARQL editor -----------------------------------------------------------------------

  function runSparql() {
    var out = $('sparql-results');
    $('sparql-status').textContent = 'running…';
    out.innerHTML = '';
    var started = Date.now();
    return sparql($('sparql').value, 'application/sparql-results+json, text/turtle;q=0.9').then(function (r) {
      if (r.text !== undefined) {
        var pre = document.createElement('pre');
        pre.textContent = r.text;
        out.appendChild(pre);
        $('sparql-status').textContent = 'graph, ' + (Date.now() - started) + ' ms';
        return;
      }
      if (r.json.boolean !== undefined) {
        out.textContent = String(r.json.boolean);
        $('sparql-status').textContent = 'ask, ' + (Date.now() - started) + ' ms';
        return;
      }
      var vars = r.json.head.vars;
      var rows = r.json.results.bindings;
      var table = document.createElement('table');
      var head = table.insertRow();
      vars.forEach(function (v) {
        var th = document.createElement('th');
        th.textContent = v;
        head.appendChild(th);
      });
      rows.forEach(function (b) {
        var tr = table.insertRow();
        vars.forEach(function (v) {
          var td = tr.insertCell();
          if (!b[v]) { return; }
          if (b[v].type === 'uri' && b[v].value.indexOf('https://w3id.org/tradekg/resource/') === 0) {
            var a = document.createElement('a');
            a.href = '#';
            a.textContent = b[v].value;
            a.title = 'show in the graph';
            a.addEventListener('click', function (e) { e.preventDefault(); focus(b[v].value); });
            td.appendChild(a);
          } else {
            td.textContent = b[v].value;
          }
        });
      });
      out.appendChild(table);
      $('sparql-status').textContent = rows.length + ' rows, ' + (Date.now() - started) + ' ms';
    }).catch(function (e) {
      $('sparql-status').textContent = '';
      var div = document.createElement('div');
      div.className = 'error';
      div.textContent = e.message;
      out.appendChild(div);
    });
  }

  // ---- start -------------------------------------------------------------------------------

  var ready = loadTemplates().then(function () {
    initGraph();
    $('sparql').value = templates.sample;
    $('run').addEventListener('click', runSparql);
    $('search-form').addEventListener('submit', function (e) {
      e.preventDefault();
      search($('search').value.trim());
    });
    return search('');
  }).then(function (found) {
    // Start with the most mentioned entity, so the page opens on a graph.
    return found.length ? focus(found[0]) : null;
  }).catch(function (e) {
    setStatus(e.message);
    throw e;
  });

  // For the browser test and the console.
  window.explorer = {
    ready: ready, search: search, focus: focus, expand: expand,
    cy: function () { return cy; }
  };
})();
