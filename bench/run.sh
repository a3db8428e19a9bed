#!/usr/bin/env bash
# The load harness of issue 9, in one command: builds what it needs, starts the bare Boot + JPA
# app, WireMock standalone, superapp-backend-mock and order-service as separate JVMs (each
# -Xmx256m), times their start-up to readiness, warms up and measures eight scenarios side by
# side with the Java load generator of the benchmarks module, samples every service's RSS, then
# runs the JMH PaySigBenchmark. Prints one Markdown report (also written to
# benchmarks/target/bench-run/report.md); progress goes to standard error.
#
#   bench/run.sh                      defaults: 32 connections, a 30 s pre-warm round per scenario, then
#                                     20 s warm-up and 30 s measured per scenario (~15 min, ~20 with JMH)
#   bench/run.sh --duration 10 --warmup 10 --prewarm 0 --connections 32   a quicker, colder check
#                                     (--prewarm 0: no pre-warm round; JIT compilation then weighs
#                                     on the first scenarios, see the report's JIT table)
#   bench/run.sh --postgres           the services on fresh PostgreSQL databases (127.0.0.1:5432, user postgres)
#   bench/run.sh --no-jmh             skip the JMH signing benchmark
#   bench/run.sh --jmh-args '-f 3 -wi 8 -i 5'   JMH options (default: -f 1 -wi 5 -i 5)
#   bench/run.sh --no-build           use the jars already built
#   bench/run.sh --jfr                record a JFR profile of every service (benchmarks/target/bench-run/*.jfr)
#   bench/run.sh --only bare,wiremock,payment,code2session,order,purchase,paced,probe   a subset of the scenarios
#                                     (paced: full purchases sent at a fixed rate over the connections,
#                                     by default half the rate the saturating full purchase reached;
#                                     probe: full purchases from 1 connection, one after the other)
#   bench/run.sh --paced-rate 100     the paced scenario's purchases per second
#   bench/run.sh --jvm-options '-Xmx256m -XX:+UseSerialGC'                 the services' JVM options
#
# Ports 18080 (order-service), 18081 (mock), 18090 (bare app), 18091 (WireMock) must be free.
set -euo pipefail
cd "$(dirname "$0")/.."

build=true
jmh=true
jmh_args='-f 1 -wi 5 -i 5'
load_args=()
while [ $# -gt 0 ]; do
	case "$1" in
		--no-build) build=false ;;
		--no-jmh) jmh=false ;;
		--jmh-args) jmh_args="$2"; shift ;;
		--postgres|--jfr) load_args+=("$1") ;;
		--duration|--warmup|--prewarm|--connections|--only|--jvm-options|--delivery-sample|--paced-rate) load_args+=("$1" "$2"); shift ;;
		-h|--help) awk 'NR > 1 && /^#/ { sub(/^# ?/, ""); print; next } NR > 1 { exit }' "$0"; exit 0 ;;
		*) echo "unknown option: $1 (try --help)" >&2; exit 2 ;;
	esac
	shift
done

for port in 18080 18081 18090 18091; do
	if { exec 3<>"/dev/tcp/127.0.0.1/$port"; } 2>/dev/null; then
		exec 3<&- 3>&-
		echo "port $port is in use; stop what listens there first" >&2
		exit 1
	fi
done

if $build; then
	echo "building superapp-backend-mock, order-service and benchmarks (skipping tests)..." >&2
	./mvnw -B -q -DskipTests -Djacoco.skip=true -pl superapp-backend-mock,order-service,benchmarks -am package >&2
fi

jar() { ls "$1"/target/$2 2>/dev/null | head -n 1 || true; }
mock_jar=$(jar superapp-backend-mock 'superapp-backend-mock-*-exec.jar')
order_jar=$(jar order-service 'order-service-*-exec.jar')
bare_jar=$(jar benchmarks 'benchmarks-*-bare.jar')
for j in "$mock_jar" "$order_jar" "$bare_jar" benchmarks/target/wiremock-standalone.jar benchmarks/target/classpath.txt; do
	[ -n "$j" ] && [ -f "$j" ] || { echo "missing build output ($j); run without --no-build" >&2; exit 1; }
done

echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg)" >&2
java -Xmx512m -cp "benchmarks/target/classes:$(cat benchmarks/target/classpath.txt)" \
	dev.vpaysandbox.benchmarks.load.LoadMain \
	--mock-jar "$mock_jar" --order-jar "$order_jar" --bare-jar "$bare_jar" \
	--wiremock-jar benchmarks/target/wiremock-standalone.jar --work benchmarks/target/bench-run \
	${load_args[@]+"${load_args[@]}"}

if $jmh; then
	echo "running JMH PaySigBenchmark ($jmh_args)..." >&2
	# shellcheck disable=SC2086
	java -jar benchmarks/target/benchmarks.jar PaySigBenchmark $jmh_args -rf json \
		-rff benchmarks/target/bench-run/paysig.json >benchmarks/target/bench-run/jmh.log 2>&1
	if grep -q '<failure>' benchmarks/target/bench-run/jmh.log; then
		echo "JMH PaySigBenchmark failed: see benchmarks/target/bench-run/jmh.log" >&2
	fi
	{
		echo
		echo "JMH \`PaySigBenchmark\` ($jmh_args), ns/op:"
		echo
		echo '```'
		sed -n '/^Benchmark /,$p' benchmarks/target/bench-run/jmh.log
		echo '```'
	} | tee -a benchmarks/target/bench-run/report.md
fi
