/*
 * The inspector: payments with their pre-order verdicts, recent checks, apps and items, read
 * from the control API with the admin token kept in sessionStorage, refreshed by polling.
 *
 * Other panes plug in through window.vpayInspector:
 *   register({name, every, refresh})   a pane refreshed every `every` ms while the tab is visible
 *   onPaymentDetail(fn)                fn(payment, slotElement) fills #payment-notifications
 *   api(path, options)                 fetch with the admin token; JSON in, JSON out
 *   changed(pane, data)                whether data differs from the pane's last (stamps its `updated`)
 *   refresh()                          runs every pane now (e.g. after an action)
 *   select(paymentId)                  opens a payment's detail
 */
(function () {
	'use strict';

	var TOKEN_KEY = 'vpay-sandbox-admin-token';
	var el = vpay.el;
	var $ = function (id) { return document.getElementById(id); };
	var panes = [];
	var detailRenderers = [];
	var selected = null;
	var timer = null;

	function token() {
		return sessionStorage.getItem(TOKEN_KEY);
	}

	async function api(path, options) {
		options = options || {};
		var headers = Object.assign({ Accept: 'application/json', Authorization: 'Bearer ' + token() },
			options.headers || {});
		var response = await fetch(path, Object.assign({}, options, { headers: headers }));
		if (response.status === 401) {
			signOut('The admin token was refused.');
			throw new Error('admin token refused');
		}
		var body = await response.json().catch(function () { return null; });
		if (!response.ok) {
			var error = new Error((body && body.detail) || ('HTTP ' + response.status));
			error.status = response.status;
			error.body = body;
			throw error;
		}
		return body;
	}

	function register(pane) {
		pane.due = 0;
		pane.last = null;
		panes.push(pane);
	}

	/** Runs each due pane; a pane whose data did not change keeps its DOM (and open details). */
	async function tick() {
		if (document.hidden || !token()) {
			return;
		}
		var now = Date.now();
		await Promise.all(panes.filter(function (pane) { return pane.due <= now && !pane.running; })
			.map(async function (pane) {
				pane.running = true;
				try {
					await pane.refresh();
				}
				catch (error) {
					if (pane.updated) {
						$(pane.updated).textContent = 'not updated: ' + error.message;
					}
				}
				finally {
					pane.running = false;
					pane.due = Date.now() + pane.every;
				}
			}));
	}

	function changed(pane, data) {
		var text = JSON.stringify(data);
		if (pane.updated) {
			$(pane.updated).textContent = 'updated ' + new Date().toLocaleTimeString();
		}
		if (text === pane.last) {
			return false;
		}
		pane.last = text;
		return true;
	}

	function item(productId, quantity) {
		return productId + ' × ' + quantity;
	}

	// Payments ---------------------------------------------------------------------------

	var paymentsPane = {
		name: 'payments',
		every: 2000,
		updated: 'payments-updated',
		refresh: async function () {
			var query = new URLSearchParams({ limit: '50' });
			if ($('filter-app').value) {
				query.set('appId', $('filter-app').value);
			}
			if ($('filter-status').value) {
				query.set('status', $('filter-status').value);
			}
			if ($('filter-out-trade-no').value.trim()) {
				query.set('outTradeNo', $('filter-out-trade-no').value.trim());
			}
			var payments = await api('/sandbox/payments?' + query);
			if (changed(paymentsPane, payments)) {
				renderPayments(payments);
			}
		}
	};

	function renderPayments(payments) {
		$('payments-empty').hidden = payments.length > 0;
		vpay.fill($('payments-rows'), payments.map(function (payment) {
			return el('tr', {
				'data-payment-id': payment.paymentId,
				'data-out-trade-no': payment.outTradeNo,
				class: payment.paymentId === selected ? 'selected' : null
			},
			el('td', {}, vpay.time(payment.createdAt)),
			el('td', {}, el('button', {
				type: 'button', class: 'link mono', onclick: function () { select(payment.paymentId); },
				'aria-label': 'Show payment ' + payment.paymentId
			}, payment.paymentId)),
			el('td', {}, payment.appId),
			el('td', { class: 'mono' }, payment.outTradeNo),
			el('td', {}, item(payment.productId, payment.quantity)),
			el('td', {}, vpay.money(payment.orderFee, payment.currency)),
			el('td', {}, vpay.badge(payment.status)));
		}));
	}

	var detailPane = {
		name: 'payment-detail',
		every: 2000,
		refresh: async function () {
			if (!selected) {
				return;
			}
			var payment = await api('/sandbox/payments/' + encodeURIComponent(selected));
			if (changed(detailPane, payment)) {
				renderDetail(payment);
			}
		}
	};

	function select(paymentId) {
		selected = paymentId;
		detailPane.last = null;
		detailPane.due = 0;
		paymentsPane.last = null;
		paymentsPane.due = 0;
		history.replaceState(null, '', '#payment=' + encodeURIComponent(paymentId));
		$('payment-detail').hidden = false;
		tick().then(function () {
			$('payment-detail').scrollIntoView({ block: 'start' });
			$('payment-detail-heading').focus();
		});
	}

	function fact(term, value) {
		if (value === undefined || value === null || value === '') {
			return [];
		}
		return [el('dt', {}, term), el('dd', {}, value)];
	}

	function renderDetail(payment) {
		vpay.fill($('payment-detail-heading'), 'Payment ', el('span', { class: 'mono' }, payment.paymentId));
		vpay.fill($('payment-facts'),
			fact('Status', [vpay.badge(payment.status), ' query_order status ' + payment.queryStatus,
				payment.closeReason ? ' · ' + payment.closeReason : '']),
			fact('App', payment.appId + ' · env ' + payment.env + ' · ' + payment.method),
			fact('outTradeNo', el('span', { class: 'mono' }, payment.outTradeNo)),
			fact('User', payment.userId + ' (openid ' + payment.openid + ')'),
			fact('Item', item(payment.productId, payment.quantity) + ' at ' + vpay.money(payment.unitPrice, payment.currency)),
			fact('Amount', vpay.money(payment.orderFee, payment.currency) + ' · refunded '
				+ vpay.money(payment.refundFee, payment.currency) + ' · left ' + vpay.money(payment.leftFee, payment.currency)),
			fact('Platform', payment.platform),
			fact('Attach', payment.attach),
			fact('Chaos faults', payment.scenario ? el('code', {}, payment.scenario) : null),
			fact('Created', vpay.time(payment.createdAt)),
			fact('Paid', vpay.time(payment.paidAt)),
			fact('Delivering', vpay.time(payment.deliveringAt)),
			fact('Delivered', vpay.time(payment.deliveredAt)),
			fact('Closed', vpay.time(payment.closedAt)));
		var notes = (payment.check && payment.check.notes) || [];
		vpay.fill($('payment-check'),
			el('p', {}, vpay.badge('ok'), ' accepted (errCode ' + payment.check.errCode + ')'),
			notes.length ? el('ul', {}, notes.map(function (note) {
				return el('li', { class: 'hint' }, el('code', {}, note.code), ' ', note.message);
			})) : el('p', { class: 'muted small' }, 'No notes: every signature verified as it should.'));
		var refunds = payment.refunds || [];
		vpay.fill($('payment-refunds'), refunds.length ? el('div', { class: 'table-wrap' }, el('table', {},
			el('thead', {}, el('tr', {}, el('th', {}, 'At'), el('th', {}, 'refund_order_id'), el('th', {}, 'Fee'),
				el('th', {}, 'Reason'))),
			el('tbody', {}, refunds.map(function (refund) {
				return el('tr', {}, el('td', {}, vpay.time(refund.createdAt)), el('td', { class: 'mono' }, refund.refundOrderId),
					el('td', {}, vpay.money(refund.refundFee, payment.currency)), el('td', {}, refund.reason || ''));
			})))) : el('p', { class: 'muted small' }, 'None.'));
		detailRenderers.forEach(function (render) { render(payment, $('payment-notifications')); });
	}

	// Pre-order checks -------------------------------------------------------------------

	var openChecks = new Set();

	var checksPane = {
		name: 'checks',
		every: 2000,
		updated: 'checks-updated',
		refresh: async function () {
			var checks = await api('/sandbox/checks?limit=50');
			if (changed(checksPane, checks)) {
				renderChecks(checks);
			}
		}
	};

	/** A signature report in words: what the mock signed and what it could prove. */
	function signatureReport(report) {
		var key = report.key ? (report.key.kind + (report.key.env !== undefined ? ' env ' + report.key.env : '')
			+ (report.key.version !== undefined ? ' version ' + report.key.version : '')
			+ (report.key.previous ? ' (previous)' : '')) : 'none';
		return el('div', {},
			el('dl', { class: 'facts' },
				fact('Reason', report.reason),
				fact('Method', report.method),
				fact('String signed', report.stringToSignLength + ' bytes, SHA-256 ' + report.stringToSignSha256),
				fact('Key used', key)),
			(report.hints || []).length ? el('ul', {}, report.hints.map(function (hint) {
				return el('li', { class: 'hint' }, el('code', {}, hint.code), ' ', hint.message);
			})) : el('p', { class: 'muted small' }, 'No hint could be proven.'));
	}

	function diagnosis(entry) {
		var d = entry.diagnosis;
		return el('div', {},
			el('p', {}, 'Check ', el('code', {}, d.check), ': ', d.message),
			(d.violations || []).length ? el('ul', {}, d.violations.map(function (violation) {
				return el('li', {}, el('code', {}, violation.errCode), ' ', violation.field ? violation.field + ': ' : '',
					violation.message);
			})) : null,
			d.signature ? signatureReport(d.signature) : null);
	}

	function renderChecks(checks) {
		vpay.fill($('checks-rows'), checks.map(function (entry) {
			var key = entry.at + entry.method + (entry.outTradeNo || '');
			var verdict = entry.errCode === 0
				? el('span', {}, vpay.badge('ok'), ' accepted · ' + entry.outcome)
				: el('details', {
					open: openChecks.has(key),
					ontoggle: function (event) {
						if (event.target.open) { openChecks.add(key); } else { openChecks.delete(key); }
					}
				}, el('summary', {}, vpay.badge('fail'), ' ' + entry.errCode + ' · ' + entry.diagnosis.check), diagnosis(entry));
			return el('tr', {},
				el('td', {}, vpay.time(entry.at)),
				el('td', {}, entry.method),
				el('td', {}, entry.appId || ''),
				el('td', {}, entry.userId || ''),
				el('td', { class: 'mono' }, entry.paymentId
					? el('button', { type: 'button', class: 'link mono', onclick: function () { select(entry.paymentId); } },
						entry.outTradeNo)
					: (entry.outTradeNo || '')),
				el('td', {}, verdict));
		}));
	}

	// Apps and items ---------------------------------------------------------------------

	var appsPane = {
		name: 'apps',
		every: 15000,
		updated: 'apps-updated',
		refresh: async function () {
			var apps = await api('/sandbox/apps');
			var details = await Promise.all(apps.map(async function (app) {
				var id = encodeURIComponent(app.appId);
				return { app: app, items: await api('/sandbox/apps/' + id + '/items'), keys: await api('/sandbox/apps/' + id + '/keys') };
			}));
			if (changed(appsPane, details)) {
				renderApps(details);
				document.dispatchEvent(new CustomEvent('vpay:apps', { detail: apps }));
			}
		}
	};

	function renderApps(details) {
		vpay.fill($('apps-list'), details.map(function (detail) {
			var app = detail.app;
			return el('article', { class: 'card', 'aria-label': 'App ' + app.appId },
				el('h3', {}, app.appId, ' ', el('span', { class: 'badge' }, app.type)),
				el('dl', { class: 'facts' },
					fact('offerId', app.offerId),
					fact('Currencies', app.currencies.join(', ')),
					fact('Notify URL', el('span', { class: 'mono' }, app.notifyUrl)),
					fact('Payments', app.paymentEnabled ? 'enabled' : 'disabled'),
					fact('appKeys', detail.keys.map(function (key) {
						return 'env ' + key.env + ' v' + key.version
							+ (key.acceptedUntil ? ' (accepted until ' + vpay.time(key.acceptedUntil) + ')' : '');
					}).join(' · '))),
				el('div', { class: 'table-wrap' }, el('table', {},
					el('thead', {}, el('tr', {}, el('th', {}, 'Item'), el('th', {}, 'Price'), el('th', {}, 'Max quantity'),
						el('th', {}, 'Published'))),
					el('tbody', {}, detail.items.map(function (item) {
						return el('tr', {}, el('td', {}, item.productId), el('td', {}, vpay.money(item.price, item.currency)),
							el('td', {}, item.maxQuantity), el('td', {}, item.published ? 'yes' : 'no'));
					})))));
		}));
	}

	function fillAppFilter(apps) {
		var current = $('filter-app').value;
		vpay.fill($('filter-app'), el('option', { value: '' }, 'all apps'), apps.map(function (app) {
			return el('option', { value: app.appId, selected: app.appId === current }, app.appId);
		}));
	}

	// Token and start-up -----------------------------------------------------------------

	function signOut(message) {
		sessionStorage.removeItem(TOKEN_KEY);
		clearInterval(timer);
		timer = null;
		$('panes').hidden = true;
		$('pane-nav').hidden = true;
		$('forget-token').hidden = true;
		$('login').hidden = false;
		$('login-error').hidden = !message;
		$('login-error').textContent = message || '';
		$('token').focus();
	}

	async function open() {
		await api('/sandbox/apps');
		$('login').hidden = true;
		$('login-error').hidden = true;
		$('panes').hidden = false;
		$('pane-nav').hidden = false;
		$('forget-token').hidden = false;
		var match = /payment=([^&]+)/.exec(location.hash);
		if (match) {
			selected = decodeURIComponent(match[1]);
			$('payment-detail').hidden = false;
		}
		panes.forEach(function (pane) { pane.due = 0; pane.last = null; });
		await tick();
		// A link such as /inspector.html#debugger names a pane that was hidden behind the token form.
		var pane = /^#([a-z-]+)$/.exec(location.hash);
		if (pane && document.getElementById(pane[1])) {
			document.getElementById(pane[1]).scrollIntoView();
		}
		if (!timer) {
			timer = setInterval(tick, 500);
		}
	}

	$('login-form').addEventListener('submit', function (event) {
		event.preventDefault();
		sessionStorage.setItem(TOKEN_KEY, $('token').value.trim());
		$('token').value = '';
		open().catch(function (error) {
			if (token()) {
				signOut('The control API did not answer: ' + error.message);
			}
		});
	});
	$('forget-token').addEventListener('click', function () { signOut(null); });
	$('close-detail').addEventListener('click', function () {
		selected = null;
		$('payment-detail').hidden = true;
		history.replaceState(null, '', location.pathname);
		paymentsPane.last = null;
		paymentsPane.due = 0;
	});
	$('payment-filters').addEventListener('input', function () {
		paymentsPane.due = 0;
		paymentsPane.last = null;
	});
	$('payment-filters').addEventListener('submit', function (event) { event.preventDefault(); });
	$('payment-detail-heading').setAttribute('tabindex', '-1');
	document.addEventListener('vpay:apps', function (event) { fillAppFilter(event.detail); });
	document.addEventListener('visibilitychange', function () { if (!document.hidden) { tick(); } });

	register(paymentsPane);
	register(detailPane);
	register(checksPane);
	register(appsPane);

	window.vpayInspector = {
		api: api,
		register: register,
		onPaymentDetail: function (render) { detailRenderers.push(render); },
		changed: changed,
		refresh: function () {
			panes.forEach(function (pane) { pane.due = 0; });
			return tick();
		},
		select: select,
		signatureReport: signatureReport,
		fact: fact
	};

	if (token()) {
		open().catch(function (error) {
			if (token()) {
				signOut('The control API did not answer: ' + error.message);
			}
		});
	}
	else {
		signOut(null);
	}
}());
