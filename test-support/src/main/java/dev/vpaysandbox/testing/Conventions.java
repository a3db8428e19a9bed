package dev.vpaysandbox.testing;

import java.util.Set;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaAccess;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaMethodCall;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noFields;

/**
 * The conventions of docs/ARCHITECTURE.md that both services share, as ArchUnit rules;
 * each service's {@code ConventionsTests} checks them against its own classes. Types are
 * named, not imported, so this test helper needs neither service on its class path.
 */
public final class Conventions {

	private static final String REST_CONTROLLER = "org.springframework.web.bind.annotation.RestController";

	private Conventions() {
	}

	/**
	 * Packaging: a feature's web adapter lives in the feature, no {@code web/} packages.
	 */
	public static ArchRule noWebSubPackages() {
		return noClasses().should()
			.resideInAPackage("..web..")
			.because("controllers live in their feature package (docs/ARCHITECTURE.md, Packaging)");
	}

	/** Packaging: controllers are package-private. */
	public static ArchRule controllersArePackagePrivate() {
		return classes().that()
			.areAnnotatedWith(REST_CONTROLLER)
			.should()
			.notHaveModifier(JavaModifier.PUBLIC)
			.because("only a feature's API is public (docs/ARCHITECTURE.md, Packaging)");
	}

	/**
	 * Packaging: a public top-level type of main code is used from another package (main
	 * or test code), else it is package-private. Check it against main and test classes.
	 * @param allowed public types used in ways ArchUnit cannot see (constants inlined
	 * into annotations, applications started by another module)
	 */
	public static ArchRule publicTypesAreUsedOutsideTheirPackage(Set<String> allowed) {
		return classes().that()
			.arePublic()
			.and()
			.areTopLevelClasses()
			.and(DescribedPredicate.describe("not allowed explicitly",
					(JavaClass type) -> !allowed.contains(type.getName())))
			.should(new ArchCondition<>("be used outside their package") {
				@Override
				public void check(JavaClass type, ConditionEvents events) {
					boolean usedOutside = type.getPackage()
						.getClasses()
						.stream()
						.filter((member) -> member.equals(type) || member.getName().startsWith(type.getName() + "$"))
						.flatMap((member) -> member.getDirectDependenciesToSelf().stream())
						.anyMatch((dependency) -> !dependency.getOriginClass()
							.getPackageName()
							.equals(type.getPackageName()));
					if (!usedOutside) {
						events.add(SimpleConditionEvent.violated(type,
								type.getName() + " is public but only its own package uses it"));
					}
				}
			});
	}

	/** Problem details: every problem is a {@code ProblemException} with a typed slug. */
	public static ArchRule problemsAreProblemExceptions() {
		return classes().that()
			.areAssignableTo("org.springframework.web.ErrorResponseException")
			.should()
			.beAssignableTo("dev.vpaysandbox.web.ProblemException")
			.allowEmptyShould(true)
			.because("problems are built by web-support's Problems (docs/ARCHITECTURE.md, Problem details)");
	}

	/** Problem details: problems are built by {@code Problems}, never by hand. */
	public static ArchRule problemsAreBuiltByProblems() {
		return noClasses().should()
			.callMethodWhere(JavaAccess.Predicates.target(DescribedPredicate.describe("ProblemDetail.forStatus*",
					(target) -> target.getOwner().getName().equals("org.springframework.http.ProblemDetail")
							&& target.getName().startsWith("forStatus"))))
			.because("web-support's Problems gives every problem its stable type (docs/ARCHITECTURE.md)");
	}

	/** Request size: one filter limits bodies; nothing else wraps a request. */
	public static ArchRule noHandWrittenRequestWrappers() {
		return noClasses().should()
			.beAssignableTo("jakarta.servlet.http.HttpServletRequestWrapper")
			.because("web-support's BodySizeLimitFilter limits bodies (docs/ARCHITECTURE.md, Request size)");
	}

	/**
	 * Threads: no hand-written threads, thread factories or sleeps.
	 * @param pollers classes that must poll state no local condition signals (say why
	 * where called)
	 */
	public static ArchRule threadsComeFromSpringsFactory(Set<String> pollers) {
		return noClasses()
			.that(DescribedPredicate.describe("wait on something a local condition can signal",
					(JavaClass type) -> !pollers.contains(type.getName())))
			.should()
			.callConstructorWhere(JavaAccess.Predicates.target(DescribedPredicate.describe("a Thread constructor",
					(target) -> target.getOwner().isAssignableTo(Thread.class))))
			.orShould()
			.implement(ThreadFactory.class)
			.orShould()
			.callMethod(Thread.class, "sleep", long.class)
			.because("threads come from CustomizableThreadFactory and waits from conditions "
					+ "(docs/ARCHITECTURE.md, Threads)");
	}

	/** Threads: every executor is given a named thread factory. */
	public static ArchRule executorsGetANamedThreadFactory() {
		return noClasses().should()
			.callMethodWhere(DescribedPredicate.describe("Executors without a ThreadFactory",
					(JavaMethodCall call) -> call.getTargetOwner().isEquivalentTo(Executors.class)
							&& call.getTarget().getName().startsWith("new")
							&& call.getTarget()
								.getRawParameterTypes()
								.stream()
								.noneMatch((parameter) -> parameter.isEquivalentTo(ThreadFactory.class))))
			.because("threads are named and daemon (docs/ARCHITECTURE.md, Threads)");
	}

	/**
	 * Caching: caches are Caffeine caches, not hand-written concurrent maps.
	 * @param notCaches classes whose concurrent map is no cache (say why where called)
	 */
	public static ArchRule cachesAreCaffeine(Set<String> notCaches) {
		return noClasses()
			.that(DescribedPredicate.describe("keep no concurrent map that is not a cache",
					(JavaClass type) -> !notCaches.contains(type.getName())))
			.should()
			.callConstructorWhere(JavaAccess.Predicates.target(DescribedPredicate.describe("a concurrent map",
					(target) -> target.getOwner().isAssignableTo(ConcurrentMap.class))))
			.because("a cache is Caffeine's, with single flight (docs/ARCHITECTURE.md, Caching)");
	}

	/** Values: no floating point for money. */
	public static ArchRule noFloatingPointMoney() {
		return noFields().that()
			.haveNameMatching("(?i).*(price|fee|amount|money).*")
			.should()
			.haveRawType(double.class)
			.orShould()
			.haveRawType(float.class)
			.orShould()
			.haveRawType(Double.class)
			.because("money is integer minor units (docs/ARCHITECTURE.md, Values)");
	}

	/** Time: read from the app's {@code Clock} bean, never from the JDK's clock. */
	public static ArchRule timeComesFromTheInjectedClock() {
		return noClasses().should()
			.callMethod(java.time.Instant.class, "now")
			.orShould()
			.callMethod(System.class, "currentTimeMillis")
			.because("time is a dependency (docs/ARCHITECTURE.md, Time and outages)");
	}

	/** Protocol messages: controllers answer records, not maps. */
	public static ArchRule controllersAnswerNoMaps() {
		return noClasses().that().areAnnotatedWith(REST_CONTROLLER).should(new ArchCondition<>("answer a Map") {
			@Override
			public void check(JavaClass type, ConditionEvents events) {
				type.getMethods()
					.stream()
					.filter((method) -> method.getReturnType().toErasure().isAssignableTo(java.util.Map.class)
							|| method.getReturnType()
								.getAllInvolvedRawTypes()
								.stream()
								.anyMatch((raw) -> raw.isAssignableTo(java.util.Map.class)))
					.forEach((method) -> events
						.add(SimpleConditionEvent.satisfied(method, method.getFullName() + " answers a Map")));
			}
		}).because("protocol messages and answers are records (docs/ARCHITECTURE.md, Protocol messages)");
	}

}
