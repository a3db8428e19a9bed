package dev.vpaysandbox.mock;

import java.beans.Introspector;
import java.util.List;
import java.util.Set;

import jakarta.persistence.Entity;
import org.junit.jupiter.api.Test;

import dev.vpaysandbox.mock.system.AdminToken;
import dev.vpaysandbox.mock.system.AssignedIdEntity;
import dev.vpaysandbox.mock.system.ProtocolEnvelopes;
import dev.vpaysandbox.mock.system.ProtocolValueColumns;
import dev.vpaysandbox.mock.system.RequestAttributes;
import dev.vpaysandbox.signing.protocol.Env;
import dev.vpaysandbox.signing.protocol.OutTradeNo;
import dev.vpaysandbox.testing.ServiceConventionsTest;

import org.springframework.data.domain.Persistable;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noFields;

/** The mock keeps the conventions of docs/ARCHITECTURE.md, and its own value rules. */
class ConventionsTests extends ServiceConventionsTest {

	ConventionsTests() {
		super("dev.vpaysandbox.mock");
	}

	/**
	 * Other packages use only the compile-time constants of AdminToken, ProtocolEnvelopes
	 * and RequestAttributes, which the compiler inlines; Hibernate finds the converters
	 * of ProtocolValueColumns by its scan; e2e-tests start the application.
	 */
	@Override
	protected Set<String> publicForOthers() {
		return Set.of(AdminToken.class.getName(), ProtocolEnvelopes.class.getName(), RequestAttributes.class.getName(),
				ProtocolValueColumns.class.getName(), SuperappBackendMockApplication.class.getName());
	}

	/**
	 * NotificationSchedule, the test clock's step through the outbox, watches the outbox
	 * every few milliseconds: the outbox is shared by every instance, so no condition of
	 * this one signals that a step is done.
	 */
	@Override
	protected Set<String> pollers() {
		return Set.of("dev.vpaysandbox.mock.notify.NotificationSchedule");
	}

	@Test
	void entitiesHoldProtocolValues() {
		for (Class<?> value : List.of(Env.class, OutTradeNo.class)) {
			String field = Introspector.decapitalize(value.getSimpleName());
			noFields().that()
				.haveName(field)
				.and()
				.areDeclaredInClassesThat()
				.areAnnotatedWith(Entity.class)
				.should()
				.notHaveRawType(value)
				.because("the mock's entities hold protocol values, stored by ProtocolValueColumns")
				.check(main());
		}
	}

	@Test
	void entitiesWithAssignedIdsShareOneBaseClass() {
		classes().that()
			.implement(Persistable.class)
			.and()
			.doNotHaveFullyQualifiedName(AssignedIdEntity.class.getName())
			.should()
			.beAssignableTo(AssignedIdEntity.class)
			.check(main());
	}

}
