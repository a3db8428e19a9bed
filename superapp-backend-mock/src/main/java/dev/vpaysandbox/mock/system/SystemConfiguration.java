package dev.vpaysandbox.mock.system;

import java.time.Clock;
import java.time.Duration;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityScheme;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The mock's clock, settings and OpenAPI description. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(MockProperties.class)
class SystemConfiguration {

	/**
	 * Every timestamp and expiry reads this clock; tests replace it with a movable one.
	 */
	@Bean
	Clock clock() {
		return Clock.systemUTC();
	}

	@Bean
	OpenAPI mockOpenApi() {
		return new OpenAPI()
			.info(new Info().title("superapp-backend-mock")
				.description("The super app's backend and payment platform, simulated: protocol endpoints "
						+ "(/openserver, /sandbox/wx, /xpay) and the sandbox control API (/sandbox)."))
			.components(new Components().addSecuritySchemes(AdminToken.SECURITY_SCHEME,
					new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("bearer")));
	}

}
