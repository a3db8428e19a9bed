package dev.vpaysandbox.order.system;

import dev.vpaysandbox.web.BodySizeLimitFilter;

import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.http.HttpHeaders;
import org.springframework.web.servlet.HandlerExceptionResolver;
import org.springframework.web.servlet.config.annotation.CorsRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Request size limits and CORS: the demo page and the mock's pages call {@code /api/**}
 * from other origins.
 */
@Configuration(proxyBeanMethods = false)
class WebConfiguration implements WebMvcConfigurer {

	private final OrderServiceProperties.Web web;

	WebConfiguration(OrderServiceProperties properties) {
		this.web = properties.web();
	}

	/**
	 * Refuses bodies over {@code vpay.order.web.max-request-size} with 413 before a
	 * controller reads them: a problem {@code request-too-large}, or the notification
	 * receiver's envelope.
	 */
	@Bean
	FilterRegistrationBean<BodySizeLimitFilter> bodySizeLimitFilter(
			@Qualifier("handlerExceptionResolver") HandlerExceptionResolver errors) {
		FilterRegistrationBean<BodySizeLimitFilter> registration = new FilterRegistrationBean<>(
				new BodySizeLimitFilter(this.web.maxRequestSize().toBytes(), "request-too-large", errors));
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 10);
		return registration;
	}

	@Override
	public void addCorsMappings(CorsRegistry registry) {
		registry.addMapping("/api/**")
			.allowedOrigins(this.web.allowedOrigins().toArray(String[]::new))
			.allowedMethods("GET", "POST")
			.allowedHeaders(HttpHeaders.AUTHORIZATION, HttpHeaders.CONTENT_TYPE)
			.exposedHeaders(HttpHeaders.LOCATION)
			.maxAge(3600);
	}

}
