/*
 * The inspector's request journal (GET /sandbox/journal): loads the newest entries, then
 * follows with afterId so that a poll carries only what is new; reloads whole now and then
 * (a sandbox reset empties the journal).
 */
(function () {
	'use strict';

	var el = vpay.el;
	var $ = function (id) { return document.getElementById(id); };
	var inspector = window.vpayInspector;
	var KEEP = 100;
	var RELOAD_EVERY = 30000;
	var open = new Set();
	var state = { key: null, entries: [], lastId: null, loadedAt: 0 };

	function filters() {
		var query = new URLSearchParams();
		if ($('journal-path').value) {
			query.set('path', $('journal-path').value);
		}
		if ($('journal-app').value.trim()) {
			query.set('appId', $('journal-app').value.trim());
		}
		if ($('journal-out-trade-no').value.trim()) {
			query.set('outTradeNo', $('journal-out-trade-no').value.trim());
		}
		return query;
	}

	var pane = {
		name: 'journal',
		every: 2000,
		updated: 'journal-updated',
		refresh: async function () {
			if (!$('journal-follow').checked && state.key !== null) {
				$('journal-updated').textContent = 'paused';
				return;
			}
			var query = filters();
			var key = query.toString();
			var whole = key !== state.key || state.lastId === null || Date.now() - state.loadedAt > RELOAD_EVERY;
			query.set('limit', '50');
			if (!whole) {
				query.set('afterId', String(state.lastId));
			}
			var entries = await inspector.api('/sandbox/journal?' + query);
			if (whole) {
				state = { key: key, entries: entries, lastId: entries.length ? entries[0].id : null, loadedAt: Date.now() };
			}
			else if (entries.length) {
				state.entries = entries.concat(state.entries).slice(0, KEEP);
				state.lastId = entries[0].id;
			}
			if (inspector.changed(pane, state.entries.map(function (entry) { return entry.id; }))) {
				render(state.entries);
			}
		}
	};

	function text(value) {
		if (value === undefined || value === null || value === '') {
			return '(none)';
		}
		return typeof value === 'string' ? value : JSON.stringify(value, null, 2);
	}

	function render(entries) {
		$('journal-empty').hidden = entries.length > 0;
		vpay.fill($('journal-rows'), entries.map(function (entry) {
			var headers = entry.headers && Object.keys(entry.headers).length
				? Object.keys(entry.headers).map(function (name) { return name + ': ' + entry.headers[name]; }).join('\n') : null;
			return el('tr', { 'data-journal-id': entry.id, 'data-path': entry.path, 'data-out-trade-no': entry.outTradeNo },
				el('td', { class: 'mono' }, entry.id),
				el('td', {}, vpay.time(entry.at)),
				el('td', { class: 'mono' }, entry.method + ' ' + entry.path + (entry.query ? '?' + entry.query : '')),
				el('td', {}, entry.appId || ''),
				el('td', { class: 'mono' }, entry.outTradeNo || ''),
				el('td', {}, el('span', { class: 'badge ' + (entry.status < 400 ? 'ok' : 'fail') }, entry.status)),
				el('td', {}, entry.latencyMs + ' ms' + (entry.heldMs ? ' + held ' + entry.heldMs + ' ms' : '')),
				el('td', {}, el('details', {
					open: open.has(entry.id),
					ontoggle: function (event) {
						if (event.target.open) { open.add(entry.id); } else { open.delete(entry.id); }
					}
				},
				el('summary', {}, 'bodies' + (entry.truncated ? ' (truncated)' : '')),
				headers ? [el('h4', {}, 'Sandbox headers'), el('pre', {}, headers)] : null,
				el('h4', {}, 'Request'), el('pre', {}, text(entry.request)),
				el('h4', {}, 'Answer'), el('pre', {}, text(entry.response)))));
		}));
	}

	function reload() {
		state.key = null;
		pane.due = 0;
		pane.last = null;
	}

	$('journal-filters').addEventListener('input', reload);
	$('journal-filters').addEventListener('submit', function (event) { event.preventDefault(); });
	document.addEventListener('vpay:journal-filter', function (event) {
		$('journal-path').value = '';
		$('journal-app').value = '';
		$('journal-out-trade-no').value = event.detail.outTradeNo || '';
		$('journal-follow').checked = true;
		reload();
		inspector.refresh().then(function () {
			$('journal').scrollIntoView({ block: 'start' });
			$('journal-heading').focus();
		});
	});
	document.addEventListener('vpay:apps', function (event) {
		var current = $('journal-app').value;
		vpay.fill($('journal-app'), el('option', { value: '' }, 'all apps'), event.detail.map(function (app) {
			return el('option', { value: app.appId, selected: app.appId === current }, app.appId);
		}));
	});
	$('journal-heading').setAttribute('tabindex', '-1');

	inspector.register(pane);
}());
