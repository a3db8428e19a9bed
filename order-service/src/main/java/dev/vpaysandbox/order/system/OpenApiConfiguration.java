package dev.vpaysandbox.order.system;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityScheme;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The OpenAPI document's title and the bearer session scheme. */
@Configuration(proxyBeanMethods = false)
class OpenApiConfiguration {

	@Bean
	OpenAPI orderServiceOpenApi() {
		return new OpenAPI()
			.info(new Info().title("order-service")
				.description("The mini program's own backend: login, catalogue, orders, signing, delivery")
				.version("0.1.0"))
			.components(new Components().addSecuritySchemes(ApiDocs.SESSION_SCHEME,
					new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("bearer")));
	}

}
