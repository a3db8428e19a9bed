package dev.vpaysandbox.mock.system;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

import dev.vpaysandbox.signing.protocol.Env;
import dev.vpaysandbox.signing.protocol.OutTradeNo;

/**
 * How the protocol's values are stored: an {@link Env} as its integer, an
 * {@link OutTradeNo} as its text. Applied to every entity attribute of those types.
 */
public final class ProtocolValueColumns {

	private ProtocolValueColumns() {
	}

	/** An env column: 0 production, 1 sandbox. */
	@Converter(autoApply = true)
	public static final class EnvColumn implements AttributeConverter<Env, Integer> {

		@Override
		public Integer convertToDatabaseColumn(Env env) {
			return (env != null) ? env.code() : null;
		}

		@Override
		public Env convertToEntityAttribute(Integer code) {
			return (code != null) ? Env.of(code) : null;
		}

	}

	/** An outTradeNo column. */
	@Converter(autoApply = true)
	public static final class OutTradeNoColumn implements AttributeConverter<OutTradeNo, String> {

		@Override
		public String convertToDatabaseColumn(OutTradeNo number) {
			return (number != null) ? number.value() : null;
		}

		@Override
		public OutTradeNo convertToEntityAttribute(String text) {
			return (text != null) ? new OutTradeNo(text) : null;
		}

	}

}
