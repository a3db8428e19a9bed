package dev.vpaysandbox.mock.login;

import java.time.Instant;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface LoginCodeRepository extends JpaRepository<LoginCode, String> {

	/**
	 * Marks an unused, unexpired code of the app used; one conditional update, so two
	 * concurrent exchanges of one code cannot both see 1.
	 */
	@Modifying(flushAutomatically = true, clearAutomatically = true)
	@Query("update LoginCode c set c.usedAt = :now where c.code = :code and c.appId = :appId "
			+ "and c.usedAt is null and c.createdAt > :notBefore")
	int consume(@Param("code") String code, @Param("appId") String appId, @Param("now") Instant now,
			@Param("notBefore") Instant notBefore);

}
