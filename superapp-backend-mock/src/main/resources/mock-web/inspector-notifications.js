/*
 * The inspector's delivery notifications: the newest ones with every attempt (GET
 * /sandbox/notifications), the one of an open payment (its view carries it), and
 * Redeliver (POST /sandbox/notifications/{id}/redeliver).
 */
(function () {
	'use strict';

	var el = vpay.el;
	var $ = function (id) { return document.getElementById(id); };
	var inspector = window.vpayInspector;
	var open = new Set();
	var messages = {};

	function ms(value) {
		return value === undefined || value === null ? '' : value + ' ms';
	}

	/** The answer's body in one line, or the error: what the receiver said, or why it did not. */
	function answer(attempt) {
		var parts = [];
		if (attempt.response !== undefined && attempt.response !== null) {
			parts.push(el('code', { class: 'answer' },
				typeof attempt.response === 'string' ? attempt.response : JSON.stringify(attempt.response)));
		}
		if (attempt.error) {
			parts.push(el('span', { class: 'error-text' }, attempt.error));
		}
		return parts.length ? parts : el('span', { class: 'muted' }, 'no answer');
	}

	function body(value) {
		if (value === undefined || value === null) {
			return '(none)';
		}
		return typeof value === 'string' ? value : JSON.stringify(value, null, 2);
	}

	function remember(key) {
		return function (event) {
			if (event.target.open) { open.add(key); } else { open.delete(key); }
		};
	}

	/** Every attempt as a table: number, kind, time, HTTP status, latency, outcome, answer or error. */
	function attemptsTable(notification) {
		var attempts = notification.attempts || [];
		if (!attempts.length) {
			return el('p', { class: 'muted small' }, 'No attempt yet.');
		}
		return el('div', { class: 'table-wrap' }, el('table', { class: 'attempts', 'aria-label': 'Attempts of notification '
			+ notification.notificationId },
		el('thead', {}, el('tr', {}, ['Attempt', 'Kind', 'Started', 'HTTP status', 'Latency', 'Outcome', 'Answer or error',
			'Sent'].map(function (name) { return el('th', {}, name); }))),
		el('tbody', {}, attempts.map(function (attempt) {
			var key = notification.notificationId + ':' + attempt.attempt + ':' + attempt.copy;
			return el('tr', { 'data-attempt': attempt.attempt, 'data-outcome': attempt.outcome },
				el('td', {}, attempt.attempt + (attempt.copy ? ' (copy ' + attempt.copy + ')' : '')),
				el('td', {}, attempt.kind),
				el('td', {}, vpay.time(attempt.startedAt)),
				el('td', { class: 'http-status' }, attempt.httpStatus !== undefined ? String(attempt.httpStatus) : '—'),
				el('td', { class: 'latency' }, ms(attempt.latencyMs)),
				el('td', {}, vpay.badge(attempt.outcome), attempt.faults ? [' ', el('code', { title: 'chaos faults' }, attempt.faults)] : null),
				el('td', {}, answer(attempt)),
				el('td', {}, el('details', { open: open.has(key), ontoggle: remember(key) },
					el('summary', {}, 'request'),
					el('p', { class: 'small' }, 'POST ', el('span', { class: 'mono' }, attempt.url || ''),
						attempt.keyUsed ? ' · signed with ' + attempt.keyUsed : '', attempt.instance ? ' · by ' + attempt.instance : ''),
					el('pre', {}, body(attempt.request)))));
		}))));
	}

	function redeliverButton(notification) {
		var id = notification.notificationId;
		return el('button', {
			type: 'button', class: 'redeliver', 'data-notification-id': id,
			disabled: notification.status === 'IN_FLIGHT',
			'aria-label': 'Redeliver notification ' + id,
			onclick: function (event) { redeliver(id, event.target); }
		}, 'Redeliver');
	}

	function message(id) {
		var text = messages[id];
		return el('p', { class: 'small redeliver-message' + (text && text.error ? ' error-text' : ''), role: 'status',
			'data-notification-id': id }, text ? text.text : '');
	}

	async function redeliver(id, button) {
		button.disabled = true;
		try {
			var queued = await inspector.api('/sandbox/notifications/' + encodeURIComponent(id) + '/redeliver', { method: 'POST' });
			messages[id] = { text: 'Redelivery queued: notification ' + id + ' is ' + queued.status + ', due now.' };
		}
		catch (error) {
			messages[id] = { text: 'Not redelivered: ' + error.message, error: true };
		}
		document.querySelectorAll('.redeliver-message[data-notification-id="' + id + '"]').forEach(function (node) {
			node.textContent = messages[id].text;
			node.classList.toggle('error-text', !!messages[id].error);
		});
		button.disabled = false;
		inspector.refresh();
	}

	// Inside an open payment --------------------------------------------------------------

	inspector.onPaymentDetail(function (payment, slot) {
		var notification = payment.notification;
		if (!notification) {
			vpay.fill(slot, el('p', { class: 'muted small' }, payment.status === 'PENDING'
				? 'None yet: the payment is notified once it is paid.'
				: 'None: only a paid payment is notified.'));
			return;
		}
		vpay.fill(slot,
			el('dl', { class: 'facts' },
				el('dt', {}, 'Notification'),
				el('dd', {}, el('span', { class: 'mono' }, '#' + notification.notificationId), ' ', vpay.badge(notification.status),
					' · ' + notification.attemptCount + (notification.attemptCount === 1 ? ' attempt' : ' attempts'),
					notification.held ? ' · held for the app\'s next notification' : ''),
				notification.status === 'READY' ? [el('dt', {}, 'Next attempt'), el('dd', {}, vpay.time(notification.nextAttemptAt))] : null,
				notification.scenario ? [el('dt', {}, 'Chaos faults'), el('dd', {}, el('code', {}, notification.scenario))] : null),
			attemptsTable(notification),
			el('div', { class: 'actions' }, redeliverButton(notification),
				el('button', {
					type: 'button', class: 'link', onclick: function () {
						document.dispatchEvent(new CustomEvent('vpay:journal-filter', { detail: { outTradeNo: payment.outTradeNo } }));
					}
				}, 'Show its requests in the journal')),
			message(notification.notificationId));
	});

	// The newest notifications ------------------------------------------------------------

	var pane = {
		name: 'notifications',
		every: 2000,
		updated: 'notifications-updated',
		refresh: async function () {
			var query = new URLSearchParams({ limit: '20' });
			if ($('notification-status').value) {
				query.set('status', $('notification-status').value);
			}
			if ($('notification-out-trade-no').value.trim()) {
				query.set('outTradeNo', $('notification-out-trade-no').value.trim());
			}
			var notifications = await inspector.api('/sandbox/notifications?' + query);
			if (inspector.changed(pane, notifications)) {
				render(notifications);
			}
		}
	};

	function lastAttempt(notification) {
		var attempts = notification.attempts || [];
		if (!attempts.length) {
			return 'none yet';
		}
		var last = attempts[attempts.length - 1];
		return [last.httpStatus !== undefined ? 'HTTP ' + last.httpStatus : last.outcome,
			last.latencyMs !== undefined ? ' in ' + last.latencyMs + ' ms' : ''].join('');
	}

	/** A row per notification; its attempts, when shown, in a full-width row below it. */
	function render(notifications) {
		$('notifications-empty').hidden = notifications.length > 0;
		vpay.fill($('notifications-rows'), notifications.map(function (notification) {
			var key = 'list:' + notification.notificationId;
			var shown = open.has(key);
			var attemptsId = 'notification-attempts-' + notification.notificationId;
			var row = el('tr', {
				'data-notification-id': notification.notificationId,
				'data-out-trade-no': notification.outTradeNo,
				class: notification.status === 'DEAD' ? 'dead' : null
			},
			el('td', {}, vpay.time(notification.createdAt)),
			el('td', { class: 'mono' }, '#' + notification.notificationId),
			el('td', {}, notification.appId),
			el('td', {}, el('button', {
				type: 'button', class: 'link mono', 'aria-label': 'Show payment ' + notification.paymentId,
				onclick: function () { inspector.select(notification.paymentId); }
			}, notification.outTradeNo || notification.paymentId)),
			el('td', {}, vpay.badge(notification.status), notification.scenario ? [' ', el('code', {}, notification.scenario)] : null),
			el('td', {}, el('button', {
				type: 'button', class: 'link show-attempts', 'aria-expanded': String(shown), 'aria-controls': attemptsId,
				onclick: function () {
					if (open.has(key)) { open.delete(key); } else { open.add(key); }
					render(notifications);
				}
			}, notification.attemptCount + ' · last ' + lastAttempt(notification))),
			el('td', {}, notification.status === 'READY' ? vpay.time(notification.nextAttemptAt) : ''),
			el('td', {}, redeliverButton(notification), message(notification.notificationId)));
			return shown
				? [row, el('tr', { class: 'attempts-row' + (notification.status === 'DEAD' ? ' dead' : ''), id: attemptsId,
					'data-attempts-of': notification.notificationId }, el('td', { colspan: 8 }, attemptsTable(notification)))]
				: row;
		}));
	}

	$('notification-filters').addEventListener('input', function () {
		pane.due = 0;
		pane.last = null;
	});
	$('notification-filters').addEventListener('submit', function (event) { event.preventDefault(); });

	inspector.register(pane);
}());
