package dev.vpaysandbox.order.system;

import dev.vpaysandbox.signing.keys.Secret;

import org.springframework.core.convert.converter.Converter;

/** Binds configured secret texts to {@link Secret}, which never prints itself. */
class SecretConverter implements Converter<String, Secret> {

	@Override
	public Secret convert(String source) {
		return Secret.of(source);
	}

}
