package dev.vpaysandbox.mock.chaos;

import jakarta.validation.constraints.NotBlank;

/**
 * A scenario to set.
 *
 * @param spec the faults, e.g. {@code duplicate=2, delay=10s@30%} ({@code none} for no
 * fault, which also overrides the app's scenario for an item)
 * @param seed the seed of percentage draws; absent: the spec's {@code seed=}, else random
 */
record ScenarioRequest(@NotBlank String spec, Long seed) {
}
