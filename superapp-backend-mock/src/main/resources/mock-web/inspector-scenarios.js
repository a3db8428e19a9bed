/*
 * The inspector's chaos scenarios: those set per app and item (GET /sandbox/scenarios),
 * and the fault catalogue (GET /sandbox/scenarios/faults, read once).
 */
(function () {
	'use strict';

	var el = vpay.el;
	var $ = function (id) { return document.getElementById(id); };
	var inspector = window.vpayInspector;
	var catalogueLoaded = false;

	var pane = {
		name: 'scenarios',
		every: 3000,
		updated: 'scenarios-updated',
		refresh: async function () {
			if (!catalogueLoaded) {
				renderFaults(await inspector.api('/sandbox/scenarios/faults'));
				catalogueLoaded = true;
			}
			var scenarios = await inspector.api('/sandbox/scenarios');
			if (inspector.changed(pane, scenarios)) {
				render(scenarios);
			}
		}
	};

	function rule(fault) {
		return el('li', {}, el('code', {}, fault.fault + (fault.argument !== null && fault.argument !== undefined ? '=' + fault.argument : '')),
			fault.percent < 100 ? ' for ' + fault.percent + '% of payments' : ' for every payment',
			el('span', { class: 'muted small' }, ' · ' + (fault.stage === 'NOTIFICATION' ? 'notification' : 'payment call')));
	}

	function render(scenarios) {
		$('scenarios-empty').hidden = scenarios.length > 0;
		vpay.fill($('scenarios-rows'), scenarios.map(function (scenario) {
			return el('tr', { 'data-app-id': scenario.appId, 'data-product-id': scenario.productId || '' },
				el('td', {}, scenario.appId),
				el('td', {}, scenario.productId || el('span', { class: 'muted' }, 'every item')),
				el('td', {}, scenario.faults.length
					? el('ul', { class: 'plain' }, scenario.faults.map(rule))
					: el('span', {}, el('code', {}, 'none'), ' (no fault: overrides the app\'s)')),
				el('td', { class: 'mono' }, scenario.seed),
				el('td', {}, scenario.draws),
				el('td', {}, el('code', {}, 'X-Sandbox-Scenario: ' + scenario.header)),
				el('td', {}, vpay.time(scenario.updatedAt)));
		}));
	}

	function renderFaults(faults) {
		$('fault-catalogue').querySelector('summary').textContent = 'Fault catalogue (' + faults.length + ' faults)';
		vpay.fill($('faults-rows'), faults.map(function (fault) {
			return el('tr', { 'data-fault': fault.fault },
				el('td', {}, el('code', {}, fault.fault)),
				el('td', {}, fault.stage === 'NOTIFICATION' ? 'notification' : 'payment call'),
				el('td', {}, el('code', {}, fault.example)),
				el('td', {}, fault.effect),
				el('td', {}, fault.receiverMust));
		}));
	}

	inspector.register(pane);
}());
