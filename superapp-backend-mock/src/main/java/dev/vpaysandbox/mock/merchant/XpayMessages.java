package dev.vpaysandbox.mock.merchant;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.MapperFeature;
import tools.jackson.databind.cfg.CoercionAction;
import tools.jackson.databind.cfg.CoercionInputShape;
import tools.jackson.databind.exc.ValueInstantiationException;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.type.LogicalType;

import org.springframework.stereotype.Component;

/**
 * Binds the verified bytes of a merchant-API body to its record ({@link XpayRequests}),
 * strictly: a string stays a string and a number a number (no {@code "5"} for 5, no
 * {@code 1.5} for an integer), as the protocol's fields are typed.
 */
@Component
class XpayMessages {

	private final JsonMapper strict;

	XpayMessages(JsonMapper json) {
		this.strict = json.rebuild()
			.disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
			.disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
			.disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
			.withCoercionConfig(LogicalType.Textual,
					(config) -> config.setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
						.setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
						.setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail))
			.build();
	}

	/**
	 * The body as a {@code type}.
	 * @throws InvalidBodyException naming what is wrong
	 */
	<T> T bind(byte[] body, Class<T> type) {
		try {
			return this.strict.readValue(body, type);
		}
		catch (ValueInstantiationException ex) {
			Throwable cause = (ex.getCause() != null) ? ex.getCause() : ex;
			throw new InvalidBodyException(cause.getMessage());
		}
		catch (DatabindException ex) {
			String field = ex.getPath().isEmpty() ? "the body"
					: ex.getPath().get(ex.getPath().size() - 1).getPropertyName();
			throw new InvalidBodyException(field + " has the wrong type");
		}
		catch (JacksonException ex) {
			throw new InvalidBodyException("a number in the body is out of range");
		}
	}

	/** A verified body that does not bind: bad parameter. */
	static final class InvalidBodyException extends RuntimeException {

		InvalidBodyException(String message) {
			super(message);
		}

	}

}
