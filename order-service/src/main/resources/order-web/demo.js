/*
 * The demo mini game's front end. It does what any mini game front end does, and only that:
 * wx.login, then order-service's /api/login, /api/products, /api/orders and /api/inventory,
 * and the JS payment API named by the order. The wx shim (loaded from the mock) stands in for
 * the super app; a success callback is never taken as proof of payment: the order's status
 * from order-service is.
 */
(function () {
	'use strict';

	var config = window.VPAY_DEMO_CONFIG;
	var $ = function (id) { return document.getElementById(id); };
	var params = new URLSearchParams(location.search);
	var session = null;
	var products = [];
	var orders = {};

	function el(tag, attributes) {
		var element = document.createElement(tag);
		Object.keys(attributes || {}).forEach(function (name) {
			var value = attributes[name];
			if (typeof value === 'function') {
				element.addEventListener(name.substring(2), value);
			}
			else if (value !== null && value !== undefined && value !== false) {
				element.setAttribute(name, value === true ? '' : String(value));
			}
		});
		Array.prototype.slice.call(arguments, 2).forEach(function (child) {
			if (child !== null && child !== undefined) {
				element.append(child instanceof Node ? child : String(child));
			}
		});
		return element;
	}

	/** An amount in minor units as text, with integer arithmetic only: money(598, 'USD') is 'USD 5.98'. */
	function money(minor, currency) {
		var digits = 2;
		try {
			digits = new Intl.NumberFormat('en', { style: 'currency', currency: currency }).resolvedOptions().maximumFractionDigits;
		}
		catch (error) {
			// an unknown currency code: show two decimals
		}
		var text = String(minor);
		if (digits > 0) {
			text = text.padStart(digits + 1, '0');
			text = text.slice(0, -digits) + '.' + text.slice(-digits);
		}
		return currency + ' ' + text;
	}

	async function call(method, path, body) {
		var headers = { Accept: 'application/json' };
		if (body !== undefined) {
			headers['Content-Type'] = 'application/json';
		}
		if (session) {
			headers.Authorization = 'Bearer ' + session.token;
		}
		var response = await fetch(path, { method: method, headers: headers, body: body === undefined ? undefined : JSON.stringify(body) });
		var answer = await response.json().catch(function () { return null; });
		if (response.status === 401 && session) {
			signedOut('Your session ended; sign in again.');
		}
		if (!response.ok) {
			throw new Error((answer && (answer.detail || answer.title)) || ('HTTP ' + response.status));
		}
		return answer;
	}

	function loadShim() {
		return new Promise(function (resolve, reject) {
			var script = document.createElement('script');
			script.src = config.mockUrl + '/wx.js';
			script.onload = resolve;
			script.onerror = function () { reject(new Error('could not load the wx shim from ' + config.mockUrl)); };
			document.head.appendChild(script);
		});
	}

	function app() {
		return config.apps.find(function (each) { return each.appId === $('app').value; });
	}

	function say(text, error) {
		$('session').textContent = text;
		$('session').className = 'small' + (error ? ' notice' : '');
	}

	function signedOut(message) {
		session = null;
		say(message || 'Not signed in: sign in to buy.', Boolean(message));
		renderProducts();
	}

	async function signIn(event) {
		event.preventDefault();
		var userId = $('user').value.trim();
		localStorage.setItem('vpay-demo-user', userId);
		wx.sandbox.configure({
			appId: app().appId,
			userId: userId,
			cashier: $('interactive').checked ? 'interactive' : 'auto'
		});
		session = null;
		say('Signing in…');
		try {
			var login = await wx.login();
			var answer = await call('POST', '/api/login', { code: login.code, appId: app().appId });
			session = { token: answer.token, openid: answer.openid, appId: app().appId, userId: userId };
			say('Signed in as ' + userId + ' to ' + app().appId + ' (openid ' + answer.openid + ').');
			await Promise.all([loadProducts(), loadInventory()]);
		}
		catch (error) {
			signedOut('Sign-in failed: ' + (error.errMsg || error.message));
		}
	}

	async function loadProducts() {
		var answer = await call('GET', '/api/products?appId=' + encodeURIComponent(app().appId));
		products = answer.products;
		renderProducts();
	}

	function renderProducts() {
		$('products').replaceChildren.apply($('products'), products.map(function (product) {
			var quantityId = 'quantity-' + product.productId;
			return el('li', { class: 'product', 'data-product-id': product.productId },
				el('span', { class: 'name' }, product.name),
				el('span', { class: 'price' }, money(product.price, product.currency)),
				el('div', { class: 'buy' },
					el('div', {},
						el('label', { for: quantityId }, 'Quantity'),
						el('input', { id: quantityId, type: 'number', min: 1, max: product.maxQuantity, value: 1, inputmode: 'numeric' })),
					el('button', {
						type: 'button', class: 'primary', 'data-buy': product.productId,
						'aria-label': 'Buy ' + product.name, disabled: !session,
						onclick: function () { buy(product, Number($(quantityId).value)); }
					}, 'Buy')));
		}));
	}

	async function buy(product, quantity) {
		var order;
		try {
			order = await call('POST', '/api/orders', { productId: product.productId, quantity: quantity, platform: 'android' });
		}
		catch (error) {
			say('Could not order ' + product.name + ': ' + error.message, true);
			return;
		}
		var entry = { order: order, product: product, quantity: quantity, status: 'CREATED', result: 'At the cashier…', ok: null, note: '' };
		orders[order.outTradeNo] = entry;
		renderOrders();
		var options = { signData: order.signData, paySig: order.paySig, signature: order.signature };
		if (order.method === 'requestVirtualPayment') {
			options.mode = order.mode;
		}
		options.success = function (res) {
			entry.result = 'Paid: ' + res.errMsg;
			entry.note = 'Waiting for delivery…';
			entry.ok = true;
			renderOrders();
			follow(entry, Date.now());
		};
		options.fail = function (res) {
			entry.result = (res.errCode === -2 ? 'Cancelled' : 'Payment failed') + ': ' + res.errMsg
				+ (res.errCode !== undefined ? ' (errCode ' + res.errCode + ')' : '');
			entry.ok = false;
			renderOrders();
			refreshOrder(entry);
		};
		wx[order.method](options);
	}

	async function refreshOrder(entry) {
		var answer = await call('GET', '/api/orders/' + encodeURIComponent(entry.order.outTradeNo));
		entry.status = answer.status;
		entry.amount = money(answer.amount, answer.currency);
		if (answer.status === 'DELIVERED') {
			entry.note = 'Delivered at ' + new Date(answer.deliveredAt).toLocaleTimeString()
				+ (answer.deliveredLate ? ' (late: the order had expired)' : '') + '.';
		}
		else if (answer.status !== 'CREATED') {
			entry.note = '';
		}
		renderOrders();
		return answer.status;
	}

	/** Asks order-service until the order leaves CREATED: every second at first, then every 5 s, for 15 minutes. */
	async function follow(entry, since) {
		var status = await refreshOrder(entry).catch(function () { return 'CREATED'; });
		if (status === 'DELIVERED') {
			await loadInventory();
			return;
		}
		var age = Date.now() - since;
		if (status === 'CREATED' && age < 15 * 60 * 1000 && session) {
			setTimeout(function () { follow(entry, since); }, age < 30000 ? 1000 : 5000);
		}
	}

	function renderOrders() {
		var entries = Object.keys(orders).map(function (key) { return orders[key]; }).reverse();
		$('orders-empty').hidden = entries.length > 0;
		$('orders').replaceChildren.apply($('orders'), entries.map(function (entry) {
			return el('li', { 'data-out-trade-no': entry.order.outTradeNo },
				el('div', { class: 'line' },
					el('strong', {}, entry.product.name + ' × ' + entry.quantity),
					el('span', { class: 'badge status ' + entry.status }, entry.status),
					entry.amount ? el('span', {}, entry.amount) : null),
				el('div', { class: 'payment-result small' + (entry.ok === true ? ' ok' : entry.ok === false ? ' fail' : '') }, entry.result),
				entry.note ? el('div', { class: 'delivery small' }, entry.note) : null,
				el('div', { class: 'small muted mono' }, entry.order.outTradeNo));
		}));
	}

	async function loadInventory() {
		var answer = await call('GET', '/api/inventory');
		$('inventory-empty').hidden = answer.items.length > 0;
		$('inventory').replaceChildren.apply($('inventory'), answer.items.map(function (item) {
			return el('li', { 'data-product-id': item.productId }, item.name + ' × ' + item.quantity);
		}));
	}

	function start() {
		config.apps.forEach(function (each) {
			$('app').append(el('option', { value: each.appId, selected: each.appId === params.get('app') },
				each.appId + ' (' + each.type + ')'));
		});
		$('user').value = params.get('user') || localStorage.getItem('vpay-demo-user')
			|| 'player-' + Math.random().toString(36).slice(2, 8);
		$('interactive').checked = params.get('cashier') !== 'auto';
		$('mock-url').textContent = config.mockUrl;
		$('inspector-link').href = config.mockUrl + '/inspector.html';
		$('sign-in-form').addEventListener('submit', signIn);
		$('app').addEventListener('change', function () {
			signedOut();
			loadProducts().catch(function (error) { say('No catalogue: ' + error.message, true); });
		});
		signedOut();
		loadProducts().catch(function (error) { say('No catalogue: ' + error.message, true); });
	}

	loadShim().then(start, function (error) {
		say(error.message + '. Is superapp-backend-mock running?', true);
		$('sign-in').disabled = true;
	});
}());
