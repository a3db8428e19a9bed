package dev.vpaysandbox.mock.apps;

import java.time.Clock;

import dev.vpaysandbox.signing.signature.Verifier;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** signing-core in this app: one verifier over the stored appKeys and the app's clock. */
@Configuration(proxyBeanMethods = false)
class SigningConfiguration {

	@Bean
	Verifier verifier(AppKeyStore keys, Clock clock) {
		return new Verifier(keys, clock);
	}

}
