/*
 * The test clock in the inspector's header: while the mock's clock is moved ahead of the
 * system's time (POST /sandbox/clock/advance), a tag says by how much, so times shown in
 * the panes are not mistaken for real ones. Hidden at offset zero, and when the clock's
 * control API is switched off (vpay.mock.clock.controllable=false answers 404).
 */
(function () {
	'use strict';

	var inspector = window.vpayInspector;
	var off = false;

	/** "PT25H0.5S" as "+25 h 00 min", "P2DT3H" as "+2 d 3 h 00 min". */
	function ahead(offset) {
		var match = /^P(?:(\d+)D)?(?:T(?:(\d+)H)?(?:(\d+)M)?(?:([\d.]+)S)?)?$/.exec(offset);
		if (!match) {
			return offset;
		}
		var seconds = (+(match[1] || 0)) * 86400 + (+(match[2] || 0)) * 3600 + (+(match[3] || 0)) * 60
			+ Math.floor(+(match[4] || 0));
		var days = Math.floor(seconds / 86400);
		var hours = Math.floor((seconds % 86400) / 3600);
		var minutes = Math.floor((seconds % 3600) / 60);
		return '+' + (days ? days + ' d ' : '') + hours + ' h ' + (minutes < 10 ? '0' : '') + minutes + ' min'
			+ (seconds < 60 ? ' ' + seconds + ' s' : '');
	}

	inspector.register({
		name: 'clock',
		every: 2000,
		refresh: async function () {
			if (off) {
				return;
			}
			var tag = document.getElementById('clock-offset');
			var clock;
			try {
				clock = await inspector.api('/sandbox/clock');
			}
			catch (error) {
				if (error.status === 404) {
					off = true;
					tag.hidden = true;
					return;
				}
				throw error;
			}
			var moved = clock.offset !== 'PT0S';
			tag.hidden = !moved;
			tag.textContent = moved ? 'test clock ' + ahead(clock.offset) : '';
			tag.title = moved ? 'The mock\u2019s clock reads ' + clock.now + ' (offset ' + clock.offset
				+ '); POST /sandbox/clock/reset sets it back.' : '';
		}
	});
}());
