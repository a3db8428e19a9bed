package dev.vpaysandbox.signing.signdata;

import java.util.Comparator;
import java.util.Objects;

/**
 * One broken signData rule: the code it maps to, the JSON field at fault ({@code null}
 * when the whole text is at fault) and a message that never repeats the payload.
 *
 * @param code the protocol code
 * @param field the field's JSON name, or {@code null}
 * @param message what is wrong and what is expected
 */
public record Violation(ViolationCode code, String field, String message) {

	/**
	 * Orders violations as the pre-order check reports them: by code, then field order.
	 */
	public static final Comparator<Violation> REPORTING_ORDER = Comparator.comparing(Violation::code)
		.thenComparing(Violation::fieldOrder);

	public Violation {
		Objects.requireNonNull(code, "code");
		Objects.requireNonNull(message, "message");
	}

	static Violation notAJsonObject(String message) {
		return new Violation(ViolationCode.NOT_A_JSON_OBJECT, null, message);
	}

	static Violation missing(SignDataField field, String message) {
		return new Violation(ViolationCode.MISSING_FIELD, field.jsonName(), message);
	}

	static Violation invalid(String field, String message) {
		return new Violation(ViolationCode.INVALID_FIELD, field, message);
	}

	private int fieldOrder() {
		SignDataField known = (this.field != null) ? SignDataField.byJsonName(this.field) : null;
		return (known != null) ? known.ordinal() : SignDataField.values().length;
	}

}
