/* The inspector's signature debugger: POST /sandbox/signatures/explain, shown in words. */
(function () {
	'use strict';

	var el = vpay.el;
	var $ = function (id) { return document.getElementById(id); };
	var inspector = window.vpayInspector;

	function keySource() {
		return document.querySelector('input[name="keySource"]:checked').value;
	}

	function sync() {
		var pasted = keySource() === 'pasted';
		var signature = $('dbg-kind').value === 'signature';
		$('dbg-app-fields').hidden = pasted;
		$('dbg-key-field').hidden = !pasted;
		$('dbg-user-field').hidden = pasted || !signature;
		$('dbg-env-field').hidden = signature;
		$('dbg-key').labels[0].textContent = signature ? 'session_key' : 'appKey';
	}

	function request() {
		var body = {
			kind: $('dbg-kind').value,
			method: $('dbg-method').value,
			signData: $('dbg-sign-data').value,
			hex: $('dbg-hex').value.trim()
		};
		if (keySource() === 'pasted') {
			body.key = $('dbg-key').value;
		}
		else {
			body.appId = $('dbg-app').value;
			if (body.kind === 'signature') {
				body.userId = $('dbg-user').value.trim();
			}
		}
		if (body.kind === 'paySig' && $('dbg-env').value !== '') {
			body.env = Number($('dbg-env').value);
		}
		return body;
	}

	function render(answer) {
		var problems = answer.signDataProblems || [];
		return el('div', { class: 'card', id: 'debugger-answer', 'data-valid': String(answer.valid) },
			el('p', { class: 'verdict' }, answer.valid ? vpay.badge('ok') : vpay.badge('fail'), ' ',
				answer.kind + (answer.valid ? ' verifies' : ' does not verify')
				+ (answer.env !== undefined ? ' (appKey env ' + answer.env + ')' : '')
				+ (answer.keySource === 'pasted' ? ' with the pasted key' : " with the app's own key")),
			answer.valid
				? el('div', {}, el('p', {}, answer.summary),
					(answer.notes || []).map(function (note) {
						return el('p', { class: 'hint' }, el('code', {}, note.code), ' ', note.message);
					}))
				: inspector.signatureReport(answer.diagnosis),
			problems.length ? el('div', {},
				el('h3', {}, 'signData breaks these rules too'),
				el('ul', {}, problems.map(function (problem) {
					return el('li', {}, el('code', {}, problem.errCode), ' ', problem.field ? problem.field + ': ' : '', problem.message);
				}))) : null);
	}

	$('debugger-form').addEventListener('submit', async function (event) {
		event.preventDefault();
		var result = $('debugger-result');
		vpay.fill(result, el('p', { class: 'muted' }, 'Verifying…'));
		try {
			var answer = await inspector.api('/sandbox/signatures/explain', {
				method: 'POST',
				headers: { 'Content-Type': 'application/json' },
				body: JSON.stringify(request())
			});
			vpay.fill(result, render(answer));
		}
		catch (error) {
			vpay.fill(result, el('p', { class: 'notice error' }, error.message));
		}
	});

	document.querySelectorAll('input[name="keySource"]').forEach(function (radio) {
		radio.addEventListener('change', sync);
	});
	$('dbg-kind').addEventListener('change', sync);
	document.addEventListener('vpay:apps', function (event) {
		var current = $('dbg-app').value;
		vpay.fill($('dbg-app'), event.detail.map(function (app) {
			return el('option', { value: app.appId, selected: app.appId === current }, app.appId);
		}));
	});
	sync();
}());
