package dev.vpaysandbox.mock.notify;

import dev.vpaysandbox.mock.system.SecureRandoms;

/** Names this mock instance as a lease owner: its process id and a random tag. */
final class InstanceName {

	private InstanceName() {
	}

	static String create() {
		return "mock-" + ProcessHandle.current().pid() + "-" + SecureRandoms.hex(3);
	}

}
