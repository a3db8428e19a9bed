package dev.vpaysandbox.signing.signature;

import java.util.List;
import java.util.Objects;

import dev.vpaysandbox.signing.diagnosis.Hint;
import dev.vpaysandbox.signing.diagnosis.HintCode;
import dev.vpaysandbox.signing.diagnosis.SignatureDiagnosis;
import dev.vpaysandbox.signing.keys.KeyUsed;

/**
 * The outcome of verifying one signature: valid with the key that matched, or a
 * diagnosis.
 */
public sealed interface Verification {

	/** Whether the signature verified. */
	boolean isValid();

	/**
	 * The signature verified.
	 *
	 * @param key the key that matched
	 * @param notes what is worth reporting although accepted: upper-case hex, the
	 * previous key inside its grace window
	 */
	record Valid(KeyUsed key, List<Hint> notes) implements Verification {

		public Valid {
			Objects.requireNonNull(key, "key");
			notes = List.copyOf(notes);
		}

		@Override
		public boolean isValid() {
			return true;
		}

		/** Whether a note with this code was made. */
		public boolean hasNote(HintCode code) {
			return this.notes.stream().anyMatch((note) -> note.code() == code);
		}

	}

	/**
	 * The signature did not verify.
	 *
	 * @param diagnosis why, and what the verifier could prove
	 */
	record Invalid(SignatureDiagnosis diagnosis) implements Verification {

		public Invalid {
			Objects.requireNonNull(diagnosis, "diagnosis");
		}

		@Override
		public boolean isValid() {
			return false;
		}

	}

}
