/*
 * vpay-sandbox `wx` shim: wx.login, wx.requestVirtualPayment and wx.requestMidasPaymentGameItem
 * for an ordinary web page, played by superapp-backend-mock the way the super app plays them
 * inside a mini program. Load it from the mock, which is also where it sends its calls:
 *
 *   <script src="http://localhost:8081/wx.js?appId=demo-minigame&user=alice"></script>
 *
 * Script parameters (all optional, all also settable later with wx.sandbox.configure):
 *   appId    the mini program / mini game the page is (the host app knows it; a page does not say it)
 *   user     the super app user signed in to the host app (wx.sandbox.setUser('alice'))
 *   cashier  interactive (default): the super app's cashier opens over the page and the callbacks
 *            fire when the user pays, cancels or fails there; auto: the user pays at once
 *
 * The three APIs take the real JS API's argument objects and call success / fail / complete
 * with the protocol's reply bodies (docs/protocol.md#the-js-payment-apis) ({errMsg: "<api>:ok"} or {errMsg: "<api>:fail <reason>", errCode});
 * called without any callback they return a Promise instead, as the real APIs do.
 * See docs/web-pages.md.
 */
(function (global) {
	'use strict';

	var MESSAGE_TYPE = 'vpay-sandbox:cashier';
	var SHIM_FAILURE = -1;

	var source = new URL(document.currentScript ? document.currentScript.src : 'http://localhost:8081/wx.js',
		global.location.href);
	var settings = {
		baseUrl: source.origin + source.pathname.replace(/\/[^/]*$/, ''),
		appId: source.searchParams.get('appId'),
		userId: source.searchParams.get('user'),
		cashier: source.searchParams.get('cashier') === 'auto' ? 'auto' : 'interactive',
		pollInterval: 1000
	};

	function invoke(callback, result) {
		if (typeof callback !== 'function') {
			return;
		}
		try {
			callback(result);
		}
		catch (error) {
			// a throwing callback must not stop complete() nor swallow the error
			setTimeout(function () { throw error; });
		}
	}

	/** Wraps an async implementation in the success / fail / complete / Promise conventions. */
	function api(run) {
		return function (options) {
			options = options || {};
			var outcome = run(options);
			var callbacks = ['success', 'fail', 'complete'].some(function (name) {
				return typeof options[name] === 'function';
			});
			if (!callbacks) {
				return outcome.then(function (answer) {
					return answer.ok ? answer.result : Promise.reject(answer.result);
				});
			}
			outcome.then(function (answer) {
				invoke(answer.ok ? options.success : options.fail, answer.result);
				invoke(options.complete, answer.result);
			});
			return undefined;
		};
	}

	function failure(name, reason, errCode) {
		var result = { errMsg: name + ':fail ' + reason };
		if (errCode !== undefined) {
			result.errCode = errCode;
		}
		return { ok: false, result: result };
	}

	function missingSetting() {
		if (!settings.appId) {
			return 'sandbox: no appId; load wx.js?appId=... or call wx.sandbox.configure({appId: ...})';
		}
		if (!settings.userId) {
			return 'sandbox: no user signed in to the host app; call wx.sandbox.setUser(...)';
		}
		return null;
	}

	async function post(path, body, headers) {
		var response = await fetch(settings.baseUrl + path, {
			method: 'POST',
			headers: Object.assign({ 'Content-Type': 'application/json', Accept: 'application/json' }, headers || {}),
			body: JSON.stringify(body)
		});
		var answer = await response.json().catch(function () { return null; });
		return { status: response.status, ok: response.ok, answer: answer };
	}

	async function login() {
		var missing = missingSetting();
		if (missing) {
			return failure('login', missing);
		}
		try {
			var reply = await post('/sandbox/wx/login', { appId: settings.appId, userId: settings.userId });
			if (reply.ok && reply.answer && reply.answer.code) {
				return { ok: true, result: { errMsg: 'login:ok', code: reply.answer.code } };
			}
			var detail = (reply.answer && reply.answer.detail) || ('HTTP ' + reply.status);
			return failure('login', detail);
		}
		catch (error) {
			return failure('login', 'sandbox unreachable at ' + settings.baseUrl);
		}
	}

	function payment(name) {
		return async function (options) {
			var missing = missingSetting();
			if (missing) {
				return failure(name, missing, SHIM_FAILURE);
			}
			var body = {
				appId: settings.appId,
				userId: settings.userId,
				signData: options.signData,
				paySig: options.paySig,
				signature: options.signature
			};
			if (options.mode !== undefined) {
				body.mode = options.mode;
			}
			var headers = settings.cashier === 'interactive' ? { 'X-Sandbox-Cashier': 'pending' } : {};
			var reply;
			try {
				reply = await post('/sandbox/wx/' + name, body, headers);
			}
			catch (error) {
				return failure(name, 'sandbox unreachable at ' + settings.baseUrl, SHIM_FAILURE);
			}
			var answer = reply.answer;
			if (!answer || typeof answer.errMsg !== 'string') {
				return failure(name, 'unexpected answer HTTP ' + reply.status, SHIM_FAILURE);
			}
			if (reply.status === 202) {
				sandbox.lastPayment = { paymentId: answer.paymentId, cashierUrl: settings.baseUrl + answer.cashierUrl };
				return atCashier(answer.paymentId, settings.baseUrl + answer.cashierUrl);
			}
			return { ok: reply.ok && answer.errCode === undefined, result: answer };
		};
	}

	/** Shows the cashier over the page and waits until the user (or anyone else) settles it. */
	function atCashier(paymentId, cashierUrl) {
		return new Promise(function (resolve) {
			var overlay = openOverlay(cashierUrl);
			var mockOrigin = new URL(settings.baseUrl).origin;
			var done = false;
			var timer = null;

			function finish(result) {
				if (done) {
					return;
				}
				done = true;
				clearTimeout(timer);
				global.removeEventListener('message', onMessage);
				overlay.remove();
				resolve({ ok: result.errCode === undefined, result: result });
			}

			async function check() {
				clearTimeout(timer);
				try {
					var response = await fetch(settings.baseUrl + '/sandbox/cashier/' + encodeURIComponent(paymentId)
						+ '/result', { headers: { Accept: 'application/json' } });
					var outcome = response.ok ? await response.json() : null;
					if (outcome && outcome.settled) {
						finish(outcome.result);
						return;
					}
				}
				catch (error) {
					// the mock may be restarting: keep waiting
				}
				if (!done) {
					timer = setTimeout(check, settings.pollInterval);
				}
			}

			function onMessage(event) {
				var data = event.data;
				if (event.origin === mockOrigin && data && data.type === MESSAGE_TYPE && data.paymentId === paymentId) {
					check();
				}
			}

			global.addEventListener('message', onMessage);
			check();
		});
	}

	function openOverlay(cashierUrl) {
		var overlay = document.createElement('div');
		overlay.className = 'vpay-sandbox-cashier';
		overlay.setAttribute('role', 'dialog');
		overlay.setAttribute('aria-modal', 'true');
		overlay.setAttribute('aria-label', 'Super app cashier (sandbox)');
		overlay.style.cssText = 'position:fixed;inset:0;z-index:2147483000;display:flex;align-items:flex-end;'
			+ 'justify-content:center;background:rgba(15,20,30,0.55);';
		var frame = document.createElement('iframe');
		frame.src = cashierUrl + (cashierUrl.indexOf('?') < 0 ? '?' : '&') + 'embedded=1';
		frame.title = 'Super app cashier (sandbox)';
		frame.name = 'vpay-sandbox-cashier';
		frame.style.cssText = 'width:min(480px,100%);height:min(480px,92vh);border:0;border-radius:14px 14px 0 0;'
			+ 'background:#fff;box-shadow:0 -4px 24px rgba(0,0,0,0.3);';
		overlay.appendChild(frame);
		document.body.appendChild(overlay);
		frame.focus();
		return overlay;
	}

	var sandbox = {
		/** Changes any of baseUrl, appId, userId, cashier ('interactive' or 'auto'), pollInterval (ms). */
		configure: function (options) {
			['baseUrl', 'appId', 'userId', 'cashier', 'pollInterval'].forEach(function (key) {
				if (options && options[key] !== undefined) {
					settings[key] = options[key];
				}
			});
			settings.baseUrl = String(settings.baseUrl).replace(/\/+$/, '');
			return sandbox.settings();
		},
		/** Signs a super app user in to the host app: wx.login and the payments act for them. */
		setUser: function (userId) {
			return sandbox.configure({ userId: userId });
		},
		/** A copy of the settings in force. */
		settings: function () {
			return Object.assign({}, settings);
		},
		/** The newest payment left at the interactive cashier: {paymentId, cashierUrl}. */
		lastPayment: null
	};

	var wx = global.wx || (global.wx = {});
	wx.login = api(login);
	wx.requestVirtualPayment = api(payment('requestVirtualPayment'));
	wx.requestMidasPaymentGameItem = api(payment('requestMidasPaymentGameItem'));
	wx.sandbox = sandbox;
}(window));
