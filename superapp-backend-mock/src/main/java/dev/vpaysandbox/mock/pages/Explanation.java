package dev.vpaysandbox.mock.pages;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

import dev.vpaysandbox.mock.payment.Diagnosis.FieldProblem;
import dev.vpaysandbox.mock.payment.Diagnosis.HintReport;
import dev.vpaysandbox.mock.payment.Diagnosis.KeyReport;
import dev.vpaysandbox.mock.payment.Diagnosis.SignatureReport;

/**
 * The debugger's answer: whether the signature verifies and, if not, what the mock signed
 * and what it could prove about the mistake, exactly as the pre-order check would report
 * it. Never holds a key, an expected signature or the string to sign.
 *
 * @param kind {@code paySig} or {@code signature}
 * @param valid whether it verifies
 * @param keySource {@code app} (the mock's stored key) or {@code pasted}
 * @param env the appKey's env for paySig, {@code null} for signature
 * @param key the key that matched, when valid
 * @param notes what was accepted but is worth fixing, when valid
 * @param diagnosis why it does not verify, when invalid
 * @param summary the same in words
 * @param signDataProblems signData's broken field rules, which the pre-order check would
 * refuse before any signature (empty when none)
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
record Explanation(String kind, boolean valid, String keySource, Integer env, KeyReport key, List<HintReport> notes,
		SignatureReport diagnosis, String summary, List<FieldProblem> signDataProblems) {

}
