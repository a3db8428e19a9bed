package dev.vpaysandbox.mock.notify;

import java.io.ByteArrayOutputStream;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Flow;

/**
 * Reads an answer's body but keeps only its first bytes, so that a receiver answering
 * with something huge costs no memory.
 */
final class LimitedBodySubscriber implements HttpResponse.BodySubscriber<byte[]> {

	private final CompletableFuture<byte[]> body = new CompletableFuture<>();

	private final ByteArrayOutputStream kept = new ByteArrayOutputStream();

	private final int limit;

	LimitedBodySubscriber(int limit) {
		this.limit = limit;
	}

	@Override
	public CompletionStage<byte[]> getBody() {
		return this.body;
	}

	@Override
	public void onSubscribe(Flow.Subscription subscription) {
		subscription.request(Long.MAX_VALUE);
	}

	@Override
	public void onNext(List<ByteBuffer> buffers) {
		for (ByteBuffer buffer : buffers) {
			int room = this.limit - this.kept.size();
			int take = Math.min(room, buffer.remaining());
			if (take > 0) {
				byte[] bytes = new byte[take];
				buffer.get(bytes);
				this.kept.write(bytes, 0, take);
			}
		}
	}

	@Override
	public void onError(Throwable error) {
		this.body.completeExceptionally(error);
	}

	@Override
	public void onComplete() {
		this.body.complete(this.kept.toByteArray());
	}

}
