/* The cashier page: shows a pending payment, and the user pays, cancels or fails it. */
(function () {
	'use strict';

	var $ = function (id) { return document.getElementById(id); };
	var paymentId = decodeURIComponent(location.pathname.split('/').pop());
	var embedded = window.parent !== window;
	var buttons = ['pay', 'cancel', 'fail'].map($);
	var WORDS = {
		PAID: 'Paid. You can return to the app.',
		DELIVERING: 'Paid. You can return to the app.',
		DELIVERED: 'Paid and delivered.',
		REFUNDED: 'Paid, then refunded.'
	};

	if (embedded) {
		document.body.classList.add('embedded');
	}

	function base() {
		return '/sandbox/cashier/' + encodeURIComponent(paymentId);
	}

	function show(message, tone) {
		var result = $('result');
		result.textContent = message;
		result.className = 'notice' + (tone ? ' ' + tone : '');
		result.hidden = false;
	}

	function describe(outcome) {
		if (!outcome.settled) {
			return 'Waiting for you to pay.';
		}
		if (outcome.result.errCode === -2) {
			return 'Payment cancelled (' + outcome.result.errMsg + ', errCode -2).';
		}
		if (outcome.result.errCode !== undefined) {
			return 'Payment failed (' + outcome.result.errMsg + ', errCode ' + outcome.result.errCode + ').';
		}
		return WORDS[outcome.status] || 'Paid.';
	}

	function settled(outcome) {
		buttons.forEach(function (button) { button.disabled = true; });
		vpay.fill($('status'), vpay.badge(outcome.status));
		show(describe(outcome), outcome.result.errCode === undefined ? 'good' : 'error');
		if (embedded) {
			// tells the wx shim in the app's page to look now; it checks with the mock itself
			window.parent.postMessage({ type: 'vpay-sandbox:cashier', paymentId: paymentId, status: outcome.status }, '*');
		}
	}

	async function act(action) {
		buttons.forEach(function (button) { button.disabled = true; });
		try {
			var response = await fetch(base() + '/' + action, { method: 'POST', headers: { Accept: 'application/json' } });
			var answer = await response.json();
			if (!response.ok) {
				show(answer.detail || ('HTTP ' + response.status), 'error');
				await load();
				return;
			}
			settled(answer);
		}
		catch (error) {
			show('The sandbox did not answer: ' + error.message, 'error');
			buttons.forEach(function (button) { button.disabled = false; });
		}
	}

	async function load() {
		var response = await fetch(base(), { headers: { Accept: 'application/json' } });
		if (!response.ok) {
			show('There is no payment ' + paymentId + ' at this cashier.', 'error');
			return;
		}
		var payment = await response.json();
		$('amount').textContent = vpay.money(payment.orderFee, payment.currency);
		$('app').textContent = payment.appId;
		$('item').textContent = payment.productId;
		$('quantity').textContent = payment.quantity;
		$('out-trade-no').textContent = payment.outTradeNo;
		vpay.fill($('status'), vpay.badge(payment.status));
		$('order').hidden = false;
		if (payment.status !== 'PENDING') {
			var outcome = await (await fetch(base() + '/result', { headers: { Accept: 'application/json' } })).json();
			settled(outcome);
		}
	}

	$('pay').addEventListener('click', function () { act('pay'); });
	$('cancel').addEventListener('click', function () { act('cancel'); });
	$('fail').addEventListener('click', function () { act('fail'); });
	load().catch(function (error) { show('The sandbox did not answer: ' + error.message, 'error'); });
}());
