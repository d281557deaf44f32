/*
 * parallax serve: the page's script. Browses the stories of the store
 * newest first, shows one story with its sources side by side and the
 * conflicting statements highlighted where they stand, jumps from a
 * conflict to its evidence, and searches.
 *
 * Every text from the store is inserted with textContent (never as HTML),
 * so article text cannot inject markup. Evidence offsets are UTF-8 byte
 * offsets into the article's title or text (ARCHITECTURE.md §6), so text is
 * sliced as bytes and decoded per piece.
 */
'use strict';

const PAGE = 50;
const enc = new TextEncoder();
const dec = new TextDecoder();
const state = { offset: 0, total: 0, current: null };

function el(tag, attrs, ...kids) {
  const e = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs || {})) {
    if (v === null || v === undefined || v === false) continue;
    if (k === 'class') e.className = v;
    else if (k === 'text') e.textContent = v;
    else if (k.startsWith('on')) e.addEventListener(k.slice(2), v);
    else e.setAttribute(k, v === true ? '' : String(v));
  }
  for (const kid of kids) {
    if (kid === null || kid === undefined || kid === false) continue;
    e.append(kid instanceof Node ? kid : document.createTextNode(String(kid)));
  }
  return e;
}

async function api(path) {
  const r = await fetch(path, { headers: { Accept: 'application/json' } });
  let body = null;
  try { body = await r.json(); } catch (e) { body = null; }
  if (!r.ok) throw new Error((body && body.error) || ('HTTP ' + r.status));
  return body;
}

function plural(n, word) { return n + ' ' + word + (n === 1 ? '' : 's'); }

function dates(a, b) {
  if (!a && !b) return 'undated';
  if (a === b || !b) return a;
  return a + ' – ' + b;
}

/* ------------------------------------------------------------ story list */

function storyItem(s) {
  const meta = el('span', { class: 'story-meta' },
    dates(s.first_seen, s.last_seen) + ' · ' + plural(s.sources, 'source') + ' ',
    s.conflicts ? el('span', { class: 'badge conflicts', text: plural(s.conflicts, 'conflict') })
                : el('span', { class: 'badge', text: 'no conflict' }));
  return el('li', {},
    el('a', { href: '#/story/' + s.id, 'data-story': s.id },
      el('span', { class: 'story-title', text: s.title || ('Story ' + s.id) }), meta));
}

async function loadStories(reset) {
  const list = document.getElementById('story-list');
  const more = document.getElementById('more');
  if (reset) { state.offset = 0; list.textContent = ''; }
  try {
    const d = await api('/api/stories?limit=' + PAGE + '&offset=' + state.offset);
    state.total = d.total;
    for (const s of d.stories) list.append(storyItem(s));
    state.offset += d.stories.length;
    more.hidden = state.offset >= state.total;
    if (!d.stories.length && reset)
      list.append(el('li', { class: 'muted', text: 'The store has no story yet.' }));
    markCurrent();
  } catch (e) {
    list.append(el('li', { class: 'error', text: 'Stories could not be loaded: ' + e.message }));
  }
}

function markCurrent() {
  for (const a of document.querySelectorAll('#story-list a'))
    a.classList.toggle('current', a.dataset.story === String(state.current));
}

/* ------------------------------------------------------------ highlighting */

/*
 * Render text (a string) with marks: ranges [{start, end, cls, id, title,
 * onclick}] in UTF-8 bytes. Overlapping ranges are cut at every boundary;
 * a piece takes the strongest range covering it (a conflict over an
 * agreement), and the first piece of a range carries its id.
 */
function renderMarked(text, ranges) {
  const bytes = enc.encode(text);
  const frag = document.createDocumentFragment();
  const ok = ranges.filter(r => r.start >= 0 && r.end <= bytes.length && r.start < r.end);
  const cuts = new Set([0, bytes.length]);
  for (const r of ok) { cuts.add(r.start); cuts.add(r.end); }
  const points = [...cuts].sort((a, b) => a - b);
  const started = new Set();
  for (let i = 0; i + 1 < points.length; i++) {
    const a = points[i], b = points[i + 1];
    const piece = dec.decode(bytes.subarray(a, b));
    let best = null;
    for (const r of ok)
      if (r.start <= a && r.end >= b && (!best || r.rank > best.rank)) best = r;
    if (!best) { frag.append(document.createTextNode(piece)); continue; }
    const m = el('mark', { class: best.cls, title: best.title }, piece);
    for (const r of ok) {
      if (r.start === a && !started.has(r.id) && r.id) {
        started.add(r.id);
        if (!m.id) m.id = r.id;
        else m.prepend(el('span', { id: r.id }));
      }
    }
    if (best.target) m.addEventListener('click', () => jump(best.target));
    frag.append(m);
  }
  return frag;
}

function jump(id) {
  const t = document.getElementById(id);
  if (!t) return;
  const m = t.closest('mark, .card') || t;
  t.scrollIntoView({ block: 'center', inline: 'center', behavior: 'smooth' });
  m.classList.remove('flash');
  void m.offsetWidth;
  m.classList.add('flash');
}

/* ------------------------------------------------------------ one story */

function evidenceRanges(story) {
  /* article id -> field -> [ranges] */
  const by = new Map();
  const add = (ev, r) => {
    if (!by.has(ev.article)) by.set(ev.article, { title: [], text: [] });
    (ev.field === 'title' ? by.get(ev.article).title : by.get(ev.article).text).push(r);
  };
  story.conflicts.forEach((c, ci) => {
    c.positions.forEach((p, pi) => {
      p.evidence.forEach((ev, ei) => {
        add(ev, { start: ev.start, end: ev.end, cls: 'conflict', rank: 2,
                  id: 'ev-' + ci + '-' + pi + '-' + ei, target: 'conflict-' + ci,
                  title: 'Conflict: ' + (c.about || c.kind) + ' — this source: ' + p.value });
      });
    });
  });
  story.agreements.forEach((g, gi) => {
    g.evidence.forEach((ev, ei) => {
      add(ev, { start: ev.start, end: ev.end, cls: 'agree', rank: 1, id: 'ag-' + gi + '-' + ei,
                title: 'Agreement: ' + (g.about || g.kind) + ' — ' + g.value });
    });
  });
  return by;
}

function conflictCard(c, ci, names) {
  const positions = el('div', { class: 'positions' });
  c.positions.forEach((p, pi) => {
    const links = p.evidence.map((ev, ei) =>
      el('button', { type: 'button', class: 'evidence-link', 'data-target': 'ev-' + ci + '-' + pi + '-' + ei,
                     onclick: () => jump('ev-' + ci + '-' + pi + '-' + ei) },
         'evidence: ' + (names.get(ev.article) || ev.article)));
    positions.append(el('div', { class: 'position' },
      el('div', { class: 'value', text: p.value }),
      el('div', { class: 'cite', text: p.articles.map(a => names.get(a) || a).join(', ') }),
      ...links));
  });
  return el('div', { class: 'card conflict-card', id: 'conflict-' + ci },
    el('span', { class: 'kind', text: c.kind }), el('strong', { text: c.about || '' }),
    el('span', { class: 'muted', text: '  confidence ' + Number(c.confidence).toFixed(2) }),
    positions,
    c.why && c.why.length ? el('div', { class: 'cite', text: 'why: ' + c.why.join('; ') }) : null);
}

function sourceColumn(a, ranges, copies, names) {
  const r = ranges.get(a.id) || { title: [], text: [] };
  const head = el('div', {},
    el('span', { class: 'outlet', text: a.source || 'unknown source' }),
    el('span', { class: 'muted', text: '  ' + (a.date || 'undated') + '  ' + a.id }));
  const title = a.title ? el('h3', {}, renderMarked(a.title, r.title)) : null;
  const body = el('div', { class: 'text' }, renderMarked(a.text || '', r.text));
  const cps = copies.filter(c => c.of === a.id);
  const fixes = (a.changes || []).map(c => 'version ' + c.to + ' changed ' + c.fields.join(', '));
  return el('article', { class: 'source', 'data-article': a.id }, head, title,
    fixes.length ? el('div', { class: 'corrected', text: 'Corrected since first seen: ' + fixes.join('; ') }) : null,
    cps.length ? el('div', { class: 'copies',
      text: 'Copies (not counted as sources): ' + cps.map(c => names.get(c.article) || c.article).join(', ') }) : null,
    body);
}

async function showStory(id) {
  const view = document.getElementById('view');
  state.current = id;
  markCurrent();
  view.textContent = '';
  view.append(el('p', { class: 'muted', text: 'Loading story ' + id + '…' }));
  let rep, arts;
  try {
    [rep, arts] = await Promise.all([api('/api/stories/' + id), api('/api/stories/' + id + '/articles')]);
  } catch (e) {
    view.textContent = '';
    view.append(el('p', { class: 'error', text: 'Story ' + id + ' could not be loaded: ' + e.message }));
    return;
  }
  if (state.current !== id) return;
  const story = rep.stories[0];
  const names = new Map(rep.articles.map(a => [a.id, (a.source || a.id)]));
  const texts = new Map(arts.articles.map(a => [a.id, a]));
  const ranges = evidenceRanges(story);
  const copies = story.copies || [];
  const copyIds = new Set(copies.map(c => c.article));
  view.textContent = '';
  view.append(el('h1', { text: story.title }),
    el('p', { class: 'muted', text: dates(story.first_seen, story.last_seen) + ' · ' +
      plural(story.articles.length, 'article') + ' · ' + plural(story.sources, 'independent source') +
      ' · story ' + story.id }));
  if (story.note) view.append(el('p', { class: 'muted', text: story.note }));
  for (const n of rep.notes || []) view.append(el('p', { class: 'muted', text: n }));
  if (story.summary.length) {
    view.append(el('h2', { text: 'Summary' }), el('ol', { class: 'summary' },
      ...story.summary.map(s => el('li', {}, s.text + ' ',
        el('span', { class: 'cite', text: '[' + s.support.map(a => names.get(a) || a).join(', ') + ']' })))));
  }
  view.append(el('h2', {}, 'Conflicts ', el('span', { class: 'badge' + (story.conflicts.length ? ' conflicts' : ''),
    text: String(story.conflicts.length) })));
  if (!story.conflicts.length)
    view.append(el('p', { class: 'muted', text: 'The sources do not contradict each other on any fact compared.' }));
  story.conflicts.forEach((c, ci) => view.append(conflictCard(c, ci, names)));
  if (story.agreements.length) {
    view.append(el('details', {}, el('summary', { text: 'Agreements (' + story.agreements.length + ')' }),
      ...story.agreements.map(g => el('div', { class: 'card' },
        el('span', { class: 'kind', text: g.kind }), el('strong', { text: (g.about || '') + ': ' + g.value }),
        el('div', { class: 'cite', text: g.articles.map(a => names.get(a) || a).join(', ') })))));
  }
  if (story.unique.length) {
    view.append(el('details', {}, el('summary', { text: 'Reported by one source only (' + story.unique.length + ')' }),
      ...story.unique.map(u => el('div', { class: 'card' },
        el('strong', { text: names.get(u.article) || u.article }), ': ',
        u.evidence.map(ev => ev.text).join(' … ')))));
  }
  if (story.coverage && story.coverage.facts.length) view.append(coverageView(story.coverage, names));
  view.append(el('h2', { text: 'Sources side by side' }));
  const cols = el('div', { class: 'sources' });
  for (const aid of story.articles) {
    if (copyIds.has(aid) || !texts.has(aid)) continue;
    cols.append(sourceColumn(texts.get(aid), ranges, copies, names));
  }
  view.append(cols);
  view.scrollTop = 0;
}

/* Coverage matrix (perspective): one row per fact, one column per
   independent source (grouped by the source table's groups when the report
   has them); a cell's title is its evidence sentence. Rates no outlet. */
function coverageView(cov, names) {
  const sym = { stated: '\u2713', contradicted: '\u00d7', hedged: '~', omitted: '\u00b7' };
  const order = cov.groups ? cov.groups.flatMap(g => g.sources.map(a => cov.sources.indexOf(a)))
    : cov.sources.map((_, i) => i);
  const table = el('table', { class: 'coverage' });
  if (cov.groups)
    table.append(el('tr', {}, el('th'), ...cov.groups.map(g =>
      el('th', { colspan: g.sources.length, text: g.name || '(no group)' }))));
  table.append(el('tr', {}, el('th', { text: 'fact' }),
    ...order.map(i => el('th', { text: names.get(cov.sources[i]) || cov.sources[i] }))));
  const rows = cov.facts.filter(f => f.cells.filter(c => c !== 'omitted').length > 1);
  for (const f of rows) {
    const label = (f.about || '') + (f.value ? ': ' + f.value : '') +
      (f.omitted_by_groups && f.omitted_by_groups.length ? ' [not in: ' + f.omitted_by_groups.join(', ') + ']' : '');
    table.append(el('tr', {}, el('td', { text: label }), ...order.map(i => el('td', {
      class: 'cell ' + f.cells[i], title: f.cells[i] + (f.evidence[i] ? ': ' + f.evidence[i].text : ''),
      text: sym[f.cells[i]] || '' }))));
  }
  return el('details', { open: true }, el('summary', {
    text: 'Coverage: facts two or more sources carry (' + rows.length + ')' }),
  el('p', { class: 'muted', text: '\u2713 stated \u00b7 \u00d7 contradicted (another side has as many sources or more) \u00b7 ~ hedged \u00b7 \u00b7 omitted. Hover a cell for its sentence.' }),
  table);
}

/* ------------------------------------------------------------ search */

async function showSearch(q) {
  const view = document.getElementById('view');
  state.current = null;
  markCurrent();
  document.getElementById('q').value = q;
  view.textContent = '';
  view.append(el('h1', { text: 'Search: ' + q }));
  let d;
  try {
    d = await api('/api/search?q=' + encodeURIComponent(q) + '&limit=50');
  } catch (e) {
    view.append(el('p', { class: 'error', text: e.message }));
    return;
  }
  if (!d.results.length) view.append(el('p', { class: 'muted', text: 'No match.' }));
  for (const h of d.results) {
    const snip = el('div', {}, ...h.snippet.map(p => p.match ? el('mark', { text: p.text }) : p.text));
    view.append(el('div', { class: 'card hit' },
      el('span', { class: 'kind', text: h.kind + (h.claim_kind ? ' · ' + h.claim_kind : '') }),
      h.story !== null ? el('a', { href: '#/story/' + h.story, text: h.title || h.article }) : el('strong', { text: h.article }),
      el('span', { class: 'muted', text: '  ' + h.article }), snip));
  }
}

async function showHome() {
  const view = document.getElementById('view');
  state.current = null;
  markCurrent();
  view.textContent = '';
  view.append(el('h1', { text: 'parallax' }),
    el('p', { text: 'Pick a story on the left to read its sources side by side, with the statements that contradict each other highlighted, or search the articles and claims.' }));
  try {
    const s = await api('/api/status');
    view.append(el('p', { class: 'muted', text: plural(s.stories, 'story') + ' from ' + plural(s.articles, 'article') +
      ' (' + plural(s.versions, 'version') + ', ' + plural(s.claims, 'claim') + '); last ingest ' + (s.last_batch || 'never') + '.' }));
  } catch (e) { /* the list says what failed */ }
}

function route() {
  const h = location.hash || '#/';
  let m = /^#\/story\/(\d+)$/.exec(h);
  if (m) return showStory(Number(m[1]));
  m = /^#\/search\?q=(.*)$/.exec(h);
  if (m) return showSearch(decodeURIComponent(m[1]));
  return showHome();
}

document.getElementById('search-form').addEventListener('submit', ev => {
  ev.preventDefault();
  const q = document.getElementById('q').value.trim();
  if (q) location.hash = '#/search?q=' + encodeURIComponent(q);
});
document.getElementById('more').addEventListener('click', () => loadStories(false));
window.addEventListener('hashchange', route);
loadStories(true);
route();
