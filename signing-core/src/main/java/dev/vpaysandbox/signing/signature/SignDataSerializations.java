package dev.vpaysandbox.signing.signature;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import dev.vpaysandbox.signing.protocol.PayMethod;
import dev.vpaysandbox.signing.signdata.JsonWhitespace;
import dev.vpaysandbox.signing.signdata.ParsedSignData;
import dev.vpaysandbox.signing.signdata.SignDataParser;

/**
 * Other texts a signer may have signed for the same signData: the compact form of a
 * pretty-printed text, and the canonical field order.
 */
final class SignDataSerializations {

	private SignDataSerializations() {
	}

	static List<String> alternatives(String signData, PayMethod method) {
		Set<String> texts = new LinkedHashSet<>();
		texts.add(JsonWhitespace.compact(signData));
		if (SignDataParser.parse(signData, method) instanceof ParsedSignData.Valid valid) {
			texts.add(valid.data().toJson());
		}
		texts.remove(signData);
		return List.copyOf(texts);
	}

}
