package dev.vpaysandbox.mock.chaos;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

/** The configured scenarios. */
interface ScenarioRepository extends JpaRepository<Scenario, Long> {

	Optional<Scenario> findByAppIdAndProductId(String appId, String productId);

	List<Scenario> findByAppIdAndProductIdIn(String appId, Collection<String> productIds);

	List<Scenario> findAllByOrderByAppIdAscProductIdAsc();

	/** Takes the next draw ordinal; the row lock serializes concurrent payments. */
	@Modifying
	@Query("update Scenario s set s.draws = s.draws + 1 where s.id = :id")
	int incrementDraws(@Param("id") Long id);

	@Query("select s.draws from Scenario s where s.id = :id")
	long draws(@Param("id") Long id);

	long deleteByAppIdAndProductId(String appId, String productId);

}
