/* RaQuan search: answers the search page from the static index in tim-kiem/du-lieu/ (README "Search").
   Folding follows RaQuan.Vietnamese.SearchFold exactly (tests compare the two); text is put on the page with textContent only. */
(function () {
  'use strict';

  var WHITE = /[\t-\r \u0085\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]/;
  var MARK = /\p{Mn}/u;
  var WORD = /[\p{L}\p{Nd}]/u;
  var RAW_WORD = /[\p{L}\p{Nd}\p{Mn}]+/gu;
  var TONES = '\u0300\u0301\u0303\u0309\u0323';
  var ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
  /* Digit values by character code: a bitmap of 100,000 documents is 16,667 digits, read once per query word. */
  var DIGIT = new Int8Array(128).fill(-1);
  for (var c = 0; c < ALPHABET.length; c++) { DIGIT[ALPHABET.charCodeAt(c)] = c; }
  var PAGE = 10;

  /* SearchFold.Fold: lower case, no diacritics (đ → d too), whitespace collapsed. */
  function fold(text) {
    var d = text.normalize('NFD'), out = '', pending = false;
    for (var i = 0; i < d.length; i++) {
      var c = d[i];
      if (MARK.test(c)) { continue; }
      if (WHITE.test(c)) { pending = out.length > 0; continue; }
      if (pending) { out += ' '; pending = false; }
      out += (c === 'đ' || c === 'Đ') ? 'd' : c.toLowerCase();
    }
    return out.normalize('NFC');
  }

  /* SearchFold.Tokens: runs of letters and digits of the folded text. */
  function tokens(text) {
    var f = fold(text), list = [], start = -1;
    for (var i = 0; i <= f.length; i++) {
      var inWord = i < f.length && WORD.test(f[i]);
      if (inWord && start < 0) { start = i; }
      else if (!inWord && start >= 0) { list.push(f.slice(start, i)); start = -1; }
    }
    return list;
  }

  /* SearchFold.Accented: lower case, the tone mark moved to the end, so "hòa" and "hoà" are one form. */
  function accented(word) {
    var d = word.normalize('NFD'), out = '', tone = '';
    for (var i = 0; i < d.length; i++) {
      if (TONES.indexOf(d[i]) >= 0) { tone = d[i]; } else { out += d[i].toLowerCase(); }
    }
    return (out + tone).normalize('NFC');
  }

  /* The query's words as SearchWords.Of gives them; a word typed with diacritics asks for exact matches first. */
  function queryWords(query) {
    var words = [], seen = {};
    (query.normalize('NFC').match(RAW_WORD) || []).forEach(function (raw) {
      var t = tokens(raw);
      t.forEach(function (folded) {
        var form = t.length === 1 ? accented(raw) : folded;
        var key = folded + '|' + form;
        if (!seen[key]) { seen[key] = true; words.push({ folded: folded, form: form, exact: form !== folded }); }
      });
    });
    return words;
  }

  /* SearchIndexWriter.ShardOf. */
  function shardOf(token) {
    var p = token.length > 2 ? token.slice(0, 2) : token;
    if (/^[a-z0-9]+$/.test(p)) { return p; }
    var s = 'u';
    for (var i = 0; i < p.length; i++) { s += ('000' + p.charCodeAt(i).toString(16)).slice(-4); }
    return s;
  }

  /* PostingCodec: "L" gaps in base64url variable-length digits, or "B" a bitmap, 6 documents a character. */
  function decodeInto(set, target, bit) {
    if (!set) { return; }
    var i, v;
    if (set[0] === 'L') {
      var previous = -1, gap = 0, shift = 0;
      for (i = 1; i < set.length; i++) {
        v = DIGIT[set.charCodeAt(i)];
        gap |= (v & 31) << shift;
        shift += 5;
        if (v < 32) { previous += gap + 1; target[previous] |= bit; gap = 0; shift = 0; }
      }
    } else if (set[0] === 'B') {
      for (i = 1; i < set.length; i++) {
        v = DIGIT[set.charCodeAt(i)];
        for (var b = 0; b < 6; b++) { if (v & (1 << b)) { target[(i - 1) * 6 + b] |= bit; } }
      }
    }
  }

  function Index(root) {
    var cache = {};
    this.get = function (path) {
      if (!cache[path]) {
        cache[path] = fetch(root + path).then(function (r) { return r.ok ? r.json() : null; });
      }
      return cache[path];
    };
  }

  Index.prototype.meta = function () { return this.get('meta.json'); };

  /* Postings inline in a shard, or the number of their file among the shard's own. */
  Index.prototype.postings = function (shard, value) {
    return typeof value === 'number' ? this.get('p/' + shard + '/' + value + '.json') : Promise.resolve(value);
  };

  /* Field bits (1 title, 2 names, 4 body) and exact-form flags of one query word, for every document. */
  Index.prototype.word = function (meta, word, last) {
    var self = this, n = meta.documents;
    var shard = shardOf(word.folded);
    if (meta.shards.indexOf(shard) < 0) { return Promise.resolve(null); }
    return self.get('w/' + shard + '.json').then(function (entries) {
      var names = [];
      if (entries && Object.prototype.hasOwnProperty.call(entries, word.folded)) {
        names = [word.folded];
      } else if (entries && last && word.folded.length >= 2) {
        /* Still typing: the last word may be the start of a longer one ("hoac" → "hoach"). */
        names = Object.keys(entries).filter(function (k) { return k.indexOf(word.folded) === 0; })
          .sort(function (a, b) { return entries[b][0] - entries[a][0]; }).slice(0, 3);
      }
      if (names.length === 0) { return null; }
      var fields = new Uint8Array(n), exact = word.exact ? new Uint8Array(n) : null;
      return Promise.all(names.map(function (name) {
        var entry = entries[name];
        var variants = entry[2];
        var exactSet = !exact ? Promise.resolve(undefined)
          : typeof variants === 'string' ? Promise.resolve(variants === word.form ? '*' : '')
          : self.postings(shard, Object.prototype.hasOwnProperty.call(variants, word.form) ? variants[word.form] : '');
        return Promise.all([self.postings(shard, entry[1]), exactSet]).then(function (r) {
          var own = new Uint8Array(n);
          for (var f = 0; f < 3; f++) { decodeInto(r[0][f], own, 1 << f); }
          for (var id = 0; id < n; id++) { fields[id] |= own[id]; }
          if (r[1] === '*') { for (id = 0; id < n; id++) { if (own[id]) { exact[id] = 1; } } }
          else if (r[1]) { decodeInto(r[1], exact, 1); }
        });
      })).then(function () { return { fields: fields, exact: exact, names: names }; });
    });
  };

  /* Document ranges of a unit (with the units under it) and a year: UnitRanges in the index writer. */
  function ranges(meta, slug, year) {
    var units = meta.units, root = -1, list = [];
    for (var u = 0; u < units.length; u++) { if (units[u][0] === slug) { root = u; } }
    if (!year) { return root < 0 ? [[0, meta.documents]] : [[units[root][3], units[root][5]]]; }
    for (u = 0; u < units.length; u++) {
      var p = u;
      while (root >= 0 && p >= 0 && p !== root) { p = units[p][2]; }
      if (root >= 0 && p !== root) { continue; }
      units[u][6].forEach(function (y) { if (y[0] === year) { list.push([y[1], y[2]]); } });
    }
    return list;
  }

  function weight(mask) { return (mask & 1 ? 8 : 0) + (mask & 2 ? 4 : 0) + (mask & 4 ? 1 : 0); }

  /* Every matching document: those where the query's words stand together first, in a title or name above the body
     (the index holds each two such words joined, "dakha"), then exact-diacritic matches, then by where the words were found,
     then in index order. */
  function rank(meta, found, within, pairs) {
    var buckets = {};
    within.forEach(function (range) {
      for (var id = range[0]; id < range[1]; id++) {
        var score = 0, exact = 0, together = 0, all = true;
        for (var w = 0; w < found.length; w++) {
          var mask = found[w].fields[id];
          if (!mask) { all = false; break; }
          score += weight(mask);
          if (found[w].exact && found[w].exact[id]) { exact++; }
        }
        /* Two words together in a title or name count twice, together in the body once. */
        for (var p = 0; all && p < pairs.length; p++) {
          var joined = pairs[p] ? pairs[p].fields[id] : 0;
          if (joined) { together += joined & 3 ? 2 : 1; }
        }
        if (all) { var key = together * 1048576 + exact * 4096 + score; (buckets[key] = buckets[key] || []).push(id); }
      }
    });
    var keys = Object.keys(buckets).map(Number).sort(function (a, b) { return b - a; });
    var ids = [];
    keys.forEach(function (k) { var b = buckets[k]; for (var i = 0; i < b.length; i++) { ids.push(b[i]); } });
    return ids;
  }

  /* The folded text of `text` with, for each folded character, the index of the character it came from. */
  function foldMap(text) {
    var folded = '', map = [];
    for (var i = 0; i < text.length; i++) {
      var f = WHITE.test(text[i]) ? ' ' : fold(text[i]);
      for (var j = 0; j < f.length; j++) { folded += f[j]; map.push(i); }
    }
    return { folded: folded, map: map };
  }

  /* Where the query words are whole words of `text` ("ha" is not marked inside "hành"): [start, end) in `text`.
     A word the index made by joining two ("dakha") is marked where those two stand together ("Đắk Hà"). */
  function matches(text, terms) {
    var fm = foldMap(text), found = [];
    var compact = '', starts = [], cmap = [];
    for (var i = 0; i < fm.folded.length; i++) {
      var ch = fm.folded[i];
      if (!WORD.test(ch)) { if (compact.length && compact[compact.length - 1] !== ' ') { compact += ' '; starts.push(false); cmap.push(i); } continue; }
      compact += ch; starts.push(i === 0 || !WORD.test(fm.folded[i - 1])); cmap.push(i);
    }
    var joined = compact.replace(/ /g, ''), jmap = [], jstart = [];
    for (i = 0; i < compact.length; i++) { if (compact[i] !== ' ') { jmap.push(cmap[i]); jstart.push(starts[i]); } }
    function whole(str, at, len, isStart) {
      return isStart(at) && (at + len === str.length || isStart(at + len));
    }
    terms.forEach(function (term) {
      var at = fm.folded.indexOf(term), any = false;
      while (at >= 0) {
        if ((at === 0 || !WORD.test(fm.folded[at - 1])) && (at + term.length === fm.folded.length || !WORD.test(fm.folded[at + term.length]))) {
          found.push([fm.map[at], fm.map[at + term.length - 1] + 1]);
          any = true;
        }
        at = fm.folded.indexOf(term, at + 1);
      }
      if (any) { return; }
      at = joined.indexOf(term);
      while (at >= 0) {
        if (whole(joined, at, term.length, function (k) { return k >= jstart.length || jstart[k]; })) {
          found.push([fm.map[jmap[at]], fm.map[jmap[at + term.length - 1]] + 1]);
        }
        at = joined.indexOf(term, at + 1);
      }
    });
    found.sort(function (a, b) { return a[0] - b[0] || b[1] - a[1]; });
    var merged = [];
    found.forEach(function (r) {
      var last = merged[merged.length - 1];
      if (last && r[0] <= last[1]) { last[1] = Math.max(last[1], r[1]); } else { merged.push(r.slice()); }
    });
    return merged;
  }

  /* Text with the matches in <mark>, built from text nodes: nothing from the index is ever parsed as HTML. */
  function fill(element, text, terms) {
    var at = 0;
    matches(text, terms).forEach(function (r) {
      element.appendChild(document.createTextNode(text.slice(at, r[0])));
      var mark = document.createElement('mark');
      mark.textContent = text.slice(r[0], r[1]);
      element.appendChild(mark);
      at = r[1];
    });
    element.appendChild(document.createTextNode(text.slice(at)));
  }

  /* About 200 characters of `text` around its first match, or null when the words are not in it. */
  function around(text, terms) {
    var flat = text.replace(/\s+/g, ' ').trim(), m = matches(flat, terms);
    if (m.length === 0) { return null; }
    if (flat.length <= 220) { return flat; }
    var start = Math.max(0, m[0][0] - 80), end = Math.min(flat.length, start + 200);
    if (start > 0) { start = flat.indexOf(' ', start) + 1 || start; }
    return (start > 0 ? '… ' : '') + flat.slice(start, end) + (end < flat.length ? ' …' : '');
  }

  function el(tag, className, text) {
    var e = document.createElement(tag);
    if (className) { e.className = className; }
    if (text) { e.textContent = text; }
    return e;
  }

  function shortDate(iso) { var p = iso.split('-'); return p[2] + '/' + p[1] + '/' + p[0]; }

  function start(form) {
    var index = new Index(form.getAttribute('data-index'));
    var base = form.getAttribute('data-base');
    var input = form.querySelector('[name="q"]'), unit = form.querySelector('[name="dia-ban"]'), year = form.querySelector('[name="nam"]');
    var status = document.getElementById('search-status'), list = document.getElementById('search-results');
    var more = document.getElementById('search-more');
    var run = 0, state = null, timer = 0;

    function chosenText(select) { return select.selectedIndex > 0 ? select.options[select.selectedIndex].text.replace(/^[\s\u2014]+/, '') : ''; }

    function describe(count, query) {
      var where = [chosenText(unit), year.value ? 'năm ' + year.value : ''].filter(Boolean).join(', ');
      var suffix = '“' + query + '”' + (where ? ' (' + where + ')' : '');
      return count === 0 ? 'Không tìm thấy kết quả nào cho ' + suffix + '. Hãy thử từ khác, bớt từ, hoặc bỏ bộ lọc.'
        : 'Tìm thấy ' + count.toLocaleString('vi-VN') + ' kết quả cho ' + suffix + '.';
    }

    function show(meta, ids, from, terms, mine) {
      var page = ids.slice(from, from + PAGE);
      var chunks = page.map(function (id) { return index.get('d/' + Math.floor(id / meta.chunk) + '.json'); });
      return Promise.all(chunks).then(function (loaded) {
        if (mine !== run) { return; }
        page.forEach(function (id, i) {
          var doc = loaded[i][id % meta.chunk];
          var item = el('li', 'search-result');
          var heading = el('h2', 'search-result-title'), link = el('a');
          link.href = base + doc[1];
          fill(link, doc[2], terms);
          heading.appendChild(link);
          item.appendChild(heading);
          var info = el('p', 'search-result-meta');
          [doc[0], doc[5] ? 'Số ' + doc[5] : '', doc[4] ? shortDate(doc[4]) : '', meta.units[doc[3]][1]].filter(Boolean)
            .forEach(function (part, k) { if (k > 0) { info.appendChild(document.createTextNode(' · ')); } info.appendChild(el('span', null, part)); });
          item.appendChild(info);
          var snippet = el('p', 'search-result-snippet');
          var text = around(doc[6], terms);
          fill(snippet, text || doc[6], terms);
          item.appendChild(snippet);
          list.appendChild(item);
          if (!text && matches(doc[2], terms).length === 0) { bodySnippet(doc[1], snippet, terms, mine); }
        });
        more.hidden = from + PAGE >= ids.length;
      });
    }

    /* The words were found only in the body: show them there, read from the document's own page. */
    function bodySnippet(path, snippet, terms, mine) {
      fetch(base + path).then(function (r) { return r.ok ? r.text() : ''; }).then(function (html) {
        if (mine !== run || !html) { return; }
        var page = new DOMParser().parseFromString(html, 'text/html');
        var body = page.querySelector('.plan-body') || page.querySelector('main');
        var text = body ? around(body.textContent, terms) : null;
        if (text) { snippet.textContent = ''; fill(snippet, text, terms); }
      });
    }

    function search() {
      var mine = ++run, query = input.value.trim();
      var words = queryWords(query);
      list.textContent = '';
      more.hidden = true;
      if (words.length === 0) { status.textContent = query ? 'Hãy gõ chữ hoặc số để tìm.' : ''; return Promise.resolve(); }
      status.textContent = 'Đang tìm…';
      return index.meta().then(function (meta) {
        /* Each two neighbouring words of the query, joined as the index joins words that stand together. */
        var pairs = words.slice(1).map(function (w, i) { var f = words[i].folded + w.folded; return { folded: f, form: f, exact: false }; });
        var asked = words.concat(pairs);
        return Promise.all(asked.map(function (w, i) { return index.word(meta, w, i === words.length - 1); })).then(function (all) {
          if (mine !== run) { return; }
          var found = all.slice(0, words.length);
          var ids = found.some(function (f) { return !f; }) ? []
            : rank(meta, found, ranges(meta, unit.value, year.value ? Number(year.value) : 0), all.slice(words.length));
          var terms = [];
          found.forEach(function (f) { if (f) { terms = terms.concat(f.names); } });
          state = { meta: meta, ids: ids, shown: 0, terms: terms };
          status.textContent = describe(ids.length, query);
          state.shown = PAGE;
          return show(meta, ids, 0, terms, mine);
        });
      }).catch(function () {
        if (mine === run) { status.textContent = 'Không tải được chỉ mục tìm kiếm. Hãy thử lại sau.'; }
      });
    }

    function remember() {
      var params = new URLSearchParams();
      if (input.value.trim()) { params.set('q', input.value.trim()); }
      if (unit.value) { params.set('dia-ban', unit.value); }
      if (year.value) { params.set('nam', year.value); }
      var qs = params.toString();
      history.replaceState(null, '', location.pathname + (qs ? '?' + qs : ''));
    }

    form.addEventListener('submit', function (e) { e.preventDefault(); clearTimeout(timer); remember(); search(); });
    input.addEventListener('input', function () { clearTimeout(timer); timer = setTimeout(function () { remember(); search(); }, 200); });
    [unit, year].forEach(function (s) { s.addEventListener('change', function () { remember(); search(); }); });
    more.addEventListener('click', function () {
      if (!state) { return; }
      show(state.meta, state.ids, state.shown, state.terms, run);
      state.shown += PAGE;
    });

    var params = new URLSearchParams(location.search);
    input.value = params.get('q') || '';
    if (params.get('dia-ban')) { unit.value = params.get('dia-ban'); }
    if (params.get('nam')) { year.value = params.get('nam'); }
    if (input.value) { search(); }
  }

  /* The header's form goes to a web search engine without JavaScript; with it, to this site's own search page. */
  function header(form) {
    var page = form.getAttribute('data-search-page');
    if (!page || form.getAttribute('action') === page) { return; }
    form.addEventListener('submit', function (e) {
      e.preventDefault();
      var q = form.querySelector('[name="q"]').value;
      location.href = page + (q ? '?q=' + encodeURIComponent(q) : '');
    });
  }

  window.RaQuanSearch = { fold: fold, tokens: tokens, accented: accented, matches: matches };
  document.addEventListener('DOMContentLoaded', function () {
    Array.prototype.forEach.call(document.querySelectorAll('form.site-search'), header);
    var form = document.getElementById('tim-kiem');
    if (form) { start(form); }
  });
}());
