package dev.vpaysandbox.web;

import org.junit.jupiter.api.Test;

import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;

import static org.assertj.core.api.Assertions.assertThat;

/** Problems carry a stable type, a title and a detail that is also the message. */
class ProblemsTests {

	@Test
	void typesAProblemBySlugAndTitlesItWithTheReasonPhrase() {
		ProblemException problem = Problems.exception(HttpStatus.CONFLICT, "payment-not-pending", "it is PAID");

		assertThat(problem.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
		assertThat(problem.getBody().getType()).hasToString("https://vpay-sandbox.dev/problems/payment-not-pending");
		assertThat(problem.getBody().getTitle()).isEqualTo("Conflict");
		assertThat(problem.getBody().getDetail()).isEqualTo("it is PAID");
		assertThat(problem.getMessage()).isEqualTo("it is PAID");
	}

	@Test
	void keepsATitleGivenForTheProblem() {
		assertThat(Problems.exception(HttpStatus.NOT_FOUND, "order-not-found", "Order not found", "none")
			.getBody()
			.getTitle()).isEqualTo("Order not found");
	}

	@Test
	void namesFrameworkErrorsByStatus() {
		assertThat(ProblemDetailsHandler.slugFor(HttpStatus.BAD_REQUEST)).isEqualTo("invalid-request");
		assertThat(ProblemDetailsHandler.slugFor(HttpStatus.NOT_FOUND)).isEqualTo("not-found");
		assertThat(ProblemDetailsHandler.slugFor(HttpStatus.METHOD_NOT_ALLOWED)).isEqualTo("method-not-allowed");
		assertThat(ProblemDetailsHandler.slugFor(HttpStatus.UNSUPPORTED_MEDIA_TYPE))
			.isEqualTo("unsupported-media-type");
		assertThat(ProblemDetailsHandler.slugFor(HttpStatus.SERVICE_UNAVAILABLE)).isEqualTo("internal-error");
		assertThat(ProblemDetailsHandler.slugFor(HttpStatusCode.valueOf(499))).isEqualTo("internal-error");
	}

}
