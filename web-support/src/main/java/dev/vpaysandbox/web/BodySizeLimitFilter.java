package dev.vpaysandbox.web;

import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.HandlerExceptionResolver;
import org.springframework.web.servlet.ModelAndView;

/**
 * Refuses any request body over a limit with 413 before a controller reads it: by its
 * declared length, or, for a body without one (chunked), by reading at most one byte past
 * the limit into memory and handing the controller that copy. The refusal is a
 * {@link ProblemException} handed to the service's {@link HandlerExceptionResolver}, so
 * the service's {@link ProblemDetailsHandler} answers it as it answers any other error: a
 * problem detail, or a protocol path's envelope.
 */
public class BodySizeLimitFilter extends OncePerRequestFilter {

	private final long maxBytes;

	private final String slug;

	private final HandlerExceptionResolver errors;

	/**
	 * A filter refusing bodies over {@code maxBytes}.
	 * @param maxBytes the largest body accepted
	 * @param slug the problem type's slug of a refusal
	 * @param errors the service's exception resolver (the bean
	 * {@code handlerExceptionResolver})
	 */
	public BodySizeLimitFilter(long maxBytes, String slug, HandlerExceptionResolver errors) {
		this.maxBytes = maxBytes;
		this.slug = slug;
		this.errors = errors;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		long declared = request.getContentLengthLong();
		if (declared > this.maxBytes) {
			refuse(request, response);
			return;
		}
		if (declared < 0 && request.getHeader("Transfer-Encoding") != null) {
			byte[] body = request.getInputStream().readNBytes((int) Math.min(Integer.MAX_VALUE - 8, this.maxBytes + 1));
			if (body.length > this.maxBytes) {
				refuse(request, response);
				return;
			}
			chain.doFilter(new BufferedBodyRequest(request, body), response);
			return;
		}
		chain.doFilter(request, response);
	}

	private void refuse(HttpServletRequest request, HttpServletResponse response) throws IOException {
		ProblemException tooLarge = Problems.exception(HttpStatus.CONTENT_TOO_LARGE, this.slug, "Request too large",
				"the request body exceeds " + this.maxBytes + " bytes");
		ModelAndView handled = this.errors.resolveException(request, response, null, tooLarge);
		if (handled == null) {
			response.sendError(HttpStatus.CONTENT_TOO_LARGE.value(), tooLarge.getMessage());
		}
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
		public BufferedReader getReader() {
			String encoding = getCharacterEncoding();
			Charset charset = (encoding != null) ? Charset.forName(encoding) : StandardCharsets.ISO_8859_1;
			return new BufferedReader(new InputStreamReader(getInputStream(), charset));
		}

		@Override
		public ServletInputStream getInputStream() {
			ByteArrayInputStream in = new ByteArrayInputStream(this.body);
			return new ServletInputStream() {

				@Override
				public int read() {
					return in.read();
				}

				@Override
				public int read(byte[] buffer, int offset, int length) {
					return in.read(buffer, offset, length);
				}

				@Override
				public boolean isFinished() {
					return in.available() == 0;
				}

				@Override
				public boolean isReady() {
					return true;
				}

				@Override
				public void setReadListener(ReadListener listener) {
					throw new UnsupportedOperationException("the body is already in memory");
				}

			};
		}

	}

}
