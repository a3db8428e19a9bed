package dev.vpaysandbox.order.system;

import java.time.Clock;

import tools.jackson.core.StreamReadFeature;

import org.springframework.boot.context.properties.ConfigurationPropertiesBinding;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.jackson.autoconfigure.JsonMapperBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/** The clock, the configuration, scheduling and strict JSON. */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
@EnableConfigurationProperties(OrderServiceProperties.class)
class SystemConfiguration {

	@Bean
	Clock clock() {
		return Clock.systemUTC();
	}

	@Bean
	@ConfigurationPropertiesBinding
	static SecretConverter secretConverter() {
		return new SecretConverter();
	}

	/**
	 * A request body with a key twice (two {@code quantity}s) is malformed, as the
	 * platform refuses signData with duplicate keys, instead of silently meaning the
	 * last.
	 */
	@Bean
	JsonMapperBuilderCustomizer strictDuplicateKeys() {
		return (builder) -> builder.enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION);
	}

}
