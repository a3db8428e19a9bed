package dev.vpaysandbox.mock.system;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityScheme;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The mock's settings and OpenAPI description (its clock is the test clock's). */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(MockProperties.class)
class SystemConfiguration {

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
