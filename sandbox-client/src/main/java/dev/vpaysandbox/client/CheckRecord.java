package dev.vpaysandbox.client;

import java.time.Instant;
import java.util.List;

/**
 * One pre-order check, refused ones included, as the sandbox keeps them in memory.
 *
 * @param at when it ran
 * @param method the JS API called
 * @param appId the app named, if any
 * @param userId the user named, if any
 * @param outTradeNo the outTradeNo, if signData parsed
 * @param errCode 0 when accepted
 * @param outcome paid, pending, declined, cancelled or rejected
 * @param paymentId the payment, when accepted
 * @param notes what an accepted call's verifiers reported
 * @param diagnosis why a call was refused, or {@code null}
 */
public record CheckRecord(Instant at, String method, String appId, String userId, String outTradeNo, int errCode,
		String outcome, String paymentId, List<Note> notes, Diagnosis diagnosis) {
}
