/* Small helpers the mock's pages share: building elements, money in minor units, times. */
(function (global) {
	'use strict';

	/** el('td', {class: 'x'}, 'text', child, ...): an element with attributes and children. */
	function el(tag, attributes) {
		var element = document.createElement(tag);
		Object.keys(attributes || {}).forEach(function (name) {
			var value = attributes[name];
			if (value === undefined || value === null || value === false) {
				return;
			}
			if (name.indexOf('on') === 0 && typeof value === 'function') {
				element.addEventListener(name.substring(2), value);
			}
			else {
				element.setAttribute(name, value === true ? '' : String(value));
			}
		});
		Array.prototype.slice.call(arguments, 2).forEach(function (child) {
			append(element, child);
		});
		return element;
	}

	function append(element, child) {
		if (child === undefined || child === null || child === false) {
			return;
		}
		if (Array.isArray(child)) {
			child.forEach(function (each) { append(element, each); });
			return;
		}
		element.appendChild(child instanceof Node ? child : document.createTextNode(String(child)));
	}

	function fractionDigits(currency) {
		try {
			return new Intl.NumberFormat('en', { style: 'currency', currency: currency })
				.resolvedOptions().maximumFractionDigits;
		}
		catch (error) {
			return 2;
		}
	}

	/** An amount in minor units as text, e.g. money(598, 'USD') is 'USD 5.98'; integer arithmetic only. */
	function money(minor, currency) {
		var digits = fractionDigits(currency);
		var negative = minor < 0;
		var text = String(Math.abs(minor));
		if (digits > 0) {
			text = text.padStart(digits + 1, '0');
			text = text.slice(0, -digits) + '.' + text.slice(-digits);
		}
		return currency + ' ' + (negative ? '-' : '') + text;
	}

	/** An ISO instant as local date and time, or '' for none. */
	function time(instant) {
		if (!instant) {
			return '';
		}
		var date = new Date(instant);
		return isNaN(date) ? String(instant) : date.toLocaleString();
	}

	function badge(status) {
		return el('span', { class: 'badge ' + status }, status);
	}

	/** Replaces an element's children. */
	function fill(element) {
		element.replaceChildren();
		append(element, Array.prototype.slice.call(arguments, 1));
		return element;
	}

	global.vpay = { el: el, money: money, time: time, badge: badge, fill: fill };
}(window));
