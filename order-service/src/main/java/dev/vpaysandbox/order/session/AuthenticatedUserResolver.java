package dev.vpaysandbox.order.session;

import java.util.List;

import org.springdoc.core.utils.SpringDocUtils;

import org.springframework.context.annotation.Configuration;
import org.springframework.core.MethodParameter;
import org.springframework.http.HttpHeaders;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/** Supplies {@link AuthenticatedUser} controller parameters from the bearer token. */
@Configuration(proxyBeanMethods = false)
class AuthenticatedUserResolver implements HandlerMethodArgumentResolver, WebMvcConfigurer {

	static {
		// The user comes from the Authorization header, not from a parameter or body.
		SpringDocUtils.getConfig().addRequestWrapperToIgnore(AuthenticatedUser.class);
	}

	private final Sessions sessions;

	AuthenticatedUserResolver(Sessions sessions) {
		this.sessions = sessions;
	}

	@Override
	public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
		resolvers.add(this);
	}

	@Override
	public boolean supportsParameter(MethodParameter parameter) {
		return parameter.getParameterType() == AuthenticatedUser.class;
	}

	@Override
	public Object resolveArgument(MethodParameter parameter, ModelAndViewContainer container, NativeWebRequest request,
			WebDataBinderFactory binderFactory) {
		return this.sessions.authenticate(request.getHeader(HttpHeaders.AUTHORIZATION));
	}

}
