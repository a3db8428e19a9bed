package dev.vpaysandbox.mock.system;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityScheme;

import dev.vpaysandbox.web.BodySizeLimitFilter;

import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.web.servlet.HandlerExceptionResolver;

/**
 * The mock's settings, request size limit and OpenAPI description (its clock is the test
 * clock's).
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(MockProperties.class)
class SystemConfiguration {

	/**
	 * Refuses bodies over {@code vpay.mock.max-body-size} with 413 before a controller
	 * reads them: a problem {@code payload-too-large}, or a protocol path's envelope.
	 */
	@Bean
	FilterRegistrationBean<BodySizeLimitFilter> bodySizeLimitFilter(MockProperties properties,
			@Qualifier("handlerExceptionResolver") HandlerExceptionResolver errors) {
		FilterRegistrationBean<BodySizeLimitFilter> registration = new FilterRegistrationBean<>(
				new BodySizeLimitFilter(properties.maxBodySize().toBytes(), "payload-too-large", errors));
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 10);
		return registration;
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
