package dev.vpaysandbox.mock.system;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.CorsRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Lets a mini program's page served elsewhere (e.g. the demo page on order-service's
 * port) call the host app's JS-API stand-ins and the cashier from the browser, as the
 * super app's JS bridge would. No credentials: these calls carry none.
 */
@Configuration(proxyBeanMethods = false)
class CorsConfiguration implements WebMvcConfigurer {

	@Override
	public void addCorsMappings(CorsRegistry registry) {
		for (String path : new String[] { "/sandbox/wx/**", "/sandbox/cashier/**" }) {
			registry.addMapping(path)
				.allowedOrigins("*")
				.allowedMethods("GET", "POST")
				.allowedHeaders("*")
				.exposedHeaders("X-Sandbox-Payment-Id", "X-Sandbox-Scenario-Applied", "Location");
		}
	}

}
