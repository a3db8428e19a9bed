package dev.vpaysandbox.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import org.junit.jupiter.api.Test;

import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.web.ErrorResponse;
import org.springframework.web.servlet.HandlerExceptionResolver;
import org.springframework.web.servlet.ModelAndView;

import static org.assertj.core.api.Assertions.assertThat;

/** Bodies over the limit are refused through the service's resolver, others pass. */
class BodySizeLimitFilterTests {

	private final List<Exception> resolved = new ArrayList<>();

	private final HandlerExceptionResolver resolver = (request, response, handler, ex) -> {
		this.resolved.add(ex);
		return new ModelAndView();
	};

	private final BodySizeLimitFilter filter = new BodySizeLimitFilter(10, "too-big", this.resolver);

	@Test
	void refusesADeclaredLengthOverTheLimitWithoutCallingTheController() throws Exception {
		MockFilterChain chain = new MockFilterChain();

		this.filter.doFilter(post("0123456789A"), new MockHttpServletResponse(), chain);

		assertThat(chain.getRequest()).isNull();
		assertThat(this.resolved).singleElement().satisfies((ex) -> {
			ErrorResponse problem = (ErrorResponse) ex;
			assertThat(problem.getStatusCode().value()).isEqualTo(413);
			assertThat(problem.getBody().getType()).hasToString("https://vpay-sandbox.dev/problems/too-big");
			assertThat(ex.getMessage()).isEqualTo("the request body exceeds 10 bytes");
		});
	}

	@Test
	void refusesAChunkedBodyOnceItPassesTheLimit() throws Exception {
		MockFilterChain chain = new MockFilterChain();

		this.filter.doFilter(chunked("0123456789A"), new MockHttpServletResponse(), chain);

		assertThat(chain.getRequest()).isNull();
		assertThat(this.resolved).hasSize(1);
	}

	@Test
	void handsTheControllerAChunkedBodyWithinTheLimitWithItsLength() throws Exception {
		MockFilterChain chain = new MockFilterChain();

		this.filter.doFilter(chunked("0123456789"), new MockHttpServletResponse(), chain);

		ServletRequest passed = chain.getRequest();
		assertThat(passed.getContentLengthLong()).isEqualTo(10);
		assertThat(passed.getInputStream().readAllBytes()).asString(StandardCharsets.UTF_8).isEqualTo("0123456789");
		assertThat(passed.getReader().readLine()).isEqualTo("0123456789");
		assertThat(this.resolved).isEmpty();
	}

	@Test
	void passesABodyWithinTheLimitUntouched() throws Exception {
		MockFilterChain chain = new MockFilterChain();
		MockHttpServletRequest request = post("0123456789");

		this.filter.doFilter(request, new MockHttpServletResponse(), chain);

		assertThat(chain.getRequest()).isSameAs(request);
		assertThat(this.resolved).isEmpty();
	}

	@Test
	void sendsA413ItselfWhenNoHandlerAnswers() throws ServletException, IOException {
		BodySizeLimitFilter unanswered = new BodySizeLimitFilter(10, "too-big",
				(request, response, handler, ex) -> null);
		MockHttpServletResponse response = new MockHttpServletResponse();

		unanswered.doFilter(post("0123456789A"), response, new MockFilterChain());

		assertThat(response.getStatus()).isEqualTo(413);
	}

	private static MockHttpServletRequest post(String body) {
		MockHttpServletRequest request = new MockHttpServletRequest("POST", "/api/things");
		request.setContent(body.getBytes(StandardCharsets.UTF_8));
		return request;
	}

	private static MockHttpServletRequest chunked(String body) {
		MockHttpServletRequest request = new MockHttpServletRequest("POST", "/api/things") {

			@Override
			public int getContentLength() {
				return -1;
			}

			@Override
			public long getContentLengthLong() {
				return -1;
			}

		};
		request.setContent(body.getBytes(StandardCharsets.UTF_8));
		request.addHeader("Transfer-Encoding", "chunked");
		return request;
	}

}
