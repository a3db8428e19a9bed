package dev.vpaysandbox.mock.system;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses any request body over {@code vpay.mock.max-body-size} with 413 before a
 * controller reads it: by its declared length, or, for a chunked body, by reading at most
 * one byte past the limit.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
class BodySizeLimitFilter extends OncePerRequestFilter {

	private final long maxBytes;

	private final JsonErrorWriter errors;

	BodySizeLimitFilter(MockProperties properties, JsonErrorWriter errors) {
		this.maxBytes = properties.maxBodySize().toBytes();
		this.errors = errors;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		long declared = request.getContentLengthLong();
		if (declared > this.maxBytes) {
			reject(request, response);
			return;
		}
		if (declared < 0 && request.getHeader("Transfer-Encoding") != null) {
			byte[] body = request.getInputStream().readNBytes((int) Math.min(Integer.MAX_VALUE - 8, this.maxBytes + 1));
			if (body.length > this.maxBytes) {
				reject(request, response);
				return;
			}
			chain.doFilter(new BufferedBodyRequest(request, body), response);
			return;
		}
		chain.doFilter(request, response);
	}

	private void reject(HttpServletRequest request, HttpServletResponse response) throws IOException {
		this.errors.write(response, request.getRequestURI(), HttpStatus.CONTENT_TOO_LARGE, "payload-too-large",
				"request body larger than " + this.maxBytes + " bytes");
	}

	/** A request whose body has been read into memory already. */
	private static final class BufferedBodyRequest extends HttpServletRequestWrapper {

		private final byte[] body;

		BufferedBodyRequest(HttpServletRequest request, byte[] body) {
			super(request);
			this.body = body;
		}

		@Override
		public int getContentLength() {
			return this.body.length;
		}

		@Override
		public long getContentLengthLong() {
			return this.body.length;
		}

		@Override
		public ServletInputStream getInputStream() {
			InputStream in = new ByteArrayInputStream(this.body);
			return new ServletInputStream() {

				@Override
				public int read() throws IOException {
					return in.read();
				}

				@Override
				public int read(byte[] buffer, int offset, int length) throws IOException {
					return in.read(buffer, offset, length);
				}

				@Override
				public boolean isFinished() {
					return false;
				}

				@Override
				public boolean isReady() {
					return true;
				}

				@Override
				public void setReadListener(ReadListener listener) {
					throw new UnsupportedOperationException("the body is already buffered");
				}

			};
		}

	}

}
